package io.pulse.messaging.brainstorm.engine;

import java.util.Set;

/**
 * The closed word lists {@link NounPhrases} classifies words with: determiners, numbers, ordinals, time units, people,
 * adjectives, adverbs, verbs, nouns in -ing and nouns that end like adjectives.
 */
final class NounPhraseLexicon {

    static final Set<String> DETERMINERS = set("the", "a", "an", "this", "that", "these", "those", "our",
            "your", "their", "its", "my", "his", "her", "each", "every", "any", "some", "all", "no", "both", "either");
    static final Set<String> KEPT_ARTICLES = set("the", "our", "your", "their");
    static final Set<String> NUMBERS = set("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand",
            "million", "few", "several", "many", "multiple", "dozen", "half", "couple");
    static final Set<String> ORDINALS = set("first", "second", "third", "fourth", "fifth", "last", "next",
            "final", "initial");
    static final Set<String> TIME_UNITS = set("second", "seconds", "minute", "minutes", "hour", "hours",
            "day", "days", "week", "weeks", "weekend", "weekends", "month", "months", "year", "years", "moment",
            "moments", "morning", "mornings", "evening", "evenings", "night", "nights", "while", "monday", "mondays",
            "tuesday", "tuesdays", "wednesday", "wednesdays", "thursday", "thursdays", "friday", "fridays", "saturday",
            "saturdays", "sunday", "sundays", "quarter", "quarters", "today", "tonight");
    /** Head nouns that name people: a phrase ending in one is an audience, not a thing to act on. */
    static final Set<String> PEOPLE = set("people", "person", "persons", "user", "users", "customer",
            "customers", "client", "clients", "member", "members", "visitor", "visitors", "patient", "patients", "staff",
            "team", "teams", "employee", "employees", "student", "students", "parent", "parents", "guest", "guests",
            "subscriber", "subscribers", "reader", "readers", "player", "players", "buyer", "buyers", "shopper",
            "shoppers", "driver", "drivers", "nurse", "nurses", "doctor", "doctors", "volunteer", "volunteers",
            "newcomer", "newcomers", "beginner", "beginners", "audience", "colleagues", "colleague", "partners",
            "partner", "friends", "friend", "families", "family", "citizens", "residents", "tenants", "owners",
            "developers", "developer", "managers", "manager", "agents", "agent", "teachers", "teacher", "kids",
            "children", "adults", "fans", "followers", "attendees", "participants", "learners", "sellers", "vendors",
            "engineers", "engineer", "hires", "juniors", "seniors", "runners", "designers", "designer", "shoppers",
            "speakers", "sponsors", "donors", "candidates", "recruiters", "interns", "workers", "travellers", "passengers",
            "athletes", "coaches", "admins", "moderators", "testers", "analysts", "leaders", "executives", "bakers");
    static final Set<String> IRREGULAR_PLURALS = set("people", "children", "staff", "police", "data", "media", "criteria",
            "phenomena", "men", "women", "feet", "teeth", "mice");
    static final Set<String> ADJECTIVES = set("new", "old", "long", "short", "simple", "easy", "hard", "fast",
            "quick", "slow", "big", "small", "large", "good", "bad", "great", "free", "visible", "invisible", "mandatory",
            "optional", "clear", "happy", "personal", "social", "better", "best", "worse", "worst", "full", "empty",
            "whole", "entire", "same", "different", "other", "extra", "early", "late", "high", "low", "real", "live",
            "open", "private", "public", "local", "global", "current", "existing", "frequent", "rare", "daily", "weekly",
            "monthly", "yearly", "annual", "ready", "able", "available", "possible", "likely", "unlikely", "smooth",
            "friendly", "lovely", "nice", "fun", "pleasant", "clunky", "confusing", "boring", "exciting", "engaging",
            "welcoming", "rewarding", "painless", "seamless", "intuitive", "quicker", "faster", "shorter", "simpler",
            "easier", "cheaper", "cheap", "expensive", "safe", "secure", "mobile-friendly", "obvious", "natural", "online",
            "offline", "asynchronous", "synchronous", "manual", "automatic", "digital", "physical", "virtual", "quarterly",
            "hourly", "remote", "hybrid", "internal", "external", "annual", "paid", "unpaid", "flexible", "junior", "senior",
            "weak", "strong", "clean", "broken", "wrong", "right", "key", "main", "common", "whole", "shared", "single",
            "weird", "tiny", "huge", "first-time", "one-page", "two-week", "face-to-face", "in-person", "self-service");
    static final Set<String> ADVERBS = set("afterwards", "afterward", "actually", "already", "always",
            "never", "often", "soon", "later", "together", "again", "today", "tomorrow", "yesterday", "everywhere",
            "anywhere", "somewhere", "first", "instead", "ahead", "away", "back", "once", "twice", "almost", "quite",
            "rather", "still", "yet", "ever", "right", "immediately", "automatically");
    /** Verbs that start ideas or join their parts; a word of this list right after a determiner or adjective is a noun. */
    static final Set<String> VERBS = set("replace", "swap", "combine", "merge", "borrow", "show", "remove",
            "drop", "send", "create", "reward", "import", "support", "reduce", "grow", "increase", "decrease", "offer",
            "build", "share", "track", "ask", "invite", "start", "stop", "skip", "turn", "move", "change", "cut", "delay",
            "hide", "display", "explain", "teach", "guide", "sign", "leave", "see", "seen", "being", "enable", "require",
            "try", "test", "run", "pay", "save", "simplify", "automate", "personalise", "personalize", "highlight",
            "celebrate", "notify", "remind", "collect", "measure", "check", "verify", "connect", "sync", "link", "pair",
            "bundle", "shorten", "expand", "limit", "lower", "raise", "prefill", "pre-fill", "suggest", "recommend",
            "hire", "plan", "schedule", "open", "close", "follow", "visit", "join", "learn", "read", "write", "go",
            "goes", "come", "comes", "take", "takes", "put", "set", "find", "found", "feel", "feels", "know", "say",
            "says", "think", "look", "looks", "become", "becomes", "shows", "sends", "creates", "asks", "lets", "get",
            "got", "given", "made", "done", "adapt", "modify", "eliminate", "reverse", "substitute", "adjust", "unlock",
            "earn", "win", "lose", "wait", "waits", "sees", "tap", "click", "scroll", "swipe", "choose", "pick",
            "select", "enter", "fill", "complete", "finish", "receive", "reach", "encourage", "motivate", "engage",
            "delight", "surprise", "greet", "introduce", "present", "offers", "helps", "makes", "uses", "gives", "call",
            "work", "approve", "publish", "host", "invest", "launch", "publish", "reply",
            "answer", "review", "rotate", "cancel", "refund", "give", "keep", "let", "allow", "provide", "post", "email",
            "text", "record", "update", "upgrade", "migrate", "deploy", "release", "fix", "break", "arrive",
            "hasn", "miss", "need", "want", "like", "love", "hate", "sell", "buy", "print", "ship",
            "stream", "film", "rent", "cater", "order", "vote", "rank", "rate", "score", "pilot", "trial", "host",
            "spend", "cost", "drive", "lead", "own", "handle", "speed", "slow", "double", "halve");
    /** Words in -ing that are nouns ("onboarding", "waiting time"), not gerunds taking an object ("importing contacts"). */
    static final Set<String> ING_NOUNS = set("onboarding", "booking", "bookings", "meeting", "meetings",
            "setting", "settings", "training", "marketing", "pricing", "shipping", "building", "buildings", "parking",
            "waiting", "reading", "writing", "morning", "evening", "housing", "funding", "hearing", "listing", "listings",
            "ranking", "rating", "ratings", "landing", "loading", "logging", "messaging", "routing", "tracking",
            "billing", "banking", "boarding", "clothing", "packaging", "wedding", "ceiling", "string", "thing", "spring",
            "something", "nothing", "everything", "anything", "offering", "offerings", "recording", "recordings",
            "heading", "headings", "feeling", "feelings", "warning", "warnings", "greeting", "greetings", "opening",
            "ending", "planning", "learning", "e-learning", "streaming", "hosting", "spending", "earnings", "savings",
            "sign-in", "checking", "networking", "testing", "coaching", "mentoring", "caring");
    /** Nouns that end like adjectives. */
    static final Set<String> NOUN_EXCEPTIONS = set("incentive", "incentives", "initiative", "initiatives",
            "executive", "executives", "alternative", "alternatives", "objective", "objectives", "motive", "archive",
            "archives", "detective", "representative", "table", "tables", "cable", "variable", "variables", "deliverable",
            "deliverables", "bible", "family", "supply", "reply", "replies", "ally", "rally", "belly", "jelly", "assembly",
            "anomaly", "butterfly", "monopoly", "italy", "july", "application", "native", "natives", "relative",
            "relatives", "perspective", "directive", "collective", "narrative", "imperative", "detail", "email", "emails");
    private NounPhraseLexicon() {
    }

    /** A word list (duplicates allowed, so that a list can grow without breaking the class's start). */
    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
