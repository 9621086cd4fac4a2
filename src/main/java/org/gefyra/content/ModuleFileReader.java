package org.gefyra.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads and checks a module's {@code module.yaml}: its structure, the same in every language.
 * Whatever can be read of a broken file is still returned, so that its text files can be checked
 * in the same run.
 */
final class ModuleFileReader {

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{2,63}");
    static final List<String> AUDIENCES = List.of("older-people", "migrants", "everyone");
    private static final Pattern DIGCOMP = Pattern.compile("(1\\.[1-3]|2\\.[1-6]|3\\.[1-4]|4\\.[1-4]|5\\.[1-4])");
    private static final List<String> MODULE_KEYS = List.of("id", "version", "draft", "audience", "digcomp", "level",
            "minutes", "cover", "steps");
    private static final Map<StepType, List<String>> STEP_KEYS = Map.of(
            StepType.READ, List.of("id", "type", "image"),
            StepType.QUIZ, List.of("id", "type", "options", "correct"),
            StepType.PRACTICE, List.of("id", "type", "sandbox", "goal", "settings"));

    /**
     * The module's structure without its texts, which the text files add; its images as checked.
     *
     * @param otherStepIds ids of steps that could not be read at all (an unknown type): their texts are not checked
     */
    record Structure(String id, int version, boolean draft, List<String> audience, List<String> digcomp, int level,
            int minutes, String cover, List<Step> steps, Set<String> otherStepIds, Map<String, byte[]> images) {

        boolean hasStep(String stepId) {
            return otherStepIds.contains(stepId) || steps.stream().anyMatch(s -> s.id().equals(stepId));
        }
    }

    private final Path moduleDir;
    private final String file;
    private final List<ContentError> errors;
    private final Map<String, byte[]> images = new LinkedHashMap<>();
    private final Set<String> otherStepIds = new HashSet<>();

    ModuleFileReader(Path moduleDir, String file, List<ContentError> errors) {
        this.moduleDir = moduleDir;
        this.file = file;
        this.errors = errors;
    }

    /** The structure, as far as it can be read; empty only when the file is not YAML or not a group of keys. */
    Optional<Structure> read(Path path) {
        Optional<YamlFields> fields = YamlFiles.read(path, file, errors)
                .flatMap(node -> YamlFields.of(file, node, "module.yaml", errors));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        YamlFields module = fields.get().allowOnly(Set.copyOf(MODULE_KEYS), MODULE_KEYS);
        String id = module.text("id", true);
        String folder = moduleDir.getFileName().toString();
        if (id != null && !ID.matcher(id).matches()) {
            errors.add(module.error("id", "id.bad", id));
        } else if (id != null && !id.equals(folder)) {
            errors.add(module.error("id", "module.idMismatch", id, folder));
        }
        Optional<Integer> version = module.wholeNumber("version", 1, 1_000_000);
        boolean draft = draft(module);
        List<String> audience = listOf(module, "audience", AUDIENCES, "audience.unknown");
        List<String> digcomp = module.texts("digcomp", true);
        digcomp.stream().filter(code -> !DIGCOMP.matcher(code).matches())
                .forEach(code -> errors.add(module.error("digcomp", "digcomp.bad", code)));
        if (digcomp.isEmpty() && module.has("digcomp")) {
            errors.add(module.error("digcomp", "list.empty", "digcomp"));
        }
        Optional<Integer> level = module.wholeNumber("level", 1, 8);
        Optional<Integer> minutes = module.wholeNumber("minutes", 1, 600);
        String cover = Optional.ofNullable(module.text("cover", false))
                .flatMap(image -> ImageCheck.check(moduleDir, file, module.line("cover"), null, image, errors, images))
                .orElse(null);
        List<Step> steps = steps(module);
        return Optional.of(new Structure(id, version.orElse(0), draft, audience.stream().distinct().toList(),
                List.copyOf(digcomp), level.orElse(0), minutes.orElse(0), cover, steps, Set.copyOf(otherStepIds),
                Map.copyOf(images)));
    }

