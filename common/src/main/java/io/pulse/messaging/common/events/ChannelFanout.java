package io.pulse.messaging.common.events;

import java.util.function.Consumer;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * One channel's verified notifications, handed to this replica's subscribers of each topic. Every subscriber of a
 * topic receives the same {@link LiveEvent} instance for one notification (and two notifications are never one
 * instance, even with equal content), so that the subscribers of a topic can share the work one notification asks
 * for, by the event's identity: read its row once, encode it once.
 */
final class ChannelFanout {

    /** A verified notification; its event for the topic its tag stands for is made once, by its first subscriber. */
    private static final class Notification {
        private final String tag;
        private final String type;
        private final String data;
        private LiveEvent event;

        Notification(String tag, String type, String data) {
            this.tag = tag;
            this.type = type;
            this.data = data;
        }

        synchronized LiveEvent as(String topic) {
            if (event == null || !event.topic().equals(topic)) {
                event = new LiveEvent(topic, type, data);
            }
            return event;
        }
    }

    private final BroadcastProcessor<Notification> processor = BroadcastProcessor.create();

    /** Passes a verified notification (its topic as the sealed tag) on to the subscribers of that topic. */
    void deliver(String tag, String type, String data) {
        processor.onNext(new Notification(tag, type, data));
    }

    /**
     * The notifications of the topic whose sealed tag is {@code tag}, from now on, as events of {@code topic};
     * {@code started} runs once the subscription is in place, with the emitter, to emit more (a ready event) or fail.
     */
    Multi<LiveEvent> topic(String tag, String topic, Consumer<MultiEmitter<? super LiveEvent>> started) {
        return Multi.createFrom().emitter(emitter -> {
            Cancellable events = processor.select().where(notification -> tag.equals(notification.tag))
                    .onItem().transform(notification -> notification.as(topic))
                    .subscribe().with(emitter::emit, emitter::fail, emitter::complete);
            emitter.onTermination(events::cancel);
            started.accept(emitter);
        });
    }

    void complete() {
        processor.onComplete();
    }
}
