package cn.excellence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The top-level packages are the modules (Spring Modulith): each declares in its package-info.java which modules
 * it may use, reaches another only through that module's top-level package (its API: services, records, events),
 * and no two depend on each other; {@code shared} is open and knows no feature.
 */
class ArchitectureTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ExcellenceApplication.class);
    static final Path MAIN_CODE = Path.of("src/main/java/cn/excellence");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @Test
    void modulesUseOnlyTheirDeclaredDependenciesThroughTheirApis() {
        MODULES.verify();
    }

    @Test
    void everyModuleDeclaresItsAllowedDependencies() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrder("commendation", "dashboard", "dutyreview", "fund", "loan", "modeling", "notification", "organization",
                        "guidance", "orgchange", "pairing", "posts", "relief", "shared", "starrating", "supervision", "themes", "training", "visits",
                        "workbench");
        MODULES.forEach(module -> {
            ApplicationModule declared = packageInfo(module.getBasePackage().getName()).getAnnotation(ApplicationModule.class);
            assertThat(declared).as("@ApplicationModule in %s/package-info.java", module.getIdentifier()).isNotNull();
            assertThat(declared.allowedDependencies()).as("allowed dependencies of %s", module.getIdentifier())
                    .doesNotContain(ApplicationModule.OPEN_TOKEN);
        });
    }

    @Test
    void codeIsPackagedByFeatureNotByLayer() {
        noClasses().should().resideInAnyPackage("..controllers..", "..services..", "..delegates..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.excellence"));
    }

    /**
     * What Modulith cannot see: SQL. Each table the migrations create is named in the SQL of one module only (its
     * owner); another module reaches the data through the owner's service or an event.
     */
    /**
     * Camunda keeps its engines in one JVM-wide registry under the name "default": a Spring test context kept in
     * the cache and used again after another context closed its engine answers the engine REST with the closed one
     * (a 400 at random, depending on the order the classes run in). So no application context outlives its class.
     */
    @Test
    void everySpringBootTestClosesItsContext() throws IOException {
        List<String> kept = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (source.contains("@SpringBootTest") && !source.contains("@DirtiesContext")) {
                    kept.add(file.toString());
                }
            }
        }
        assertThat(kept).as("@SpringBootTest classes without @DirtiesContext").isEmpty();
    }

    @Test
    void everyTableIsReadAndWrittenByOneModule() throws IOException {
        Map<String, Set<String>> modulesByTable = new TreeMap<>();
        List<String> tables = tablesCreatedByMigrations();
        try (Stream<Path> files = Files.walk(MAIN_CODE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = MAIN_CODE.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String source = Files.readString(file);
                String sql = stringLiterals(source);
                // a table named in SQL, or handed to a helper that writes the SQL (Rows.update(jdbc, "duty_report", …))
                tables.stream().filter(table -> names(sql, table) || Pattern.compile("Rows\\.\\w+\\([^;]*\"" + table + "\"").matcher(source).find())
                        .forEach(table -> modulesByTable.computeIfAbsent(table, t -> new TreeSet<>()).add(relative.getName(0).toString()));
            }
        }
        assertThat(modulesByTable).isNotEmpty().allSatisfy((table, modules) ->
                assertThat(modules).as("the modules whose SQL names table %s", table).hasSize(1));
    }

    private static boolean names(String sql, String table) {
        return Pattern.compile("\\b(from|join|into|update|table)\\s+" + table + "\\b", Pattern.CASE_INSENSITIVE).matcher(sql).find();
    }

    private static List<String> tablesCreatedByMigrations() throws IOException {
        Matcher created = Pattern.compile("create table (if not exists )?(\\w+)", Pattern.CASE_INSENSITIVE).matcher("");
        List<String> tables = new ArrayList<>();
        try (Stream<Path> migrations = Files.list(MIGRATIONS)) {
            for (Path migration : migrations.toList()) {
                created.reset(Files.readString(migration));
                while (created.find()) {
                    tables.add(created.group(2).toLowerCase());
                }
            }
        }
        return tables;
    }

    /** The text of the source's string literals and text blocks, where its SQL is. */
    private static String stringLiterals(String source) {
        StringBuilder literals = new StringBuilder();
        Matcher blocks = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL).matcher(source);
        while (blocks.find()) {
            literals.append(blocks.group(1)).append('\n');
        }
        Matcher strings = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"").matcher(blocks.replaceAll(""));
        while (strings.find()) {
            literals.append(strings.group(1)).append('\n');
        }
        return literals.toString();
    }

    private static Package packageInfo(String name) {
        try {
            return Class.forName(name + ".package-info").getPackage();
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no package-info.java in " + name, e);
        }
    }
}
