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
 * One line of text people type (a name, a label, a town): at most {@code max} characters once
 * trimmed, no control characters, nothing garbled and nothing that looks like a web page's code,
 * as {@link org.gefyra.shared.Check#text} checks it. Required unless {@code optional}.
 */
@Documented
@Constraint(validatedBy = PlainTextRule.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    int max();

    boolean optional() default false;

    String message() default "{error.badCharacters}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
