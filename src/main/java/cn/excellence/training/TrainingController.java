package cn.excellence.training;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
import cn.excellence.training.TrainingViews.AttendanceView;
import cn.excellence.training.TrainingViews.CategoryChoice;
import cn.excellence.training.TrainingViews.CourseDetail;
import cn.excellence.training.TrainingViews.CourseView;
import cn.excellence.training.TrainingViews.MemberTraining;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 党员培训: courses, attendance (one by one or from Excel), figures. */
@RestController
@RequestMapping("/api/training")
@Tag(name = "党员培训", description = "培训班、参训登记（逐人或 Excel 导入）、参训人次和学时统计")
class TrainingController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CourseService courses;
    private final AttendanceService attendance;
    private final TrainingReport report;
    private final TrainingAccess access;
    private final TrainingRepository repository;

    TrainingController(CourseService courses, AttendanceService attendance, TrainingReport report, TrainingAccess access,
            TrainingRepository repository) {
        this.courses = courses;
        this.attendance = attendance;
        this.report = report;
        this.access = access;
        this.repository = repository;
    }

    @GetMapping("/categories")
    @Operation(summary = "培训类别")
    List<CategoryChoice> categories() {
        return Arrays.stream(TrainingCategory.values()).map(c -> new CategoryChoice(c, c.label())).toList();
    }

    @GetMapping("/courses")
    @Operation(summary = "本组织及下级主办的培训班（含待审批的培训计划）")
    List<CourseView> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String organization) {
        return courses.list(CurrentUser.get(), year == null ? null : TrainingReport.year(year), organization);
    }

    @PostMapping("/courses")
    @Operation(summary = "开设培训班：组织部直接开设；苏木镇（党委）书记提出培训计划，由组织部审批")
    ResponseEntity<CourseView> create(@RequestBody(required = false) CourseRequest body) {
        CourseView created = courses.create(CurrentUser.get(), body);
        return ResponseEntity.created(URI.create("/api/training/courses/" + created.id())).body(created);
    }

    @GetMapping("/courses/{id}")
    @Operation(summary = "培训班及其参训人员")
    CourseDetail course(@PathVariable long id) {
        Course course = access.course(CurrentUser.get(), id);
        return new CourseDetail(courses.view(id), repository.attendanceOf(course.id()).stream().map(AttendanceService::view).toList());
    }

    @PostMapping("/courses/{id}/attendance")
    @Operation(summary = "登记一名参训人员：花名册中的党员（memberId），或姓名和公民身份号码（非党员）")
    ResponseEntity<AttendanceView> record(@PathVariable long id, @RequestBody(required = false) AttendanceRequest body) {
        AttendanceView recorded = attendance.record(CurrentUser.get(), id, body);
        return ResponseEntity.created(URI.create("/api/training/courses/" + id)).body(recorded);
    }

    @DeleteMapping("/courses/{id}/attendance/{attendanceId}")
    @Operation(summary = "删除一条参训记录")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long attendanceId) {
        attendance.remove(CurrentUser.get(), id, attendanceId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/courses/{id}/attendance-template")
    @Operation(summary = "下载参训登记导入模板（Excel）")
    ResponseEntity<byte[]> template(@PathVariable long id) {
        Course course = access.course(CurrentUser.get(), id);
        return ResponseEntity.ok().contentType(XLSX)
                .header("Content-Disposition", ContentDisposition.attachment().filename("参训登记模板.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(AttendanceWorkbook.template(course));
    }

    @PostMapping(path = "/courses/{id}/attendance/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "从 Excel 导入参训人员（apply=false 仅预览；apply=true 无错误时一次导入，有错误时 400 且不保存）")
    AttendanceImport importSheet(@PathVariable long id, @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean apply) throws IOException {
        if (file == null) {
            throw new TaskInputException("请选择要导入的 Excel 文件（.xlsx，表单字段 file）。");
        }
        try (InputStream in = file.getInputStream()) {
            AttendanceImport result = attendance.importSheet(CurrentUser.get(), id, file.getSize(), in, apply);
            if (apply && !result.applied()) {
                throw new AttendanceRefused(result);
            }
            return result;
        }
    }

    @GetMapping("/members/{id}")
    @Operation(summary = "党员的参训人次和学时")
    MemberTraining member(@PathVariable long id) {
        return report.member(CurrentUser.get(), id);
    }

    @GetMapping("/report")
    @Operation(summary = "培训统计：参训人次、人数和学时，按培训类别、苏木镇（党委）和党组织")
    TrainingReport.Report report(@RequestParam(required = false) Integer year, @RequestParam(required = false) String township) {
        return report.of(CurrentUser.get(), year, township);
    }

    @GetMapping("/report.xlsx")
    @Operation(summary = "培训统计导出（Excel）")
    ResponseEntity<byte[]> reportWorkbook(@RequestParam(required = false) Integer year, @RequestParam(required = false) String township) {
        return ResponseEntity.ok().contentType(XLSX).header("Content-Disposition", "attachment; filename=\"training-report.xlsx\"")
                .body(report.workbook(CurrentUser.get(), year, township));
    }

    @ExceptionHandler(AttendanceRefused.class)
    ProblemDetail refused(AttendanceRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("report", e.result);
        return problem;
    }

    /** An import refused for its row errors: nothing was saved; the problem carries the report. */
    static final class AttendanceRefused extends RuntimeException {

        private final transient AttendanceImport result;

        AttendanceRefused(AttendanceImport result) {
            super("参训登记表有 " + result.errorCount() + " 处错误，未导入任何数据。请按逐行错误修改文件后重新导入。");
            this.result = result;
        }
    }
}
