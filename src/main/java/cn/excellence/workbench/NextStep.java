package cn.excellence.workbench;

import java.util.List;

/** A task a completion or a start opened: who works it next ({@code candidateLabel} in Chinese, e.g. 旗委组织部). */
public record NextStep(String name, String assignee, List<String> candidateGroups, String candidateLabel) {
}
