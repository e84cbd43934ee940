package cn.excellence.commendation;

/** One nomination as the API shows it: nominee, status and the reasons it is not eligible. */
record NominationView(long id, long campaignId, long categoryId, String nomineeName, String nomineeOrganization,
        String nominatingOrganization, NominationStatus status, String ineligibleReasons, String reviewNote, String deeds) {

    static NominationView of(Nomination n) {
        return new NominationView(n.id(), n.campaignId(), n.categoryId(), n.nomineeName(), n.nomineeOrgName(), n.nominatingOrgCode(),
                n.status(), n.ineligibleReasons(), n.reviewNote(), n.deeds());
    }
}
