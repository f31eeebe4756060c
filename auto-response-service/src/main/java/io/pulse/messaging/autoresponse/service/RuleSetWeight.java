package io.pulse.messaging.autoresponse.service;

import java.util.List;

import io.pulse.messaging.autoresponse.repository.RuleRows.StoredRule;

/**
 * A conservative estimate of the heap a user's compiled rule set holds, in bytes, from the stored texts it is compiled
 * from. A compiled rule keeps each template twice or more (its source, its literal parts, the parsed tokens), its
 * conditions parsed into keyword sets and the pattern's program, and its other texts once; every kept char is counted at
 * two bytes (UTF-16, although most strings are stored compactly), on top of a fixed overhead per rule for the objects
 * themselves (the definition, its conditions, schedule, zone, lists and maps).
 */
final class RuleSetWeight {

    /** The objects of one compiled rule besides its texts. */
    static final long PER_RULE = 1024;

    /** The set itself: the record, its list, the cache entry. */
    static final long PER_SET = 256;

    /** Bytes per char of a template (source, literal parts and tokens: three copies, two bytes each). */
    static final long PER_TEMPLATE_CHAR = 6;

    /** Bytes per char of the conditions (the JSON parsed into keyword sets, patterns and their programs). */
    static final long PER_CONDITION_CHAR = 8;

    /**
     * The objects of one condition object besides its texts: a group's item compiles to a conditions record with its own
     * sets and lists, and its verdicts are built from it; counted for every '{' of the stored conditions (every condition
     * object, group item and nested group), cheap to count and never fewer than the objects compiled.
     */
    static final long PER_CONDITION_OBJECT = 256;

    /** Bytes per char of the other texts (name, subject, tone, zone), kept once. */
    static final long PER_TEXT_CHAR = 2;

    private RuleSetWeight() {
    }

    static long of(List<StoredRule> rules) {
        long bytes = PER_SET;
        for (StoredRule rule : rules) {
            bytes += of(rule);
        }
        return bytes;
    }

    static long of(StoredRule rule) {
        long templates = length(rule.template()) + length(rule.internalTemplate()) + length(rule.replySubject());
        long texts = length(rule.name()) + length(rule.tone()) + length(rule.timeZone()) + length(rule.kind());
        return PER_RULE + PER_TEMPLATE_CHAR * templates + PER_CONDITION_CHAR * (length(rule.conditions()) + length(rule.actions()))
                + PER_CONDITION_OBJECT * objects(rule.conditions()) + PER_TEXT_CHAR * texts;
    }

    /** The JSON objects in a stored text ('{' outside strings would be exact; inside strings they only over-count). */
    static long objects(String json) {
        if (json == null) {
            return 0;
        }
        long n = 0;
        for (int i = 0; i < json.length(); i++) {
            if (json.charAt(i) == '{') {
                n++;
            }
        }
        return n;
    }

    private static long length(String text) {
        return text == null ? 0 : text.length();
    }
}
