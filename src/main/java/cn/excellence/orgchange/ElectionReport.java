package cn.excellence.orgchange;

import java.util.List;

/**
 * A year's 两委换届 report: the offices filled, the people elected, and the reserve cadres among them (a person once, whether
 * elected secretary, head or both), in total and by township.
 */
public record ElectionReport(int year, int offices, int electedPeople, int reserveCadresElected, List<TownshipRow> townships) {

    /** One township's figures. */
    public record TownshipRow(String townshipCode, String townshipName, int offices, int electedPeople, int reserveCadresElected) {
    }
}
