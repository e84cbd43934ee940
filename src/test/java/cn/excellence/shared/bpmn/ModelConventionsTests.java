package cn.excellence.shared.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import cn.excellence.commendation.CommendationProcess;
import cn.excellence.dutyreview.DutyReviewProcess;
import cn.excellence.orgchange.OrgChangeProcess;
import cn.excellence.starrating.FiveStarProcess;
import cn.excellence.supervision.SupervisionProcess;
import cn.excellence.themes.ThemeProcess;

/** The rules every model in bpmn/ keeps: ids are API, forms exist and are Chinese, delegates exist. */
class ModelConventionsTests {

    static final Path BPMN = Path.of("bpmn");
    static final Pattern GENERATED_ID = Pattern.compile("(Activity|Gateway|Event|Flow|StartEvent|EndEvent)_[0-9a-z]{7}");
    static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    static List<BpmnModelInstance> models() throws IOException {
        try (Stream<Path> files = Files.list(BPMN)) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().map(f -> Bpmn.readModelFromFile(f.toFile())).toList();
        }
    }

    static Set<String> formIds() throws IOException {
        Set<String> ids = new HashSet<>();
        try (Stream<Path> files = Files.list(BPMN)) {
            for (Path form : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                JsonNode json = new ObjectMapper().readTree(form.toFile());
                assertThat(CHINESE.matcher(json.toString()).find()).as(form + " has Chinese labels").isTrue();
                ids.add(json.path("id").asText());
            }
        }
        return ids;
    }

    @Test
    void everyExecutableProcessHasAHistoryTimeToLive() throws IOException {
        for (BpmnModelInstance model : models()) {
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
            }
        }
    }

    @Test
    void noIdIsOneTheModelerGenerated() throws IOException {
        for (BpmnModelInstance model : models()) {
            for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
                assertThat(element.getId()).as("id").doesNotMatch(GENERATED_ID);
            }
        }
    }

    @Test
    void everyUserTaskHasADeployedChineseCamundaForm() throws IOException {
        Set<String> forms = formIds();
        for (BpmnModelInstance model : models()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as(task.getId()).isNotBlank().isIn(forms);
                assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isNotBlank();
                assertThat(CHINESE.matcher(task.getName()).find()).as(task.getId() + " has a Chinese name").isTrue();
            }
        }
    }

    /**
     * Cockpit shows element names as they are written, so a name is plain text; Tasklist adds the case's subject
     * through the extension property subjectVariable (TaskSubjectParseListener).
     */
    @Test
    void noElementNameIsAnExpression() throws IOException {
        for (BpmnModelInstance model : models()) {
            for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
                String name = element.getAttributeValue("name");
                assertThat(name == null ? "" : name).as(element.getId()).doesNotContain("${").doesNotContain("#{");
            }
        }
    }

    /**
     * Issue 16: people completing the parallel instances of one activity at the same moment (five raters of one report)
     * must not collide. The join (the multi-instance body's counters, a parallel gateway's tokens) therefore happens in a
     * job after each instance, which the job executor retries on a conflict, never in the person's own transaction:
     * {@code camunda:asyncAfter} on the loop characteristics (on the activity itself it would only follow the whole body),
     * and every path into a joining parallel gateway leaves its activity asynchronously (or the gateway is asyncBefore).
     */
    @Test
    void everyParallelJoinHappensInAJobNotInTheCompletingTransaction() throws IOException {
        for (BpmnModelInstance model : models()) {
            for (MultiInstanceLoopCharacteristics loop : model.getModelElementsByType(MultiInstanceLoopCharacteristics.class)) {
                if (!loop.isSequential()) {
                    assertThat(loop.isCamundaAsyncAfter()).as(((BaseElement) loop.getParentElement()).getId()
                            + ": its parallel instances join in a job (asyncAfter on multiInstanceLoopCharacteristics)").isTrue();
                }
            }
            for (ParallelGateway gateway : model.getModelElementsByType(ParallelGateway.class)) {
                if (gateway.getIncoming().size() > 1 && !gateway.isCamundaAsyncBefore()) {
                    for (SequenceFlow in : gateway.getIncoming()) {
                        FlowNode source = in.getSource();
                        assertThat(source.isCamundaAsyncAfter()).as(gateway.getId() + " joins " + source.getId() + " in a job").isTrue();
                    }
                }
            }
        }
    }

    /** Tasklist's 启动流程 offers only processes a person starts through a Chinese start form; the others are started by the application. */
    @Test
    void onlyAProcessWithAChineseStartFormIsStartableInTasklist() throws IOException {
        Set<String> forms = formIds();
        for (BpmnModelInstance model : models()) {
            for (Process process : model.getModelElementsByType(Process.class)) {
                List<String> startForms = process.getChildElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef)
                        .filter(java.util.Objects::nonNull).toList();
                if (process.isCamundaStartableInTasklist()) {
                    assertThat(startForms).as(process.getId() + " is startable in Tasklist, so it has a start form").isNotEmpty();
                    assertThat(forms).as(process.getId()).containsAll(startForms);
                }
            }
        }
    }

    @Test
    void everyDelegateExpressionNamesASpringComponent() throws IOException {
        Collection<JavaClass> classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.excellence");
        Pattern delegate = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
        try (Stream<Path> files = Files.list(BPMN)) {
            for (File file : files.filter(f -> f.toString().endsWith(".bpmn")).map(Path::toFile).toList()) {
                Matcher matcher = delegate.matcher(Files.readString(file.toPath()));
                while (matcher.find()) {
                    String bean = matcher.group(1);
                    String className = Character.toUpperCase(bean.charAt(0)) + bean.substring(1);
                    assertThat(classes).as(file.getName() + ": " + bean)
                            .anyMatch(c -> c.getSimpleName().equals(className) && c.isAnnotatedWith(Component.class));
                }
            }
        }
    }

    @Test
    void theIdsInTheConstantsClassesExistInTheModels() throws Exception {
        Set<String> ids = new HashSet<>();
        for (BpmnModelInstance model : models()) {
            model.getModelElementsByType(BaseElement.class).forEach(e -> ids.add(e.getId()));
        }
        ids.add(DutyReviewProcess.GRADE_DECISION);
        ids.add(CommendationProcess.MESSAGE_CAMPAIGN_DECIDED);
        ids.add(SupervisionProcess.MESSAGE_CYCLE_REQUESTED);
        List<Field> elementIds = java.util.stream.Stream.of(DutyReviewProcess.class, CommendationProcess.class, SupervisionProcess.class,
                        FiveStarProcess.class, ThemeProcess.class, OrgChangeProcess.class)
                .flatMap(c -> Arrays.stream(c.getFields()))
                .filter(f -> Modifier.isStatic(f.getModifiers()) && !f.getName().startsWith("VAR_")
                        && !f.getName().startsWith("DECISION_") && !f.getName().startsWith("ESCALATION_"))
                .toList();
        assertThat(elementIds).isNotEmpty();
        for (Field field : elementIds) {
            assertThat((String) field.get(null)).as(field.getName()).isIn(ids);
        }
    }
}
