package org.gefyra.content;

import java.util.Map;

/**
 * The words of one step in one language.
 *
 * @param bodyHtml the body's Markdown, rendered and sanitised once at load time
 * @param options a quiz's options by id
 * @param site a practice step's names for its pretend website ("payee", "services.x-ray"); empty
 *        when the site keeps its own names
 */
public record StepText(String title, String bodyHtml, String imageAlt,
        Map<String, OptionText> options, Map<String, String> site) {

    public StepText(String title, String bodyHtml, String imageAlt, Map<String, OptionText> options) {
        this(title, bodyHtml, imageAlt, options, Map.of());
    }

    /** A quiz option's words, and the feedback shown at once when it is chosen. */
    public record OptionText(String text, String feedback) {
    }
}
