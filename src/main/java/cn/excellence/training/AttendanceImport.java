package cn.excellence.training;

import java.util.List;

/**
 * The result of checking (and, when asked and clean, applying) an attendance file: rows read, people added, hours changed,
 * rows already recorded as they are, whether it was saved, and the row errors (the first {@value #MAX_ERRORS}).
 */
record AttendanceImport(int rows, int added, int updated, int unchanged, boolean applied, int errorCount, List<RowError> errors) {

    static final int MAX_ERRORS = 500;

    /** One problem of one row: the sheet's row number, the column's header, the value as read, what is wrong, in Chinese. */
    record RowError(int row, String column, String value, String message) {
    }
}
