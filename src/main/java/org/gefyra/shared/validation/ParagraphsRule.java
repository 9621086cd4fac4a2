package org.gefyra.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.gefyra.shared.Check;
import org.gefyra.shared.InvalidInputException;

/** Checks {@link Paragraphs} with {@link Check#paragraphs}. */
public class ParagraphsRule implements ConstraintValidator<Paragraphs, String> {

    private int max;

    @Override
    public void initialize(Paragraphs rule) {
        max = rule.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        try {
            Check.paragraphs("", value, max);
            return true;
        } catch (InvalidInputException refused) {
            return Refusal.say(context, refused);
        }
    }
}
