package org.gefyra.report;

/**
 * What a report covers: a period, and optionally one organisation, one site, one module and one
 * target group. The caller's own scope (their organisation, or their network) always applies too.
 */
public record ReportFilter(Period period, Long organisationId, Long siteId, String moduleId, String targetGroup) {

    public static ReportFilter of(Period period) {
        return new ReportFilter(period, null, null, null, null);
    }

    public ReportFilter withOrganisation(Long id) {
        return new ReportFilter(period, id, siteId, moduleId, targetGroup);
    }

    public ReportFilter withSite(Long id) {
        return new ReportFilter(period, organisationId, id, moduleId, targetGroup);
    }

    public ReportFilter withModule(String id) {
        return new ReportFilter(period, organisationId, siteId, id, targetGroup);
    }

    public ReportFilter withTargetGroup(String group) {
        return new ReportFilter(period, organisationId, siteId, moduleId, group);
    }
}
