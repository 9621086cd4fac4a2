package org.gefyra.organisation;

import java.util.List;
import java.util.Set;

/**
 * What the public page of places to get help says about a site, as its educators keep it: the
 * town (when it is not the organisation's city), opening hours, the languages spoken there and
 * what makes it accessible.
 */
public record SiteDetails(String address, String town, OpeningHours openingHours, List<String> languagesSpoken,
        Set<Accessibility> accessibility, String accessibilityNote) {
}
