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
 * Text in several lines (notes): at most {@code max} characters once trimmed, lines and tabs
 * kept, no other control characters, nothing garbled and no web page's code, as
 * {@link org.gefyra.shared.Check#paragraphs} checks it. Empty is allowed.
 */
@Documented
@Constraint(validatedBy = ParagraphsRule.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Paragraphs {

    int max();

    String message() default "{error.badCharacters}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
