-- Portable SQL: runs unchanged on Apache Derby and PostgreSQL.
-- Reports (issue 9, speed): module progress (started, finished, timed, rated, certificates) summed per
-- organisation, site and month, as report_site_month does for the learning days, so that the
-- dashboards read some hundred rows per organisation instead of every module_progress row. ReportRollup
-- keeps them exact in its turn: the learners whose progress changed (the batch's learners; those
-- marked in report_learner_recount: moved, consent changed, certificate issued) are taken out of the
-- sums, their rows built again from module_progress, and put back (see report.ProgressMonths).

-- The month of each day (filled by ProgressMonths as the days come): Derby has no function that
-- gives a timestamp's month, so module_progress's times find theirs here by their day.
CREATE TABLE report_day (
    day DATE NOT NULL PRIMARY KEY,
    month_start DATE NOT NULL
);

-- Each learner's module_progress as it is counted: its months, whether finished with a time and with
-- both confidence ratings, the minutes to finish, and where it is counted (null: not counted).
CREATE TABLE report_progress (
    learner_id BIGINT NOT NULL,
    started_month DATE NOT NULL,
    completed_month DATE,
    certificate_month DATE,
    rated INTEGER NOT NULL,
    confidence_before INTEGER NOT NULL,
    confidence_after INTEGER NOT NULL,
    minutes INTEGER,
    organisation_id BIGINT,
    site_id BIGINT
);
CREATE INDEX report_progress_learner ON report_progress (learner_id);

-- Each learner's months of each kind (S started, C finished, T finished with a time, R finished with
-- both ratings, F certificate), with the learner's previous month of that kind: distinct learners over
-- a period of whole months are the rows whose previous month is before it.
CREATE TABLE report_learner_progress_month (
    learner_id BIGINT NOT NULL,
    kind CHAR(1) NOT NULL,
    month_start DATE NOT NULL,
    previous_month DATE,
    organisation_id BIGINT,
    site_id BIGINT
);
CREATE INDEX learner_progress_month_learner ON report_learner_progress_month (learner_id, kind);

-- The sums; a key may have several rows (the deltas of a turn, turn = 0, until the turn compacts them).
CREATE TABLE report_site_progress_month (
    organisation_id BIGINT NOT NULL,
    site_id BIGINT,
    kind CHAR(1) NOT NULL,
    month_start DATE NOT NULL,
    previous_month DATE,
    learners BIGINT NOT NULL,
    turn BIGINT NOT NULL
);
CREATE INDEX site_progress_month_month ON report_site_progress_month (month_start);
CREATE INDEX site_progress_month_organisation ON report_site_progress_month (organisation_id);
CREATE INDEX site_progress_month_turn ON report_site_progress_month (turn);

CREATE TABLE report_site_progress (
    organisation_id BIGINT NOT NULL,
    site_id BIGINT,
    started_month DATE NOT NULL,
    completed_month DATE,
    certificate_month DATE,
    modules BIGINT NOT NULL,
    rated BIGINT NOT NULL,
    confidence_before BIGINT NOT NULL,
    confidence_after BIGINT NOT NULL,
    turn BIGINT NOT NULL
);
CREATE INDEX site_progress_organisation ON report_site_progress (organisation_id);
CREATE INDEX site_progress_turn ON report_site_progress (turn);

CREATE TABLE report_site_progress_minutes (
    organisation_id BIGINT NOT NULL,
    site_id BIGINT,
    completed_month DATE NOT NULL,
    minutes INTEGER NOT NULL,
    modules BIGINT NOT NULL,
    turn BIGINT NOT NULL
);
CREATE INDEX site_progress_minutes_month ON report_site_progress_minutes (completed_month);
CREATE INDEX site_progress_minutes_organisation ON report_site_progress_minutes (organisation_id);
CREATE INDEX site_progress_minutes_turn ON report_site_progress_minutes (turn);

-- The last learning event whose learners' progress is in the tables; null: built at the rollup's next turn.
ALTER TABLE report_rollup ADD COLUMN progress_event_id BIGINT;

