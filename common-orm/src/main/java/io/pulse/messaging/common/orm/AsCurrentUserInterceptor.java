package io.pulse.messaging.common.orm;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import io.smallrye.mutiny.Uni;

/** Opens the transaction of {@link AsCurrentUser} methods, or joins the one the request already has open. */
@AsCurrentUser
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class AsCurrentUserInterceptor {

    private final Ownership ownership;

    public AsCurrentUserInterceptor(Ownership ownership) {
        this.ownership = ownership;
    }

    @AroundInvoke
    Object inTransaction(InvocationContext invocation) throws Exception {
        if (!Uni.class.equals(invocation.getMethod().getReturnType())) {
            throw new IllegalStateException("@AsCurrentUser needs a method that returns a Uni: " + invocation.getMethod());
        }
        if (UserScope.bound().isPresent()) {
            return invocation.proceed();
        }
        return ownership.asCurrentUser(scope -> UserScope.within(scope, () -> proceed(invocation)));
    }

    @SuppressWarnings("unchecked")
    private static Uni<Object> proceed(InvocationContext invocation) {
        try {
            return (Uni<Object>) invocation.proceed();
        } catch (Exception e) {
            return Uni.createFrom().failure(e);
        }
    }
}
