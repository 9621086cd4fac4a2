package org.gefyra.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gefyra.shared.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the prepared tables' build meets on Derby only at a million learners, found there (`large`):
 * a month with more learners than a SMALLINT holds, and a table just filled whose lookups Derby
 * planned without statistics.
 */
class DerbyAtScaleTest {

    static TestDatabase db;

    @BeforeAll
    static void setUp() {
        db = new TestDatabase();
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void aMonthOfMoreLearnersThanASmallintHoldsIsSummedWhole() {
        int learners = fillOneMonthsAttendance();
        db.run(() -> {
            for (SessionMonths.Scope scope : SessionMonths.Scope.values()) {
                db.em.createNativeQuery(scope.summary("")).executeUpdate();
            }
        });
        for (String scope : new String[] {"O", "N", "A"}) {
            assertEquals(learners, db.count("select sum(learners) from report_attendance_summary where scope = '" + scope
                    + "'"), "learners counted for scope " + scope);
        }
    }

    @Test
    void aLargeTableJustFilledIsMeasuredInTheBuildsTransaction() {
        long before = LearnerMonths.derbyMeasuresFrom;
        LearnerMonths.derbyMeasuresFrom = 10;
        try {
            db.run(() -> {
                db.update("insert into report_registration_month (organisation_id, site_id, month_start, learners) values "
                        + "(1, null, date('2025-01-01'), 1), (2, null, date('2025-01-01'), 1), (3, null, date('2025-02-01'), 1)");
                LearnerMonths.analyse(db.em, "report_registration_month");
                assertEquals(0L, statistics("REPORT_REGISTRATION_MONTH"), "a table under the limit is left to the heuristics");
                for (int i = 0; i < 3; i++) {
                    db.update("insert into report_registration_month (organisation_id, site_id, month_start, learners) "
                            + "select organisation_id + 3, site_id, month_start, learners from report_registration_month");
                }
                LearnerMonths.analyse(db.em, "report_registration_month");
                assertTrue(statistics("REPORT_REGISTRATION_MONTH") > 0, "measured, not yet committed");
            });
        } finally {
            LearnerMonths.derbyMeasuresFrom = before;
        }
    }

    /** One attendance row per learner of one month, all of one organisation: doubled from one row, past 32,767. */
    private static int fillOneMonthsAttendance() {
        db.run(() -> {
            db.update("insert into report_attendance_month (learner_id, organisation_id, month_start, network_id, attendances, "
                    + "first_in_network, first_anywhere) values (1, 1, date('2025-01-01'), 1, 1, 1, 1)");
            for (int i = 0; i < 16; i++) {
                db.update("insert into report_attendance_month (learner_id, organisation_id, month_start, network_id, "
                        + "attendances, first_in_network, first_anywhere) select learner_id + " + (1 << i)
                        + ", organisation_id, month_start, network_id, attendances, first_in_network, first_anywhere "
                        + "from report_attendance_month");
            }
        });
        return 1 << 16;
    }

    /** The statistics Derby keeps of a table, read in the transaction under way. */
    private static long statistics(String table) {
        return ((Number) db.em.createNativeQuery("select count(*) from sys.sysstatistics s join sys.systables t "
                + "on t.tableid = s.tableid where t.tablename = ?1").setParameter(1, table).getSingleResult()).longValue();
    }
}
