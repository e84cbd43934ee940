package cn.excellence.commendation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An entry of the honour roll (荣誉榜), with its certificate number and the award in yuan where there is one. */
public record Honour(long id, long campaignId, long nominationId, int year, String categoryName, String recipientName,
        String organizationName, String certificateNumber, LocalDate issuedOn, BigDecimal awardYuan) {
}
