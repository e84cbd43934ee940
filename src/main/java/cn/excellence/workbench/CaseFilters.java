package cn.excellence.workbench;

import java.util.List;

import cn.excellence.shared.cases.CaseKind;

/** What 我的事项 can be filtered by, limited to what the user may see. */
public record CaseFilters(List<Township> townships, List<Kind> kinds, List<Status> statuses) {

    public record Township(String code, String name) {
    }

    public record Kind(CaseKind kind, String label) {
    }

    public record Status(CaseKind kind, String status, String label) {
    }
}
