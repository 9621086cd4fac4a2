package org.gefyra.report;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Compacts a table of sums after a turn added its deltas (turn 0): only the keys that have deltas, so
 * that a turn costs what changed, not what the organisations it touched hold. Summing again every row of
 * each organisation with a delta took 95 s for 800 organisations of report_site_progress_competence_month
 * at a million learners (2.1 million rows written again), where a batch of 500 learners changes a few
 * thousand keys. First the deltas are netted among themselves: a learner taken out and put back where
 * they were (counted again with nothing changed, or an event that left a month's key as it was) leaves
 * nothing. The keys still changed then have their row of before summed with their deltas into one row.
 * Key columns can be null (a site, a previous month) and Derby has no IS NOT DISTINCT FROM: the keys are
 * compared with each nullable column coalesced to a value it never takes, every column but the
 * organisation, which keeps the planner to the organisation's index for each key (with the month's
 * index beside it, PostgreSQL read a quarter of a million index entries for each key).
 */
final class SumsCompaction {

    /** Netted deltas, before their keys' rows of before are summed with them. */
    private static final int NETTED = -2;
    /** The rows of before of the keys that have netted deltas. */
    private static final int MATCHED = -1;

    /**
     * Above this many netted keys, PostgreSQL hashes them against the table instead of a lookup per key (it
     * cannot tell how many there are: they are new, its statistics say one); a test sets it to 0 to go
     * that way with a few.
     */
    static int hashedAbove = Integer.getInteger("gefyra.report.compactionHashedAbove", 2_000);

    private SumsCompaction() {
    }

    /** Compacts {@code table}: its {@code key} columns and summed {@code columns}, both comma-separated. */
    static void compact(EntityManager em, String table, String key, String columns) {
        if (count(em, table, "turn = 0") == 0) {
            return;
        }
        Object turn = em.createNativeQuery("select max(turn) from " + table).getSingleResult();
        long next = Math.max(1, ((Number) turn).longValue() + 1);
        String summed = "sum(" + columns.replace(", ", "), sum(") + ")";
        String nonZero = " having " + Arrays.stream(columns.split(", ")).map(c -> "sum(" + c + ") <> 0")
                .collect(Collectors.joining(" or "));
        String insert = "insert into " + table + " (" + key + ", " + columns + ", turn) select " + key + ", " + summed + ", ";
        em.createNativeQuery(insert + NETTED + " from " + table + " where turn = 0 group by " + key + nonZero).executeUpdate();
        em.createNativeQuery("delete from " + table + " where turn = 0").executeUpdate();
        long netted = count(em, table, "turn = " + NETTED);
        if (netted == 0) {
            return;
        }
        String same = Arrays.stream(key.split(", ")).map(c -> same(table, c)).collect(Collectors.joining(" and "));
        boolean hashed = netted > hashedAbove && ReportBuilds.postgres(em);
        if (hashed) {
            em.createNativeQuery("set local enable_nestloop = off").executeUpdate();
        }
        em.createNativeQuery("update " + table + " set turn = " + MATCHED + " where turn > 0 and exists (select 1 from "
                + table + " d where d.turn = " + NETTED + " and " + same + ")").executeUpdate();
        if (hashed) {
            em.createNativeQuery("set local enable_nestloop to default").executeUpdate();
        }
        em.createNativeQuery(insert + next + " from " + table + " where turn < 0 group by " + key + nonZero).executeUpdate();
        em.createNativeQuery("delete from " + table + " where turn < 0").executeUpdate();
    }

    /** The condition that a delta d has the key column {@code column} of the row of {@code table}, nulls alike. */
    private static String same(String table, String column) {
        if (column.equals("organisation_id") || column.equals("network_id")) { // never null: their index stays usable
            return "d." + column + " = " + table + "." + column;
        }
        String never;
        if (column.endsWith("_id") || column.equals("minutes")) {
            never = "-1";
        } else if (column.endsWith("month") || column.endsWith("month_start")) {
            never = "cast('0001-01-01' as date)";
        } else if (column.equals("kind") || column.equals("area") || column.equals("competence")) {
            never = "'~'";
        } else {
            throw new IllegalArgumentException(column);
        }
        return "coalesce(d." + column + ", " + never + ") = coalesce(" + table + "." + column + ", " + never + ")";
    }

    private static long count(EntityManager em, String table, String where) {
        return ((Number) em.createNativeQuery("select count(*) from " + table + " where " + where).getSingleResult())
                .longValue();
    }
}
