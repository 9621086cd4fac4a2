package org.gefyra.shared.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gefyra.account.AccountForm;
import org.gefyra.learner.Learner;
import org.gefyra.learner.LearnerForm;
import org.gefyra.session.LearningSession;
import org.gefyra.session.SessionPlan;
import org.gefyra.shared.Check;
import org.gefyra.shared.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The limits declared on the forms, checked by Bean Validation as Faces checks them (with the
 * application's own META-INF/validation.xml): the same limits and the same message keys as the
 * checks the entities make, and the messages in the person's language.
 */
class ConstraintsTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void theMessagesAreTheInterfacesOwnWordsInThePersonsLanguage() {
        assertTrue(factory.getMessageInterpolator() instanceof BundleMessages, "validation.xml names the interpolator");
        String template = only(validator.validateValue(LearnerForm.class, "displayName", "x".repeat(61))).getMessageTemplate();
        assertEquals("{error.tooLong}", template);
        assertEquals("This is too long.", factory.getMessageInterpolator().interpolate(template, null, Locale.ENGLISH));
        String greek = factory.getMessageInterpolator().interpolate(template, null, Locale.forLanguageTag("el"));
        String arabic = factory.getMessageInterpolator().interpolate(template, null, Locale.forLanguageTag("ar"));
        assertTrue(!greek.equals("This is too long.") && greek.chars().anyMatch(c -> c >= 0x370 && c <= 0x3FF), greek);
        assertTrue(arabic.chars().anyMatch(c -> c >= 0x600 && c <= 0x6FF), arabic);
    }

    @Test
    void aNameHasTheLimitsOfTheLearnerItBecomes() {
        String longest = "x".repeat(Learner.NAME_LENGTH);
        assertTrue(validator.validateValue(LearnerForm.class, "displayName", longest).isEmpty());
        assertEquals(longest, Check.text("displayName", longest, Learner.NAME_LENGTH));
        assertEquals("{error.tooLong}", template(LearnerForm.class, "displayName", longest + "x"));
        assertThrows(InvalidInputException.class, () -> Check.text("displayName", longest + "x", Learner.NAME_LENGTH));
        assertTrue(validator.validateValue(LearnerForm.class, "displayName", "  " + longest + "  ").isEmpty(),
                "spaces around are trimmed, as the entity trims them");
        assertEquals("{error.required}", template(LearnerForm.class, "displayName", "   "));
        assertEquals("{error.required}", template(LearnerForm.class, "displayName", null));
        assertEquals("{error.markup}", template(LearnerForm.class, "displayName", "<script>alert(1)</script>"));
        assertEquals("{error.badCharacters}", template(LearnerForm.class, "displayName", "Maria\u0000"));
        assertEquals("{error.badCharacters}", template(LearnerForm.class, "displayName", "\u202Egnp.exe"));
        assertEquals("{error.badCharacters}", template(LearnerForm.class, "displayName", "Caf\uFFFD"));
        assertTrue(validator.validateValue(LearnerForm.class, "displayName", "Μαρία Παπαδοπούλου").isEmpty());
        assertTrue(validator.validateValue(LearnerForm.class, "displayName", "فاطمة").isEmpty());
    }

    @Test
    void aPinIsFourDigits() {
        assertTrue(validator.validateValue(LearnerForm.class, "pin", "4821").isEmpty());
        for (String wrong : List.of("482", "48211", "48a1", "-123", "' OR 1=1")) {
            assertEquals("{error.pinFormat}", template(LearnerForm.class, "pin", wrong), wrong);
        }
    }

    @Test
    void aStaffAccountsFieldsHaveTheAccountsRules() {
        assertTrue(validator.validateValue(AccountForm.class, "username", "Eleni.P").isEmpty(), "kept in small letters later");
        assertEquals("{error.username}", template(AccountForm.class, "username", "x"));
        assertEquals("{error.username}", template(AccountForm.class, "username", "' OR '1'='1"));
        assertEquals("{error.passwordTooShort}", template(AccountForm.class, "password", "short"));
        assertEquals("{error.tooLong}", template(AccountForm.class, "password", "p".repeat(201)));
        assertTrue(validator.validateValue(AccountForm.class, "password", "").isEmpty(), "empty keeps the password");
        assertTrue(validator.validateValue(AccountForm.class, "password", "a long enough password").isEmpty());
    }

    @Test
    void aSessionHasFromOneToTheMostPlaces() {
        assertTrue(validator.validateValue(SessionPlan.class, "capacity", 1).isEmpty());
        assertTrue(validator.validateValue(SessionPlan.class, "capacity", LearningSession.MOST_PLACES).isEmpty());
        assertEquals("{error.capacity}", template(SessionPlan.class, "capacity", 0));
        assertEquals("{error.capacity}", template(SessionPlan.class, "capacity", -1));
        assertEquals("{error.capacity}", template(SessionPlan.class, "capacity", LearningSession.MOST_PLACES + 1));
        assertEquals("{error.tooLong}", template(SessionPlan.class, "title", "t".repeat(LearningSession.TITLE_LENGTH + 1)));
    }

    @Test
    void notesKeepTheirLinesAndNothingElseOdd() {
        assertTrue(validator.validateValue(NotesForm.class, "notes", "Came with her daughter.\r\nNeeds large print.").isEmpty());
        assertTrue(validator.validateValue(NotesForm.class, "notes", "").isEmpty());
        assertEquals("{error.badCharacters}", template(NotesForm.class, "notes", "Fine.\u0007"));
        assertEquals("{error.markup}", template(NotesForm.class, "notes", "Fine.\n<img src=x onerror=alert(1)>"));
        assertEquals("{error.tooLong}", template(NotesForm.class, "notes", "n".repeat(LearningSession.NOTES_LENGTH + 1)));
    }

    @Test
    void aFormatTrimsAndLeavesWhatIsRequiredToOthers() {
        assertTrue(validator.validateValue(NotesForm.class, "language", " el ").isEmpty());
        assertTrue(validator.validateValue(NotesForm.class, "language", null).isEmpty());
        assertEquals("{error.languageCode}", template(NotesForm.class, "language", "<script>"));
    }

    /** A form of this test's own, with the constraints that the views put on notes and a language. */
    static class NotesForm {
        @Paragraphs(max = LearningSession.NOTES_LENGTH)
        String notes;
        @Format(regexp = org.gefyra.shared.i18n.Languages.CODE_FORMAT, message = "{error.languageCode}")
        String language;
    }

    private static <T> String template(Class<T> type, String property, Object value) {
        return only(validator.validateValue(type, property, value)).getMessageTemplate();
    }

    private static <T> ConstraintViolation<T> only(Set<ConstraintViolation<T>> violations) {
        assertEquals(1, violations.size(), String.valueOf(violations));
        return violations.iterator().next();
    }
}
