package cn.excellence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void modulesUseOnlyTheirDeclaredDependenciesThroughTheirApis() {
        MODULES.verify();
    }

    @Test
    void everyModuleDeclaresItsAllowedDependencies() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrder("assistancefund", "commendation", "dutyreview", "modeling", "organization", "shared",
                        "supervision");
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

    private static Package packageInfo(String name) {
        try {
            return Class.forName(name + ".package-info").getPackage();
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no package-info.java in " + name, e);
        }
    }
}
