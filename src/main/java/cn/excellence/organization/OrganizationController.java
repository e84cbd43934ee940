package cn.excellence.organization;


import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import cn.excellence.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/organizations")
@Tag(name = "组织", description = "党组织树和党员")
class OrganizationController {

    private final OrganizationService organizations;

    OrganizationController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GetMapping
    @Operation(summary = "组织树（可见范围内），或某组织的下级组织（parent）")
    @ApiResponse(responseCode = "200", description = "无 parent：可见范围的组织树；有 parent：该组织的下级组织列表",
            content = @Content(mediaType = "application/json", schema = @Schema(oneOf = {OrganizationNode.class, Organization[].class})))
    Object tree(@RequestParam(required = false) String parent) {
        CurrentUser user = CurrentUser.get();
        if (parent != null) {
            return organizations.children(organizations.visible(user, parent).code());
        }
        Organization scope = organizations.scopeOf(user)
                .orElseThrow(() -> ApiException.forbidden("您的账号未关联任何组织，请联系组织部。"));
        return OrganizationNode.nest(scope, organizations.subtree(scope));
    }

    @GetMapping("/{code}")
    @Operation(summary = "一个组织的详情")
    OrganizationDetail one(@PathVariable String code) {
        Organization organization = organizations.visible(CurrentUser.get(), code);
        return new OrganizationDetail(organization, organizations.children(code).size(), organizations.countMembers(code));
    }

    @GetMapping("/{code}/members")
    @Operation(summary = "一个组织的党员（分页，含花名册信息，身份号码部分隐藏）")
    Page<RosterEntry> members(@PathVariable String code, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Page.check(page, size);
        Organization organization = organizations.visible(CurrentUser.get(), code);
        return new Page<>(organizations.members(organization.code(), page, size), page, size,
                organizations.countMembers(organization.code()));
    }

    record OrganizationDetail(Organization organization, int children, long members) {
    }
}
