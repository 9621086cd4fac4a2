package org.gefyra.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a practice step of {@code module.yaml}: its sandbox, the settings of the site, and the goal. */
final class PracticeStepReader {

    private final List<ContentError> errors;

    PracticeStepReader(List<ContentError> errors) {
        this.errors = errors;
    }

    Step read(YamlFields step, String id) {
        String sandboxId = step.text("sandbox", true);
        Optional<Sandbox> sandbox = Sandboxes.byId(sandboxId);
        if (sandboxId != null && sandbox.isEmpty()) {
            errors.add(step.error("sandbox", "sandbox.unknown", sandboxId, String.join(", ", Sandboxes.ids())));
        }
        SiteSettings settings = step.has("settings") && sandbox.isPresent()
                ? settings(step, sandbox.get()) : SiteSettings.NONE;
        Map<String, String> goal = goal(step, sandbox, settings);
        return new Step(id, StepType.PRACTICE, null, List.of(), null, sandbox.orElse(null), Map.copyOf(goal), settings);
    }

    private SiteSettings settings(YamlFields step, Sandbox sandbox) {
        Map<String, SettingValues> spec = sandbox.settings();
        if (spec.isEmpty()) {
            errors.add(step.error("settings", "settings.none", sandbox.id()));
            return SiteSettings.NONE;
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        step.mapping("settings", true).ifPresent(fields -> {
            List<String> keys = List.copyOf(spec.keySet());
            for (String key : fields.keys()) {
                SettingValues allowed = spec.get(key);
                if (allowed == null) {
                    errors.add(fields.error(key, "settings.keyUnknown", sandbox.id(), key, String.join(", ", keys)));
                } else if (allowed.isList()) {
                    list(fields, key, allowed).ifPresent(list -> values.put(key, list));
                } else {
                    String value = fields.text(key, true);
                    if (value != null && !allowed.accepts(value)) {
                        errors.add(fields.error(key, "settings.valueBad", key, value, allowed.description()));
                    } else if (value != null) {
                        values.put(key, List.of(value));
                    }
                }
            }
            spec.forEach((key, allowed) -> {
                if (allowed.required() && !fields.keys().contains(key)) {
                    errors.add(step.error("settings", "settings.missing", key, allowed.description()));
                }
            });
        });
        return SiteSettings.of(values);
    }

    private Optional<List<String>> list(YamlFields fields, String key, SettingValues allowed) {
        List<String> given = fields.texts(key, true);
        int before = errors.size();
        Set<String> seen = new HashSet<>();
        for (String value : given) {
            if (!allowed.accepts(value)) {
                errors.add(fields.error(key, "id.bad", value));
            } else if (!seen.add(value)) {
                errors.add(fields.error(key, "settings.duplicate", key, value));
            }
        }
        if (given.size() < allowed.minItems() || given.size() > allowed.maxItems()) {
            errors.add(fields.error(key, "settings.valueBad", key, String.join(", ", given), allowed.description()));
        }
        return errors.size() == before ? Optional.of(new ArrayList<>(given)) : Optional.empty();
    }

    private Map<String, String> goal(YamlFields step, Optional<Sandbox> sandbox, SiteSettings settings) {
        Map<String, String> goal = new LinkedHashMap<>();
        step.mapping("goal", true).ifPresent(fields -> {
            if (fields.keys().isEmpty()) {
                errors.add(step.error("goal", "goal.empty"));
            }
            Map<String, GoalValues> goals = sandbox.map(s -> s.goals(settings)).orElse(Map.of());
            for (String key : fields.keys()) {
                String value = fields.text(key, true);
                if (sandbox.isEmpty() || value == null) {
                    continue;
                }
                GoalValues values = goals.get(key);
                if (values == null) {
                    errors.add(fields.error(key, "goal.keyUnknown", sandbox.get().id(), key,
                            String.join(", ", goals.keySet().stream().sorted().toList())));
                } else if (!values.accepts(value)) {
                    errors.add(fields.error(key, "goal.valueBad", key, value, sandbox.get().id(), values.description()));
                } else {
                    goal.put(key, value);
                }
            }
        });
        return goal;
    }
}
