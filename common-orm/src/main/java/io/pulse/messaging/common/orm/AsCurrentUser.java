package io.pulse.messaging.common.orm;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Runs the annotated method (which returns a {@code Uni}) in one transaction as the user this request acts for, in
 * the spirit of {@code @WithTransaction}: the transaction opens and binds {@code app.user_id} before the method's body
 * runs, and the body reads its {@link UserScope} with {@link UserScope#current()}. A call made while such a
 * transaction is already open on the request joins it. Repositories keep taking the scope as a parameter, so a query on
 * a user-owned table cannot be written outside such a transaction: {@link UserScope#current()} refuses there.
 */
@InterceptorBinding
@Target({ METHOD, TYPE })
@Retention(RUNTIME)
public @interface AsCurrentUser {
}
