package org.gefyra.content;

import java.util.Map;

/** Every word of a module in one language. */
public record ModuleText(String language, String title, String summary, String canDo,
        Map<String, StepText> steps) {
}
