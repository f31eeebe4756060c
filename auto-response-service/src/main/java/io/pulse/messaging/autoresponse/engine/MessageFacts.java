package io.pulse.messaging.autoresponse.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A message prepared once for matching against many rules: its folded words and where each word occurs. */
public final class MessageFacts {

    private final IncomingMessage message;
    private final String[] words;
    private final Map<String, List<Integer>> positions;
    private final String email;
    private final String domain;
    private final String channel;

    public MessageFacts(IncomingMessage message) {
        this.message = message;
        this.words = Text.words(message.content());
        this.email = message.normalizedEmail();
        this.domain = message.senderDomain();
        this.channel = message.channel() == null ? null : message.channel().toLowerCase(java.util.Locale.ROOT);
        this.positions = new HashMap<>();
        for (int i = 0; i < words.length; i++) {
            positions.computeIfAbsent(words[i], w -> new ArrayList<>(2)).add(i);
        }
    }

    /** The sender's address, lower case, or null. */
    public String email() {
        return email;
    }

    /** The sender's email domain, lower case, or null. */
    public String domain() {
        return domain;
    }

    /** The channel, lower case, or null. */
    public String channel() {
        return channel;
    }

    public IncomingMessage message() {
        return message;
    }

    /** Whether the folded word sequence {@code term} occurs, its words adjacent and in order. */
    public boolean contains(String[] term) {
        if (term.length == 0) {
            return false;
        }
        List<Integer> starts = positions.get(term[0]);
        if (starts == null) {
            return false;
        }
        for (int start : starts) {
            if (start + term.length > words.length) {
                break;
            }
            boolean all = true;
            for (int k = 1; k < term.length && all; k++) {
                all = words[start + k].equals(term[k]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
