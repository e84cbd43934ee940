package cn.excellence.starrating;

import java.io.IOException;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.excellence.organization.MemberProfile;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import cn.excellence.shared.web.Downloads;
import cn.excellence.starrating.StarRatingViews.BranchSummary;
import cn.excellence.starrating.StarRatingViews.CampaignDetail;
import cn.excellence.starrating.StarRatingViews.CampaignSummary;
import cn.excellence.starrating.StarRatingViews.MemberHistory;
import cn.excellence.starrating.StarRatingViews.SheetRow;
import cn.excellence.starrating.StarRatingViews.SheetUpdate;
import cn.excellence.starrating.StarRatingViews.SheetView;
import cn.excellence.starrating.StarRatingViews.StarReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Star ratings: campaigns, a branch's scoring sheet (also as Excel), members' star history and the report. */
@RestController
@RequestMapping("/api/star-ratings")
@Tag(name = "星级评比", description = "党员星级评比：评分表、星级档案和统计")
class StarRatingController {

    static final long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;

    private final StarCampaignService campaigns;
    private final BranchRatingService ratings;
    private final StarReportService reports;
    private final StarRatingRepository repository;
    private final OrganizationService organizations;

    StarRatingController(StarCampaignService campaigns, BranchRatingService ratings, StarReportService reports, StarRatingRepository repository,
            OrganizationService organizations) {
        this.campaigns = campaigns;
        this.ratings = ratings;
        this.reports = reports;
        this.repository = repository;
        this.organizations = organizations;
    }

    @GetMapping("/campaigns")
    @Operation(summary = "星级评比列表")
    List<CampaignSummary> campaigns() {
        return campaigns.campaigns().stream().map(CampaignSummary::of).toList();
    }

    @GetMapping("/campaigns/{id}")
    @Operation(summary = "一次评比及您可查看的支部")
    CampaignDetail campaign(@PathVariable long id) {
        CurrentUser user = CurrentUser.get();
        return new CampaignDetail(CampaignSummary.of(campaigns.campaign(id)), repository.ratings(id).stream()
                .filter(r -> organizations.canSee(user, r.organizationCode())).map(BranchSummary::of).toList());
    }

    @GetMapping("/branches/{ratingId}/sheet")
    @Operation(summary = "支部评分表")
    SheetView sheet(@PathVariable long ratingId) {
        return view(ratings.visible(CurrentUser.get(), ratingId));
    }

    @PutMapping("/branches/{ratingId}/sheet")
    @Operation(summary = "保存评分（只改所给党员；全部有效才保存）")
    SheetView save(@PathVariable long ratingId, @RequestBody SheetUpdate update) {
        ratings.save(CurrentUser.get(), ratingId, update == null ? null : update.rows(), "第 %d 条：");
        return sheet(ratingId);
    }

    @GetMapping("/branches/{ratingId}/sheet.xlsx")
    @Operation(summary = "下载支部评分表（Excel，已填党员名单）")
    ResponseEntity<byte[]> download(@PathVariable long ratingId) {
        BranchRating rating = ratings.visible(CurrentUser.get(), ratingId);
        byte[] file = StarSheetWorkbook.write(campaigns.campaign(rating.campaignId()), ratings.sheet(ratingId));
        return Downloads.excel("星级评分表-" + ratingId + ".xlsx", file);
    }

    @PostMapping(path = "/branches/{ratingId}/sheet.xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传填好的评分表（Excel）：逐行检查，全部有效才导入")
    SheetView upload(@PathVariable long ratingId, @RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        CurrentUser user = CurrentUser.get();
        BranchRating rating = ratings.visible(user, ratingId);
        if (file == null || file.isEmpty()) {
            throw new TaskInputException("请选择要上传的评分表（.xlsx）。");
        }
        if (file.getSize() > MAX_UPLOAD_BYTES) {
            throw new TaskInputException("文件过大：评分表最大 5 MB。");
        }
        List<BranchRatingService.Entry> entries = StarSheetWorkbook.read(campaigns.campaign(rating.campaignId()), file.getBytes());
        ratings.save(user, ratingId, entries, "评分表第 %d 条数据：");
        return sheet(ratingId);
    }

    @GetMapping("/members/{id}/history")
    @Operation(summary = "党员的历年星级（本支部及上级可查）")
    MemberHistory history(@PathVariable long id) {
        MemberProfile member = organizations.member(id).filter(m -> organizations.canSee(CurrentUser.get(), m.organizationCode()))
                .orElseThrow(() -> ApiException.notFound("找不到该党员，或您无权查看。"));
        return new MemberHistory(member.id(), member.name(), member.organizationCode(), repository.history(id));
    }

    @GetMapping("/report")
    @Operation(summary = "评比统计：按苏木镇、领域、支部")
    StarReport report(@RequestParam long campaign, @RequestParam(required = false) String township) {
        return reports.report(CurrentUser.get(), campaign, township);
    }

    @GetMapping("/report.xlsx")
    @Operation(summary = "评比统计（Excel）")
    ResponseEntity<byte[]> reportWorkbook(@RequestParam long campaign, @RequestParam(required = false) String township) {
        byte[] file = reports.workbook(reports.report(CurrentUser.get(), campaign, township));
        return Downloads.excel("星级评比统计-" + campaign + ".xlsx", file);
    }

    private SheetView view(BranchRating rating) {
        StarCampaign campaign = campaigns.campaign(rating.campaignId());
        int items = campaign.enteredCriteria().size();
        return new SheetView(rating.id(), campaign.id(), campaign.title(), rating.organizationCode(), rating.organizationName(), rating.status(),
                rating.status().label(), rating.status().editable(), campaign.enteredCriteria(), campaign.serviceBookMax(),
                ratings.sheet(rating.id()).stream().map(r -> new SheetRow(r.memberId(), r.memberName(), r.participating(), r.itemScores(),
                        r.votesGood(), r.votesFair(), r.votesAverage(), r.votesPoor(), r.complete(items), r.points(), r.proposedStars(), r.stars(),
                        r.adjustReason(), r.withdrawnReason())).toList());
    }
}
