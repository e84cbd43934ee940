package cn.excellence.shared.web;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import cn.excellence.shared.TaskInputException;

/** Every error of {@code /api} as an RFC 9457 problem detail with a Chinese message; never a 500 for a client's mistake. */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final String tooLarge;

    ApiExceptionHandler(@org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:1MB}")
            org.springframework.util.unit.DataSize maxUpload) {
        this.tooLarge = "上传的文件过大，最多 " + maxUpload.toMegabytes() + " MB。";
    }

    @ExceptionHandler(ApiException.class)
    ProblemDetail handleApi(ApiException e) {
        return ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
    }

    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail handleEngineAuthorization(AuthorizationException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "您没有执行此操作的权限。");
    }

    @ExceptionHandler({OptimisticLockingException.class, OptimisticLockingFailureException.class})
    ProblemDetail handleConcurrentChange(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "该记录刚被他人修改或处理，请刷新后重试。");
    }

    @ExceptionHandler(BadUserRequestException.class)
    ProblemDetail handleBadEngineRequest(BadUserRequestException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(TaskInputException.class)
    ProblemDetail handleTaskInput(TaskInputException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** The engine wraps what a delegate or listener threw; a rule broken by the input is still the client's 400. */
    @ExceptionHandler(ProcessEngineException.class)
    ProblemDetail handleEngine(ProcessEngineException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TaskInputException input) {
                return handleTaskInput(input);
            }
            if (t instanceof OptimisticLockingException || t instanceof AuthorizationException) {
                return t instanceof AuthorizationException a ? handleEngineAuthorization(a) : handleConcurrentChange((RuntimeException) t);
            }
        }
        log.error("engine failure", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误，请稍后重试或联系管理员。");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail handleIntegrity(DataIntegrityViolationException e) {
        log.info("refused a request that would break a database constraint: {}", e.getMostSpecificCause().getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "数据与已有记录冲突，请检查后重试。");
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail handleNotMultipart(MultipartException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "请以 multipart/form-data 上传文件。");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail handleTypeMismatch(MethodArgumentTypeMismatchException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "参数“" + e.getName() + "”的格式不正确。");
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, chineseDetail(e));
        if (e instanceof MethodArgumentNotValidException invalid) {
            problem.setProperty("errors", invalid.getFieldErrors().stream()
                    .collect(Collectors.toMap(f -> f.getField(), f -> String.valueOf(f.getDefaultMessage()), (a, b) -> a)));
        }
        return super.handleExceptionInternal(e, problem, headers, status, request);
    }

    private String chineseDetail(Exception e) {
        if (e instanceof MethodArgumentNotValidException invalid) {
            return invalid.getFieldErrors().stream()
                    .map(f -> f.getField() + "：" + f.getDefaultMessage())
                    .collect(Collectors.joining("；", "请求内容有误：", "。"));
        }
        if (e instanceof HandlerMethodValidationException) {
            return "请求参数有误，请检查后重试。";
        }
        if (e instanceof HttpMessageNotReadableException) {
            return "请求内容无法解析：请发送格式正确的 JSON，字段类型须与接口说明一致。";
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return "缺少参数“" + missing.getParameterName() + "”。";
        }
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return "不支持的内容类型，请使用 application/json。";
        }
        if (e instanceof HttpRequestMethodNotSupportedException) {
            return "此接口不支持该请求方法。";
        }
        if (e instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
            return tooLarge;
        }
        if (e instanceof org.springframework.web.multipart.support.MissingServletRequestPartException missing) {
            return "缺少上传的文件“" + missing.getRequestPartName() + "”。";
        }
        if (e instanceof NoResourceFoundException) {
            return "请求的资源不存在。";
        }
        return "请求无法处理，请检查后重试。";
    }
}
