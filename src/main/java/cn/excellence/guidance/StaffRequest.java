package cn.excellence.guidance;

import java.util.List;

/**
 * Org-dept registers an instructor or liaison: their account (an existing engine user, or a new one when
 * {@code createAccount}), name, kind and the organizations they guide (codes, one or more).
 */
public record StaffRequest(String userId, String name, String kind, List<String> organizationCodes, Boolean createAccount) {
}
