package cn.excellence.commendation;

import cn.excellence.shared.FormValues;
import cn.excellence.shared.TextRules;
import static cn.excellence.commendation.CommendationProcess.*;
import static cn.excellence.shared.jdbc.Rows.columns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.excellence.shared.ApplicationStarts;
import cn.excellence.shared.BusinessKeys;
import cn.excellence.shared.Groups;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/** Opens campaigns (评先表彰活动), closes nominations, and records selection and approval of the list. */
@Service
public class CampaignService {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final BigDecimal MAX_AWARD_YUAN = new BigDecimal("1000000");

    private final CommendationRepository repository;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final WorkingDayCalendar calendar;
    private final ObjectMapper objectMapper;

    CampaignService(CommendationRepository repository, RuntimeService runtimeService, IdentityService identityService,
            WorkingDayCalendar calendar, ObjectMapper objectMapper) {
        this.repository = repository;
        this.identityService = identityService;
        this.runtimeService = runtimeService;
        this.calendar = calendar;
        this.objectMapper = objectMapper;
    }

    public Campaign campaign(long id) {
        return repository.findCampaign(id).orElseThrow(() -> new TaskInputException("评先表彰活动 " + id + " 不存在。"));
    }

    /**
     * Records the campaign and starts its process (the API's and the demo data's way), as the current engine user;
     * the campaign's id is a variable, the business key the campaign in words.
     */
    @Transactional
    public long startCampaign(CampaignRequest request) {
        Authentication user = identityService.getCurrentAuthentication();
        long id = openCampaign(request, user == null ? null : user.getUserId(), null);
        String process = ApplicationStarts.run(() -> runtimeService.startProcessInstanceByKey(CAMPAIGN_PROCESS,
                businessKey(request.title(), id), processVariables(id, request))).getId();
        repository.updateCampaign(id, columns("process_instance_id", process));
        return id;
    }

    /**
     * Records the campaign of a process org-dept started through its start form (Tasklist's 启动流程) or by key,
     * with the same checks as {@link #startCampaign}; returns the variables the process goes on with.
     */
    @Transactional
    public Map<String, Object> openFromStartForm(CampaignRequest request, CurrentUser user, String processInstanceId) {
        checkMayOpen(user);
        return processVariables(openCampaign(request, user.userId(), processInstanceId), request);
    }

    /** What Cockpit lists the campaign's process by. */
    static String businessKey(String title, long id) {
        return BusinessKeys.of("评先表彰", title, id);
    }

    void checkMayOpen(CurrentUser user) {
        if (!user.isMemberOf(Groups.ORG_DEPT)) {
            throw ApiException.forbidden("只有旗委组织部可以发起评先表彰活动。");
        }
    }

    private Map<String, Object> processVariables(long id, CampaignRequest request) {
        String categories;
        try {
            categories = request.categories() == null ? null : objectMapper.writeValueAsString(request.categories());
        } catch (JsonProcessingException e) {
            throw new TaskInputException("类别列表无法解析。");
        }
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put(VAR_CAMPAIGN_ID, id);
        variables.put("year", request.year());
        variables.put("title", request.title());
        variables.put("categories", categories);
        variables.put(VAR_NOMINATION_DEADLINE, request.nominationDeadline());
        variables.put("noticeWorkingDays", request.noticeWorkingDays());
        return variables;
    }

    List<CampaignRequest.CategoryRequest> parseCategories(Object json) {
        if (json == null || json.toString().isBlank()) {
            return null;
        }
        try {
            return Arrays.asList(objectMapper.readValue(json.toString(), CampaignRequest.CategoryRequest[].class));
        } catch (JsonProcessingException e) {
            throw new TaskInputException("类别列表（categories）应为 JSON 数组。");
        }
    }