    private boolean draft(YamlFields module) {
        String draft = module.text("draft", false);
        if (draft == null || draft.equals("false") || draft.equals("no")) {
            return false;
        }
        if (!draft.equals("true") && !draft.equals("yes")) {
            errors.add(module.error("draft", "draft.bad", draft));
        }
        return true;
    }

    private List<String> listOf(YamlFields fields, String key, List<String> allowed, String unknownCode) {
        List<String> values = fields.texts(key, true);
        values.stream().filter(v -> !allowed.contains(v))
                .forEach(v -> errors.add(fields.error(key, unknownCode, v)));
        if (values.isEmpty() && fields.has(key)) {
            errors.add(fields.error(key, "list.empty", key));
        }
        return values;
    }

    private List<Step> steps(YamlFields module) {
        List<Node> nodes = module.sequence("steps");
        if (nodes.isEmpty() && module.has("steps")) {
            errors.add(module.error("steps", "steps.empty"));
        }
        List<Step> steps = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int number = 0;
        for (Node node : nodes) {
            number++;
            ContentError.Words place = ContentError.stepNumber(number);
            YamlFields.of(file, node, "steps", errors).flatMap(fields -> step(fields.within(place))).ifPresent(step -> {
                if (!ids.add(step.id())) {
                    errors.add(ContentError.of(file, YamlFields.line(node), "step.duplicateId", step.id()));
                }
                steps.add(step);
            });
        }
        return List.copyOf(steps);
    }

    /** The step as far as it can be read: empty without an id or a known type. */
    private Optional<Step> step(YamlFields step) {
        String id = step.text("id", true);
        if (id != null && !ID.matcher(id).matches()) {
            errors.add(step.error("id", "id.bad", id));
        } else if (id != null) {
            step.within(ContentError.step(id));
        }
        String typeName = step.text("type", true);
        Optional<StepType> type = Optional.ofNullable(typeName).flatMap(StepType::byId);
        if (typeName != null && type.isEmpty()) {
            errors.add(step.error("type", "step.typeUnknown", typeName));
        }
        if (type.isEmpty() || id == null) {
            if (id != null) {
                otherStepIds.add(id);
            }
            return Optional.empty();
        }
        List<String> allowed = STEP_KEYS.get(type.get());
        step.allowOnly(Set.copyOf(allowed), allowed);
        return Optional.of(switch (type.get()) {
            case READ -> new Step(id, StepType.READ, image(step, id), List.of(), null, null, Map.of());
            case QUIZ -> quiz(step, id);
            case PRACTICE -> new PracticeStepReader(errors).read(step, id);
        });
    }

    private String image(YamlFields step, String stepId) {
        return Optional.ofNullable(step.text("image", false))
                .flatMap(image -> ImageCheck.check(moduleDir, file, step.line("image"), ContentError.step(stepId),
                        image, errors, images))
                .orElse(null);
    }

    private Step quiz(YamlFields step, String id) {
        List<String> options = step.texts("options", true);
        if (step.has("options") && (options.size() < 2 || options.size() > 6)) {
            errors.add(step.error("options", "quiz.optionCount", String.valueOf(options.size())));
        }
        Set<String> seen = new HashSet<>();
        for (String option : options) {
            if (!ID.matcher(option).matches()) {
                errors.add(step.error("options", "id.bad", option));
            } else if (!seen.add(option)) {
                errors.add(step.error("options", "quiz.optionDuplicate", option));
            }
        }
        String correct = step.text("correct", true);
        if (correct != null && !options.contains(correct)) {
            errors.add(step.error("correct", "quiz.correctNotAnOption", correct, String.join(", ", options)));
        }
        return new Step(id, StepType.QUIZ, null, List.copyOf(options), correct, null, Map.of());
    }

}
