package cn.excellence.themes;

import static cn.excellence.shared.FormValues.endOfDay;

import java.net.URI;
import java.util.Date;
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

import cn.excellence.shared.security.CurrentUser;
import cn.excellence.themes.ThemeViews.Coverage;
import cn.excellence.themes.ThemeViews.OpenYearRequest;
import cn.excellence.themes.ThemeViews.RegisterRequest;
import cn.excellence.themes.ThemeViews.RegistrationView;
import cn.excellence.themes.ThemeViews.YearView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 活动主题和载体: campaign years, each organization's registration, coverage per township and sector. */
@RestController
@RequestMapping("/api/themes")
@Tag(name = "活动主题和载体", description = "开展年度登记、各党组织登记主题和载体、覆盖情况")
class ThemeController {

    private final ThemeService themes;
    private final ThemeRegistrations registrations;
    private final ThemeCoverage coverage;

    ThemeController(ThemeService themes, ThemeRegistrations registrations, ThemeCoverage coverage) {
        this.themes = themes;
        this.registrations = registrations;
        this.coverage = coverage;
    }

    @GetMapping
    @Operation(summary = "已开展的登记年度")
    List<YearView> years() {
        return themes.years().stream().map(YearView::of).toList();
    }

    @PostMapping
    @Operation(summary = "开展一个年度的主题载体登记（旗委组织部）：为每个党组织开启登记任务")
    ResponseEntity<YearView> open(@RequestBody(required = false) OpenYearRequest body) {
        Date deadline = body == null ? null : endOfDay(body.deadline(), "登记截止日期");
        int year = themes.start(new ThemeService.OpenRequest(body == null ? null : body.year(), deadline == null ? null : deadline.toInstant()),
                CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/themes/" + year + "/coverage")).body(YearView.of(themes.year(year)));
    }

    @GetMapping("/{year}/organizations")
    @Operation(summary = "本组织及下级某年度的主题和载体")
    List<RegistrationView> organizations(@PathVariable int year) {
        return registrations.visible(CurrentUser.get(), year).stream().map(RegistrationView::of).toList();
    }

    @GetMapping("/{year}/organizations/{code}")
    @Operation(summary = "一个党组织某年度的主题和载体")
    RegistrationView organization(@PathVariable int year, @PathVariable String code) {
        return RegistrationView.of(registrations.visible(CurrentUser.get(), year, code));
    }

    @PutMapping("/{year}/organizations/{code}")
    @Operation(summary = "登记主题和载体（完成该组织的登记任务，规则同表单）")
    RegistrationView register(@PathVariable int year, @PathVariable String code, @RequestBody(required = false) RegisterRequest body) {
        return registrations.register(CurrentUser.get(), year, code, body);
    }

    @GetMapping("/{year}/coverage")
    @Operation(summary = "覆盖情况：按苏木镇和领域的党组织数、已登记、已通过和覆盖率，及尚未覆盖的党组织")
    Coverage coverage(@PathVariable int year, @RequestParam(required = false) String township, @RequestParam(required = false) String sector) {
        return coverage.of(CurrentUser.get(), year, township, sector);
    }

    @GetMapping("/{year}/coverage.xlsx")
    @Operation(summary = "覆盖情况导出（Excel）")
    ResponseEntity<byte[]> coverageWorkbook(@PathVariable int year, @RequestParam(required = false) String township,
            @RequestParam(required = false) String sector) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", "attachment; filename=\"themes-" + year + "-coverage.xlsx\"")
                .body(coverage.workbook(CurrentUser.get(), year, township, sector));
    }
}
