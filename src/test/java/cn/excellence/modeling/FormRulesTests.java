package cn.excellence.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.excellence.shared.TaskInputException;

/** The form is the rule: every constraint of every shipped form refuses a value that breaks it, naming the field. */
class FormRulesTests {

    record Case(String form, FormField field, Object value, String why) {
        @Override
        public String toString() {
            return form + " " + field.key() + ": " + why;
        }
    }

    static List<FormField> fieldsOf(Path form) {
        try {
            return FormRules.fields(new ObjectMapper().readTree(form.toFile()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> forms() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            return files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
        }
    }

    /** One value breaking each constraint of each editable field of each form. */
    static List<Case> violations() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (Path form : forms()) {
            String name = form.getFileName().toString();
            for (FormField field : fieldsOf(form)) {
                if (field.required()) {
                    cases.add(new Case(name, field, null, "missing"));
                    cases.add(new Case(name, field, "  ", "blank"));
                }
                if (field.isText() && field.minLength() != null && field.minLength() > 1) {
                    cases.add(new Case(name, field, "字".repeat(field.minLength() - 1), "too short"));
                }
                if (field.isText() && field.maxLength() != null) {
                    cases.add(new Case(name, field, "字".repeat(field.maxLength() + 1), "too long"));
                }
                if (field.type().equals("number")) {
                    cases.add(new Case(name, field, "十二", "not a number"));
                    if (field.min() != null) {
                        cases.add(new Case(name, field, field.min().subtract(BigDecimal.ONE), "below the minimum"));
                    }
                    if (field.max() != null) {
                        cases.add(new Case(name, field, field.max().add(BigDecimal.ONE), "above the maximum"));
                    }
                }
                if (field.isChoice() && !field.values().isEmpty()) {
                    cases.add(new Case(name, field, "NOT_A_CHOICE", "not one of the choices"));
                }
            }
        }
        return cases;
    }

    @ParameterizedTest
    @MethodSource("violations")
    void aValueThatBreaksTheFormIsRefusedNamingTheField(Case violation) {
        assertThatThrownBy(() -> FormRules.check(violation.field(), violation.value())).isInstanceOf(TaskInputException.class)
                .hasMessageContaining(violation.field().label());
    }

    @Test
    void everyFormStatesRulesAndAValueWithinThemPasses() throws IOException {
        assertThat(violations()).hasSizeGreaterThan(100);
        for (Path form : forms()) {
            for (FormField field : fieldsOf(form)) {
                Object valid = field.isText() ? "字".repeat(Math.max(field.minLength() == null ? 1 : field.minLength(), 1))
                        : field.type().equals("number") ? (field.min() == null ? BigDecimal.ONE : field.min())
                        : field.isChoice() && !field.values().isEmpty() ? field.values().get(0)
                        : field.isMultipleChoice() ? List.of() : "x";
                assertThatCode(() -> FormRules.check(field, valid)).as(form + " " + field.key()).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void aChecklistTakesWhatTasklistSendsAndOnlyItsChoices() {
        FormField checklist = new FormField("picked", "拟表彰对象", "checklist", true, null, null, null, null, List.of("1", "2"));

        assertThatCode(() -> FormRules.check(checklist, "[\"1\",\"2\"]")).doesNotThrowAnyException();
        assertThatCode(() -> FormRules.check(checklist, List.of("2"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> FormRules.check(checklist, "[\"3\"]")).hasMessageContaining("拟表彰对象");
        assertThatThrownBy(() -> FormRules.check(checklist, "[]")).hasMessageContaining("请选择“拟表彰对象”");
        assertThatThrownBy(() -> FormRules.check(checklist, "3")).hasMessageContaining("应为一组选项");
        assertThat(FormRules.fields(new ObjectMapper().valueToTree(Map.of("components", List.of(Map.of("type", "textfield",
                "key", "shown", "disabled", true)))))).isEmpty();
    }
}