    @Transactional
    public long openCampaign(CampaignRequest request, String initiator, String processInstanceId) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        if (request.year() == null || request.year() < 2000 || request.year() > 2100) {
            throw new TaskInputException("请填写 2000 到 2100 之间的年度（year）。");
        }
        String title = TextRules.required(request.title(), "标题", 2, 200);
        if (request.nominationDeadline() == null || !request.nominationDeadline().toInstant().isAfter(now)) {
            throw new TaskInputException("推荐截止时间（nominationDeadline）须晚于当前时间。");
        }
        int noticeDays = request.noticeWorkingDays() == null ? 5 : request.noticeWorkingDays();
        if (noticeDays < 1 || noticeDays > 30) {
            throw new TaskInputException("公示期应为 1 到 30 个工作日。");
        }
        List<Campaign.Category> categories = categories(request.categories() == null ? CampaignRequest.SOURCE_CATEGORIES : request.categories());
        long id = repository.insertCampaign(request.year(), title, request.nominationDeadline().toInstant(), noticeDays,
                initiator == null ? "system" : initiator, now, processInstanceId);
        categories.forEach(c -> repository.insertCategory(id, c));
        return id;
    }

    private static List<Campaign.Category> categories(List<CampaignRequest.CategoryRequest> requested) {
        if (requested.isEmpty() || requested.size() > 20) {
            throw new TaskInputException("类别应有 1 到 20 个。");
        }
        Set<String> codes = new HashSet<>();
        List<Campaign.Category> categories = new ArrayList<>();
        for (CampaignRequest.CategoryRequest c : requested) {
            if (c == null || c.code() == null || !CODE.matcher(c.code()).matches() || !codes.add(c.code())) {
                throw new TaskInputException("类别代码应为 2 到 40 位大写字母、数字或下划线，且不能重复。");
            }
            if (c.quota() == null || c.quota() < 1 || c.quota() > 1000) {
                throw new TaskInputException("类别“" + c.code() + "”的名额应为 1 到 1000。");
            }
            NomineeFilter filter = TextRules.choice(c.nomineeFilter(), NomineeFilter.class, "评选对象");
            categories.add(new Campaign.Category(0, c.code(), TextRules.required(c.name(), "类别名称", 2, 100), c.quota(), filter,
                    awardFen(c.awardYuan())));
        }
        return categories;
    }

    private static Long awardFen(BigDecimal yuan) {
        if (yuan == null || yuan.signum() == 0) {
            return null;
        }
        if (yuan.signum() < 0 || yuan.compareTo(MAX_AWARD_YUAN) > 0 || yuan.stripTrailingZeros().scale() > 2) {
            throw new TaskInputException("奖励金额应为 0 到 1,000,000 元，最多两位小数。");
        }
        return yuan.movePointRight(2).longValueExact();
    }

    @Transactional
    public void closeNominations(long campaignId) {
        repository.updateCampaign(campaignId, columns("status", Campaign.SELECTING));
    }

    /** The approved nominations org-dept chooses from, as checklist options, and the quotas as text. */
    public List<Map<String, String>> selectionOptions(long campaignId) {
        Campaign campaign = campaign(campaignId);
        return repository.nominations(campaignId).stream()
                .filter(n -> n.status() == NominationStatus.NOMINATED || n.status() == NominationStatus.SELECTED)
                .map(n -> Map.of("value", String.valueOf(n.id()),
                        "label", categoryOf(campaign, n.categoryId()).name() + "｜" + n.nomineeName() + "（" + n.nomineeOrgName() + "）"))
                .toList();
    }

    public String quotaSummary(long campaignId) {
        Campaign campaign = campaign(campaignId);
        return String.join("\n", campaign.categories().stream().map(c -> c.name() + "：" + c.quota() + " 名").toList());
    }

    static Campaign.Category categoryOf(Campaign campaign, long categoryId) {
        return campaign.categories().stream().filter(c -> c.id() == categoryId).findFirst().orElseThrow();
    }

    /** Records org-dept's selection; more than a category's quota is refused. Returns the list as text. */
    @Transactional
    public String select(long campaignId, Object selected) {
        Campaign campaign = campaign(campaignId);
        Set<Long> ids = FormValues.ids(selected, "推荐编号");
        List<Nomination> candidates = repository.nominations(campaignId).stream()
                .filter(n -> n.status() == NominationStatus.NOMINATED || n.status() == NominationStatus.SELECTED).toList();
        for (Long id : ids) {
            if (candidates.stream().noneMatch(n -> n.id() == id)) {
                throw new TaskInputException("推荐 " + id + " 不在可遴选的名单中。");
            }
        }
        for (Campaign.Category category : campaign.categories()) {
            long chosen = candidates.stream().filter(n -> n.categoryId() == category.id() && ids.contains(n.id())).count();
            if (chosen > category.quota()) {
                throw new TaskInputException("“" + category.name() + "”名额为 " + category.quota() + " 名，已选 " + chosen + " 名，请减少后再提交。");
            }
        }
        StringBuilder summary = new StringBuilder();
        for (Nomination n : candidates) {
            boolean chosen = ids.contains(n.id());
            repository.updateNomination(n.id(), columns("status", chosen ? NominationStatus.SELECTED : NominationStatus.NOMINATED));
            if (chosen) {
                summary.append(categoryOf(campaign, n.categoryId()).name()).append("：").append(n.nomineeName())
                        .append("（").append(n.nomineeOrgName()).append("）\n");
            }
        }
        return summary.toString();
    }

    /** The standing committee approves the list, or sends it back with a reason org-dept sees. */
    @Transactional
    public void approve(long campaignId, Object decision, Object reason) {
        if ("SEND_BACK".equals(decision)) {
            repository.updateCampaign(campaignId, columns("send_back_reason", TextRules.required(reason, "退回理由", 2, 2000)));
        } else if (!"APPROVE".equals(decision)) {
            throw new TaskInputException("请选择审定意见：同意（APPROVE）或退回（SEND_BACK）。");
        }
    }

    /** Publishes the notice (公示) for the configured number of working days; returns when it ends. */
    @Transactional
    public Date publishNotice(long campaignId) {
        Campaign campaign = campaign(campaignId);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Instant ends = calendar.endOfWorkingDays(now, campaign.noticeWorkingDays());
        for (Nomination n : repository.nominations(campaignId)) {
            if (n.status() == NominationStatus.SELECTED) {
                repository.updateNomination(n.id(), columns("status", NominationStatus.ON_NOTICE));
            } else if (n.status() == NominationStatus.NOMINATED) {
                repository.updateNomination(n.id(), columns("status", NominationStatus.NOT_SELECTED));
            }
        }
        repository.updateCampaign(campaignId, columns("status", Campaign.NOTICE, "notice_published_at", now, "notice_ends_at", ends));
        return Date.from(ends);
    }

    public long openObjections(long campaignId) {
        return repository.openObjections(campaignId);
    }
}
