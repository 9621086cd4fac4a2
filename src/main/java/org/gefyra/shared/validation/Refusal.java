package org.gefyra.shared.validation;

import jakarta.validation.ConstraintValidatorContext;
import org.gefyra.shared.InvalidInputException;

/** Turns a refusal of {@link org.gefyra.shared.Check} into the constraint violation of its message key. */
public final class Refusal {

    private Refusal() {
    }

    /** Replaces the constraint's own message with the refusal's key; always false. */
    public static boolean say(ConstraintValidatorContext context, InvalidInputException refused) {
        context.disableDefaultConstraintViolation();
        // a fixed key of the bundle, never what was typed: nothing a person sends is interpolated
        context.buildConstraintViolationWithTemplate("{" + refused.messageKey() + "}").addConstraintViolation();
        return false;
    }
}
