package cn.excellence.commendation;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.spin.json.SpinJsonNode;

import cn.excellence.shared.TaskInputException;

/** Ids as forms send them: a JSON array (Tasklist's checklist), a collection, or comma-separated text. */
final class Ids {

    private Ids() {
    }

    static Set<Long> parse(Object value) {
        Set<Long> ids = new LinkedHashSet<>();
        if (value == null) {
            return ids;
        }
        Iterable<?> items;
        if (value instanceof SpinJsonNode json && json.isArray()) {
            items = json.elements().stream().map(e -> e.isNumber() ? e.numberValue() : e.stringValue()).toList();
        } else if (value instanceof Collection<?> collection) {
            items = collection;
        } else {
            String text = value.toString().replaceAll("[\\[\\]\"\\s]", "");
            items = text.isEmpty() ? Set.of() : java.util.List.of(text.split(","));
        }
        for (Object item : items) {
            try {
                ids.add(Long.parseLong(String.valueOf(item)));
            } catch (NumberFormatException e) {
                throw new TaskInputException("“" + item + "”不是有效的推荐编号。");
            }
        }
        return ids;
    }
}
