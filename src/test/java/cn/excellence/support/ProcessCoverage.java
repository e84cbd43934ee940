package cn.excellence.support;

import java.util.List;

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
 * {@code @TestPropertySource(properties = ProcessCoverage.EXCLUDED + "=" + ROUND_PROCESS)}.
 */
@TestConfiguration
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverage {

    public static final String EXCLUDED = "test.process-coverage.excluded";
    public static final String MINIMUM = "test.process-coverage.minimum";
    static final double DEFAULT_MINIMUM = 0.9;

    /**
     * Primary: the library's configuration declares default properties too, and when it finds two it quietly uses
     * its defaults, which assert nothing.
     */
    @Bean
    @Primary
    ProcessEngineCoverageProperties processEngineCoverageProperties(@Value("${" + MINIMUM + ":" + DEFAULT_MINIMUM + "}") double minimum,
            @Value("${" + EXCLUDED + ":}") List<String> excluded) {
        return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(minimum)
                .excludeProcessDefinitionKeys(excluded.toArray(String[]::new)).build();
    }
}
