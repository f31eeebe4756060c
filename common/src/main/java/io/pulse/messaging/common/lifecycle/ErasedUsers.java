package io.pulse.messaging.common.lifecycle;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.events.LiveEvents;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Tells every replica that a user was erased, so that their live streams end wherever they are connected: the
 * announcement travels as a sealed live event ({@link LiveEvents}) carrying only an alias of the user's id.
 */
@ApplicationScoped
public class ErasedUsers {

    static final String CHANNEL = "pulse_erasures";
    private static final String TOPIC = "users";
    private static final String TYPE = "user_erased";
    private static final Object END = new Object();

    private final LiveEvents live;
    private final Pool pool;

    public ErasedUsers(LiveEvents live, Pool pool) {
        this.live = live;
        this.pool = pool;
    }

    /** Announces, once committed, that {@code user}'s data is gone. */
    public Uni<Void> announce(UUID user) {
        String data = new JsonObject().put("user", alias(user)).encode();
        return pool.withTransaction(connection -> live.publish(connection, CHANNEL, TOPIC, TYPE, data));
    }

    /**
     * {@code stream}, ending (completing) when it ends by itself or as soon as {@code user} is erased on any replica.
     */
    @SuppressWarnings("unchecked")
    public <T> Multi<T> endWhenErased(UUID user, Multi<T> stream) {
        String alias = alias(user);
        Multi<Object> erased = live.subscribe(CHANNEL, TOPIC)
                .select().where(event -> TYPE.equals(event.type()) && alias.equals(new JsonObject(event.data()).getString("user")))
                .map(event -> END);
        // The stream's own end ends the merge too (the erasure events never complete by themselves).
        Multi<Object> items = stream.map(item -> (Object) item).onCompletion().continueWith(END);
        return Multi.createBy().merging().streams(items, erased)
                .select().first(item -> item != END)
                .map(item -> (T) item);
    }

    private String alias(UUID user) {
        return live.alias(CHANNEL, TOPIC, user.toString());
    }
}
