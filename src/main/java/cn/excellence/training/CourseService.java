package cn.excellence.training;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.ApplicationStarts;
import cn.excellence.shared.BusinessKeys;
import cn.excellence.shared.Groups;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import cn.excellence.training.TrainingViews.CourseView;

/**
 * Courses: org-dept creates one directly; a township or committee secretary proposes one (the TrainingPlan process), which
 * org-dept approves or rejects in Tasklist. Whoever sees the organizer sees the course.
 */
@Service
public class CourseService {

    private static final Logger log = LoggerFactory.getLogger(CourseService.class);

    private final TrainingRepository repository;
    private final TrainingAccess access;
    private final OrganizationService organizations;
    private final RuntimeService runtimeService;

    CourseService(TrainingRepository repository, TrainingAccess access, OrganizationService organizations, RuntimeService runtimeService) {
        this.repository = repository;
        this.access = access;
        this.organizations = organizations;
        this.runtimeService = runtimeService;
    }

    /** Org-dept's course is scheduled at once; a secretary's is proposed to org-dept (the TrainingPlan process starts). */
    @Transactional
    public CourseView create(CurrentUser user, CourseRequest request) {
        if (request == null) {
            throw new TaskInputException("请提交培训班信息（JSON）。");
        }
        if (!user.isMemberOf(Groups.ORG_DEPT)) {
            Map<String, Object> variables = propose(user, request);
            ApplicationStarts.run(() -> runtimeService.startProcessInstanceByKey(TrainingPlanProcess.PROCESS, businessKey(variables), variables));
            return view((Long) variables.get(TrainingPlanProcess.VAR_COURSE_ID));
        }
        Organization organizer = access.organizer(user, request.organizerCode());
        CourseRequest.Checked course = request.check(organizer.code(), TrainingAccess.today().getYear());
        long id = repository.insertCourse(course, TrainingAccess.topLevel(organizer), CourseStatus.SCHEDULED, user.userId(), TrainingAccess.now());
        log.info("{} created training course {} for {}", user.userId(), id, organizer.code());
        return view(id);
    }

    /** Records a secretary's proposal (PROPOSED) and returns the variables its TrainingPlan process runs on. */
    @Transactional
    public Map<String, Object> propose(CurrentUser user, CourseRequest request) {
        if (!user.isMemberOf(Groups.TOWNSHIP_SECRETARY) && !user.isMemberOf(Groups.PARTY_SECRETARY)) {
            throw ApiException.forbidden("培训计划由苏木镇（党委）书记提出，旗委组织部审批。");
        }
        Organization organizer = access.organizer(user, request.organizerCode());
        CourseRequest.Checked course = request.check(organizer.code(), TrainingAccess.today().getYear());
        long id = repository.insertCourse(course, TrainingAccess.topLevel(organizer), CourseStatus.PROPOSED, user.userId(), TrainingAccess.now());
        Map<String, Object> variables = new HashMap<>();
        variables.put(TrainingPlanProcess.VAR_COURSE_ID, id);
        variables.put("courseTopic", course.topic());
        variables.put("courseOrganizer", organizer.name());
        variables.put("courseSummary", course.startDate() + " 至 " + course.endDate() + "，" + course.place() + "，" + course.hours().toPlainString()
                + " 学时，" + course.category().label());
        variables.put("proposer", user.userId());
        return variables;
    }

    static String businessKey(Map<String, Object> variables) {
        return BusinessKeys.of("培训计划", variables.get("courseTopic"), (Long) variables.get(TrainingPlanProcess.VAR_COURSE_ID));
    }

    /** Org-dept's decision on a proposal: APPROVE schedules the course, REJECT (with a reason) closes it. */
    @Transactional
    public void decide(long courseId, Object decision, Object note, String decidedBy) {
        boolean approve = "APPROVE".equals(decision);
        if (!approve && !"REJECT".equals(decision)) {
            throw new TaskInputException("请选择意见：同意（APPROVE）或不同意（REJECT）。");
        }
        String text = approve ? TextRules.optional(note, "意见说明", 1000) : TextRules.required(note, "意见说明", 2, 1000);
        if (!repository.decide(courseId, approve ? CourseStatus.SCHEDULED : CourseStatus.REJECTED, text, decidedBy, TrainingAccess.now())) {
            throw new TaskInputException("培训计划 " + courseId + " 不存在或已审批。");
        }
    }

    @Transactional(readOnly = true)
    public List<CourseView> list(CurrentUser user, Integer year, String organizationCode) {
        Organization scope = access.organization(user, organizationCode);
        List<Course> courses = repository.courses(access.codesBelow(scope), year);
        Map<Long, Integer> counts = courses.stream().collect(Collectors.toMap(Course::id, c -> 0));
        repository.personTimes(counts.keySet()).forEach(counts::put);
        return courses.stream().map(c -> view(c, counts.get(c.id()))).toList();
    }

    CourseView view(long id) {
        Course course = repository.find(id).orElseThrow();
        return view(course, repository.personTimes(List.of(id)).getOrDefault(id, 0));
    }

    CourseView view(Course c, int personTimes) {
        return new CourseView(c.id(), c.topic(), c.place(), c.startDate().toString(), c.endDate().toString(), c.hours(), c.category(),
                c.category().label(), c.organizerCode(), organizations.find(c.organizerCode()).map(Organization::name).orElse(c.organizerCode()),
                c.status(), c.status().label(), c.decisionNote(), personTimes);
    }
}
