package cn.excellence.posts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.organization.MemberProfile;
import cn.excellence.organization.Organization;
import cn.excellence.shared.web.PublicSubmissions;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/** 一书一簿: a member's service pledge (承诺书) of the year and the residents' evaluation book (功劳簿). */
@Service
public class ServiceBook {

    static final int MAX_ITEMS = 10;
    static final int MAX_ITEM_LENGTH = 200;

    private final MeritRepository merits;
    private final PostsAccess access;
    private final PublicCodes codes;

    ServiceBook(MeritRepository merits, PostsAccess access, PublicCodes codes) {
        this.merits = merits;
        this.access = access;
        this.codes = codes;
    }

    /** Records (or replaces) the member's pledge of the year: 1 to 10 items, each up to 200 characters. */
    @Transactional
    public List<String> pledge(CurrentUser user, long memberId, Integer year, List<?> items) {
        MemberProfile member = access.recordableMember(user, memberId);
        int pledgeYear = PostsAccess.year(year);
        List<String> checked = items(items);
        merits.savePledge(member.id(), pledgeYear, member.organizationCode(), String.join("\n", checked), user.userId(), PostsAccess.now());
        return checked;
    }

    List<String> pledgeItems(long memberId, int year) {
        return merits.pledge(memberId, year).map(items -> List.of(items.split("\n"))).orElse(List.of());
    }

    private static List<String> items(List<?> items) {
        if (items == null || items.isEmpty()) {
            throw new TaskInputException("请填写至少一条承诺事项。");
        }
        if (items.size() > MAX_ITEMS) {
            throw new TaskInputException("承诺事项最多 " + MAX_ITEMS + " 条，当前 " + items.size() + " 条。");
        }
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String item = TextRules.required(items.get(i), "承诺事项第 " + (i + 1) + " 条", 2, MAX_ITEM_LENGTH);
            if (item.contains("\n") || item.contains("\r")) {
                throw new TaskInputException("“承诺事项第 " + (i + 1) + " 条”应为一行文字，请分成多条填写。");
            }
            checked.add(item);
        }
        return checked;
    }

    /** An entry recorded by the branch (or above) for one of its members. */
    @Transactional
    public long record(CurrentUser user, long memberId, String date, String residentName, String deed, String evaluation) {
        MemberProfile member = access.recordableMember(user, memberId);
        Entry entry = entry(date, residentName, deed, evaluation);
        return merits.insertEntry(member.id(), member.organizationCode(), entry.date(), entry.residentName(), entry.deed(),
                entry.evaluation(), false, user.userId(), null, PostsAccess.now());
    }

    /**
     * An entry a resident files on the public page with the organization's public code: a wrong code or a member outside that
     * organization is "not found"; at most {@value PublicSubmissions#MAX_PER_HOUR} entries an hour from one address.
     */
    @Transactional
    public long file(String publicCode, Long memberId, String date, String residentName, String deed, String evaluation,
            String clientAddress) {
        Organization organization = codes.organizationOf(publicCode);
        if (memberId == null) {
            throw new TaskInputException("请选择要评价的党员。");
        }
        MemberProfile member = access.publicMember(organization, memberId);
        Entry entry = entry(date, residentName, deed, evaluation);
        Instant now = PostsAccess.now();
        PublicSubmissions.checkRate(now, since -> merits.publicEntriesFrom(clientAddress, since), "评价");
        return merits.insertEntry(member.id(), member.organizationCode(), entry.date(), entry.residentName(), entry.deed(),
                entry.evaluation(), true, null, clientAddress, now);
    }

    /** Hides an entry (a resident's entry found untrue, say) with the reason; it stays in the book, uncounted. */
    @Transactional
    public void hide(CurrentUser user, long entryId, String reason) {
        MeritEntry entry = merits.entry(entryId).filter(e -> access.canSee(user, e.organizationCode()))
                .orElseThrow(() -> ApiException.notFound("找不到编号为 " + entryId + " 的功劳簿记录，或您无权查看。"));
        access.writable(user, entry.organizationCode());
        String why = TextRules.required(reason, "隐藏原因", 2, 200);
        if (entry.hidden()) {
            throw ApiException.conflict("该记录已隐藏。");
        }
        merits.hide(entryId, why, user.userId(), PostsAccess.now());
    }

    List<MeritEntry> entries(long memberId, int year) {
        return merits.entries(memberId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private record Entry(LocalDate date, String residentName, String deed, Evaluation evaluation) {
    }

    private static Entry entry(String date, String residentName, String deed, String evaluation) {
        String name = TextRules.optional(residentName, "居民姓名", 50);
        String what = TextRules.required(deed, "服务事项", 2, 500);
        Evaluation value = TextRules.choice(evaluation, Evaluation.class, "评价");
        return new Entry(date(date), name, what, value);
    }

    /** The day of the service: not in the future, this year or last. */
    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            throw new TaskInputException("请填写“服务日期”。");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new TaskInputException("“服务日期”应为 年-月-日，例如 2026-07-01。");
        }
        LocalDate today = PostsAccess.today();
        if (date.isAfter(today) || date.getYear() < today.getYear() - 1) {
            throw new TaskInputException("“服务日期”应在去年 1 月 1 日至今天之间。");
        }
        return date;
    }
}
