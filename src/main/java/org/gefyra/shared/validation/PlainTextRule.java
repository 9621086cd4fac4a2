package org.gefyra.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.gefyra.shared.Check;
import org.gefyra.shared.InvalidInputException;

/** Checks {@link PlainText} with {@link Check}, and says what is wrong with the message key Check gives. */
public class PlainTextRule implements ConstraintValidator<PlainText, String> {

    private int max;
    private boolean optional;

    @Override
    public void initialize(PlainText rule) {
        max = rule.max();
        optional = rule.optional();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        try {
            if (optional) {
                Check.optionalText("", value, max);
            } else {
                Check.text("", value, max);
            }
            return true;
        } catch (InvalidInputException refused) {
            return Refusal.say(context, refused);
        }
    }
}
