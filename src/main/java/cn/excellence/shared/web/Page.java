package cn.excellence.shared.web;

import java.util.List;

import cn.excellence.shared.TaskInputException;

/** One page of a longer list. */
public record Page<T>(List<T> content, int page, int size, long totalElements) {

    public static final int MAX_SIZE = 200;

    public long totalPages() {
        return size == 0 ? 0 : (totalElements + size - 1) / size;
    }

    public static void check(int page, int size) {
        if (page < 0) {
            throw new TaskInputException("页码（page）不能小于 0。");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new TaskInputException("每页条数（size）须在 1 到 " + MAX_SIZE + " 之间。");
        }
    }
}
