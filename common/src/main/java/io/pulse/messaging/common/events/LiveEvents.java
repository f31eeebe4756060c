package io.pulse.messaging.common.events;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;

/**
 * Live updates across replicas through PostgreSQL LISTEN/NOTIFY.
 *
 * <p>{@link #publish} sends {@code pg_notify} on the caller's transaction, so an event is delivered only if the
 * change it announces commits, and to every replica that listens, whichever replica made the change.
 * {@link #subscribe} gives the events of one topic of a channel as they arrive; each replica holds one listening
 * connection (reconnecting after failures) and fans the notifications out to its own subscribers, for example
 * Server-Sent Events streams.
 *
 * <p>A notification carries at most about 8000 bytes: publish ids and small values, and let clients fetch the rest.
 */
@ApplicationScoped
public class LiveEvents {

    private static final String NOTIFY = "select cast(pg_notify(:channel, :payload) as text)";

    private final Vertx vertx;
    private final String url;
    private final String user;
    private final String password;
    private final Map<String, BroadcastProcessor<LiveEvent>> channels = new ConcurrentHashMap<>();
    private final Map<String, Uni<Void>> listening = new ConcurrentHashMap<>();
    private PgSubscriber subscriber;
    private Uni<Void> connected;

    public LiveEvents(Vertx vertx,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password", defaultValue = "") String password) {
        this.vertx = vertx;
        this.url = url.startsWith("vertx-reactive:") ? url.substring("vertx-reactive:".length()) : url;
        this.user = user;
        this.password = password;
    }

    /**
     * Queues an event on the session's current transaction; PostgreSQL delivers it when the transaction commits.
     *
     * @param channel a PostgreSQL identifier (lower case letters, digits, underscores)
     * @param dataJson the event's data, a JSON value
     */
    public Uni<Void> publish(Mutiny.Session session, String channel, String topic, String type, String dataJson) {
        checkChannel(channel);
        String payload = new JsonObject().put("topic", topic).put("type", type).put("data", new JsonObject(dataJson)).encode();
        // Run as an update (the one row it returns is not read), as Ownership binds the user: Hibernate never reuses
        // a native select's plan, and each execution would add one more entry to its plan cache.
        return session.createNativeQuery(NOTIFY)
                .setParameter("channel", channel)
                .setParameter("payload", payload)
                .executeUpdate()
                .replaceWithVoid();
    }

    /**
     * The events of one topic of a channel, from now on. The first item is a {@link LiveEvent#READY} event, sent
     * once this replica listens on the channel: every change committed after it is delivered.
     */
    public Multi<LiveEvent> subscribe(String channel, String topic) {
        checkChannel(channel);
        BroadcastProcessor<LiveEvent> processor = channels.computeIfAbsent(channel, name -> BroadcastProcessor.create());
        return Multi.createFrom().emitter(emitter -> {
            Cancellable events = processor.filter(event -> topic.equals(event.topic()))
                    .subscribe().with(emitter::emit, emitter::fail, emitter::complete);
            emitter.onTermination(events::cancel);
            listen(channel).subscribe().with(ignored -> emitter.emit(LiveEvent.ready(topic)), emitter::fail);
        });
    }

    private synchronized Uni<Void> listen(String channel) {
        return listening.computeIfAbsent(channel, name -> connect().chain(() -> Uni.createFrom().<Void>emitter(ready -> {
            BroadcastProcessor<LiveEvent> processor = channels.get(name);
            subscriber.channel(name)
                    .subscribeHandler(() -> ready.complete(null))
                    .handler(payload -> dispatch(processor, name, payload));
        })).memoize().indefinitely());
    }

    private synchronized Uni<Void> connect() {
        if (connected == null) {
            PgConnectOptions options = PgConnectOptions.fromUri(url).setUser(user).setPassword(password);
            subscriber = PgSubscriber.subscriber(vertx, options)
                    .reconnectPolicy(retries -> 1000L); // keep trying every second; LISTENs are renewed on reconnect
            connected = subscriber.connect()
                    .onFailure().invoke(failure -> {
                        Log.warnf("Live events: cannot listen to PostgreSQL: %s", failure.getMessage());
                        synchronized (this) {
                            connected = null;
                            listening.clear();
                        }
                    })
                    .memoize().indefinitely();
        }
        return connected;
    }

    private static void dispatch(BroadcastProcessor<LiveEvent> processor, String channel, String payload) {
        try {
            JsonObject event = new JsonObject(payload);
            Object data = event.getValue("data");
            processor.onNext(new LiveEvent(event.getString("topic"), event.getString("type"),
                    data == null ? "{}" : io.vertx.core.json.Json.encode(data)));
        } catch (DecodeException | ClassCastException e) {
            Log.warnf("Live events: ignored a malformed notification on %s", channel);
        }
    }

    private static void checkChannel(String channel) {
        if (!channel.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a channel name: " + channel);
        }
    }

    @PreDestroy
    synchronized void close() {
        channels.values().forEach(BroadcastProcessor::onComplete);
        if (subscriber != null) {
            subscriber.closeAndAwait();
        }
    }
}
