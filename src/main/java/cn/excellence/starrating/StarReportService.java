package cn.excellence.starrating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;

import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.excel.Workbooks;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import cn.excellence.starrating.StarRatingRepository.ReportRow;
import cn.excellence.starrating.StarRatingViews.ReportLine;
import cn.excellence.starrating.StarRatingViews.StarReport;

/** A campaign's recorded stars by township, sector and branch, as far as the user may see (their organization and below). */
@Service
public class StarReportService {

    private final StarRatingRepository repository;
    private final StarCampaignService campaigns;
    private final OrganizationService organizations;

    StarReportService(StarRatingRepository repository, StarCampaignService campaigns, OrganizationService organizations) {
        this.repository = repository;
        this.campaigns = campaigns;
        this.organizations = organizations;
    }

    public StarReport report(CurrentUser user, long campaignId, String township) {
        StarCampaign campaign = campaigns.campaign(campaignId);
        if (township != null) {
            organizations.visible(user, township);
        }
        Map<Long, BranchRating> ratings = repository.ratings(campaignId).stream()
                .filter(r -> organizations.canSee(user, r.organizationCode()))
                .filter(r -> township == null || township.equals(r.townshipCode()))
                .collect(Collectors.toMap(BranchRating::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        if (ratings.isEmpty() && !user.isBannerWide()) {
            throw ApiException.notFound("找不到该评比中您可查看的支部。");
        }
        List<ReportRow> rows = repository.recorded(campaignId).stream().filter(r -> ratings.containsKey(r.ratingId())).toList();
        Map<String, List<ReportRow>> byTownship = new LinkedHashMap<>();
        Map<String, List<ReportRow>> byBranch = new LinkedHashMap<>();
        ratings.values().forEach(r -> byBranch.put(r.organizationCode(), new ArrayList<>()));
        for (ReportRow row : rows) {
            BranchRating rating = ratings.get(row.ratingId());
            byTownship.computeIfAbsent(rating.townshipCode() == null ? "" : rating.townshipCode(), k -> new ArrayList<>()).add(row);
            byBranch.get(rating.organizationCode()).add(row);
        }
        Map<String, String> branchNames = ratings.values().stream()
                .collect(Collectors.toMap(BranchRating::organizationCode, BranchRating::organizationName, (a, b) -> a));
        return new StarReport(campaign.id(), campaign.title(), line("all", "合计", rows),
                byTownship.entrySet().stream().map(e -> line(e.getKey(), townshipName(e.getKey()), e.getValue())).toList(),
                List.of(line(campaign.scale().sector().name(), campaign.scale().label(), rows)),
                byBranch.entrySet().stream().map(e -> line(e.getKey(), branchNames.get(e.getKey()), e.getValue())).toList());
    }

    private String townshipName(String code) {
        return code.isEmpty() ? "旗直属" : organizations.find(code).map(o -> o.name()).orElse(code);
    }

    static ReportLine line(String code, String name, List<ReportRow> rows) {
        List<Long> byStars = IntStream.rangeClosed(1, 10)
                .mapToObj(s -> rows.stream().filter(r -> r.confirmed() && r.stars() == s).count()).toList();
        long high = rows.stream().filter(r -> r.confirmed() && r.stars() >= 8).count();
        BigDecimal share = rows.isEmpty() ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(high * 100).divide(BigDecimal.valueOf(rows.size()), 2, RoundingMode.HALF_UP);
        return new ReportLine(code, name, rows.size(), byStars, high, share, byStars.get(9), rows.stream().filter(r -> !r.confirmed()).count());
    }

    public byte[] workbook(StarReport report) {
        List<String> headers = new ArrayList<>(List.of("分组", "名称", "参评人数"));
        IntStream.rangeClosed(1, 10).forEach(s -> headers.add(s + "星"));
        headers.addAll(List.of("八星级及以上", "八星级及以上占比（%）", "十星级", "撤销"));
        List<List<Object>> lines = new ArrayList<>();
        add(lines, "合计", List.of(report.total()));
        add(lines, "苏木镇", report.byTownship());
        add(lines, "领域", report.bySector());
        add(lines, "支部", report.byBranch());
        return Workbooks.write("星级评比统计", headers, lines);
    }

    private static void add(List<List<Object>> lines, String group, List<ReportLine> report) {
        for (ReportLine l : report) {
            List<Object> line = new ArrayList<>(List.of(group, l.name(), l.participants()));
            line.addAll(l.byStars());
            line.addAll(List.of(l.atLeastEight(), l.shareAtLeastEight().toPlainString(), l.atTen(), l.withdrawn()));
            lines.add(line);
        }
    }
}
