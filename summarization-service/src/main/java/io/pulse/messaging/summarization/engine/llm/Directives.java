package io.pulse.messaging.summarization.engine.llm;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises a message written at the model rather than at the people of the conversation: one that tells whoever
 * processes the chat to drop its instructions, addresses an AI assistant, or orders every item marked done. The
 * prompt already says the data is never an instruction; this is the check behind it: a model that obeyed such a message
 * anyway cites it, and nothing that rests on it is let through ({@link Evidence}). The patterns are the generic forms of
 * prompt injection, not phrases of any one conversation. Their cost: a person who writes "ignore my previous
 * instructions" to a colleague has that message read as data only, never as the source of an item.
 */
final class Directives {

    private static final String ANY = "[^.!?\\n]{0,40}";
    private static final String AI = "(ai|a\\.i\\.|assistant|language model|llm|chat ?bot|bot|summari[sz]er|gpt|chatgpt)";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\b(ignore|disregard|forget|override|bypass)\\s+(all\\s+|any\\s+|the\\s+|your\\s+|my\\s+)?"
                    + "(previous|prior|above|earlier|preceding|former|original|system|other)\\s+"
                    + "(instructions?|prompts?|rules|guidelines|directives?)\\b"),
            Pattern.compile("\\b(ignore|disregard)\\s+(all|your)\\s+(instructions?|prompts?|rules|guidelines)\\b"),
            Pattern.compile("\\b(system|developer)\\s+(prompt|message|instructions?)\\b"),
            Pattern.compile("\\b(new|updated|real|actual)\\s+instructions?\\s*:"),
            Pattern.compile("\\byou\\s+are\\s+(now\\s+)?(an?\\s+)?" + AI + "\\b"),
            Pattern.compile("\\b(as\\s+an?|dear|attention|note to( the)?)\\s+" + AI + "\\b"),
            Pattern.compile("(^|[.!?,;:]\\s*)(please\\s+)?(mark|set|flag|report|list|treat)\\s+(every|all|each|any)\\b" + ANY
                    + "\\b(done|complete|completed|closed|resolved|finished)\\b"),
            Pattern.compile("\\b(when|while)\\s+(you\\s+)?(summari[sz]\\w*|writing the (summary|digest))\\b"));

    private Directives() {
    }

    /** Whether {@code content} addresses the model with instructions. */
    static boolean aimedAtTheModel(String content) {
        String lower = content.toLowerCase(Locale.ROOT).replace('’', '\'');
        for (Pattern p : PATTERNS) {
            if (p.matcher(lower).find()) {
                return true;
            }
        }
        return false;
    }
}
