package cn.excellence.loan;

import java.util.regex.Pattern;

/** 18-digit resident identity numbers (居民身份证号码, GB 11643): the check digit, and the masked form shown. */
public final class IdentityNumbers {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdentityNumbers() {
    }

    public static boolean valid(String number) {
        if (number == null || !SHAPE.matcher(number).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11] == number.charAt(17);
    }

    /** Shown as 150221********123X: region and the last four only. */
    public static String masked(String number) {
        return number == null ? null : number.substring(0, 6) + "********" + number.substring(14);
    }
}
