package io.pulse.messaging.autoresponse.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.engine.LocalReplyEngine;
import io.pulse.messaging.autoresponse.engine.ReplyEngine;
import io.pulse.messaging.testing.TestDatabase;
import io.vertx.core.Context;

/**
 * The local reply engine (it replaces the default bean in every test, and answers exactly as it does), observable: while
 * a test has it {@link #arm() armed}, each personalisation, which runs in the same step as matching, notes whether it runs
 * on an event-loop thread and how many locks on the service's tables the database holds at that moment (any, and a
 * transaction of the evaluation is open around it).
 */
@Singleton
public class ProbingReplyEngine implements ReplyEngine {

    /** Where one personalisation ran. */
    public record Observation(boolean onEventLoop, long tableLocksHeld) {
    }

    private static volatile List<Observation> observations;

    private final LocalReplyEngine local = new LocalReplyEngine();

    /** Starts noting observations; returns the list they are added to. */
    public static List<Observation> arm() {
        List<Observation> list = new CopyOnWriteArrayList<>();
        observations = list;
        return list;
    }

    public static void disarm() {
        observations = null;
    }

    @Override
    public String name() {
        return local.name();
    }

    @Override
    public Reply personalise(Request request) {
        List<Observation> list = observations;
        if (list != null) {
            list.add(new Observation(Context.isOnEventLoopThread(), tableLocksHeld()));
        }
        return local.personalise(request);
    }

    private static long tableLocksHeld() {
        try (Connection owner = TestDatabase.asOwner()) {
            return ((Number) TestDatabase.column(owner, """
                    select count(*) from pg_locks l join pg_class c on c.oid = l.relation join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'auto_response' and l.pid <> pg_backend_pid()""").get(0)).longValue();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
