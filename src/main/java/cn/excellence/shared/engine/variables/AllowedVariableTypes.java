package cn.excellence.shared.engine.variables;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.runtime.DeserializationTypeValidator;

/**
 * The Java types an {@code Object} variable may name: collections, boxed values and strings, dates and
 * times, and the application's own types. Camunda's default also allows the whole of {@code java.lang}
 * ({@code ProcessBuilder}, {@code Runtime}, {@code Thread} …); this list does not.
 */
class AllowedVariableTypes implements DeserializationTypeValidator {

    private static final Set<String> CLASSES = Set.of(
            "java.lang.Object", "java.lang.String", "java.lang.Boolean", "java.lang.Character", "java.lang.Byte", "java.lang.Short",
            "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double", "java.lang.Number",
            "java.math.BigDecimal", "java.math.BigInteger",
            "java.util.Collection", "java.util.List", "java.util.Set", "java.util.Map", "java.util.Date",
            "java.util.ArrayList", "java.util.LinkedList", "java.util.Arrays$ArrayList",
            "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap",
            "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet");
    private static final List<String> PACKAGES = List.of("java.time.", "java.util.ImmutableCollections$", "java.util.Collections$",
            "cn.excellence.");
    /** Separators in a generic type name such as {@code java.util.HashMap<java.lang.String,java.lang.Long>} or {@code java.lang.String[]}. */
    private static final Pattern TYPE_SEPARATORS = Pattern.compile("[<>,\\[\\]\\s?]+");

    @Override
    public boolean validate(String className) {
        return className != null && (CLASSES.contains(className) || PACKAGES.stream().anyMatch(className::startsWith));
    }

    /** Whether every class a (generic, array) type name mentions is allowed; a missing name is not. */
    boolean allows(String typeName) {
        if (typeName == null || typeName.isBlank()) {
            return false;
        }
        return Arrays.stream(TYPE_SEPARATORS.split(typeName.strip())).filter(name -> !name.isEmpty()).allMatch(this::validate);
    }
}
