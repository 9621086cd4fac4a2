package org.gefyra.content;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and checks one {@code text.<lang>.yaml}: every word of the module in that language,
 * for exactly the steps and options that {@code module.yaml} declares.
 */
final class TextFileReader {

    private static final List<String> TEXT_KEYS = List.of("language", "title", "summary", "can_do", "steps");
    private static final List<String> STEP_KEYS = List.of("title", "body", "image_alt");
    private static final List<String> QUIZ_STEP_KEYS = List.of("title", "body", "image_alt", "options");
    private static final List<String> PRACTICE_STEP_KEYS = List.of("title", "body", "image_alt", "site");
    private static final List<String> OPTION_KEYS = List.of("text", "feedback");

    private final String file;
    private final String language;
    private final List<ContentError> errors;
    private final MarkdownRenderer markdown;

    TextFileReader(String file, String language, List<ContentError> errors, MarkdownRenderer markdown) {
        this.file = file;
        this.language = language;
        this.errors = errors;
        this.markdown = markdown;
    }

    Optional<ModuleText> read(Path path, ModuleFileReader.Structure structure) {
        int before = errors.size();
        Optional<YamlFields> fields = YamlFiles.read(path, file, errors)
                .flatMap(node -> YamlFields.of(file, node, file, errors));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        YamlFields text = fields.get().allowOnly(Set.copyOf(TEXT_KEYS), TEXT_KEYS);
        String declared = text.text("language", true);
        if (declared != null && !declared.equals(language)) {
            errors.add(text.error("language", "text.languageMismatch", declared, language));
        }
        String title = text.text("title", true);
        String summary = text.text("summary", true);
        String canDo = text.text("can_do", true);
        Map<String, StepText> steps = new LinkedHashMap<>();
        text.mapping("steps", true).ifPresent(stepFields -> {
            for (String stepId : stepFields.keys()) {
                if (!structure.hasStep(stepId)) {
                    errors.add(stepFields.error(stepId, "text.stepUnknown", stepId));
                }
            }
            for (Step step : structure.steps()) {
                if (!stepFields.keys().contains(step.id())) {
                    errors.add(ContentError.of(file, stepFields.line(), "text.stepMissing", step.id()));
                    continue;
                }
                stepFields.mapping(step.id(), true)
                        .flatMap(s -> stepText(step, s.within(ContentError.step(step.id()))))
                        .ifPresent(stepText -> steps.put(step.id(), stepText));
            }
        });
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ModuleText(language, title, summary, canDo, Map.copyOf(steps)));
    }

    private Optional<StepText> stepText(Step step, YamlFields fields) {
        int before = errors.size();
        List<String> names = step.isPractice() && step.sandbox() != null
                ? step.sandbox().names(step.settings()) : List.of();
        List<String> allowed = step.isQuiz() ? QUIZ_STEP_KEYS : names.isEmpty() ? STEP_KEYS : PRACTICE_STEP_KEYS;
        fields.allowOnly(Set.copyOf(allowed), allowed);
        String title = fields.text("title", true);
        String body = fields.text("body", true);
        String imageAlt = fields.text("image_alt", false);
        if (step.image() != null && imageAlt == null) {
            errors.add(fields.error("image_alt", "text.imageAltMissing", step.id()));
        }
        Map<String, StepText.OptionText> options = new LinkedHashMap<>();
        if (step.isQuiz()) {
            fields.mapping("options", true).ifPresent(optionFields -> {
                for (String optionId : optionFields.keys()) {
                    if (!step.options().contains(optionId)) {
                        errors.add(optionFields.error(optionId, "text.optionUnknown", step.id(), optionId,
                                String.join(", ", step.options())));
                    }
                }
                for (String optionId : step.options()) {
                    if (!optionFields.keys().contains(optionId)) {
                        errors.add(ContentError.of(file, optionFields.line(), ContentError.step(step.id()),
                                "text.optionMissing", step.id(), optionId));
                        continue;
                    }
                    optionFields.mapping(optionId, true).ifPresent(option -> {
                        option.within(ContentError.option(step.id(), optionId));
                        option.allowOnly(Set.copyOf(OPTION_KEYS), OPTION_KEYS);
                        String optionText = option.text("text", true);
                        String feedback = option.text("feedback", true);
                        options.put(optionId, new StepText.OptionText(optionText, feedback));
                    });
                }
            });
        }
        Map<String, String> site = names.isEmpty() ? Map.of() : new SiteNamesReader(errors).read(step, names, fields);
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new StepText(title, markdown.toSafeHtml(body), imageAlt, Map.copyOf(options), site));
    }
}
