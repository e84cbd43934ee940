package cn.excellence.guidance;

import java.net.URI;
import java.util.ArrayList;
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
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.guidance.GuidanceViews.EvaluationView;
import cn.excellence.guidance.GuidanceViews.ExchangeView;
import cn.excellence.guidance.GuidanceViews.RegisteredView;
import cn.excellence.guidance.GuidanceViews.ReportFigures;
import cn.excellence.guidance.GuidanceViews.ReportView;
import cn.excellence.guidance.GuidanceViews.SectorBody;
import cn.excellence.guidance.GuidanceViews.StaffFigures;
import cn.excellence.guidance.GuidanceViews.StaffView;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.excel.Workbooks;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 指导联络: instructors and liaisons, their reports and figures, the sectors' guidance duties, 季交流 and 年评比. */
@RestController
@RequestMapping("/api/guidance")
@Tag(name = "指导联络", description = "活动指导员和联络员登记、周报告和月总结统计、分线指导职责、季交流、年评比")
class GuidanceController {

    private final GuidanceService guidance;
    private final GuidanceFigures figures;
    private final MeetingRepository meetings;

    GuidanceController(GuidanceService guidance, GuidanceFigures figures, MeetingRepository meetings) {
        this.guidance = guidance;
        this.figures = figures;
        this.meetings = meetings;
    }

    @PostMapping("/staff")
    @Operation(summary = "登记活动指导员或联络员（旗委组织部）：账号（已有或新建）、姓名、类别、指导的组织")
    ResponseEntity<RegisteredView> register(@RequestBody(required = false) StaffRequest request) {
        CurrentUser user = CurrentUser.get();
        GuidanceService.Registered registered = guidance.register(request, user);
        StaffView staff = figures.view(guidance.visible(user, registered.staffId()));
        return ResponseEntity.created(URI.create("/api/guidance/staff/" + registered.staffId()))
                .body(new RegisteredView(registered.staffId(), registered.userId(), registered.initialPassword(), staff));
    }

    @GetMapping("/staff")
    @Operation(summary = "我可以查看的指导员和联络员（本人；书记：指导本辖区的；组织部：全部）")
    List<StaffView> staff() {
        return guidance.visibleStaff(CurrentUser.get()).stream().map(figures::view).toList();
    }

    @GetMapping("/staff/{id}/reports")
    @Operation(summary = "一名指导员或联络员的周报告和月总结")
    List<ReportView> reportsOf(@PathVariable long id) {
        return figures.reportsOf(guidance.visible(CurrentUser.get(), id));
    }

    @GetMapping("/my-reports")
    @Operation(summary = "我的周报告和月总结（待提交的在前）")
    List<ReportView> myReports() {
        CurrentUser user = CurrentUser.get();
        return guidance.visibleStaff(user).stream().filter(s -> s.userId().equals(user.userId())).findFirst()
                .map(s -> figures.reportsOf(s).stream().sorted((a, b) -> Boolean.compare(!a.status().equals("AWAITING"), !b.status().equals("AWAITING")))
                        .toList())
                .orElse(List.of());
    }

    @GetMapping("/reports")
    @Operation(summary = "某月报告统计：每名指导员、联络员的周报告、月总结、逾期和督促（period 如 2026-07；kind；township）")
    ReportFigures reports(@RequestParam(required = false) String period, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String township) {
        return figures.figures(CurrentUser.get(), period, kind, township);
    }

    @GetMapping("/reports.xlsx")
    @Operation(summary = "某月报告统计导出（Excel）")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String period, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String township) {
        ReportFigures month = figures.figures(CurrentUser.get(), period, kind, township);
        List<List<Object>> rows = new ArrayList<>();
        for (StaffFigures r : month.rows()) {
            rows.add(List.of(r.name(), r.userId(), r.kindLabel(), String.join("、", r.organizations()), r.weeklyReports(), r.weeklySubmitted(),
                    r.monthlySummaries(), r.monthlySubmitted(), r.late(), r.lateSubmitted(), r.escalated()));
        }
        byte[] workbook = Workbooks.write(month.period() + " 指导联络报告", List.of("姓名", "账号", "类别", "指导的组织", "周报告", "已提交周报告",
                "月总结", "已提交月总结", "逾期", "逾期提交", "督促"), rows);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", "attachment; filename=\"guidance-report-" + month.period() + ".xlsx\"").body(workbook);
    }

    @GetMapping("/sectors")
    @Operation(summary = "7 个领域的牵头指导单位和指导职责")
    List<MeetingRepository.SectorDuty> sectors() {
        return guidance.sectors();
    }

    @PutMapping("/sectors/{sector}")
    @Operation(summary = "修改一个领域的牵头指导单位和指导职责（旗委组织部）")
    MeetingRepository.SectorDuty updateSector(@PathVariable String sector, @RequestBody(required = false) SectorBody body) {
        if (body == null) {
            throw new TaskInputException("请填写牵头指导单位和指导职责。");
        }
        return guidance.updateSector(sector, body.supervisor(), body.duties(), CurrentUser.get());
    }

    @GetMapping("/exchanges")
    @Operation(summary = "季度交流会记录（旗委组织部、指导员和联络员）")
    List<ExchangeView> exchanges() {
        requireGuidanceRole(CurrentUser.get());
        return meetings.exchanges().stream().map(e -> new ExchangeView(e.id(), e.period(), e.recorded(),
                e.meetingDate() == null ? null : e.meetingDate().toString(), e.minutes(), e.attendees(), e.recordedBy())).toList();
    }

    @GetMapping("/evaluations")
    @Operation(summary = "某年度指导员评比结果（旗委组织部）")
    List<EvaluationView> evaluations(@RequestParam(required = false) Integer year) {
        CurrentUser user = CurrentUser.get();
        if (!user.isBannerWide()) {
            throw ApiException.notFound("找不到年度评比，或您无权查看。");
        }
        int y = year == null ? CadenceService.today().getYear() : year;
        if (y < 2000 || y > 2100) {
            throw new TaskInputException("“年度”应为 2000 到 2100 的年份。");
        }
        return meetings.evaluations(y).stream().map(e -> new EvaluationView(e.id(), e.staffId(), e.staffName(), e.year(),
                e.rating() == null ? null : e.rating().name(), e.rating() == null ? "待评定" : e.rating().label(), e.comment())).toList();
    }

    private static void requireGuidanceRole(CurrentUser user) {
        if (!user.isBannerWide() && !user.isMemberOf(cn.excellence.shared.Groups.INSTRUCTOR)) {
            throw ApiException.notFound("找不到季度交流会记录，或您无权查看。");
        }
    }
}
