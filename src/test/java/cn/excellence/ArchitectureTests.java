package cn.excellence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The packages are the modules: features build on {@code shared}, never the other way round. */
@AnalyzeClasses(packages = "cn.excellence", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule sharedCodeKnowsNoFeature = noClasses()
            .that().resideInAPackage("cn.excellence.shared..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "cn.excellence.organization..", "cn.excellence.dutyreview..", "cn.excellence.commendation..",
                    "cn.excellence.assistancefund..", "cn.excellence.supervision..");

    @ArchTest
    static final ArchRule organizationDoesNotDependOnDutyReview = noClasses()
            .that().resideInAPackage("cn.excellence.organization..")
            .should().dependOnClassesThat().resideInAPackage("cn.excellence.dutyreview..");

    @ArchTest
    static final ArchRule codeIsPackagedByFeatureNotByLayer = noClasses()
            .should().resideInAnyPackage("..controllers..", "..services..", "..delegates..");
}
