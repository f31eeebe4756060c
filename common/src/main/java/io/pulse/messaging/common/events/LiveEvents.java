package io.pulse.messaging.common.events;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;

/**
 * Live updates across replicas through PostgreSQL LISTEN/NOTIFY.
 *
 * <p>{@link #publish} sends {@code pg_notify} on the caller's transaction, so an event is delivered only if the
 * change it announces commits, and to every replica that listens, whichever replica made the change.
 * {@link #subscribe} gives the events of one topic of a channel as they arrive; each replica holds one listening
 * connection (reconnecting after failures) and fans the notifications out to its own subscribers, for example
 * Server-Sent Events streams. That connection goes to {@code pulse.events.listen-url} ({@code PULSE_DB_LISTEN_URL})
 * when it is set, else where the pool goes: behind a transaction-mode pooler (PgBouncer), which cannot keep a
 * {@code LISTEN}, it names PostgreSQL itself while the pool goes through the pooler ({@code NOTIFY} works through it).
 *
 * <p>A notification carries at most about 8000 bytes: publish ids and small values, and let clients fetch the rest.
 *
 * <p>A notification is no secret and no proof: any role that may connect can {@code LISTEN} to a channel and call
 * {@code pg_notify} on it, whatever row-level security hides. So every notification is sealed ({@link EventSeal}):
 * its topic travels as an opaque tag, its body is signed with HMAC-SHA256 under a key only the services' JVMs hold
 * ({@link EventKeys}: {@code PULSE_EVENTS_KEY}), and carries the time it was published. A notification whose
 * signature fails, or that is older (or newer) than {@code pulse.events.max-age} (a replayed one), is dropped before
 * any subscriber sees it, counted in {@code pulse_live_events_rejected_total} and logged without its content. Still,
 * a listener reads the event types and the data: publish ids and small enums only, never user content, and let each
 * subscriber read the rest as itself.
 */
@ApplicationScoped
public class LiveEvents {

