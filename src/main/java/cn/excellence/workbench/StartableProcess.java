package cn.excellence.workbench;

/** A process the user may start from a start form, as Tasklist's 启动流程 lists it. */
public record StartableProcess(String key, String name, String description) {
}
