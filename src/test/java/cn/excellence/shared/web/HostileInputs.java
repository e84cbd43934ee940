package cn.excellence.shared.web;

import static cn.excellence.shared.web.HostileInput.form;
import static cn.excellence.shared.web.HostileInput.get;
import static cn.excellence.shared.web.HostileInput.json;
import static cn.excellence.shared.web.HostileInput.raw;
import static cn.excellence.shared.web.HostileInput.upload;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** The hostile requests of {@link HostileInputTests}, by area. */
final class HostileInputs {

    static final String INVISIBLE = "\u200B\uFEFF\u200F\u200B\uFEFF\u200F\u200B\uFEFF\u200F\u200B\uFEFF\u200F\u200B\uFEFF\u200F\u200B\uFEFF\u200F\u200B\uFEFF\u200F";
    static final String NUL = "\\u0000";
    static final String DEEDS = "带领党员群众发展特色产业，组织生活规范，服务群众成效明显，群众满意度高。";

    private static final String MODEL_HEAD = "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
            + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"hostile\">"
            + "<process id=\"Hostile\" isExecutable=\"true\" camunda:historyTimeToLive=\"30\"><startEvent id=\"StartEvent_Started\"/>"
            + "<documentation>";
    private static final String MODEL_TAIL = "</documentation></process></definitions>";

    private HostileInputs() {
    }

    static List<HostileInput> all() {
        List<HostileInput> all = new ArrayList<>();
        all.addAll(dutyReview());
        all.addAll(commendation());
        all.addAll(assistanceFund());
        all.addAll(supervision());
        all.addAll(reads());
        all.addAll(paths());
        all.addAll(publicNotices());
        all.addAll(engineRest());
        all.addAll(webapps());
        all.addAll(adminPages());
        all.addAll(models());
        all.addAll(limits());
        return all;
    }

    private static String round(String field, String value) {
        String body = "{\"year\":2026,\"title\":\"2026年度述职评议\",\"townships\":[\"wulashan\"],\"reviewers\":[\"plenary1\"],"
                + "\"reportDueDate\":\"2099-01-01T00:00:00+08:00\",\"ratingDueDate\":\"2099-02-01T00:00:00+08:00\"}";
        return body.replaceFirst("\"" + field + "\":(\"[^\"]*\"|\\[[^\\]]*\\]|[0-9]+)", Matcher.quoteReplacement("\"" + field + "\":" + value));
    }

