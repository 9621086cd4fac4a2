package org.gefyra.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Checks {@link Format}. */
public class FormatRule implements ConstraintValidator<Format, String> {

    private Pattern pattern;

    @Override
    public void initialize(Format rule) {
        pattern = Pattern.compile(rule.regexp(), rule.ignoreCase() ? Pattern.CASE_INSENSITIVE : 0);
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || pattern.matcher(value.strip()).matches();
    }
}
