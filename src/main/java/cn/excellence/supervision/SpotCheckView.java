package cn.excellence.supervision;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One spot check and its findings, as the API shows it. */
record SpotCheckView(long id, String organizationCode, String status,
        @Schema(description = "得分（整数）；尚未评分时为空字符串", oneOf = {Integer.class, String.class}) Object score,
        List<String> findings) {
}
