package org.gefyra.content;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code site:} of a practice step in a text file: the names the pretend website shows
 * in that language (the payee, the portal, the services...). Required when the step has settings
 * in {@code module.yaml}; otherwise a language may leave the site its own names, or give them all.
 */
final class SiteNamesReader {

    private final List<ContentError> errors;

    SiteNamesReader(List<ContentError> errors) {
        this.errors = errors;
    }

    /** The names by their place ("payee", "services.x-ray"); empty when the site keeps its own. */
    Map<String, String> read(Step step, List<String> names, YamlFields stepFields) {
        if (!stepFields.has("site")) {
            if (step.settings().isGiven()) {
                errors.add(stepFields.error("site", "site.missing", step.id(), String.join(", ", topKeys(names))));
            }
            return Map.of();
        }
        Map<String, String> site = new LinkedHashMap<>();
        stepFields.mapping("site", true).ifPresent(fields -> {
            List<String> keys = List.copyOf(topKeys(names));
            fields.allowOnly(Set.copyOf(keys), keys);
            for (String key : keys) {
                List<String> inside = names.stream().filter(n -> n.startsWith(key + ".")).toList();
                if (inside.isEmpty()) {
                    String name = fields.text(key, true);
                    if (name != null) {
                        site.put(key, name);
                    }
                } else {
                    fields.mapping(key, true).ifPresent(group -> {
                        List<String> ids = inside.stream().map(n -> n.substring(key.length() + 1)).toList();
                        group.allowOnly(Set.copyOf(ids), ids);
                        for (String id : ids) {
                            String name = group.text(id, true);
                            if (name != null) {
                                site.put(key + "." + id, name);
                            }
                        }
                    });
                }
            }
        });
        return site;
    }

    private static Set<String> topKeys(List<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        names.forEach(n -> keys.add(n.contains(".") ? n.substring(0, n.indexOf('.')) : n));
        return keys;
    }
}
