package io.pulse.messaging.brainstorm.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentence templates of each framework step for {@link LocalSuggestionEngine}: SCAMPER's substitute, combine,
 * adapt, modify, put to another use, eliminate and reverse; the six hats' facts, feelings, risks, benefits,
 * alternatives and process; free-form's explore, link and pilot; a retrospective's reflect and discuss (its group and
 * vote phases sort and rank what is there: nothing to write, see {@link NoSuggestions}). Slots ({@link SentencePlan}): {@code idea} and
 * {@code idea2} the words of ideas of the session (quoted), {@code a} a thing of the session, {@code b} a second thing
 * from elsewhere, {@code focus} the topic's main thing, {@code who} the people the session is about and
 * {@code others} the people beside them. Things and people are kept apart, so that people are never acted on as things.
 */
final class TechniqueTemplates {

    /** One way to apply a step's technique: its name (for the rationale) and its sentence. */
    record Technique(String name, SentencePlan plan) {
    }

    private static final Map<String, List<Technique>> BY_STEP = byStep();

    private TechniqueTemplates() {
    }

    /** The techniques of a step (by its key); null for a step without any. */
    static List<Technique> of(String step) {
        return BY_STEP.get(step);
    }

    private static Map<String, List<Technique>> byStep() {
        Map<String, List<Technique>> templates = new HashMap<>();
        scamper(templates);
        sixHats(templates);
        retrospective(templates);
        templates.put("ideas", List.of(
                t("build on an idea", "Take the idea \"{idea}\" one step further for {focus}."),
                t("explore", "Explore {a} as part of {focus}."),
                t("pair ideas", "Pair the idea \"{idea}\" with {b} in one small experiment."),
                t("link", "Link {a} with {b}."),
                t("pilot", "Run a small pilot of {a}."),
                t("sketch", "Sketch three quick ways to improve {a}.")));
        return Map.copyOf(templates);
    }

    private static void scamper(Map<String, List<Technique>> templates) {
        templates.put("substitute", List.of(
                t("substitute the owner", "Keep the goal of the idea \"{idea}\", but hand it to a different team to run."),
                t("replace with another element", "Use {b} in place of {a}."),
                t("substitute the channel", "Try the idea \"{idea}\" with a different tool or channel instead."),
                t("substitute the material", "Swap {a} for a cheaper or simpler alternative."),
                t("self-service substitute", "Replace {a} with a self-service option that {who} can use without help."),
                t("substitute the people", "Ask who else could run {a} and what they would do differently.")));
        templates.put("combine", List.of(
                t("merge two ideas", "Combine the idea \"{idea}\" with the idea \"{idea2}\" into a single change."),
                t("bundle into one step", "Bundle {a} and {b} into a single step."),
                t("merge an idea with a thing", "Merge the idea \"{idea}\" with {b} so that {who} {who|gets|get} both at once."),
                t("pair with the topic", "Build {a} into {focus}."),
                t("combine with feedback", "Combine {a} with a short feedback step so that every use teaches us something."),
                t("combine with a reward", "Pair {a} with a small reward for {who}.")));
        templates.put("adapt", List.of(
                t("adapt to new people", "Adapt the idea \"{idea}\" for {others}."),
                t("borrow a mechanism", "Adapt what works for {b} to {a}."),
                t("borrow from elsewhere", "Find a team elsewhere that has tried something like \"{idea}\" and borrow what worked."),
                t("borrow from another field", "Borrow another industry's way of handling {a} and adjust it for {focus}."),
                t("borrow a habit", "Look at how a hotel or an airline would run {a} and borrow one habit."),
                t("adapt a thing to new people", "Adapt {a} for {others}.")));
        templates.put("modify", List.of(
                t("scale down", "Scale the idea \"{idea}\" down to a one-week trial with a single team."),
                t("magnify", "Try a bigger, bolder version of {a} and see who notices."),
                t("scale up", "Run the idea \"{idea}\" at twice the scale and see what changes."),
                t("minify", "Shrink {a} to a minimal first version."),
                t("change form", "Change the format of {a}, for example to a short video or an interactive checklist.")));
        templates.put("put_to_another_use", List.of(
                t("reuse an idea elsewhere", "Apply the idea \"{idea}\" to {b} as well."),
                t("reuse elsewhere", "Reuse {a} to improve {b}."),
                t("new audience", "Offer {a} to {others}."),
                t("new purpose", "Turn {a} into a way to learn what {who} {who|needs|need}.")));
        templates.put("eliminate", List.of(
                t("strip an idea down", "Strip the idea \"{idea}\" down to the one step that matters most."),
                t("remove", "Remove {a} from {focus} entirely."),
                t("simplify", "Cut {a} down to {a|its|their} essential part."),
                t("remove a dependency", "Make {a} work without {b}."),
                t("trim the unused", "Find the parts of {a} that nobody would miss.")));
        templates.put("reverse", List.of(
                t("flip who acts", "Turn the idea \"{idea}\" around: what if {who} did it instead of us?"),
                t("reorder", "Put {b} before {a} instead of after."),
                t("flip the roles", "Let {who} design {a} instead of deciding {a|it|them} for {who|it|them}."),
                t("invert the goal", "Ask how to make {a} worse, then do the opposite.")));
    }

