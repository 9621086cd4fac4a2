-- Portable SQL: runs unchanged on Apache Derby and PostgreSQL.
-- Reports (issue 9, speed): the learning days summed per learner, DigComp competence and month, as
-- report_learner_month holds them per learner and month (V12), kept by ReportRollup in the same turn
-- (the modules' competences from report_module_competence). The previous months are the learner's
-- last earlier months with learning in that competence, so that a report by competence counts
-- distinct learners without grouping per learner.
CREATE TABLE report_learner_competence_month (
    learner_id BIGINT NOT NULL,
    competence VARCHAR(8) NOT NULL,
    month_start DATE NOT NULL,
    active_seconds BIGINT NOT NULL,
    first_answers INTEGER NOT NULL,
    first_answers_right INTEGER NOT NULL,
    practice_steps INTEGER NOT NULL,
    goals_reached INTEGER NOT NULL,
    previous_month DATE,
    previous_answer_month DATE,
    previous_practice_month DATE,
    PRIMARY KEY (learner_id, competence, month_start)
);
CREATE INDEX learner_competence_month_month ON report_learner_competence_month (month_start);

-- The last learning event whose learning is in report_learner_competence_month; null until the rollup
-- builds it, and again whenever the modules' competences change (CompetenceTable).
ALTER TABLE report_rollup ADD COLUMN competence_months_event_id BIGINT;
