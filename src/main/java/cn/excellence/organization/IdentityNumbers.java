package cn.excellence.organization;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** The 18-character citizen identity number (公民身份号码, GB 11643): 17 digits, then a check character (0-9 or X). */
final class IdentityNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdentityNumbers() {
    }

    /** What is wrong with the number (already trimmed and upper-cased), in Chinese, or empty when it is valid. */
    static Optional<String> problem(String number) {
        if (number.length() != 18) {
            return Optional.of("公民身份号码应为 18 位，当前 " + number.length() + " 位（若在 Excel 中显示为科学计数法，请将该列设为文本）。");
        }
        if (!number.matches("\\d{17}[0-9X]")) {
            return Optional.of("公民身份号码只能由数字组成，最后一位可以是 X。");
        }
        if (birthDate(number).isEmpty()) {
            return Optional.of("公民身份号码中的出生日期（第 7-14 位）不是有效日期。");
        }
        if (number.charAt(17) != checkCharacter(number)) {
            return Optional.of("公民身份号码的校验位不正确，请核对。");
        }
        return Optional.empty();
    }

    /** The birth date the number carries (characters 7-14, yyyyMMdd), if it is a real date. */
    static Optional<LocalDate> birthDate(String number) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
