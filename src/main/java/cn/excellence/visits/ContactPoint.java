package cn.excellence.visits;

import java.time.LocalDate;

/** A leader's contact point (联系点): the organization they visit, since when and how often. */
record ContactPoint(long id, String leaderId, String organizationCode, LocalDate since, VisitFrequency frequency) {
}
