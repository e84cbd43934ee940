package cn.excellence.organization;

import java.util.List;

/**
 * What a roster import does or would do (预览): the data rows read, the members it inserts, updates and leaves as they
 * are, and every row error in Chinese (at most {@value #MAX_ERRORS} listed; {@code errorCount} counts them all).
 * {@code applied} tells whether it was saved.
 */
public record ImportReport(int rows, int inserted, int updated, int unchanged, boolean applied, int errorCount,
        List<RowError> errors) {

    static final int MAX_ERRORS = 1_000;

    /** One refused cell: the sheet's row number (the header is row 1), the column's header, the value as read, why. */
    public record RowError(int row, String column, String value, String message) {
    }
}
