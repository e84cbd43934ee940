package cn.excellence.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import cn.excellence.organization.OrganizationService;
import cn.excellence.support.StatementLog;

/**
 * A notice to a whole group costs the same few statements as a notice to one person: the recipients' addresses,
 * organizations and robots are read in one query each, the rows already written in one, the new rows inserted in one.
 * Each recipient still gets the rows they got one by one: an inbox row, an e-mail row with an address, one robot row per
 * organization with a robot; and a cause written again writes nothing.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(StatementLog.class)
@DirtiesContext
class NotificationOutboxStatementsTests {

    @Autowired
    NotificationOutbox outbox;
    @Autowired
    StatementLog statements;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityService identity;
    @Autowired
    OrganizationService organizations;
    @Autowired
    Webhooks webhooks;
    @Autowired
    TransactionTemplate transaction;

    private String robotOrganization;

    @AfterEach
    void removeRobot() {
        if (robotOrganization != null) {
            webhooks.delete(robotOrganization);
        }
    }

    @Test
    void aNoticeToEveryoneTakesNoMoreStatementsThanANoticeToOne() {
        List<String> users = identity.createUserQuery().orderByUserId().asc().list().stream().map(User::getId).toList();
        assertThat(users).hasSizeGreaterThan(20);
        robotOrganization = users.stream().map(organizations::organizationOf).flatMap(Optional::stream).findFirst().orElseThrow();
        webhooks.save(robotOrganization, "WECOM", "https://robot.example.cn/hook", "test");

        List<String> toOne = write("TEST:one", users.subList(0, 1));
        List<String> toEveryone = write("TEST:everyone", users);

        assertThat(toOne).hasSizeLessThanOrEqualTo(5);
        assertThat(toEveryone).as("statements for " + users.size() + " recipients").hasSizeLessThanOrEqualTo(5);
        assertThat(rows("TEST:everyone", Channel.INBOX)).isEqualTo(users.size());
        long withEmail = users.stream().filter(u -> Optional.ofNullable(identity.createUserQuery().userId(u).singleResult().getEmail())
                .filter(e -> !e.isBlank()).isPresent()).count();
        assertThat(rows("TEST:everyone", Channel.EMAIL)).isEqualTo(withEmail);
        assertThat(rows("TEST:everyone", Channel.WEBHOOK)).isEqualTo(1);

        List<String> again = write("TEST:everyone", users);
        assertThat(again).as("a cause written again").noneMatch(sql -> sql.startsWith("insert")).hasSizeLessThanOrEqualTo(4);
        assertThat(rows("TEST:everyone", null)).isEqualTo(users.size() + withEmail + 1);
    }

    @Test
    void aCauseToldTwiceInOneTransactionCostsNoStatementTheSecondTime() {
        List<String> users = identity.createUserQuery().orderByUserId().asc().listPage(0, 5).stream().map(User::getId).toList();
        Notice notice = notice("TEST:twice");

        List<List<String>> sent = transaction.execute(status -> List.of(statements.during(() -> outbox.write(notice, users)),
                statements.during(() -> outbox.write(notice, users.subList(1, 3)))));

        assertThat(sent.get(0)).anyMatch(sql -> sql.startsWith("insert into notification_outbox"));
        assertThat(sent.get(1)).as("the same cause and recipients again, in the same transaction").isEmpty();
        assertThat(rows("TEST:twice", Channel.INBOX)).isEqualTo(users.size());
        List<String> nextTransaction = write("TEST:twice", users);
        assertThat(nextTransaction).as("another transaction asks the outbox again").isNotEmpty()
                .noneMatch(sql -> sql.startsWith("insert"));
        assertThat(rows("TEST:twice", Channel.INBOX)).isEqualTo(users.size());
    }

    @Test
    void aNewCauseIsWrittenWithoutAskingTheOutboxAndItsRobotRowOnce() {
        String organization = organizations.organizationOf("secretary-wulashan").orElseThrow();
        List<String> colleagues = jdbc.sql("select user_id from user_organization where organization_code = ? order by user_id")
                .param(organization).query(String.class).list();
        assertThat(colleagues).hasSizeGreaterThan(1);
        robotOrganization = organization;
        webhooks.save(organization, "WECOM", "https://robot.example.cn/hook", "test");
        Notice notice = notice("TEST:new");

        List<List<String>> sent = transaction.execute(status -> List.of(
                statements.during(() -> outbox.writeNewCause(notice, colleagues.subList(0, 1))),
                statements.during(() -> outbox.writeNewCause(notice, colleagues))));

        assertThat(sent).allSatisfy(one -> assertThat(one).as("the outbox is not asked what it has")
                .noneMatch(sql -> sql.startsWith("select") && sql.contains("notification_outbox")));
        assertThat(rows("TEST:new", Channel.INBOX)).isEqualTo(colleagues.size());
        assertThat(rows("TEST:new", Channel.WEBHOOK)).as("one robot row for the organization").isEqualTo(1);
    }

    private static Notice notice(String cause) {
        return new Notice(NotificationKind.TASK_ASSIGNED, cause, "新待办：测试", "您有一项待办“测试”。", Notice.taskLink(cause));
    }

    private List<String> write(String cause, List<String> recipients) {
        Notice notice = new Notice(NotificationKind.TASK_ASSIGNED, cause, "新待办：测试", "您有一项待办“测试”。", Notice.taskLink(cause));
        return transaction.execute(status -> statements.during(() -> outbox.write(notice, recipients)));
    }

    private long rows(String cause, Channel channel) {
        return jdbc.sql("select count(*) from notification_outbox where cause_key = ?" + (channel == null ? "" : " and channel = '" + channel + "'"))
                .param(cause).query(Long.class).single();
    }
}
