-- Portable SQL: runs unchanged on Apache Derby and PostgreSQL.
-- Reports (issue 9, speed): the prepared module progress of V16 and V17 summed over every organisation,
-- what an administrator's dashboard (every organisation, no site chosen) reads in total, by month and by
-- DigComp area and competence: some thousand rows instead of millions of rows per organisation and site.
-- The same keys as report_site_progress_month, report_site_progress and their competence tables without
-- the organisation and site; kept in the rollup's turn with them (see report.AllProgress).
CREATE TABLE report_all_progress_month (
    kind CHAR(1) NOT NULL,
    month_start DATE NOT NULL,
    previous_month DATE,
    learners BIGINT NOT NULL,
    turn BIGINT NOT NULL
);

CREATE TABLE report_all_progress (
    started_month DATE NOT NULL,
    completed_month DATE,
    certificate_month DATE,
    modules BIGINT NOT NULL,
    rated BIGINT NOT NULL,
    confidence_before BIGINT NOT NULL,
    confidence_after BIGINT NOT NULL,
    turn BIGINT NOT NULL
);

CREATE TABLE report_all_progress_competence_month (
    area VARCHAR(4) NOT NULL,
    competence VARCHAR(8) NOT NULL,
    kind CHAR(1) NOT NULL,
    month_start DATE NOT NULL,
    previous_month DATE,
    learners BIGINT NOT NULL,
    turn BIGINT NOT NULL
);

CREATE TABLE report_all_progress_competence (
    area VARCHAR(4) NOT NULL,
    competence VARCHAR(8) NOT NULL,
    started_month DATE NOT NULL,
    completed_month DATE,
    certificate_month DATE,
    modules BIGINT NOT NULL,
    rated BIGINT NOT NULL,
    confidence_before BIGINT NOT NULL,
    confidence_after BIGINT NOT NULL,
    turn BIGINT NOT NULL
);

-- Whether they are built (null: by the background turn, from the sums per organisation and site).
ALTER TABLE report_rollup ADD COLUMN all_progress_built BOOLEAN;
