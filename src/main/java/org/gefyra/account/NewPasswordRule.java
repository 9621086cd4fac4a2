package org.gefyra.account;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.validation.Refusal;

/** Checks {@link NewPassword} with the account's own rule. */
public class NewPasswordRule implements ConstraintValidator<NewPassword, String> {

    private boolean optional;

    @Override
    public void initialize(NewPassword rule) {
        optional = rule.optional();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (optional && (value == null || value.isEmpty())) {
            return true;
        }
        try {
            StaffAccount.checkNewPassword(value);
            return true;
        } catch (InvalidInputException refused) {
            return Refusal.say(context, refused);
        }
    }
}
