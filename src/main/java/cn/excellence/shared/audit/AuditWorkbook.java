package cn.excellence.shared.audit;

import java.util.Arrays;
import java.util.List;

import cn.excellence.shared.excel.Workbooks;

/** Audit entries as an Excel workbook with Chinese headers, times in Beijing time. */
final class AuditWorkbook {

    static final String[] HEADERS = {"序号", "时间", "用户", "类别", "方法", "路径", "状态码", "结果", "客户端地址"};

    private AuditWorkbook() {
    }

    static byte[] write(List<AuditLogEntry> entries) {
        return Workbooks.write("审计日志", Arrays.asList(HEADERS), entries.stream()
                .map(e -> Arrays.<Object>asList(e.id(), e.at(), e.userId(), e.category().label(), e.method(), e.path(),
                        e.status() == null ? "" : e.status().toString(), e.outcome(), e.clientAddress()))
                .toList());
    }
}
