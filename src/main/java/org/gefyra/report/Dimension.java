package org.gefyra.report;

/** What a report's rows are: one total, or one row per organisation, city, site, module, ... */
public enum Dimension {
    TOTAL, ORGANISATION, CITY, SITE, MODULE, DIGCOMP_AREA, DIGCOMP_COMPETENCE, TARGET_GROUP, AGE_BAND, LANGUAGE, MONTH;

    /** Whether a row is about modules, so that measures of people alone (registrations) do not apply. */
    public boolean isAboutModules() {
        return this == MODULE || this == DIGCOMP_AREA || this == DIGCOMP_COMPETENCE;
    }

    /** Whether each learner is in one row only, so that the rows add up to the total. */
    public boolean partitionsLearners() {
        return this == ORGANISATION || this == CITY || this == SITE || this == AGE_BAND || this == LANGUAGE;
    }
}