    /** The notification, on a transaction's connection: $1 channel, $2 payload (the sealed event). */
    private static final String NOTIFY_SQL = "select cast(pg_notify($1, $2) as text)";
    private static final long WARN_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final Vertx vertx;
    private final String url;
    private final String user;
    private final String password;
    private final EventSeal seal;
    private final Clock clock;
    private final long maxAgeMillis;
    private final MeterRegistry metrics;
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);
    private final AtomicLong unreported = new AtomicLong();
    private final Map<String, ChannelFanout> channels = new ConcurrentHashMap<>();
    private final Map<String, Uni<Void>> listening = new ConcurrentHashMap<>();
    private PgSubscriber subscriber;
    private Uni<Void> connected;

    @Inject
    public LiveEvents(Vertx vertx,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "pulse.events.listen-url") Optional<String> listenUrl,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password", defaultValue = "") String password,
            @ConfigProperty(name = "pulse.events.key") Optional<String> key,
            @ConfigProperty(name = "smallrye.jwt.verify.secretkey") Optional<String> tokenSecret,
            @ConfigProperty(name = "pulse.events.max-age", defaultValue = "PT2M") Duration maxAge,
            Clock clock, MeterRegistry metrics) {
        this.vertx = vertx;
        String listenTo = listenUrl.filter(u -> !u.isBlank()).orElse(url);
        this.url = listenTo.startsWith("vertx-reactive:") ? listenTo.substring("vertx-reactive:".length()) : listenTo;
        this.user = user;
        this.password = password;
        boolean production = LaunchMode.current() == LaunchMode.NORMAL && !ConfigUtils.getProfiles().contains("local");
        EventKeys.Key resolved = EventKeys.resolve(key, tokenSecret, production);
        if (resolved.replicaLocal() && production) {
            Log.warn("Live events: PULSE_EVENTS_KEY is not set, so this replica signs its notifications with a key of its own and "
                    + "the other replicas drop them (their subscribers miss its changes). Set PULSE_EVENTS_KEY, the same on "
                    + "every replica, wherever a service runs more than one.");
        } else {
            Log.debugf("Live events: notifications signed with a key %s", resolved.source());
        }
        this.seal = new EventSeal(resolved.bytes());
        this.clock = clock;
        this.maxAgeMillis = maxAge.toMillis();
        this.metrics = metrics;
    }

    /**
     * Queues an event on the transaction {@code connection} has open; PostgreSQL delivers it when the transaction commits.
     *
     * @param channel a PostgreSQL identifier (lower case letters, digits, underscores)
     * @param dataJson the event's data, a JSON value
     */
    public Uni<Void> publish(SqlConnection connection, String channel, String topic, String type, String dataJson) {
        return connection.preparedQuery(NOTIFY_SQL).execute(Tuple.of(channel, sealed(channel, topic, type, dataJson)))
                .replaceWithVoid();
    }

    /**
     * The payload of {@code pg_notify} for an event: its topic blinded, its body signed with the time it is published.
     * For a transaction that {@link #publish} cannot reach (one on a connection other than the SQL client's).
     */
    public String sealed(String channel, String topic, String type, String dataJson) {
        checkChannel(channel);
        String body = new JsonObject().put("t", seal.blind(channel, topic)).put("e", type).put("d", new JsonObject(dataJson))
                .put("at", clock.millis()).encode();
        return seal.seal(channel, body);
    }

    /**
     * The events of one topic of a channel, from now on. The first item is a {@link LiveEvent#READY} event, sent
     * once this replica listens on the channel: every change committed after it is delivered. Every subscriber of the
     * topic on this replica receives the same {@link LiveEvent} instance for one notification, a new one for each
     * notification (even one with equal content): subscribers may share the work a notification asks for by identity.
     */
    public Multi<LiveEvent> subscribe(String channel, String topic) {
        checkChannel(channel);
        ChannelFanout fanout = channels.computeIfAbsent(channel, name -> new ChannelFanout());
        return fanout.topic(seal.blind(channel, topic), topic,
                emitter -> listen(channel).subscribe().with(ignored -> emitter.emit(LiveEvent.ready(topic)), emitter::fail));
    }

    private synchronized Uni<Void> listen(String channel) {
        return listening.computeIfAbsent(channel, name -> connect().chain(() -> Uni.createFrom().<Void>emitter(ready -> {
            ChannelFanout fanout = channels.get(name);
            subscriber.channel(name)
                    .subscribeHandler(() -> ready.complete(null))
                    .handler(payload -> dispatch(fanout, name, payload));
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

    /**
     * An opaque stand-in for {@code value} (for example a user id) in the events of one topic, the same on every replica
     * that shares the key: publish it instead of the value, and let subscribers that know the candidates (for example a
     * session's members) find which one it stands for. A listener without the key learns nothing from it.
     */
    public String alias(String channel, String topic, String value) {
        return seal.alias(channel + "\n" + topic, value);
    }

    /** Passes a notification on to the channel's subscribers if a service sealed it for this channel recently. */
    private void dispatch(ChannelFanout fanout, String channel, String payload) {
        String body = seal.open(channel, payload).orElse(null);
        if (body == null) {
            reject(channel, "signature");
            return;
        }
        JsonObject event;
        try {
            event = new JsonObject(body);
        } catch (DecodeException e) {
            reject(channel, "malformed");
            return;
        }
        if (!(event.getValue("at") instanceof Number at) || !(event.getValue("t") instanceof String tag)
                || !(event.getValue("e") instanceof String type) || !(event.getValue("d") instanceof JsonObject data)) {
            reject(channel, "malformed");
            return;
        }
        if (Math.abs(clock.millis() - at.longValue()) > maxAgeMillis) {
            reject(channel, "stale");
            return;
        }
        fanout.deliver(tag, type, data.encode());
    }

    /** Counts a dropped notification; says so in the log at most every ten seconds, never with its content. */
    private void reject(String channel, String reason) {
        Counter.builder("pulse.live.events.rejected").tag("channel", channel).tag("reason", reason)
                .description("Notifications dropped before fan-out: not signed by a service (signature), replayed or delayed "
                        + "past pulse.events.max-age (stale), or unreadable (malformed)")
                .register(metrics).increment();
        unreported.incrementAndGet();
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
            Log.warnf("Live events: dropped %d notification(s) on %s that failed verification (latest: %s); content not logged",
                    unreported.getAndSet(0), channel, reason);
        }
    }

    private static void checkChannel(String channel) {
        if (!channel.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a channel name: " + channel);
        }
    }

    @PreDestroy
    synchronized void close() {
        channels.values().forEach(ChannelFanout::complete);
        if (subscriber != null) {
            subscriber.closeAndAwait();
        }
    }
}
