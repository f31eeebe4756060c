package io.pulse.messaging.common.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

/**
 * The subscribers of one topic get one event instance per notification (what lets them share a notification's work,
 * such as brainstorm's one read per notification for all of a session's streams), and each notification its own.
 */
class ChannelFanoutTest {

    @Test
    void subscribersOfATopicShareOneInstancePerNotification() {
        ChannelFanout fanout = new ChannelFanout();
        List<LiveEvent> first = subscribe(fanout, "tag-a", "session-a");
        List<LiveEvent> second = subscribe(fanout, "tag-a", "session-a");
        List<LiveEvent> elsewhere = subscribe(fanout, "tag-b", "session-b");

        fanout.deliver("tag-a", "idea_added", "{\"ideaId\":\"1\"}");
        fanout.deliver("tag-a", "idea_added", "{\"ideaId\":\"1\"}"); // the same content again: another notification

        assertEquals(2, first.size());
        assertEquals(new LiveEvent("session-a", "idea_added", "{\"ideaId\":\"1\"}"), first.get(0));
        assertSame(first.get(0), second.get(0));
        assertSame(first.get(1), second.get(1));
        assertNotSame(first.get(0), first.get(1));
        assertEquals(List.of(), elsewhere);
    }

    private static List<LiveEvent> subscribe(ChannelFanout fanout, String tag, String topic) {
        List<LiveEvent> received = new CopyOnWriteArrayList<>();
        fanout.topic(tag, topic, emitter -> {
        }).subscribe().with(received::add);
        return received;
    }
}
