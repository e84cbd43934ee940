package cn.excellence.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One organization in the tree the API shows, with its subordinate organizations. */
record OrganizationNode(String code, String name, OrganizationKind kind, Sector sector, boolean village, boolean generated,
        List<OrganizationNode> children) {

    /** The tree under {@code root}, from its subtree listed parents first. */
    static OrganizationNode nest(Organization root, List<Organization> subtree) {
        Map<String, OrganizationNode> nodes = new LinkedHashMap<>();
        for (Organization o : subtree) {
            OrganizationNode node = new OrganizationNode(o.code(), o.name(), o.kind(), o.sector(), o.village(), o.generated(),
                    new ArrayList<>());
            nodes.put(o.code(), node);
            OrganizationNode parent = o.code().equals(root.code()) ? null : nodes.get(o.parentCode());
            if (parent != null) {
                parent.children().add(node);
            }
        }
        return nodes.get(root.code());
    }
}
