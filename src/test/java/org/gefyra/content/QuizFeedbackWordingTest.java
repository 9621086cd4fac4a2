package org.gefyra.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The step page says itself whether an answer is right ("Yes, that is right!", "Not quite."), so a
 * quiz feedback in the starter library goes straight to the reason: it never repeats the page's
 * heading, nor opens with a verdict of its own such as "Yes, well done!".
 */
class QuizFeedbackWordingTest {

    private static ContentSnapshot snapshot;

    @BeforeAll
    static void loadTheStarterLibrary() {
        snapshot = new ModuleLoader(Path.of("content")).load();
    }

    @Test
    void noFeedbackRepeatsTheHeadingThePageShowsAboveIt() {
        List<String> repeats = new ArrayList<>();
        for (LearningModule module : snapshot.modules().values()) {
            for (ModuleText text : module.texts().values()) {
                List<String> headings = headings(text.language());
                text.steps().forEach((stepId, step) -> step.options().forEach((optionId, option) -> {
                    if (opensWithAVerdict(option.feedback(), headings)) {
                        repeats.add(module.id() + "/" + text.language() + "/" + stepId + "/" + optionId + ": "
                                + option.feedback());
                    }
                }));
            }
        }
        assertTrue(snapshot.modules().size() >= 8, "the starter library loaded");
        assertTrue(repeats.isEmpty(), () -> "Feedback that repeats the page's heading:\n" + String.join("\n", repeats));
    }

    @Test
    void theCheckCatchesBothWaysOfRepeatingTheHeading() {
        List<String> english = headings("en");
        assertTrue(opensWithAVerdict("Not quite. The dentist looks after teeth.", english));
        assertTrue(opensWithAVerdict("Yes, well done! The nurse checks blood pressure.", english));
        assertTrue(opensWithAVerdict("نعم، صحيح! الطبيب العام يساعد.", headings("ar")));
        assertTrue(!opensWithAVerdict("The dentist looks after teeth. Try the nurse.", english));
        assertTrue(!opensWithAVerdict("Not every message is a scam.", english));
    }

    /** The page's two headings in a language: for a right answer and for a wrong one. */
    private static List<String> headings(String language) {
        ResourceBundle messages = ResourceBundle.getBundle("org.gefyra.i18n.messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return List.of(messages.getString("learn.quiz.right"), messages.getString("learn.quiz.notQuite"));
    }

    /** Starts with a heading, or with a heading's first word followed by a comma or "!" ("Yes, well done!"). */
    static boolean opensWithAVerdict(String feedback, List<String> headings) {
        String words = plain(feedback);
        for (String heading : headings) {
            String firstWord = heading.split("[\\s\\p{P}]+")[0];
            if (words.startsWith(plain(heading)) || feedback.strip().matches("(?iu)" + Pattern.quote(firstWord) + "\\s*[,،!].*")) {
                return true;
            }
        }
        return false;
    }

    private static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\s]+", " ").strip();
    }
}
