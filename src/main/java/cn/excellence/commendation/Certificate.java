package cn.excellence.commendation;

import java.time.LocalDate;

/** What a commendation certificate (荣誉证书) says. */
public record Certificate(String number, String recipientName, String organizationName, String categoryName,
        String campaignTitle, int year, LocalDate issuedOn) {
}
