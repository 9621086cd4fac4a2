package org.gefyra.shared.persistence;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A transactional service whose transactions are tried again, whole, when the database refuses one
 * for a {@link WriteConflict} (see {@link RetryOnConflict}). Only for work that is right to repeat:
 * each try starts from what is committed.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetriedOnConflict {
}
