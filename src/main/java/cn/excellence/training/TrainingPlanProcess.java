package cn.excellence.training;

/** The TrainingPlan process (培训计划): a township proposes a course, org-dept approves; its ids and variables. */
final class TrainingPlanProcess {

    static final String PROCESS = "TrainingPlan";
    static final String START = "StartEvent_TrainingPlanProposed";
    static final String TASK_APPROVE = "Task_OrgDeptApproveTrainingPlan";
    static final String END_SCHEDULED = "EndEvent_TrainingCourseScheduled";
    static final String END_REJECTED = "EndEvent_TrainingPlanRejected";
    static final String VAR_COURSE_ID = "courseId";
    static final String VAR_DECISION = "reviewDecision";
    static final String VAR_NOTE = "reviewNote";

    private TrainingPlanProcess() {
    }
}
