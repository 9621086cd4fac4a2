-- Portable SQL: runs unchanged on Apache Derby and PostgreSQL.
-- Reports (issue 9, speed): the learner months summed per organisation, site, month and previous
-- months, so that a dashboard reads some hundred rows per organisation instead of a row per learner
-- and month. ReportRollup keeps them exact in its turn: the batch's learners' months are taken out
-- of the sums before they are built again and put back after (see report.SiteMonths).

-- Where each learner month is counted: its learner's organisation and site when it was last summed,
-- or null when the learner is not counted (no consent to anonymous reports).
ALTER TABLE report_learner_month ADD COLUMN organisation_id BIGINT;
ALTER TABLE report_learner_month ADD COLUMN site_id BIGINT;
ALTER TABLE report_learner_competence_month ADD COLUMN organisation_id BIGINT;
ALTER TABLE report_learner_competence_month ADD COLUMN site_id BIGINT;

-- The sums; a key may have several rows (the deltas of a turn, turn = 0, until the turn compacts its
-- organisations into one row per key, turn > 0): a report sums them all.
CREATE TABLE report_site_month (
    organisation_id BIGINT NOT NULL,
    site_id BIGINT,
    month_start DATE NOT NULL,
    previous_month DATE,
    previous_answer_month DATE,
    previous_practice_month DATE,
    learners BIGINT NOT NULL,
    answering BIGINT NOT NULL,
    practising BIGINT NOT NULL,
    active_seconds BIGINT NOT NULL,
    first_answers BIGINT NOT NULL,
    first_answers_right BIGINT NOT NULL,
    goals_reached BIGINT NOT NULL,
    turn BIGINT NOT NULL
);
CREATE INDEX site_month_month ON report_site_month (month_start);
CREATE INDEX site_month_organisation ON report_site_month (organisation_id);
CREATE INDEX site_month_turn ON report_site_month (turn);

-- The same per DigComp competence, from report_learner_competence_month.
CREATE TABLE report_site_competence_month (
    organisation_id BIGINT NOT NULL,
    site_id BIGINT,
    competence VARCHAR(8) NOT NULL,
    month_start DATE NOT NULL,
    previous_month DATE,
    previous_answer_month DATE,
    previous_practice_month DATE,
    learners BIGINT NOT NULL,
    answering BIGINT NOT NULL,
    practising BIGINT NOT NULL,
    active_seconds BIGINT NOT NULL,
    first_answers BIGINT NOT NULL,
    first_answers_right BIGINT NOT NULL,
    goals_reached BIGINT NOT NULL,
    turn BIGINT NOT NULL
);
CREATE INDEX site_competence_month_month ON report_site_competence_month (month_start);
CREATE INDEX site_competence_month_organisation ON report_site_competence_month (organisation_id);
CREATE INDEX site_competence_month_turn ON report_site_competence_month (turn);

-- Learners whose site or consent to anonymous reports changed since their months were summed: the
-- rollup's next turn counts them again where they are now (LearnerService.change, Erasure).
CREATE TABLE report_learner_recount (
    learner_id BIGINT NOT NULL
);
CREATE INDEX learner_recount_learner ON report_learner_recount (learner_id);

-- The learner months and competence months are built again at the rollup's next turn, with where they
-- are counted.
UPDATE report_rollup SET months_event_id = NULL, competence_months_event_id = NULL;
