package io.pulse.messaging.summarization.engine;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** English verb forms for reported speech: the third person singular present and the simple past. */
final class Verbs {

    private static final Map<String, String> IRREGULAR_PAST = Map.ofEntries(Map.entry("be", "was"), Map.entry("am", "was"),
            Map.entry("is", "was"), Map.entry("are", "were"), Map.entry("have", "had"), Map.entry("do", "did"),
            Map.entry("go", "went"), Map.entry("get", "got"), Map.entry("make", "made"), Map.entry("say", "said"),
            Map.entry("take", "took"), Map.entry("come", "came"), Map.entry("see", "saw"), Map.entry("send", "sent"),
            Map.entry("buy", "bought"), Map.entry("bring", "brought"), Map.entry("think", "thought"), Map.entry("tell", "told"),
            Map.entry("leave", "left"), Map.entry("meet", "met"), Map.entry("pay", "paid"), Map.entry("run", "ran"),
            Map.entry("write", "wrote"), Map.entry("forget", "forgot"), Map.entry("lose", "lost"), Map.entry("win", "won"),
            Map.entry("hear", "heard"), Map.entry("feel", "felt"), Map.entry("keep", "kept"), Map.entry("build", "built"),
            Map.entry("catch", "caught"), Map.entry("drive", "drove"), Map.entry("eat", "ate"), Map.entry("give", "gave"),
            Map.entry("know", "knew"), Map.entry("speak", "spoke"), Map.entry("sit", "sat"), Map.entry("break", "broke"),
            Map.entry("choose", "chose"), Map.entry("sleep", "slept"), Map.entry("spend", "spent"), Map.entry("sell", "sold"),
            Map.entry("stand", "stood"), Map.entry("understand", "understood"), Map.entry("begin", "began"),
            Map.entry("fall", "fell"), Map.entry("fly", "flew"), Map.entry("grow", "grew"), Map.entry("find", "found"),
            Map.entry("put", "put"), Map.entry("set", "set"), Map.entry("cut", "cut"), Map.entry("let", "let"),
            Map.entry("read", "read"), Map.entry("hit", "hit"), Map.entry("shut", "shut"), Map.entry("hurt", "hurt"),
            Map.entry("wear", "wore"), Map.entry("swim", "swam"), Map.entry("sing", "sang"), Map.entry("ring", "rang"),
            Map.entry("ride", "rode"), Map.entry("throw", "threw"), Map.entry("become", "became"), Map.entry("teach", "taught"),
            Map.entry("lend", "lent"), Map.entry("lead", "led"), Map.entry("hold", "held"), Map.entry("draw", "drew"),
            Map.entry("wake", "woke"), Map.entry("forgive", "forgave"),
            Map.entry("ship", "shipped"), Map.entry("stop", "stopped"), Map.entry("plan", "planned"), Map.entry("drop", "dropped"));
    private static final Set<String> BASE_IN_ED = Set.of("need", "feed", "proceed", "succeed", "exceed", "speed", "bleed",
            "breed", "heed", "seed", "weed", "shed", "wed", "bed", "embed");
    private static final Set<String> PAST_ONLY = Set.copyOf(IRREGULAR_PAST.values());

    private Verbs() {
    }

    /** The verb for a third person singular subject: "have" -> "has", "try" -> "tries"; other forms stay. */
    static String thirdPerson(String verb) {
        String v = verb.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (PronounShift.MODALS.contains(v)) {
            return verb;
        }
        String form = switch (v) {
            case "am", "are" -> "is";
            case "were" -> "was";
            case "have" -> "has";
            case "do" -> "does";
            case "go" -> "goes";
            case "don't" -> "doesn't";
            case "haven't" -> "hasn't";
            case "aren't" -> "isn't";
            case "weren't" -> "wasn't";
            case "is", "was", "has", "does", "isn't", "wasn't", "hasn't", "doesn't" -> v;
            default -> regularThirdPerson(v);
        };
        return Character.isUpperCase(verb.charAt(0)) ? capitalise(form) : form;
    }

    private static String regularThirdPerson(String v) {
        if (!v.chars().allMatch(Character::isLetter) || v.length() < 2 || v.endsWith("ed") && !BASE_IN_ED.contains(v) || v.endsWith("ing")
                || PAST_ONLY.contains(v) || v.endsWith("ly")) {
            return v;
        }
        if (v.endsWith("ss") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") || v.endsWith("o") || v.endsWith("z")) {
            return v + "es";
        }
        if (v.endsWith("s")) {
            return v; // already agrees ("looks"), or a noun
        }
        if (v.endsWith("y") && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0) {
            return v.substring(0, v.length() - 1) + "ies";
        }
        return v + "s";
    }

    /** The simple past of a base form: "send" -> "sent", "update" -> "updated", "try" -> "tried". */
    static String past(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR_PAST.get(v);
        if (irregular != null) {
            return irregular;
        }
        if (v.endsWith("e")) {
            return v + "d";
        }
        if (v.endsWith("y") && v.length() > 2 && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0) {
            return v.substring(0, v.length() - 1) + "ied";
        }
        return v + "ed";
    }

    /** Whether the word is a simple past form ("rolled", "sent"), not a base form in -ed ("need"). */
    static boolean isPast(String word) {
        String v = word.toLowerCase(Locale.ROOT);
        return v.endsWith("ed") && !BASE_IN_ED.contains(v) || PAST_ONLY.contains(v) && !v.equals("put") && !v.equals("set")
                && !v.equals("cut") && !v.equals("let") && !v.equals("read") && !v.equals("hit");
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
