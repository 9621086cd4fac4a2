-- Portable SQL: runs unchanged on Apache Derby and PostgreSQL.
-- Reports (issue 9, speed): the prepared module progress of V16 summed per organisation (report_org_),
-- and of V16 and V17 over every organisation (report_all_): what a report with no site chosen reads by
-- organisation, city, month or in total, and an administrator's (every organisation) by month and by
-- DigComp area and competence, instead of the sums per organisation and site (four times as many rows,
-- by competence thousands of times). The same keys as report_site_progress_month, report_site_progress,
-- report_site_progress_minutes and their competence tables without the site (and the organisation);
-- kept in the rollup's turn with them (see report.ProgressScopes).
CREATE TABLE report_org_progress_month (
    organisation_id BIGINT NOT NULL,
    kind CHAR(1) NOT NULL,
    month_start DATE NOT NULL,
    previous_month DATE,
    learners BIGINT NOT NULL,
    turn BIGINT NOT NULL
);
CREATE INDEX org_progress_month_organisation ON report_org_progress_month (organisation_id);
CREATE INDEX org_progress_month_turn ON report_org_progress_month (turn);

CREATE TABLE report_org_progress (
    organisation_id BIGINT NOT NULL,
    started_month DATE NOT NULL,
    completed_month DATE,
    certificate_month DATE,
    modules BIGINT NOT NULL,
    rated BIGINT NOT NULL,
    confidence_before BIGINT NOT NULL,
    confidence_after BIGINT NOT NULL,
    turn BIGINT NOT NULL
);
CREATE INDEX org_progress_organisation ON report_org_progress (organisation_id);
CREATE INDEX org_progress_turn ON report_org_progress (turn);

CREATE TABLE report_org_progress_minutes (
    organisation_id BIGINT NOT NULL,
    completed_month DATE NOT NULL,
    minutes INTEGER NOT NULL,
    modules BIGINT NOT NULL,
    turn BIGINT NOT NULL
);
CREATE INDEX org_progress_minutes_organisation ON report_org_progress_minutes (organisation_id);
CREATE INDEX org_progress_minutes_turn ON report_org_progress_minutes (turn);

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
ALTER TABLE report_rollup ADD COLUMN progress_scopes_built BOOLEAN;
