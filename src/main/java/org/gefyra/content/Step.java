package org.gefyra.content;

import java.util.List;
import java.util.Map;

/**
 * One screen of a module, as {@code module.yaml} describes it, the same in every language.
 *
 * @param image a path inside the module's folder, or null
 * @param options a quiz's option ids, in order; empty for other steps
 * @param correct a quiz's correct option id
 * @param sandbox a practice step's sandbox
 * @param goal a practice step's goal: the sandbox's keys and the values to reach
 * @param settings what a practice step changes about its sandbox's site; {@link SiteSettings#NONE} for none
 */
public record Step(String id, StepType type, String image, List<String> options, String correct,
        Sandbox sandbox, Map<String, String> goal, SiteSettings settings) {

    public Step(String id, StepType type, String image, List<String> options, String correct, Sandbox sandbox,
            Map<String, String> goal) {
        this(id, type, image, options, correct, sandbox, goal, SiteSettings.NONE);
    }

    public boolean isRead() {
        return type == StepType.READ;
    }

    public boolean isQuiz() {
        return type == StepType.QUIZ;
    }

    public boolean isPractice() {
        return type == StepType.PRACTICE;
    }
}
