package io.pulse.messaging.bench;

import java.util.List;

/** Seed texts: ideas over several themes (so that clustering has structure to find) and chat lines. */
final class IdeaTexts {

    private static final List<List<String>> THEMES = List.of(
            List.of("a guided tour on first launch", "short interactive tooltips instead of a tutorial",
                    "a welcome video from the founders", "a checklist of first steps", "sample data to play with"),
            List.of("sign in with Apple or Google", "skip email verification until later", "a one-tap magic link login",
                    "remember the device for 30 days", "passkeys instead of passwords"),
            List.of("a streak reward for the first week", "badges for the first ten messages", "confetti after the first task",
                    "a progress bar for profile completion", "points that unlock themes"),
            List.of("import contacts from the phone", "invite friends with a share link", "suggest people you may know",
                    "sync the calendar to find free slots", "connect Slack in one click"),
            List.of("a dark mode from day one", "larger default font sizes", "a calmer colour palette",
                    "fewer notifications in the first days", "a simpler home screen"),
            List.of("a live chat with support on the first day", "a searchable help centre", "a community forum for beginners",
                    "office hours with the product team", "a feedback button on every screen"),
            List.of("a cheaper annual plan", "a free trial without a credit card", "a student discount",
                    "a family plan for up to five people", "pay-as-you-go pricing"),
            List.of("offline mode for flights", "faster start-up on old phones", "smaller app download",
                    "background sync that saves battery", "instant search across messages"));

    private static final List<String> FRAMES = List.of("Offer %s", "Try %s", "What about %s?", "Add %s", "Test %s");

    private static final List<String> CHAT = List.of(
            "Morning all, quick sync on the release. Where are we with the build?",
            "The build is green. I'll send the release notes by Friday.",
            "Great work! The marketing page is ready but legal hasn't approved the privacy policy yet.",
            "Carol, can you chase legal today? We can't launch without their sign-off.",
            "Sure, I'll ping them right after lunch.",
            "Should we launch on the 3rd or wait until the 8th for the Android fixes?",
            "Let's go with the 3rd, the Android fixes can ship in a patch.",
            "QA just found a crash on Android 12 when opening the camera. That's really bad.",
            "Ugh, that's frustrating. Customers will hate a crash on day one.",
            "Agreed. We decided to move the launch to the 8th instead.",
            "Makes sense. Alice, could you update the launch checklist by tomorrow?",
            "Does anyone know who is writing the announcement email?",
            "I can draft it, I'll share a first version on Wednesday.",
            "Thanks Dev! Please keep it short and link to the changelog.",
            "The support team needs the FAQ updated before launch too.",
            "I'll take the FAQ. Do we have the final pricing?",
            "Pricing is final: 9 euros a month, 90 a year.",
            "Perfect. Can someone check the app store screenshots?",
            "Screenshots are done, uploaded them this morning.",
            "Awesome, thanks everyone, great teamwork!");

    private IdeaTexts() {
    }

    /** Idea i of a session: theme i mod 8, a phrase and a framing that vary with i. */
    static String idea(int i) {
        List<String> theme = THEMES.get(i % THEMES.size());
        int round = i / THEMES.size();
        String phrase = theme.get(round % theme.size());
        String text = String.format(FRAMES.get((round / theme.size()) % FRAMES.size()), phrase);
        return round < theme.size() * FRAMES.size() ? text : text + " (" + round + ")";
    }

    static String chat(int i) {
        return CHAT.get(i % CHAT.size());
    }
}