    private static List<HostileInput> dutyReview() {
        String path = "/api/duty-review-rounds";
        String table = "duty_review_round";
        return List.of(
                json("round: malformed JSON", "orgdept", "POST", path, "{\"year\":", table),
                json("round: empty body", "orgdept", "POST", path, "", table),
                json("round: JSON array instead of object", "orgdept", "POST", path, "[]", table),
                json("round: year as text", "orgdept", "POST", path, round("year", "\"abc\""), table),
                json("round: year beyond long", "orgdept", "POST", path, round("year", "99999999999999999999999"), table),
                json("round: year 1e400", "orgdept", "POST", path, round("year", "1e400"), table),
                json("round: impossible date", "orgdept", "POST", path, round("reportDueDate", "\"2026-13-45T99:99:99Z\""), table),
                json("round: title of invisible characters", "orgdept", "POST", path, round("title", "\"" + INVISIBLE + "\""), table),
                json("round: title with NUL", "orgdept", "POST", path, round("title", "\"述职" + NUL + "评议\""), table),
                json("round: township path traversal", "orgdept", "POST", path, round("townships", "[\"../../etc/passwd\"]"), table),
                json("round: township null", "orgdept", "POST", path, round("townships", "[null]"), table),
                json("round: SQL in reviewer", "orgdept", "POST", path, round("reviewers", "[\"' OR '1'='1' --\"]"), table),
                json("round: nested JSON 5000 deep", "orgdept", "POST", path, "[".repeat(5000) + "]".repeat(5000), table),
                raw("round: text/plain body", "orgdept", "POST", path, "text/plain", round("year", "2026"), table),
                raw("round: XML with an external entity", "orgdept", "POST", path, "application/xml",
                        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>", table),
                json("round: secretary may not open one", "secretary-wulashan", "POST", path, round("year", "2026"), table));
    }

    private static String campaign(String categories) {
        return "{\"year\":2026,\"title\":\"2026年七一表彰\",\"nominationDeadline\":\"2099-01-01T00:00:00+08:00\",\"categories\":["
                + categories + "]}";
    }

    private static String nomination(String field, String value) {
        String body = "{\"campaignId\":{campaign},\"categoryCode\":\"WUHAO_VILLAGE\",\"nomineeOrganizationCode\":\"wulashan-sanhu\","
                + "\"deeds\":\"" + DEEDS + "\"}";
        return body.replaceFirst("\"" + field + "\":(\"[^\"]*\"|\\{campaign\\})", Matcher.quoteReplacement("\"" + field + "\":" + value));
    }

    private static List<HostileInput> commendation() {
        String campaigns = "/api/commendation-campaigns";
        String nominations = "/api/nominations";
        return List.of(
                json("campaign: negative quota", "orgdept", "POST", campaigns,
                        campaign("{\"code\":\"A1\",\"name\":\"类别\",\"quota\":-3,\"nomineeFilter\":\"VILLAGE_ORGANIZATION\"}"), "commendation_campaign"),
                json("campaign: negative award", "orgdept", "POST", campaigns,
                        campaign("{\"code\":\"A1\",\"name\":\"类别\",\"quota\":3,\"nomineeFilter\":\"VILLAGE_ORGANIZATION\",\"awardYuan\":-4000}"),
                        "commendation_campaign"),
                json("campaign: award 1e30", "orgdept", "POST", campaigns,
                        campaign("{\"code\":\"A1\",\"name\":\"类别\",\"quota\":3,\"nomineeFilter\":\"VILLAGE_ORGANIZATION\",\"awardYuan\":1e30}"),
                        "commendation_campaign"),
                json("campaign: unknown nominee filter", "orgdept", "POST", campaigns,
                        campaign("{\"code\":\"A1\",\"name\":\"类别\",\"quota\":3,\"nomineeFilter\":\"EVERYONE\"}"), "commendation_campaign"),
                json("campaign: script tag as category code", "orgdept", "POST", campaigns,
                        campaign("{\"code\":\"<script>\",\"name\":\"类别\",\"quota\":3,\"nomineeFilter\":\"VILLAGE_ORGANIZATION\"}"), "commendation_campaign"),
                json("campaign: invisible category name", "orgdept", "POST", campaigns,
                        campaign("{\"code\":\"A1\",\"name\":\"" + INVISIBLE + "\",\"quota\":3,\"nomineeFilter\":\"VILLAGE_ORGANIZATION\"}"),
                        "commendation_campaign"),
                json("campaign: NUL in category name", "orgdept", "POST", campaigns,
                        campaign("{\"code\":\"A1\",\"name\":\"类别" + NUL + "\",\"quota\":3,\"nomineeFilter\":\"VILLAGE_ORGANIZATION\"}"),
                        "commendation_campaign"),
                json("campaign: notice period beyond int", "orgdept", "POST", campaigns,
                        campaign("").replace("\"categories\":[]", "\"noticeWorkingDays\":2147483648"), "commendation_campaign"),
                json("campaign: deadline not a date", "orgdept", "POST", campaigns,
                        campaign("").replace("2099-01-01T00:00:00+08:00", "tomorrow"), "commendation_campaign"),
                json("campaign: category list of nulls", "orgdept", "POST", campaigns, campaign("null,null"), "commendation_campaign"),
                json("nomination: deeds of zero-width, BOM and RTL marks", "secretary-sanhu", "POST", nominations,
                        nomination("deeds", "\"" + INVISIBLE + "\""), "nomination"),
                json("nomination: deeds with NUL", "secretary-sanhu", "POST", nominations,
                        nomination("deeds", "\"" + DEEDS + NUL + "\""), "nomination"),
                json("nomination: deeds with escape and bell", "secretary-sanhu", "POST", nominations,
                        nomination("deeds", "\"" + DEEDS + "\\u001b[31m\\u0007\""), "nomination"),
                json("nomination: notes with NUL", "secretary-sanhu", "POST", nominations,
                        nomination("deeds", "\"" + DEEDS + "\",\"notes\":\"" + NUL + "\""), "nomination"),
                json("nomination: negative campaign", "secretary-sanhu", "POST", nominations, nomination("campaignId", "-1"), "nomination"),
                json("nomination: campaign beyond long", "secretary-sanhu", "POST", nominations,
                        nomination("campaignId", "9223372036854775808"), "nomination"),
                json("nomination: SQL as campaign", "secretary-sanhu", "POST", nominations, nomination("campaignId", "\"1; drop table nomination\""),
                        "nomination"),
                json("nomination: SQL as category", "secretary-sanhu", "POST", nominations, nomination("categoryCode", "\"' OR '1'='1\""),
                        "nomination"),
                json("nomination: NUL as category", "secretary-sanhu", "POST", nominations, nomination("categoryCode", "\"" + NUL + "\""),
                        "nomination"),
                json("nomination: path traversal as organization", "secretary-sanhu", "POST", nominations,
                        nomination("nomineeOrganizationCode", "\"../../etc/passwd\""), "nomination"),
                json("nomination: NUL as organization", "secretary-sanhu", "POST", nominations,
                        nomination("nomineeOrganizationCode", "\"wulashan" + NUL + "\""), "nomination"),
                json("nomination: deeds as an object", "secretary-sanhu", "POST", nominations, nomination("deeds", "{\"$gt\":\"\"}"), "nomination"),
                json("nomination: member id 1e20", "secretary-sanhu", "POST", nominations,
                        nomination("nomineeOrganizationCode", "null,\"nomineeMemberId\":1e20"), "nomination"));
    }

    private static String loan(String field, String value) {
        String body = "{\"applicantKind\":\"COOPERATIVE\",\"applicantName\":\"三湖村养殖合作社\",\"organizationCode\":\"wulashan-sanhu\","
                + "\"amount\":50000,\"termMonths\":12,\"bank\":\"农村信用社\",\"purpose\":\"扩大肉羊养殖规模\",\"householdsHelped\":10}";
        return body.replaceFirst("\"" + field + "\":(\"[^\"]*\"|[0-9]+)", Matcher.quoteReplacement("\"" + field + "\":" + value));
    }

    private static String relief(String field, String value) {
        String body = "{\"memberId\":{member},\"reason\":\"因病致贫，生活困难\",\"amount\":1000}";
        return body.replaceFirst("\"" + field + "\":(\"[^\"]*\"|\\{member\\}|[0-9]+)", Matcher.quoteReplacement("\"" + field + "\":" + value));
    }

    private static List<HostileInput> assistanceFund() {
        String loans = "/api/assistance-loans";
        String reliefs = "/api/hardship-reliefs";
        String batches = "/api/relief-batches";
        String user = "secretary-sanhu";
        return List.of(
                json("loan: negative amount", user, "POST", loans, loan("amount", "-50000"), "assistance_loan"),
                json("loan: amount 1e400", user, "POST", loans, loan("amount", "1e400"), "assistance_loan"),
                json("loan: amount NaN", user, "POST", loans, loan("amount", "\"NaN\""), "assistance_loan"),
                json("loan: amount of a tenth of a fen", user, "POST", loans, loan("amount", "0.001"), "assistance_loan"),
                json("loan: term beyond int", user, "POST", loans, loan("termMonths", "99999999999"), "assistance_loan"),
                json("loan: unknown applicant kind", user, "POST", loans, loan("applicantKind", "\"ROOT\""), "assistance_loan"),
                json("loan: invisible applicant name", user, "POST", loans, loan("applicantName", "\"" + INVISIBLE + "\""), "assistance_loan"),
                json("loan: NUL in bank", user, "POST", loans, loan("bank", "\"信用社" + NUL + "\""), "assistance_loan"),
                json("loan: purpose of direction marks", user, "POST", loans, loan("purpose", "\"\u202E\u202D\u2066\u2069\u200E\u200F\""),
                        "assistance_loan"),
                json("loan: NUL as organization", user, "POST", loans, loan("organizationCode", "\"" + NUL + "\""), "assistance_loan"),
                json("loan: script as identity number", user, "POST", loans,
                        loan("applicantKind", "\"INDUSTRY_LEADER\",\"idNumber\":\"<script>alert(1)</script>\""), "assistance_loan"),
                json("loan: negative households", user, "POST", loans, loan("householdsHelped", "-1"), "assistance_loan"),
                json("relief: negative amount", user, "POST", reliefs, relief("amount", "-1000"), "hardship_relief"),
                json("relief: amount of a trillion", user, "POST", reliefs, relief("amount", "1000000000000"), "hardship_relief"),
                json("relief: reason of invisible characters", user, "POST", reliefs, relief("reason", "\"" + INVISIBLE + "\""), "hardship_relief"),
                json("relief: reason with NUL", user, "POST", reliefs, relief("reason", "\"生活困难" + NUL + "生活困难\""), "hardship_relief"),
                json("relief: member as text", user, "POST", reliefs, relief("memberId", "\"abc\""), "hardship_relief"),
                json("relief: negative member", user, "POST", reliefs, relief("memberId", "-1"), "hardship_relief"),
                json("relief batch: unknown rule", "orgdept", "POST", batches,
                        "{\"title\":\"批量救助\",\"rule\":\"DROP TABLE\",\"amount\":1000}", "relief_batch"),
                json("relief batch: negative amount", "orgdept", "POST", batches,
                        "{\"title\":\"批量救助\",\"rule\":\"PRE1949_VETERANS\",\"amount\":-1000}", "relief_batch"),
                json("relief batch: reference date not a date", "orgdept", "POST", batches,
                        "{\"title\":\"批量救助\",\"rule\":\"ELDERLY_FARMERS\",\"amount\":20,\"referenceDate\":\"2026-02-30\"}", "relief_batch"),
                json("relief batch: NUL in title", "orgdept", "POST", batches,
                        "{\"title\":\"" + NUL + "\",\"rule\":\"PRE1949_VETERANS\",\"amount\":1000}", "relief_batch"),
                json("relief batch: unknown members", "orgdept", "POST", batches,
                        "{\"title\":\"批量救助\",\"rule\":\"LIST\",\"amount\":20,\"memberIds\":[-1,0,9223372036854775807]}", "relief_batch"),
                json("relief batch retry: id beyond long", "orgdept", "POST", batches + "/99999999999999999999/retry", "", "relief_batch"),
                json("relief batch retry: not org-dept", user, "POST", batches + "/1/retry", "", "relief_batch"),
                json("early repayment: loan id beyond long", "fund1", "POST", "/api/assistance-loans/99999999999999999999/early-repayment", "",
                        "fund_ledger"),
                json("award payment: negative id", "fund1", "POST", "/api/award-payables/-1/payment", "", "fund_ledger"));
    }

    private static String cycle(String field, String value) {
        String body = "{\"period\":\"2099-07\",\"reportDueDate\":\"2099-07-20T00:00:00+08:00\",\"sampleSize\":3,\"strata\":\"NONE\"}";
        return body.replaceFirst("\"" + field + "\":(\"[^\"]*\"|[0-9]+)", Matcher.quoteReplacement("\"" + field + "\":" + value));
    }

    private static List<HostileInput> supervision() {
        String path = "/api/supervision-cycles";
        String table = "supervision_cycle";
        return List.of(
                json("cycle: month 13", "orgdept", "POST", path, cycle("period", "\"2099-13\""), table),
                json("cycle: SQL as period", "orgdept", "POST", path, cycle("period", "\"' OR 1=1 --\""), table),
                json("cycle: negative sample", "orgdept", "POST", path, cycle("sampleSize", "-5"), table),
                json("cycle: sample beyond int", "orgdept", "POST", path, cycle("sampleSize", "2147483648"), table),
                json("cycle: script as strata", "orgdept", "POST", path, cycle("strata", "\"<script>alert(1)</script>\""), table),
                json("cycle: checklist of invisible items", "orgdept", "POST", path,
                        cycle("strata", "\"NONE\",\"checklist\":[\"" + INVISIBLE + "\",\"b\",\"c\",\"d\",\"e\"]"), table),
                json("cycle: checklist item with NUL", "orgdept", "POST", path,
                        cycle("strata", "\"NONE\",\"checklist\":[\"a" + NUL + "\",\"b\",\"c\",\"d\",\"e\"]"), table),
                json("cycle: seed as text", "orgdept", "POST", path, cycle("strata", "\"NONE\",\"seed\":\"abc\""), table),
                json("cycle: units path traversal", "orgdept", "POST", path, cycle("strata", "\"NONE\",\"units\":[\"../..\"]"), table),
                json("cycle: due date year zero", "orgdept", "POST", path, cycle("reportDueDate", "\"0000-00-00T00:00:00Z\""), table));
    }

    private static List<HostileInput> reads() {
        return List.of(
                get("organizations: SQL as parent", "orgdept", "/api/organizations?parent=%27%20OR%201%3D1%20--"),
                get("organizations: NUL as code", "orgdept", "/api/organizations/wulashan%00"),
                get("organizations: members page -1", "orgdept", "/api/organizations/wulashan/members?page=-1"),
                get("organizations: members size 10^20", "orgdept", "/api/organizations/wulashan/members?size=100000000000000000000"),
                get("organizations: members page as text", "orgdept", "/api/organizations/wulashan/members?page=abc"),
                get("funds: ledger page -1", "fund1", "/api/funds/HARDSHIP_RELIEF/ledger?page=-1&size=0"),
                get("funds: script as code", "fund1", "/api/funds/%3Cscript%3E"),
                get("funds: NUL as code", "fund1", "/api/funds/%00/ledger.xlsx"),
                get("honours: year as text", "orgdept", "/api/honours?year=abc"),
                get("honours: year beyond int", "orgdept", "/api/honours?year=99999999999"),
                get("honours: certificate of a negative id", "orgdept", "/api/honours/-1/certificate.pdf"),
                get("campaign: id as text", "orgdept", "/api/commendation-campaigns/abc"),
                get("round: id 1e5", "orgdept", "/api/duty-review-rounds/1e5"),
                get("duty report: negative id", "secretary-wulashan", "/api/duty-reports/-1"),
                get("spot check: id as text", "supervisor1", "/api/spot-checks/abc"),
                get("bulletin: negative id", "orgdept", "/api/supervision-cycles/-1/bulletin.pdf"),
                get("relief batch: id beyond long", "orgdept", "/api/relief-batches/99999999999999999999"),
                get("nomination: id with SQL", "orgdept", "/api/nominations/1%20OR%201=1"),
                get("loan: unknown id", "fund1", "/api/assistance-loans/0"));
    }

    private static List<HostileInput> paths() {
        return List.of(
                get("path: ..; segments into the engine REST", "secretary-wulashan", "/api/funds/..;/..;/engine-rest/user"),
                get("path: ; parameter", "orgdept", "/api/funds;jsessionid=abc"),
                get("path: encoded dots", "orgdept", "/api/organizations/%2e%2e/%2e%2e/engine-rest/user"),
                get("path: encoded slash", "orgdept", "/api/organizations/a%2Fb"),
                get("path: double slash", "orgdept", "/api//organizations"),
                get("path: encoded backslash", "orgdept", "/api/organizations/..%5C..%5Cengine-rest"),
                get("path: double-encoded dots", "orgdept", "/api/organizations/%252e%252e/x"),
                get("path: engine REST through ..;", null, "/api/public/..;/..;/engine-rest/user"));
    }

    private static List<HostileInput> publicNotices() {
        String objections = "/api/public/notices/{notice}/objections";
        return List.of(
                get("notice: id as text", null, "/api/public/notices/abc"),
                get("notice: negative id", null, "/api/public/notices/-1"),
                json("objection: malformed JSON", null, "POST", objections, "{\"nominationId\":", "objection"),
                json("objection: only zero-width, BOM and RTL marks", null, "POST", objections,
                        "{\"nominationId\":{onNotice},\"reason\":\"" + INVISIBLE + "\"}", "objection"),
                json("objection: reason with NUL", null, "POST", objections,
                        "{\"nominationId\":{onNotice},\"reason\":\"反映的具体问题" + NUL + "\"}", "objection"),
                json("objection: contact with NUL", null, "POST", objections,
                        "{\"nominationId\":{onNotice},\"reason\":\"反映的具体问题。\",\"contact\":\"" + NUL + "\"}", "objection"),
                json("objection: nomination id with SQL", null, "POST", objections,
                        "{\"nominationId\":\"1 OR 1=1\",\"reason\":\"反映的具体问题。\"}", "objection"),
                json("objection: reason as an array", null, "POST", objections,
                        "{\"nominationId\":{onNotice},\"reason\":[\"反映的具体问题。\"]}", "objection"),
                raw("objection: form instead of JSON", null, "POST", objections, HostileInput.FORM, "nominationId=1&reason=abc", "objection"),
                json("objection: to a notice that does not exist", null, "POST", "/api/public/notices/99999999999999999999/objections",
                        "{\"nominationId\":1,\"reason\":\"反映的具体问题。\"}", "objection"));
    }

    private static String variable(String type, String value, String valueInfo) {
        return "{\"type\":\"" + type + "\",\"value\":" + value + (valueInfo == null ? "" : ",\"valueInfo\":" + valueInfo) + "}";
    }

    private static String objectInfo(String typeName, String format) {
        return "{\"objectTypeName\":\"" + typeName + "\",\"serializationDataFormat\":\"" + format + "\"}";
    }

    private static List<HostileInput> engineRest() {
        String user = "secretary-wulashan";
        String variable = "/engine-rest/task/{task}/variables/hostile";
        String variables = "ACT_RU_VARIABLE";
        String complete = "/engine-rest/task/{task}/complete";
        return List.of(
                json("engine: Object variable of ProcessBuilder", user, "PUT", variable,
                        variable("Object", "\"{}\"", objectInfo("java.lang.ProcessBuilder", "application/json")), variables),
                json("engine: Object variable of Runtime in a list", user, "PUT", variable,
                        variable("Object", "\"[{}]\"", objectInfo("java.util.ArrayList<java.lang.Runtime>", "application/json")), variables),
                json("engine: Java-serialized variable", user, "PUT", variable,
                        variable("Object", "\"rO0ABXQABGFiY2Q=\"", objectInfo("java.lang.String", "application/x-java-serialized-object")), variables),
                json("engine: Object variable without a type name", user, "PUT", variable,
                        variable("Object", "\"{}\"", "{\"serializationDataFormat\":\"application/json\"}"), variables),
                json("engine: variable of an unknown type", user, "PUT", variable, variable("Nonsense", "\"x\"", null), variables),
                json("engine: String variable with NUL", user, "PUT", variable, variable("String", "\"a" + NUL + "b\"", null), variables),
                json("engine: Integer variable as text", user, "PUT", variable, variable("Integer", "\"abc\"", null), variables),
                json("engine: Long variable 1e30", user, "PUT", variable, variable("Long", "1e30", null), variables),
                json("engine: Date variable not a date", user, "PUT", variable, variable("Date", "\"yesterday\"", null), variables),
                json("engine: modifications with a ProcessBuilder", user, "POST", "/engine-rest/task/{task}/variables",
                        "{\"modifications\":{\"x\":" + variable("Object", "\"{}\"", objectInfo("java.lang.ProcessBuilder", "application/json")) + "}}",
                        variables),
                json("engine: local variable Java-serialized", user, "PUT", "/engine-rest/task/{task}/localVariables/hostile",
                        variable("Object", "\"rO0=\"", objectInfo("java.util.HashMap", "application/x-java-serialized-object")), variables),
                json("engine: duty report of invisible text", user, "POST", complete, "{\"variables\":{\"theme\":{\"value\":\"" + INVISIBLE
                        + "\"},\"achievements\":{\"value\":\"" + INVISIBLE + "\"},\"problems\":{\"value\":\"" + INVISIBLE
                        + "\"},\"nextPlans\":{\"value\":\"" + INVISIBLE + "\"}}}", "ACT_HI_TASKINST"),
                json("engine: duty report with NUL", user, "POST", complete, "{\"variables\":{\"theme\":{\"value\":\"主题" + NUL
                        + "\"},\"achievements\":{\"value\":\"实施六项民心工程，组织领导全覆盖。\"},\"problems\":{\"value\":\"部分活动载体单一问题。\"},"
                        + "\"nextPlans\":{\"value\":\"深化星级评比，推进示范工程。\"}}}", "ACT_HI_TASKINST"),
                json("engine: completion with a ProcessBuilder variable", user, "POST", complete,
                        "{\"variables\":{\"x\":" + variable("Object", "\"{}\"", objectInfo("java.lang.ProcessBuilder", "application/json")) + "}}",
                        "ACT_HI_TASKINST"),
                json("engine: malformed completion", user, "POST", complete, "{\"variables\":", "ACT_HI_TASKINST"),
                raw("engine: completion as text/plain", user, "POST", complete, "text/plain", "variables", "ACT_HI_TASKINST"),
                json("engine: task query sorted by a variable of unknown type", user, "POST", "/engine-rest/task",
                        "{\"sorting\":[{\"sortBy\":\"processVariable\",\"sortOrder\":\"asc\",\"parameters\":{\"variable\":\"x\",\"type\":\"Nonsense\"}}]}",
                        null),
                json("engine: task query sorted by a variable without parameters", user, "POST", "/engine-rest/task",
                        "{\"sorting\":[{\"sortBy\":\"processVariable\",\"sortOrder\":\"asc\"}]}", null),
                json("engine: task query sorted by SQL", user, "POST", "/engine-rest/task",
                        "{\"sorting\":[{\"sortBy\":\"name; drop table ACT_RU_TASK\",\"sortOrder\":\"asc\"}]}", null),
                json("engine: process instance query sorted by unknown type", "orgdept", "POST", "/engine-rest/process-instance",
                        "{\"sorting\":[{\"sortBy\":\"processVariable\",\"sortOrder\":\"desc\",\"parameters\":{\"variable\":\"x\",\"type\":\"\"}}]}",
                        null),
                json("engine: task query with a NUL variable value", user, "POST", "/engine-rest/task",
                        "{\"processVariables\":[{\"name\":\"x\",\"operator\":\"eq\",\"value\":\"" + NUL + "\"}]}", null),
                json("engine: task query with unknown operator", user, "POST", "/engine-rest/task",
                        "{\"processVariables\":[{\"name\":\"x\",\"operator\":\"drop\",\"value\":\"1\"}]}", null),
                get("engine: negative maxResults", user, "/engine-rest/task?maxResults=-1"),
                get("engine: firstResult as text", user, "/engine-rest/task?firstResult=abc"),
                get("engine: maxResults beyond int", user, "/engine-rest/task?maxResults=99999999999"),
                get("engine: unknown sortBy", user, "/engine-rest/task?sortBy=nonsense&sortOrder=asc"),
                get("engine: due date not a date", user, "/engine-rest/task?dueBefore=yesterday"),
                get("engine: NUL in a query parameter", user, "/engine-rest/task?processDefinitionKey=%00"),
                get("engine: NUL as process key", user, "/engine-rest/process-definition/key/%00"),
                get("engine: variable filter with NUL", user, "/engine-rest/task?processVariables=x_eq_%00"),
                get("engine: history date not a date", user, "/engine-rest/history/task?finishedAfter=2026-99-99"),
                get("engine: users from firstResult -5", user, "/engine-rest/user?firstResult=-5"),
                json("engine: start a round with NUL in the title", "orgdept", "POST", "/engine-rest/process-definition/key/DutyReviewRound/start",
                        "{\"variables\":{\"title\":{\"value\":\"" + NUL + "\"},\"year\":{\"value\":2026,\"type\":\"Integer\"}}}", "duty_review_round"),
                json("engine: message of malformed JSON", "orgdept", "POST", "/engine-rest/message", "{\"messageName\":", null),
                json("engine: start with Java-serialized variable", "orgdept", "POST", "/engine-rest/process-definition/key/DutyReviewRound/start",
                        "{\"variables\":{\"x\":" + variable("Object", "\"rO0=\"", objectInfo("java.util.HashMap", "application/x-java-serialized-object"))
                                + "}}", "duty_review_round"));
    }

    private static List<HostileInput> webapps() {
        String engine = "/camunda/api/engine/engine/default";
        String admin = "session:admin";
        return List.of(
                json("webapp: Object variable of ProcessBuilder", admin, "PUT", engine + "/task/{task}/variables/hostile",
                        variable("Object", "\"{}\"", objectInfo("java.lang.ProcessBuilder", "application/json")), "ACT_RU_VARIABLE"),
                json("webapp: Java-serialized variable", admin, "PUT", engine + "/task/{task}/variables/hostile",
                        variable("Object", "\"rO0=\"", objectInfo("java.util.HashMap", "application/x-java-serialized-object")), "ACT_RU_VARIABLE"),
                json("webapp: task query sorted by unknown type", admin, "POST", engine + "/task",
                        "{\"sorting\":[{\"sortBy\":\"processVariable\",\"sortOrder\":\"asc\",\"parameters\":{\"variable\":\"x\",\"type\":\"Nonsense\"}}]}",
                        null),
                get("webapp: maxResults as text", admin, engine + "/task?maxResults=abc"),
                get("webapp: NUL as engine name", admin, "/camunda/api/engine/engine/%00/task"),
                get("webapp: process definitions from -1", admin, engine + "/process-definition?firstResult=-1"),
                json("webapp: malformed completion", admin, "POST", engine + "/task/{task}/complete", "{\"variables\":[", "ACT_HI_TASKINST"),
                upload("webapp: deployment with DOCTYPE", admin, engine + "/deployment/create", "data", doctypeModel(), "ACT_RE_DEPLOYMENT"),
                form("webapp login: NUL user name", admin, "/camunda/api/admin/auth/user/default/login/tasklist", "username=%00&password=x"),
                form("webapp login: 10 KB user name", admin, "/camunda/api/admin/auth/user/default/login/tasklist",
                        "username=" + "a".repeat(10_000) + "&password=x"),
                form("webapp login: SQL as user name", admin, "/camunda/api/admin/auth/user/default/login/cockpit",
                        "username=%27%20OR%20%271%27%3D%271&password=%27%20OR%20%271%27%3D%271"),
                form("webapp login: nothing", admin, "/camunda/api/admin/auth/user/default/login/tasklist", ""),
                form("webapp login: unknown engine", admin, "/camunda/api/admin/auth/user/..%3B/login/tasklist", "username=a&password=b"),
                get("webapp auth: engine name with script", admin, "/camunda/api/admin/auth/user/%3Cscript%3E"),
                raw("webapp logout without a token", null, "POST", "/camunda/api/admin/auth/user/default/logout", FORM_NONE, "", null));
    }

    private static final String FORM_NONE = "text/plain";

    private static List<HostileInput> adminPages() {
        return List.of(
                form("admin login: NUL user name", null, "/admin/login", "username=%00&password=admin"),
                form("admin login: 100 KB password", null, "/admin/login", "username=admin&password=" + "p".repeat(100_000)),
                form("admin login: redirect to another site", null, "/admin/login", "username=x&password=y&next=%2F%2Fevil.example"),
                form("admin login: header injection in next", null, "/admin/login",
                        "username=x&password=y&next=%2Fadmin%0D%0ASet-Cookie%3A%20a%3Db"),
                form("admin login: javascript in next", null, "/admin/login", "username=x&password=y&next=javascript%3Aalert(1)"),
                json("admin login: JSON instead of a form", null, "POST", "/admin/login", "{\"username\":\"admin\",\"password\":\"admin\"}", null),
                raw("admin logout: no session", null, "POST", "/admin/logout", FORM_NONE, "", null),
                get("admin login page: script in the error", null, "/admin/login?error=%3Cscript%3Ealert(1)%3C%2Fscript%3E"));
    }

    private static List<HostileInput> models() {
        String validate = "/api/admin/process-models/validate";
        String deploy = "/api/admin/process-models";
        String engineDeploy = "/engine-rest/deployment/create";
        String deployments = "ACT_RE_DEPLOYMENT";
        String models = "/api/admin/process-models/DutyReviewRound";
        return List.of(
                upload("validate: DOCTYPE", "admin", validate, "file", doctypeModel(), null),
                upload("validate: external entity", "admin", validate, "file", model("<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", "&x;"),
                        null),
                upload("validate: UTF-16 external entity", "admin", validate, "file", utf16Xxe(), null),
                upload("validate: billion laughs", "admin", validate, "file", billionLaughs(), null),
                upload("validate: remote parameter entity", "admin", validate, "file",
                        model("<!DOCTYPE d [<!ENTITY % r SYSTEM \"http://127.0.0.1:1/x.dtd\"> %r;]>", ""), null),
                upload("validate: not XML", "admin", validate, "file", "not xml at all".getBytes(StandardCharsets.UTF_8), null),
                upload("validate: binary garbage", "admin", validate, "file", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 1, 2, 3}, null),
                upload("validate: wrong part name", "admin", validate, "model", model("", ""), null),
                raw("validate: JSON instead of multipart", "admin", "POST", validate, HostileInput.JSON, "{\"file\":\"x\"}", null),
                upload("modeler deploy: DOCTYPE", "admin", deploy, "file", doctypeModel(), deployments),
                upload("modeler deploy: billion laughs", "admin", deploy, "file", billionLaughs(), deployments),
                upload("modeler deploy: UTF-16 external entity", "admin", deploy, "file", utf16Xxe(), deployments),
                upload("modeler deploy: as a secretary", "secretary-wulashan", deploy, "file", model("", ""), deployments),
                upload("engine deploy: DOCTYPE", "admin", engineDeploy, "data", doctypeModel(), deployments),
                upload("engine deploy: UTF-16 external entity", "admin", engineDeploy, "data", utf16Xxe(), deployments),
                upload("engine deploy: billion laughs", "admin", engineDeploy, "data", billionLaughs(), deployments),
                upload("engine deploy: not XML", "admin", engineDeploy, "data", "<definitions".getBytes(StandardCharsets.UTF_8), deployments),
                get("models: versions of a script key", "admin", "/api/admin/process-models/%3Cscript%3E/versions"),
                get("models: version as text", "admin", models + "/versions/abc/xml"),
                get("models: version beyond int", "admin", models + "/versions/99999999999/xml"),
                get("models: diff of text versions", "admin", models + "/diff?from=a&to=b"),
                get("models: diff without versions", "admin", models + "/diff"),
                json("models: migration preview malformed", "admin", "POST", models + "/migration/preview", "{\"fromVersion\":", null),
                json("models: migration from version -1", "admin", "POST", models + "/migration/preview", "{\"fromVersion\":-1,\"toVersion\":1}", null),
                json("models: migration of text versions", "admin", "POST", models + "/migration", "{\"fromVersion\":\"a\",\"toVersion\":\"b\"}", null));
    }

