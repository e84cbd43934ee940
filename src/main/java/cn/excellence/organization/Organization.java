package cn.excellence.organization;

/**
 * A Party organization of the banner. {@code path} lists the codes from the root, so
 * "this organization and below" is every organization whose path starts with this one's.
 */
public record Organization(String code, String name, OrganizationKind kind, Sector sector, String parentCode,
        String path, String townshipCode, boolean village, boolean generated, int sortOrder) {

    public boolean contains(Organization other) {
        return other.path().startsWith(path);
    }
}
