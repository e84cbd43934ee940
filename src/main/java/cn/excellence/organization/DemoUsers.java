package cn.excellence.organization;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.excellence.shared.Groups;
import cn.excellence.shared.jdbc.SetupLock;

/**
 * The demo users of the default profile, each with the password equal to the user id (README lists
 * them), past the password policy that holds for every other user. Production profiles leave
 * {@code excellence.demo.enabled} off and load none.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "excellence.demo.enabled", havingValue = "true")
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final IdentityService identityService;
    private final OrganizationService organizations;
    private final SetupLock setup;

    DemoUsers(IdentityService identityService, OrganizationService organizations, SetupLock setup) {
        this.identityService = identityService;
        this.organizations = organizations;
        this.setup = setup;
    }

    /** A demo user: id (= password), Chinese name, group and organization. */
    record DemoUser(String id, String name, String group, String organization) {
    }

    static List<DemoUser> all() {
        String root = OrganizationTreeGenerator.ROOT;
        List<DemoUser> users = new ArrayList<>(List.of(
                new DemoUser("admin", "平台管理员", Groups.CAMUNDA_ADMIN, root),
                new DemoUser("orgdept", "组织部干部甲", Groups.ORG_DEPT, root),
                new DemoUser("orgdept2", "组织部干部乙", Groups.ORG_DEPT, root),
                new DemoUser("standing1", "常委委员甲", Groups.STANDING_COMMITTEE, root),
                new DemoUser("supervisor1", "督查组成员甲", Groups.SUPERVISION, root),
                new DemoUser("fund1", "扶贫资金会委员甲", Groups.FUND_COMMITTEE, root)));
        for (int i = 1; i <= 5; i++) {
            users.add(new DemoUser("plenary" + i, "全委会委员" + "甲乙丙丁戊".charAt(i - 1), Groups.PLENARY, root));
        }
        for (String[] township : OrganizationTreeGenerator.TOWNSHIPS) {
            users.add(new DemoUser("secretary-" + township[0], township[1] + "党委书记", Groups.TOWNSHIP_SECRETARY, township[0]));
        }
        for (String[] committee : OrganizationTreeGenerator.OTHER_COMMITTEE_SECRETARIES) {
            users.add(new DemoUser("secretary-" + committee[0], committee[1] + "书记", Groups.PARTY_SECRETARY, committee[0]));
        }
        users.add(new DemoUser("secretary-sanhu", "三湖村党支部书记", Groups.VILLAGE_SECRETARY, "wulashan-sanhu"));
        users.add(new DemoUser("secretary-gongtian", "公田村党委书记", Groups.VILLAGE_SECRETARY, "xixiaozhao-gongtian"));
        users.add(new DemoUser("instructor-wulashan", "乌拉山镇党委活动指导员", Groups.INSTRUCTOR, "wulashan"));
        users.add(new DemoUser("instructor-sanhu", "三湖村活动指导员", Groups.INSTRUCTOR, "wulashan-sanhu"));
        users.add(new DemoUser("liaison-sanhu", "三湖村党组织联络员", Groups.INSTRUCTOR, "wulashan-sanhu"));
        return users;
    }

    @Override
    public void run(ApplicationArguments args) {
        setup.run(() -> all().forEach(this::ensure));
    }

    private void ensure(DemoUser demo) {
        if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
            User user = identityService.newUser(demo.id());
            user.setFirstName(demo.name());
            user.setLastName("");
            user.setPassword(demo.id());
            user.setEmail(demo.id() + "@example.invalid");
            // documented demo passwords (= user id) break the password policy on purpose; only this path skips it
            ((IdentityServiceImpl) identityService).saveUser(user, true);
            log.info("created demo user {}", demo.id());
        }
        if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(demo.group()).count() == 0) {
            identityService.createMembership(demo.id(), demo.group());
        }
        organizations.assign(demo.id(), demo.organization());
    }
}
