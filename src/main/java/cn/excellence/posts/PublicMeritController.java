package cn.excellence.posts;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** The residents' page of the 功劳簿: no login; with an organization's public code, its members by name and a form to evaluate one. */
@RestController
@RequestMapping("/api/public/merits")
@Tag(name = "功劳簿（公开）", description = "无需登录：居民凭党组织公开码评价党员的服务")
class PublicMeritController {

    private final PublicCodes codes;
    private final ServiceBook book;
    private final OrganizationService organizations;

    PublicMeritController(PublicCodes codes, ServiceBook book, OrganizationService organizations) {
        this.codes = codes;
        this.book = book;
        this.organizations = organizations;
    }

    record PublicMember(long id, String name) {
    }

    record PublicOrganization(String name, List<PublicMember> members) {
    }

    @GetMapping("/{code}")
    @Operation(summary = "凭公开码查看党组织及其党员名单")
    PublicOrganization organization(@PathVariable String code) {
        Organization organization = codes.organizationOf(code);
        return new PublicOrganization(organization.name(), organizations.membersBelow(organization).stream()
                .map(m -> new PublicMember(m.id(), m.name())).toList());
    }

    record PublicEntryBody(String code, Long memberId, String date, String residentName, String deed, String evaluation) {
    }

    record PublicEntryReceived(long id, String message) {
    }

    @PostMapping
    @Operation(summary = "居民提交对党员服务的评价（每个地址每小时最多 5 条）")
    ResponseEntity<PublicEntryReceived> file(@RequestBody PublicEntryBody body, HttpServletRequest request) {
        long id = book.file(body.code(), body.memberId(), body.date(), body.residentName(), body.deed(), body.evaluation(),
                request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED).body(new PublicEntryReceived(id, "已收到您的评价，谢谢！"));
    }
}
