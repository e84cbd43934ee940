package cn.excellence.shared;

import java.util.List;
import java.util.Set;

/** The engine groups that stand for the roles (README, Demo users). Group ids are API: tasks name them. */
public final class Groups {

    public static final String CAMUNDA_ADMIN = "camunda-admin";
    public static final String ORG_DEPT = "org-dept";
    public static final String STANDING_COMMITTEE = "standing-committee";
    public static final String PLENARY = "plenary";
    public static final String TOWNSHIP_SECRETARY = "township-secretary";
    public static final String VILLAGE_SECRETARY = "village-secretary";
    public static final String PARTY_SECRETARY = "party-secretary";
    public static final String SUPERVISION = "supervision";
    public static final String FUND_COMMITTEE = "fund-committee";
    /** 活动指导员和联络员: they see only the organizations they guide (not banner-wide). */
    public static final String INSTRUCTOR = "instructor";

    /**
     * Reads {@code /actuator/prometheus} and nothing else (no Tasklist, no tasks): the scraping account of a monitoring
     * system. Not a role: not created at start-up; an administrator creates it and its user in Camunda Admin.
     */
    public static final String MONITORING = "monitoring";

    /** Roles whose work spans the whole banner: they see every organization's records. */
    public static final Set<String> BANNER_WIDE = Set.of(CAMUNDA_ADMIN, ORG_DEPT, STANDING_COMMITTEE, PLENARY,
            SUPERVISION, FUND_COMMITTEE);

    /**
     * The groups start-up grants READ on every task (org-dept for Cockpit's task dashboard, camunda-admin on everything):
     * only their members' task queries are worth asking whether that grant still holds (GrantOnlyAuthorizationManager).
     */
    public static final Set<String> READ_EVERY_TASK = Set.of(CAMUNDA_ADMIN, ORG_DEPT);

    /** Every role group with its Chinese name, in the order they are shown. */
    public static final List<String[]> ALL = List.of(
            new String[] {CAMUNDA_ADMIN, "平台管理员"},
            new String[] {ORG_DEPT, "旗委组织部"},
            new String[] {STANDING_COMMITTEE, "旗委常委"},
            new String[] {PLENARY, "旗委全委会委员"},
            new String[] {TOWNSHIP_SECRETARY, "苏木镇党委书记"},
            new String[] {VILLAGE_SECRETARY, "嘎查村党组织书记"},
            new String[] {PARTY_SECRETARY, "机关、企业和社会领域党委书记"},
            new String[] {SUPERVISION, "督查组"},
            new String[] {FUND_COMMITTEE, "扶贫资金会"},
            new String[] {INSTRUCTOR, "活动指导员和联络员"});

    private Groups() {
    }
}
