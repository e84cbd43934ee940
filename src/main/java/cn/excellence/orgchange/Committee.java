package cn.excellence.orgchange;

import java.time.LocalDate;
import java.util.List;

/** An organization's committee as filed with org-dept: when it was founded and elected, and who holds which office. */
public record Committee(String organizationCode, String organizationName, LocalDate foundedOn, LocalDate electedOn, int electorsEntitled,
        int electorsPresent, List<Member> members) {

    /** One elected committee member with their office (书记, 副书记, 委员) and votes. */
    public record Member(long memberId, String name, CommitteeOffice office, String officeLabel, int votes) {
    }
}
