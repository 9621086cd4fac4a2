-- Portable SQL: runs unchanged on Apache Derby and PostgreSQL.
-- Reports (issue 10, speed): the learning days' sums of V14 over wider scopes, as V19 did for module
-- progress: per organisation (report_org_month: no site), over every organisation (report_all_month,
-- report_all_competence_month) and per network (report_net_competence_month), and the module progress
-- by DigComp area and competence per network (report_net_progress_): what an administrator's and a
-- network coordinator's dashboards read, instead of the sums per organisation and site (on Derby at a
-- million learners an administrator's learning days by competence read 411,853 rows of
-- report_site_competence_month, which sum to 287). The same keys as their report_site_ tables with
-- the organisation and site replaced by the scope's; kept in the rollup's turn with them (see
-- report.SiteMonths and report.ProgressScopes). Organisations never change networks, so a network's
-- sums stay those of its organisations.
CREATE TABLE report_org_month (
    organisation_id BIGINT NOT NULL,
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
CREATE INDEX org_month_organisation ON report_org_month (organisation_id);
CREATE INDEX org_month_turn ON report_org_month (turn);

CREATE TABLE report_all_month (
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

CREATE TABLE report_all_competence_month (
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

CREATE TABLE report_net_competence_month (
    network_id BIGINT NOT NULL,
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
CREATE INDEX net_competence_month_network ON report_net_competence_month (network_id);

CREATE TABLE report_net_progress_competence_month (
    network_id BIGINT NOT NULL,
    area VARCHAR(4) NOT NULL,
    competence VARCHAR(8) NOT NULL,
    kind CHAR(1) NOT NULL,
    month_start DATE NOT NULL,
    previous_month DATE,
    learners BIGINT NOT NULL,
    turn BIGINT NOT NULL
);
CREATE INDEX net_progress_competence_month_network ON report_net_progress_competence_month (network_id);

CREATE TABLE report_net_progress_competence (
    network_id BIGINT NOT NULL,
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
CREATE INDEX net_progress_competence_network ON report_net_progress_competence (network_id);

-- The runs of rated months (V18) and the returning learners' months per organisation: the dashboards
-- by organisation read them (at a million learners 39,518 and 21,000 rows instead of 107,183 and 82,613).
CREATE TABLE report_org_rating_span (
    organisation_id BIGINT NOT NULL,
    first_month DATE NOT NULL,
    previous_month DATE,
    last_month DATE NOT NULL,
    next_month DATE,
    learners BIGINT NOT NULL,
    gained BIGINT NOT NULL,
    turn BIGINT NOT NULL
);
CREATE INDEX org_rating_span_organisation ON report_org_rating_span (organisation_id, first_month);
CREATE INDEX org_rating_span_turn ON report_org_rating_span (turn);

CREATE TABLE report_org_returning_month (
    organisation_id BIGINT NOT NULL,
    month_start DATE NOT NULL,
    previous_month DATE,
    first_start_month DATE,
    learners BIGINT NOT NULL,
    turn BIGINT NOT NULL
);
CREATE INDEX org_returning_month_organisation ON report_org_returning_month (organisation_id, month_start);
CREATE INDEX org_returning_month_turn ON report_org_returning_month (turn);

-- progress_scopes_built now stands for every table of sums over a wider scope (V19's and these): all are
-- built by the background turn from the sums per organisation and site.
UPDATE report_rollup SET progress_scopes_built = NULL;
