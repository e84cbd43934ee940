package cn.excellence.commendation;

/** A secretary's nomination: the campaign, the category by code, the nominee (an organization or a member), the deeds. */
public record NominationRequest(Long campaignId, String categoryCode, String nomineeOrganizationCode, Long nomineeMemberId,
        String deeds, String notes) {
}
