package cn.excellence.visits;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.visits.GroupVisitDays.GroupRequest;
import cn.excellence.visits.VisitViews.ActivityView;
import cn.excellence.visits.VisitViews.CalendarEntry;
import cn.excellence.visits.VisitViews.Choice;
import cn.excellence.visits.VisitViews.ContactPointView;
import cn.excellence.visits.VisitViews.PhotoView;
import cn.excellence.visits.VisitViews.VisitSummary;
import cn.excellence.visits.VisitViews.VisitView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 联系点和走访慰问: contact points, the leader's calendar, group visit days, visits with photos and 慰问金, the figures. */
@RestController
@RequestMapping("/api/visits")
@Tag(name = "联系点走访", description = "领导联系点、走访日历、集中走访活动、走访记录和照片、走访慰问金、统计")
class VisitsController {

    private final ContactPoints contactPoints;
    private final GroupVisitDays days;
    private final VisitService visits;
    private final VisitQueries queries;
    private final VisitPhotos photos;
    private final VisitReport report;

    VisitsController(ContactPoints contactPoints, GroupVisitDays days, VisitService visits, VisitQueries queries, VisitPhotos photos,
            VisitReport report) {
        this.contactPoints = contactPoints;
        this.days = days;
        this.visits = visits;
        this.queries = queries;
        this.photos = photos;
        this.report = report;
    }

    record ContactPointBody(String leaderId, String organizationCode, LocalDate since, String frequency) {
    }

    @PostMapping("/contact-points")
    @Operation(summary = "为领导确定联系点（旗委组织部）")
    ResponseEntity<ContactPointView> assign(@RequestBody ContactPointBody body) {
        if (body == null) {
            throw new TaskInputException("请填写联系点。");
        }
        ContactPointView point = contactPoints.assign(CurrentUser.get(), body.leaderId(), body.organizationCode(), body.since(),
                body.frequency());
        return ResponseEntity.created(URI.create("/api/visits/contact-points/" + point.id())).body(point);
    }

    @GetMapping("/contact-points")
    @Operation(summary = "联系点：领导看自己的，旗委组织部看全部")
    List<ContactPointView> contactPoints() {
        return contactPoints.list(CurrentUser.get());
    }

    @GetMapping("/calendar")
    @Operation(summary = "走访日历：每个联系点下次应走访的日期（逾期标出）")
    List<CalendarEntry> calendar(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        return contactPoints.calendar(CurrentUser.get(), from, to);
    }

    @GetMapping("/choices")
    @Operation(summary = "走访内容和走访频次的选项")
    List<Choice> choices() {
        return java.util.stream.Stream.concat(
                Arrays.stream(VisitActivity.values()).map(a -> new Choice(a.name(), a.label())),
                Arrays.stream(VisitFrequency.values()).map(f -> new Choice(f.name(), f.label()))).toList();
    }

    record ActivityBody(String title, LocalDate date, List<GroupRequest> groups) {
    }

    @PostMapping("/activities")
    @Operation(summary = "安排集中走访活动：分组和各组的联系点（旗委组织部）")
    ResponseEntity<ActivityView> plan(@RequestBody ActivityBody body) {
        if (body == null) {
            throw new TaskInputException("请填写集中走访活动。");
        }
        CurrentUser user = CurrentUser.get();
        long id = days.plan(user, body.title(), body.date(), body.groups());
        return ResponseEntity.created(URI.create("/api/visits/activities/" + id)).body(days.view(user, id));
    }

    @GetMapping("/activities/{id}")
    @Operation(summary = "集中走访活动：各组的联系点和已登记的走访")
    ActivityView activity(@PathVariable long id) {
        return days.view(CurrentUser.get(), id);
    }

    @PostMapping
    @Operation(summary = "登记走访（领导或旗委组织部）；慰问金由旗委组织部登记，从困难党员救助基金支付")
    ResponseEntity<VisitView> record(@RequestBody VisitRequest body) {
        CurrentUser user = CurrentUser.get();
        long id = visits.record(user, body);
        return ResponseEntity.created(URI.create("/api/visits/" + id)).body(queries.view(user, id));
    }

    @GetMapping
    @Operation(summary = "本人范围内某年度的走访记录")
    List<VisitSummary> list(@RequestParam(required = false) Integer year) {
        return queries.list(CurrentUser.get(), VisitRules.year(year));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一次走访：领导、内容、走访党员和慰问金、照片")
    VisitView visit(@PathVariable long id) {
        return queries.view(CurrentUser.get(), id);
    }

    @PostMapping(path = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传走访照片（JPEG 或 PNG，每张不超过 5 MB）")
    ResponseEntity<PhotoView> photo(@PathVariable long id, @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null) {
            throw new TaskInputException("请选择要上传的照片（表单字段 file）。");
        }
        PhotoView photo = photos.add(CurrentUser.get(), id, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(URI.create("/api/visits/" + id + "/photos/" + photo.id())).body(photo);
    }

    @GetMapping("/{id}/photos/{photoId}")
    @Operation(summary = "走访照片")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
        VisitRepository.Photo photo = photos.get(CurrentUser.get(), id, photoId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType())).body(photo.content());
    }

    @GetMapping("/report")
    @Operation(summary = "走访统计：走访次数、走访党员数、按走访组和苏木镇、慰问金人次和金额")
    VisitReport.Report report(@RequestParam(required = false) Integer year) {
        return report.of(CurrentUser.get(), year);
    }

    @GetMapping("/report.xlsx")
    @Operation(summary = "走访统计导出（Excel）")
    ResponseEntity<byte[]> reportWorkbook(@RequestParam(required = false) Integer year) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", "attachment; filename=\"visits-report.xlsx\"")
                .body(report.workbook(CurrentUser.get(), year));
    }
}
