package org.gefyra.shared.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A value of a fixed shape (a PIN, a user name, a language code): once trimmed, it matches
 * {@code regexp} whole, or the {@code message} (a key of the bundle, in braces) says what is
 * wrong. Nothing is left to the rule of what is required: an empty value is allowed.
 */
@Documented
@Constraint(validatedBy = FormatRule.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Format {

    String regexp();

    /** Whether small and capital letters are the same to the pattern (a user name is kept in small letters). */
    boolean ignoreCase() default false;

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
