package cn.excellence.training;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.excellence.shared.cases.CaseInstances;
import cn.excellence.shared.cases.CaseKind;
import cn.excellence.shared.cases.CaseRecord;
import cn.excellence.shared.cases.CaseSource;
import cn.excellence.shared.cases.CaseStatus;

/** Training courses and plans (党员培训), for 我的事项: a plan waiting for org-dept, rejected, or a scheduled course. */
@Component
class TrainingCases implements CaseSource {

    private final TrainingRepository repository;
    private final CaseInstances instances;

    TrainingCases(TrainingRepository repository, CaseInstances instances) {
        this.repository = repository;
        this.instances = instances;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.TRAINING;
    }

    @Override
    public List<CaseStatus> statuses() {
        return Arrays.stream(CourseStatus.values()).map(s -> new CaseStatus(kind(), s.name(), s.label())).toList();
    }

    @Override
    public List<CaseRecord> cases(Collection<String> organizationCodes) {
        List<Course> courses = repository.courses(organizationCodes, null);
        if (courses.isEmpty()) {
            return List.of();
        }
        Map<Long, String> processes = instances.byRecordId(TrainingPlanProcess.PROCESS, TrainingPlanProcess.VAR_COURSE_ID);
        return courses.stream().map(c -> new CaseRecord(kind(), c.id(), "培训：" + c.topic() + "（" + c.startDate() + "，"
                + c.category().label() + "）", c.organizerCode(), c.status().name(), c.status().label(), null, c.updatedAt(),
                processes.get(c.id()))).toList();
    }
}
