package cn.excellence.support;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The coverage gate of a process test class: {@code @Import(ProcessCoverage.class)} fails the class when its
 * tests pass less than {@value #DEFAULT_MINIMUM} of the elements of the processes it runs. A class that starts
 * another process only on the way names it in {@value #EXCLUDED} (comma-separated keys), e.g.
 * {@code @TestPropertySource(properties = ProcessCoverage.EXCLUDED + "=" + ROUND_PROCESS)}; the timer-only processes of
 * {@link #TIMER_ONLY} are left out unless named in {@value #INCLUDED}.
 */
@TestConfiguration
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverage {

    public static final String EXCLUDED = "test.process-coverage.excluded";
    public static final String MINIMUM = "test.process-coverage.minimum";
    /** The timer-only processes a class does test (comma-separated keys): the others of {@link #TIMER_ONLY} are left out. */
    public static final String INCLUDED = "test.process-coverage.included";

    /**
     * Processes only their own timers start (the instructors' cadence): with their switch off they start and end at once
     * in any class that moves the clock past a Friday or a month's start, so they count only where a class names them in
     * {@link #INCLUDED}.
     */
    public static final List<String> TIMER_ONLY = List.of("GuidanceWeeklyCycle", "GuidanceMonthlyCycle", "GuidanceQuarterlyExchange",
            "GuidanceAnnualEvaluation");
    static final double DEFAULT_MINIMUM = 0.9;

    /**
     * Primary: the library's configuration declares default properties too, and when it finds two it quietly uses
     * its defaults, which assert nothing.
     */
    @Bean
    @Primary
    ProcessEngineCoverageProperties processEngineCoverageProperties(@Value("${" + MINIMUM + ":" + DEFAULT_MINIMUM + "}") double minimum,
            @Value("${" + EXCLUDED + ":}") List<String> excluded, @Value("${" + INCLUDED + ":}") List<String> included) {
        Set<String> keys = new LinkedHashSet<>(excluded);
        TIMER_ONLY.stream().filter(key -> !included.contains(key)).forEach(keys::add);
        keys.remove("");
        return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(minimum)
                .excludeProcessDefinitionKeys(keys.toArray(String[]::new)).build();
    }
}