    private static List<HostileInput> limits() {
        String user = "secretary-wulashan";
        String oversized = "{\"deeds\":\"" + "长".repeat(400_000) + "\"}";
        return List.of(
                json("limits: 1.2 MB nomination", "secretary-sanhu", "POST", "/api/nominations", oversized, "nomination"),
                json("limits: 1.2 MB task completion", user, "POST", "/engine-rest/task/{task}/complete", oversized, "ACT_HI_TASKINST"),
                json("limits: 1.2 MB objection", null, "POST", "/api/public/notices/{notice}/objections", oversized, "objection"),
                json("limits: a number of 100,000 digits", "orgdept", "POST", "/api/duty-review-rounds",
                        round("year", "1" + "0".repeat(100_000)), "duty_review_round"),
                json("limits: trailing garbage after the JSON", "secretary-sanhu", "POST", "/api/nominations",
                        nomination("deeds", "\"" + DEEDS + "\"") + "{\"x\":1}", "nomination"),
                raw("limits: JSON declared as UTF-16", "secretary-sanhu", "POST", "/api/nominations", "application/json; charset=UTF-16",
                        nomination("deeds", "\"" + DEEDS + "\""), null),
                get("limits: members page beyond any offset", "orgdept", "/api/organizations/wulashan/members?page=2147483647&size=200"),
                get("limits: ledger page 10^8", "fund1", "/api/funds/HARDSHIP_RELIEF/ledger?page=99999999&size=200"),
                get("engine: sort order sideways", user, "/engine-rest/task?sortBy=created&sortOrder=sideways"),
                get("engine: unknown delegation state", user, "/engine-rest/task?delegationState=NONSENSE"),
                get("engine: boolean parameter maybe", user, "/engine-rest/task?assigned=maybe"),
                get("engine: SQL as candidate group", user, "/engine-rest/task?candidateGroup=%27%20OR%201%3D1%20--"),
                get("engine: start date in year 99999", "orgdept", "/engine-rest/history/process-instance?startedAfter=99999-01-01T00:00:00.000%2B0800"),
                get("engine: script as variable name", user, "/engine-rest/task/{task}/variables/%3Cscript%3E"),
                get("engine: form variables of path traversal", user, "/engine-rest/task/{task}/form-variables?variableNames=..%2F..%2Fetc"),
                get("engine: task of an unknown id", user, "/engine-rest/task/%27%20OR%201%3D1/variables"));
    }

    private static byte[] model(String doctype, String documentation) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype + MODEL_HEAD + documentation + MODEL_TAIL).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] doctypeModel() {
        return model("<!DOCTYPE definitions [<!ENTITY greeting \"你好\">]>", "&greeting;");
    }

    private static byte[] utf16Xxe() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + MODEL_HEAD + "&x;"
                + MODEL_TAIL).getBytes(StandardCharsets.UTF_16);
    }

    private static byte[] billionLaughs() {
        StringBuilder entities = new StringBuilder("<!DOCTYPE d [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return model(entities.append("]>").toString(), "&lol9;");
    }
}