    private static void sixHats(Map<String, List<Technique>> templates) {
        templates.put("white", List.of(
                t("evidence for an idea", "Find out which data would show whether the idea \"{idea}\" works."),
                t("measure", "Measure how often {who} {who|uses|use} {a} today."),
                t("compare data", "Collect data comparing {a} with {b}."),
                t("find gaps", "List what we do not yet know about {a}.")));
        templates.put("red", List.of(
                t("feelings about an idea", "Ask {who} which part of the idea \"{idea}\" excites or worries them most."),
                t("ask feelings", "Ask {who} how {a} {a|makes|make} them feel."),
                t("gut check", "Gut check: how would you feel if the idea \"{idea}\" were already live?"),
                t("emotional contrast", "Notice whether {who} {who|enjoys|enjoy} {a} more than {b}."),
                t("gut feeling", "Gut feeling: which part of {a} would annoy {who} most?")));
        templates.put("black", List.of(
                t("risk of an idea", "What could go wrong if we go ahead with the idea \"{idea}\"?"),
                t("risk of failure", "Risk: {a} could fail or be misused."),
                t("dependency risk", "Check what happens to {a} if {b} {b|fails|fail}."),
                t("who loses", "Who loses out if the idea \"{idea}\" works exactly as planned?"),
                t("cost risk", "Check whether {a} {a|costs|cost} more than {a|it returns|they return}.")));
        templates.put("yellow", List.of(
                t("best case of an idea", "Write down who gains most if the idea \"{idea}\" works."),
                t("time saved", "Benefit: {a} could save {who} time."),
                t("synergy", "Best case: {a} and {b} reinforce each other."),
                t("value", "Show the value of {a} with one clear example.")));
        templates.put("green", List.of(
                t("alternatives to an idea", "Find three alternatives to the idea \"{idea}\" that reach the same goal."),
                t("what if without", "What if {a} worked without {b}?"),
                t("experiment", "Try an experimental version of {a}."),
                t("provocation", "Imagine {a} cost nothing: what would we build on top of {a|it|them}?")));
        templates.put("blue", List.of(
                t("order two ideas", "Decide whether the idea \"{idea}\" comes before the idea \"{idea2}\"."),
                t("assign", "Name an owner and a deadline for {a}."),
                t("measure of success", "Set one measure of success for the idea \"{idea}\" before the next meeting."),
                t("next step", "Agree on the next step for {a}.")));
    }

    private static void retrospective(Map<String, List<Technique>> templates) {
        templates.put("reflect", List.of(
                t("went well", "Note one thing about {a} that went better than expected."),
                t("example of a reflection", "Add an example from your own work to the reflection \"{idea}\"."),
                t("slowed us down", "Note one moment when {a} slowed the team down."),
                t("open question", "Write down one question about {a} that is still open."),
                t("keep", "Name one habit around {a} that the team should keep.")));
        templates.put("discuss", List.of(
                t("action from a reflection", "Agree on one concrete action for the reflection \"{idea}\", with an owner and a date."),
                t("experiment", "Choose one small experiment that would improve {a} before the next retrospective."),
                t("root cause", "Ask why {a} happened until the team reaches a cause it can change."),
                t("stop or keep", "Decide whether to stop, start or keep doing {a}."),
                t("follow up", "Name who will follow up on {a} and when the team will check the result.")));
    }

    private static Technique t(String name, String template) {
        return new Technique(name, SentencePlan.of(template));
    }
}
