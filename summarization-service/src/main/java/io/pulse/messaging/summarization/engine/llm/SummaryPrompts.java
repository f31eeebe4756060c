package io.pulse.messaging.summarization.engine.llm;

/**
 * What the model is asked to do and the exact JSON it must answer with, for a thread summary and a daily digest. The
 * conversation itself is never part of these instructions: it travels as data ({@code Prompt.of}). Raise
 * {@link #VERSION} whenever a text here changes meaning: cache keys include it, so no summary made under the old
 * wording is served as one made under the new.
 */
public final class SummaryPrompts {

    /** The prompts' version, part of every cache key of a model-made summary or digest. */
    public static final int VERSION = 1;

    private static final String ITEMS = """
              "keyPoints": [{"text": "a key point of the conversation, most important first", "messageIds": ["<id>"]}],
              "actionItems": [{"text": "what has to be done", "owner": "<participant id, or null when nobody is named, \
            addressed or committed>", "dueDate": "<YYYY-MM-DD, or null when no due date is stated>", "dueText": "<the \
            exact words the due date comes from, or null>", "messageIds": ["<id>"], "done": false, "doneMessageIds": []}],
              "decisions": [{"text": "what was decided", "decidedBy": "<participant id>", "messageIds": ["<id>"], \
            "reversed": false, "reversedByMessageIds": []}],
              "openQuestions": [{"text": "a question nobody answered later", "askedBy": "<participant id>", \
            "messageIds": ["<id>"]}]""";

    private static final String RULES = """
            Rules:
            - Use only what the messages say. Invent no facts, people, dates or ids.
            - Every item cites in "messageIds" the ids of the messages it comes from, copied exactly from the "id" fields.
            - People are given by their "id" from "participants". An action item's owner is the person who has to do it.
            - State outcomes. When a later message changes or takes back a decision, give the later decision and list \
            the earlier one with "reversed": true and the ids of the later messages in "reversedByMessageIds". An \
            action item is "done": true only when a later message reports it done; cite that message in \
            "doneMessageIds".
            - Resolve relative due dates ("tomorrow", "by Friday", "end of next week") against the date of the \
            message that states them ("sentAt", already in the reader's time zone, with its "weekday").
            - Each text is one plain sentence of at most 300 characters, in the language of the conversation.
            - Use an empty list when there is nothing of a kind.""";

    /** The instructions of a thread summary; {@code %d} is the most key points wanted. */
    static final String THREAD = """
            You summarise one chat conversation for a reader. The data holds "participants" (id, name), the "reader" \
            (may be null), the reader's "timeZone" and the "messages" in the order they were sent: "id", "from" (a \
            participant id), "sentAt", "weekday", "replyTo" (the id of the message answered, or null) and "text".

            Answer with exactly this JSON object:
            {
              "summary": [{"text": "one sentence of a short prose summary: 2 to 5 sentences in all, naming people, \
            saying what was decided and who does what", "messageIds": ["<id>"]}],
            """ + ITEMS + """

            }
            At most %d key points.
            """ + RULES;

    /** The instructions of a daily digest; {@code %d} is the most key points wanted per conversation. */
    static final String DIGEST = """
            You write a reader's daily digest of several chat conversations, from their messages of one day. The data \
            holds the "day", the reader's "timeZone", the "reader" (may be null), the "conversations" (conversationId, \
            title), the "participants" (id, name) and the "messages" in the order they were sent: "id", \
            "conversationId", "from" (a participant id), "sentAt", "weekday", "replyTo" and "text".

            Answer with exactly this JSON object:
            {
              "summary": [{"text": "one sentence of a short prose digest for the reader: 2 to 6 sentences in all, what \
            the reader has to do first, then what was decided", "messageIds": ["<id>"]}],
              "conversations": [{"conversationId": "<a conversationId of the data>",
            """ + ITEMS + """

              }]
            }
            One entry per conversation that has something to report; an item's messages are all of that conversation. \
            At most %d key points per conversation.
            """ + RULES;

    private SummaryPrompts() {
    }
}
