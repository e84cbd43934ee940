package cn.excellence.posts;

import java.security.SecureRandom;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/**
 * Each organization's public code (公开码): residents enter it on the public page to file 功劳簿 entries for its members. The
 * secretary sees it and can rotate it (the old one stops working at once).
 */
@Component
class PublicCodes {

    static final int LENGTH = 8;
    /** No 0/O, 1/I/L: read aloud and typed from a notice board. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MeritRepository merits;
    private final PostsAccess access;
    private final OrganizationService organizations;

    PublicCodes(MeritRepository merits, PostsAccess access, OrganizationService organizations) {
        this.merits = merits;
        this.access = access;
        this.organizations = organizations;
    }

    /** The organization's code, made on first sight. */
    @Transactional
    public String of(CurrentUser user, String organizationCode) {
        Organization organization = access.writable(user, organizationCode);
        return merits.code(organization.code()).orElseGet(() -> rotate(user, organizationCode));
    }

    @Transactional
    public String rotate(CurrentUser user, String organizationCode) {
        Organization organization = access.writable(user, organizationCode);
        String code = newCode();
        merits.saveCode(organization.code(), code, user.userId(), PostsAccess.now());
        return code;
    }

    /** The organization a code stands for; a malformed or unknown code is "not found". */
    Organization organizationOf(String code) {
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (normalized.length() != LENGTH || !normalized.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw unknown();
        }
        return merits.organizationOfCode(normalized).flatMap(organizations::find).orElseThrow(PublicCodes::unknown);
    }

    private static ApiException unknown() {
        return ApiException.notFound("公开码不正确：请核对党组织公布的 " + LENGTH + " 位公开码。");
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
