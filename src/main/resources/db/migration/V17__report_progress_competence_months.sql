-- Portable SQL: runs unchanged on Apache Derby and PostgreSQL.
-- Reports (issue 9, speed): the prepared module progress of V16 per DigComp area and competence, as
-- report_site_competence_month is to report_site_month, so that the dashboards by competence read some
-- thousand rows instead of every module_progress row with its modules' competences. ReportRollup keeps
-- them exact in the same turn and the same way as V16 (see report.ProgressCompetences); a change of the
-- modules' competences builds them again.

-- Each learner's module_progress as counted (as report_progress), once under each competence of its
-- module and once under each of its areas (competence ''), with the area.
CREATE TABLE report_progress_competence (
    learner_id BIGINT NOT NULL,
    area VARCHAR(4) NOT NULL,
    competence VARCHAR(8) NOT NULL,
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
CREATE INDEX progress_competence_learner ON report_progress_competence (learner_id);

-- Each learner's months of each kind per area and competence, with the previous month of that kind there
-- (as report_learner_progress_month).
CREATE TABLE report_learner_progress_competence_month (
    learner_id BIGINT NOT NULL,
    area VARCHAR(4) NOT NULL,
    competence VARCHAR(8) NOT NULL,
    kind CHAR(1) NOT NULL,
    month_start DATE NOT NULL,
    previous_month DATE,
    organisation_id BIGINT,
    site_id BIGINT
);
CREATE INDEX learner_progress_competence_learner ON report_learner_progress_competence_month (learner_id, kind);

-- The sums, as V16's with the area and competence in the key.
CREATE TABLE report_site_progress_competence_month (
    organisation_id BIGINT NOT NULL,
    site_id BIGINT,
    area VARCHAR(4) NOT NULL,
    competence VARCHAR(8) NOT NULL,
    kind CHAR(1) NOT NULL,
    month_start DATE NOT NULL,
    previous_month DATE,
    learners BIGINT NOT NULL,
    turn BIGINT NOT NULL
);
CREATE INDEX site_progress_competence_month_month ON report_site_progress_competence_month (month_start);
CREATE INDEX site_progress_competence_month_organisation ON report_site_progress_competence_month (organisation_id);
CREATE INDEX site_progress_competence_month_turn ON report_site_progress_competence_month (turn);

CREATE TABLE report_site_progress_competence (
    organisation_id BIGINT NOT NULL,
    site_id BIGINT,
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
CREATE INDEX site_progress_competence_organisation ON report_site_progress_competence (organisation_id);
CREATE INDEX site_progress_competence_turn ON report_site_progress_competence (turn);

CREATE TABLE report_site_progress_competence_minutes (
    organisation_id BIGINT NOT NULL,
    site_id BIGINT,
    area VARCHAR(4) NOT NULL,
    competence VARCHAR(8) NOT NULL,
    completed_month DATE NOT NULL,
    minutes INTEGER NOT NULL,
    modules BIGINT NOT NULL,
    turn BIGINT NOT NULL
);
CREATE INDEX site_progress_competence_minutes_month ON report_site_progress_competence_minutes (completed_month);
CREATE INDEX site_progress_competence_minutes_organisation ON report_site_progress_competence_minutes (organisation_id);
CREATE INDEX site_progress_competence_minutes_turn ON report_site_progress_competence_minutes (turn);

-- The last learning event whose learners' progress is in these tables; null: built at the rollup's next
-- turn (again whenever the modules' competences change: CompetenceTable).
ALTER TABLE report_rollup ADD COLUMN competence_progress_event_id BIGINT;
