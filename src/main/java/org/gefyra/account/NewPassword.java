package org.gefyra.account;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A new password for a staff account, as {@link StaffAccount#checkNewPassword} takes it: long
 * enough to resist guessing, not endless, nothing a keyboard cannot type. Empty is allowed when
 * {@code optional} (changing an account without changing its password).
 */
@Documented
@Constraint(validatedBy = NewPasswordRule.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface NewPassword {

    boolean optional() default false;

    String message() default "{error.passwordTooShort}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
