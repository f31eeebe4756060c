package io.pulse.messaging.common.jobs;

import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Runs a scheduled job on one replica at a time. The job's transaction first takes a PostgreSQL advisory lock
 * named after the job ({@code pg_try_advisory_xact_lock}); a replica that does not get it skips this run, and the
 * lock is released when the transaction ends, even if the replica dies.
 *
 * <p>Jobs that touch every user's rows do so through SECURITY DEFINER functions owned by the owner role (for
 * example {@code cleanup_expired_summaries()}): the app role can call them but cannot read other users' rows
 * itself.
 */
@ApplicationScoped
public class ExclusiveJobs {

    private static final String TRY_LOCK = "select pg_try_advisory_xact_lock(hashtext(:name))";
    private static final String JOB_STATEMENT_TIMEOUT = "select set_config('statement_timeout', :timeout, true)";

    private final Mutiny.SessionFactory sessions;
    private final String statementTimeout;

    public ExclusiveJobs(Mutiny.SessionFactory sessions,
            @ConfigProperty(name = "pulse.database.job-statement-timeout", defaultValue = "5min") String statementTimeout) {
        this.sessions = sessions;
        this.statementTimeout = statementTimeout;
    }

    /**
     * Runs {@code work} if no other replica is running the job named {@code job}. Its transaction may run statements
     * for {@code pulse.database.job-statement-timeout} instead of a request's {@code statement_timeout}.
     *
     * @return the work's result, or empty when another replica holds the job
     */
    public <T> Uni<Optional<T>> runExclusively(String job, Function<Mutiny.Session, Uni<T>> work) {
        // The setting runs as an update (its row is not read): Hibernate reuses an update's plan, never a native select's.
        return sessions.withTransaction(session -> session.createNativeQuery(JOB_STATEMENT_TIMEOUT)
                .setParameter("timeout", statementTimeout)
                .executeUpdate()
                .chain(() -> session.createNativeQuery(TRY_LOCK, Boolean.class)
                        .setParameter("name", "pulse.job." + job)
                        .getSingleResult())
                .chain(locked -> {
                    if (!Boolean.TRUE.equals(locked)) {
                        Log.debugf("Job %s is running on another replica; skipped here", job);
                        return Uni.createFrom().item(Optional.<T>empty());
                    }
                    return work.apply(session).map(Optional::ofNullable);
                }));
    }

    /**
     * Calls a maintenance function that returns how many rows it removed, exclusively, and logs the count.
     *
     * @param function a schema-qualified SQL function name such as {@code summarization.cleanup_expired_summaries}
     */
    public Uni<Optional<Long>> runCleanup(String function) {
        if (!function.matches("[a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a schema-qualified function name: " + function);
        }
        return runExclusively(function, session -> session
                .createNativeQuery("select " + function + "()::bigint", Long.class)
                .getSingleResult())
                .invoke(removed -> removed.ifPresent(count -> Log.infof("%s removed %d rows", function, count)));
    }
}
