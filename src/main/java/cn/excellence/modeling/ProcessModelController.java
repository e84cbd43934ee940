package cn.excellence.modeling;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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

import cn.excellence.shared.Groups;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Process models for administrators (camunda-admin only): validate, deploy, versions, differences, migration. */
@RestController
@RequestMapping("/api/admin/process-models")
@Tag(name = "流程模型管理", description = "校验、部署、版本、差异和迁移（平台管理员）")
class ProcessModelController {

    private final ModelValidator validator;
    private final ProcessModelService models;
    private final ModelCatalog catalog;

    ProcessModelController(ModelValidator validator, ProcessModelService models, ModelCatalog catalog) {
        this.validator = validator;
        this.models = models;
        this.catalog = catalog;
    }

    private static CurrentUser admin() {
        CurrentUser user = CurrentUser.get();
        if (!user.isMemberOf(Groups.CAMUNDA_ADMIN)) {
            throw ApiException.forbidden("只有平台管理员可以管理流程模型。");
        }
        return user;
    }

    private static byte[] bytes(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new TaskInputException("请上传 BPMN 文件（表单字段 file）。");
        }
        return file.getBytes();
    }

    @PostMapping("/validate")
    @Operation(summary = "校验模型（不部署）：返回每个问题的元素编号和中文说明")
    Validation validate(@RequestPart("file") MultipartFile file) throws IOException {
        admin();
        List<ModelProblem> problems = validator.validate(bytes(file));
        return new Validation(problems.isEmpty(), problems);
    }

    /** The result of validating a model without deploying it. */
    record Validation(boolean valid, List<ModelProblem> problems) {
    }

    @PostMapping
    @Operation(summary = "校验并部署新版本，记录审计")
    ResponseEntity<ProcessModelService.Deployed> deploy(@RequestPart("file") MultipartFile file) throws IOException {
        CurrentUser user = admin();
        ProcessModelService.Deployed deployed = models.deploy(file.getOriginalFilename(), bytes(file), user.userId());
        return ResponseEntity.created(URI.create("/api/admin/process-models/" + deployed.processKey() + "/versions")).body(deployed);
    }

    @GetMapping
    @Operation(summary = "已部署的流程：最新版本和运行中的实例数")
    List<ProcessModelService.ProcessSummary> processes() {
        admin();
        return models.processes();
    }

    @GetMapping("/catalog")
    @Operation(summary = "模型可以引用的表单和委托（delegateExpression）")
    ModelCatalog.Catalog catalog() {
        admin();
        return catalog.catalog();
    }

    @GetMapping("/{key}/versions/{version}/xml")
    @Operation(summary = "某一版本的 BPMN XML")
    ResponseEntity<byte[]> xml(@PathVariable String key, @PathVariable int version) {
        admin();
        // a download, never a page of ours: a model may carry foreign markup (XHTML in documentation, say)
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + key + "-v" + version + ".bpmn\"")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .contentType(MediaType.APPLICATION_XML).body(models.xml(key, version));
    }

    @GetMapping("/{key}/deployments")
    @Operation(summary = "通过建模器的部署记录：谁、何时、改了什么")
    List<ProcessModelService.AuditEntry> deployments(@PathVariable String key) {
        admin();
        return models.deployments(key);
    }

    @GetMapping("/{key}/versions")
    @Operation(summary = "各版本及其运行中的实例数")
    List<ProcessModelService.VersionSummary> versions(@PathVariable String key) {
        admin();
        return models.versions(key);
    }

    @GetMapping("/{key}/diff")
    @Operation(summary = "两个版本之间新增、删除、修改的元素")
    ModelDiff diff(@PathVariable String key, @RequestParam int from, @RequestParam int to) {
        admin();
        return models.diff(key, from, to);
    }

    record MigrationBody(Integer fromVersion, Integer toVersion) {
    }

    @PostMapping("/{key}/migration/preview")
    @Operation(summary = "迁移预览：映射的环节、可迁移和不能迁移的实例")
    ProcessModelService.MigrationPreview preview(@PathVariable String key, @RequestBody MigrationBody body) {
        admin();
        check(body);
        return models.preview(key, body.fromVersion(), body.toVersion());
    }

    @PostMapping("/{key}/migration")
    @Operation(summary = "迁移可迁移的运行实例；其余留在原版本并列出原因")
    ProcessModelService.MigrationPreview migrate(@PathVariable String key, @RequestBody MigrationBody body) {
        admin();
        check(body);
        return models.migrate(key, body.fromVersion(), body.toVersion());
    }

    private static void check(MigrationBody body) {
        if (body.fromVersion() == null || body.toVersion() == null || body.fromVersion().equals(body.toVersion())) {
            throw new TaskInputException("请指定两个不同的版本号（fromVersion、toVersion）。");
        }
    }

    @ExceptionHandler(InvalidModelException.class)
    ProblemDetail invalid(InvalidModelException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage() + " " + e.problems().stream()
                .map(p -> (p.elementId() == null ? "" : p.elementId() + "：") + p.message()).reduce((a, b) -> a + "；" + b).orElse(""));
        problem.setProperty("problems", e.problems());
        return problem;
    }
}
