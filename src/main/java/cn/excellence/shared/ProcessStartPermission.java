package cn.excellence.shared;

/** A feature's declaration that members of {@code group} may start the process {@code processKey}. */
public record ProcessStartPermission(String processKey, String group) {
}
