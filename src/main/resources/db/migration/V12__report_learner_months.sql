-- Portable SQL: runs unchanged on Apache Derby and PostgreSQL.
-- Reports (issue 9, speed): the learning days summed per learner and month, one row each, kept by
-- ReportRollup as it folds the events in (and built from report_learning_day on its first run).
-- The previous months let a report count distinct learners without grouping per learner: a row is
-- the learner's first in a period of whole months when the previous month is before the period.
-- previous_month: the learner's last earlier month with learning; previous_answer_month: with a
-- first answer; previous_practice_month: with a practice step tried or a goal reached.
CREATE TABLE report_learner_month (
    learner_id BIGINT NOT NULL,
    month_start DATE NOT NULL,
    active_seconds BIGINT NOT NULL,
    first_answers INTEGER NOT NULL,
    first_answers_right INTEGER NOT NULL,
    practice_steps INTEGER NOT NULL,
    goals_reached INTEGER NOT NULL,
    previous_month DATE,
    previous_answer_month DATE,
    previous_practice_month DATE,
    PRIMARY KEY (learner_id, month_start)
);
CREATE INDEX learner_month_month ON report_learner_month (month_start);

-- The last learning event whose learning is in report_learner_month; null until the rollup builds it.
ALTER TABLE report_rollup ADD COLUMN months_event_id BIGINT;
