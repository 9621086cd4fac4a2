package org.gefyra.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A short learning module, loaded from its folder under {@code content/modules}: its steps, the
 * same in every language, its text in each language that passed validation, and its images, the
 * bytes that were checked when it loaded (by their path in the module's folder). A draft is
 * loaded and checked like any module, but only staff who write content see it, in a preview.
 */
public record LearningModule(String id, int version, List<String> audience, List<String> digcomp, int level,
        int minutes, String cover, List<Step> steps, Map<String, ModuleText> texts, Map<String, byte[]> images,
        boolean draft) {

    /** A module on offer, without images. */
    public LearningModule(String id, int version, List<String> audience, List<String> digcomp, int level,
            int minutes, String cover, List<Step> steps, Map<String, ModuleText> texts) {
        this(id, version, audience, digcomp, level, minutes, cover, steps, texts, Map.of(), false);
    }

    /** A module on offer or a draft, without images. */
    public LearningModule(String id, int version, List<String> audience, List<String> digcomp, int level,
            int minutes, String cover, List<Step> steps, Map<String, ModuleText> texts, boolean draft) {
        this(id, version, audience, digcomp, level, minutes, cover, steps, texts, Map.of(), draft);
    }

    /** An image of the module, as checked when it loaded; empty for a path the module does not show. */
    public Optional<byte[]> image(String path) {
        return Optional.ofNullable(images.get(path));
    }

    public Set<String> languages() {
        return texts.keySet();
    }

    public Optional<ModuleText> text(String language) {
        return Optional.ofNullable(texts.get(language));
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    /** The step's position, counted from 0, or -1 if the module no longer has it. */
    public int indexOf(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }
}
