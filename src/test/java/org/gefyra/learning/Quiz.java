package org.gefyra.learning;

import java.nio.file.Path;
import java.util.List;
import org.gefyra.content.ContentSnapshot;
import org.gefyra.content.LearningModule;
import org.gefyra.content.ModuleLoader;
import org.gefyra.content.Step;

/** The first quiz of a module that every interface language has, as the integration tests answer it again and again. */
record Quiz(String module, String step, List<String> options, String correct) {

    static Quiz find() {
        ContentSnapshot content = new ModuleLoader(Path.of(System.getProperty("gefyra.content.dir", "content"))).load();
        for (LearningModule module : content.modules().values()) {
            if (!module.draft() && module.languages().containsAll(List.of("en", "el", "it", "sv", "ar"))) {
                for (Step step : module.steps()) {
                    if (step.isQuiz()) {
                        return new Quiz(module.id(), step.id(), step.options(), step.correct());
                    }
                }
            }
        }
        throw new AssertionError("no module with a quiz in every language");
    }

    String page() {
        return "/learn/step.xhtml?module=" + module + "&step=" + step;
    }

    /** The n-th answer sent (from 0): the first and second options in turn. */
    String option(int n) {
        return options.get(n % 2);
    }
}
