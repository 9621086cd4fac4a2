-- Portable SQL: runs unchanged on Apache Derby and PostgreSQL.
-- Reports (issue 9, speed): the share of learners whose confidence rose and the returning learners, prepared.
-- The share (report.RatingSpans):
-- it compares each learner's "I can" ratings summed over the whole period, which no month's sums give;
-- but a period of whole months meets a learner's rated months (months with a finished module rated
-- before and after) in one run of them: from the first in the period to the last. Each run of a
-- learner's rated months is a row, knowing whether the ratings after summed over it exceed those
-- before, and the learner's rated months just before and after it: a period counts the learner by the
-- run that starts at their first rated month in it (the one before is before the period) and ends at
-- their last (the one after is after it).
CREATE TABLE report_learner_rating_span (
    learner_id BIGINT NOT NULL,
    first_month DATE NOT NULL,
    previous_month DATE,
    last_month DATE NOT NULL,
    next_month DATE,
    gained SMALLINT NOT NULL,
    organisation_id BIGINT,
    site_id BIGINT
);
CREATE INDEX learner_rating_span_learner ON report_learner_rating_span (learner_id);

-- The runs summed per organisation and site where their learners are counted (a key may have several
-- rows, the deltas of a turn, turn = 0, until the turn compacts them, as in report_site_progress_month).
CREATE TABLE report_site_rating_span (
    organisation_id BIGINT NOT NULL,
    site_id BIGINT,
    first_month DATE NOT NULL,
    previous_month DATE,
    last_month DATE NOT NULL,
    next_month DATE,
    learners BIGINT NOT NULL,
    gained BIGINT NOT NULL,
    turn BIGINT NOT NULL
);
CREATE INDEX site_rating_span_month ON report_site_rating_span (first_month);
CREATE INDEX site_rating_span_organisation ON report_site_rating_span (organisation_id, first_month);
CREATE INDEX site_rating_span_turn ON report_site_rating_span (turn);

-- Returning learners (report.ReturningMonths): each counted learner month (report_learner_month, where
-- it is counted) with the month of the learner's first module start (report_progress), and those summed
-- per organisation, site, month, previous month and month of first start: the learners active in a
-- period who had started a module before it are the rows first in the period (by their previous month)
-- whose first start is before it; by month, before the row's month.
CREATE TABLE report_learner_returning_month (
    learner_id BIGINT NOT NULL,
    month_start DATE NOT NULL,
    previous_month DATE,
    first_start_month DATE,
    organisation_id BIGINT,
    site_id BIGINT
);
CREATE INDEX learner_returning_month_learner ON report_learner_returning_month (learner_id);

CREATE TABLE report_site_returning_month (
    organisation_id BIGINT NOT NULL,
    site_id BIGINT,
    month_start DATE NOT NULL,
    previous_month DATE,
    first_start_month DATE,
    learners BIGINT NOT NULL,
    turn BIGINT NOT NULL
);
CREATE INDEX site_returning_month_month ON report_site_returning_month (month_start);
CREATE INDEX site_returning_month_organisation ON report_site_returning_month (organisation_id, month_start);
CREATE INDEX site_returning_month_turn ON report_site_returning_month (turn);

-- Whether the runs and the returning months are built (null: at the rollup's next turn, from
-- report_progress and report_learner_month).
ALTER TABLE report_rollup ADD COLUMN rating_spans_built BOOLEAN;
ALTER TABLE report_rollup ADD COLUMN returning_months_built BOOLEAN;
