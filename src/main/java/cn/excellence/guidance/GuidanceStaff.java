package cn.excellence.guidance;

import java.util.List;

/** A registered instructor or liaison (指导员/联络员): their engine account, name, kind and the organizations they guide. */
public record GuidanceStaff(long id, String userId, String name, StaffKind kind, boolean active, List<String> organizationCodes,
        List<String> townshipCodes) {
}
