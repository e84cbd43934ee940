package cn.excellence.organization;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/organization/members")
@Tag(name = "党员花名册", description = "从 Excel 导入党员：预览逐行错误，无误后一次导入")
class MemberImportController {

    private final MemberImportService imports;

    MemberImportController(MemberImportService imports) {
        this.imports = imports;
    }

    @GetMapping("/import-template")
    @Operation(summary = "下载党员花名册导入模板（Excel：表头、一行示例、填写说明）")
    ResponseEntity<byte[]> template() {
        return Downloads.excel("党员花名册导入模板.xlsx", RosterTemplate.workbook(imports.exampleOrganization(CurrentUser.get())));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入党员花名册（apply=false 仅预览，不保存；apply=true 无错误时一次导入，有错误时 400 且不保存）")
    ImportReport importRoster(@RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean apply) throws IOException {
        if (file == null) {
            throw new TaskInputException("请选择要导入的 Excel 文件（.xlsx，表单字段 file）。");
        }
        try (InputStream in = file.getInputStream()) {
            ImportReport report = imports.importRoster(CurrentUser.get(), file.getSize(), in, apply);
            if (apply && !report.applied()) {
                throw new RosterRefused(report);
            }
            return report;
        }
    }

    @ExceptionHandler(RosterRefused.class)
    ProblemDetail refused(RosterRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("report", e.report);
        return problem;
    }

    /** An import refused for its row errors: nothing was saved; the problem carries the report. */
    static final class RosterRefused extends RuntimeException {

        private final transient ImportReport report;

        RosterRefused(ImportReport report) {
            super("花名册有 " + report.errorCount() + " 处错误，未导入任何数据。请按逐行错误修改文件后重新导入。");
            this.report = report;
        }
    }
}
