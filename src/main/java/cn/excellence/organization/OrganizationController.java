package cn.excellence.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import cn.excellence.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
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
    Object tree(@RequestParam(required = false) String parent) {
        CurrentUser user = CurrentUser.get();
        if (parent != null) {
            return organizations.children(organizations.visible(user, parent).code());
        }
        Organization scope = organizations.scopeOf(user)
                .orElseThrow(() -> ApiException.forbidden("您的账号未关联任何组织，请联系组织部。"));
        return nest(scope, organizations.subtree(scope));
    }

    @GetMapping("/{code}")
    @Operation(summary = "一个组织的详情")
    OrganizationDetail one(@PathVariable String code) {
        Organization organization = organizations.visible(CurrentUser.get(), code);
        return new OrganizationDetail(organization, organizations.children(code).size(), organizations.countMembers(code));
    }

    @GetMapping("/{code}/members")
    @Operation(summary = "一个组织的党员（分页）")
    Page<PartyMember> members(@PathVariable String code, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Page.check(page, size);
        Organization organization = organizations.visible(CurrentUser.get(), code);
        return new Page<>(organizations.members(organization.code(), page, size), page, size,
                organizations.countMembers(organization.code()));
    }

    private static Map<String, Object> nest(Organization root, List<Organization> subtree) {
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        for (Organization o : subtree) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("code", o.code());
            node.put("name", o.name());
            node.put("kind", o.kind());
            node.put("sector", o.sector());
            node.put("village", o.village());
            node.put("generated", o.generated());
            node.put("children", new ArrayList<Map<String, Object>>());
            nodes.put(o.code(), node);
            Map<String, Object> parent = o.code().equals(root.code()) ? null : nodes.get(o.parentCode());
            if (parent != null) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> children = (List<Map<String, Object>>) parent.get("children");
                children.add(node);
            }
        }
        return nodes.get(root.code());
    }

    record OrganizationDetail(Organization organization, int children, long members) {
    }
}
