-- Portable SQL: runs unchanged on Apache Derby and PostgreSQL.
-- Reports (issue 9, speed): the learners' module progress summed per learner, competence and the
-- months a module was started, finished and its certificate issued, kept by ReportRollup in the same
-- turn as the learning days (report.ProgressMonths). competence is '' for the rows of all of a
-- learner's modules, else a DigComp competence of the modules (from report_module_competence).
-- Only finished modules count in timed, rated and the confidence sums (of those rated before and after).
CREATE TABLE report_progress_month (
    learner_id BIGINT NOT NULL,
    competence VARCHAR(8) NOT NULL,
    started_month DATE NOT NULL,
    completed_month DATE,
    certificate_month DATE,
    modules INTEGER NOT NULL,
    timed INTEGER NOT NULL,
    rated INTEGER NOT NULL,
    confidence_before INTEGER NOT NULL,
    confidence_after INTEGER NOT NULL
);
CREATE INDEX progress_month_learner ON report_progress_month (learner_id, competence, started_month);
CREATE INDEX progress_month_started ON report_progress_month (started_month);

-- A certificate changes a learner's progress without a learning event: the rollup finds those issued
-- since its last turn by their time.
CREATE INDEX progress_certificate ON module_progress (certificate_at);

-- The last learning event whose learners' progress is in report_progress_month (null until the rollup
-- builds it, and again whenever the modules' competences change), and the time from which certificates
-- issued are not in it yet.
ALTER TABLE report_rollup ADD COLUMN progress_months_event_id BIGINT;
ALTER TABLE report_rollup ADD COLUMN progress_certificates_from TIMESTAMP;
