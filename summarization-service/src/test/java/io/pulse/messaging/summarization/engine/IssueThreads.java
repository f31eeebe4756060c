package io.pulse.messaging.summarization.engine;

import java.time.Duration;

/**
 * The threads a demanding user tried the local recaps on (issue 14), written for the purpose: a pricing decision
 * reversed, a support case with a refund, an incident answered in one word. The launch thread is the demo's
 * ({@link DemoThreadTest#messages()}). Tests of every part of the engine read them from here, so each example is
 * written once.
 */
final class IssueThreads {

    static final Person JESS = Conversation.person("Jess Moreau");
    static final Person OMAR = Conversation.person("Omar Haddad");
    static final Person NINA = Conversation.person("Nina Brandt");

    static final Person MARTA = Conversation.person("Marta Silva");
    static final Person LEE = Conversation.person("Lee Park");
    static final Person SAM = Conversation.person("Sam Okoro");

    static final Person PRIYA = Conversation.person("Priya Nair");
    static final Person LEO = Conversation.person("Leo Fischer");
    static final Person KEN = Conversation.person("Ken Watanabe");

    private IssueThreads() {
    }

    /**
     * Pro pricing: $15 from January 15 is agreed (message 1), then replaced by $14 (message 4). Omar owns the pricing
     * page (message 5), Nina tells sales (message 7).
     */
    static Conversation pricing() {
        return Conversation.startingAt("2026-12-01T10:00:00Z")
                .say(JESS, "Quick one on Pro pricing for next year.")
                .say(NINA, "Finance signed off, so we decided: Pro goes to $15 per seat on January 15.")
                .say(OMAR, "Sales is worried that $15 will hurt renewals with the mid-market accounts.")
                .say(JESS, "Fair point, I talked to finance again.")
                .say(JESS, "Change of plan: we're going with $14 instead, still starting January 15.")
                .say(JESS, "Omar, can you update the pricing page by Friday?")
                .reply(5, OMAR, "Will do.")
                .say(NINA, "I'll tell the sales team about the $14 price tomorrow.");
    }

    /**
     * A cracked blender: the customer Marta, Lee from returns, Sam who issues refunds. The decision is Lee's
     * commitment (message 6); Sam's refund is requested (7) and reported done (8); Marta's chargeback threat (5) is
     * nobody's action item; Lee's introduction (1) and request for a photo (2) are no outcome.
     */
    static Conversation blender() {
        return Conversation.startingAt("2026-12-02T08:30:00Z")
                .say(MARTA, "Hi, my Vortex 600 blender arrived yesterday with a cracked jar. Order #88213.")
                .say(LEE, "Marta, Lee here from returns.")
                .say(LEE, "I'm sorry about that. Could you send a photo of the damage?")
                .say(MARTA, "Sent. This is the second time this happens with your shop.")
                .say(MARTA, "Honestly I expected better for a 349 EUR blender.")
                .say(MARTA, "If this isn't sorted by Friday I'll file a chargeback with my bank.")
                .say(LEE, "Thanks for the photo, the crack is clear. We'll refund the full 349 EUR to your card.")
                .say(LEE, "Sam, please issue the refund for order #88213 today.")
                .reply(7, SAM, "Refund issued, it should show up in 3 to 5 business days.")
                .say(MARTA, "Thank you.");
    }

    /**
     * Checkout errors: Leo is asked to disable the reindex job (message 2) and answers "Disabled." (3); the success
     * rate recovers to 98% (4); Ken owes the postmortem (5), still open.
     */
    static Conversation incident() {
        return Conversation.startingAt("2026-12-03T14:05:00Z")
                .say(PRIYA, "Checkout error rate is at 12% since 14:05, I'm paging on-call.")
                .say(LEO, "Looks like the nightly reindex job is hammering the orders database.")
                .say(PRIYA, "Leo, can you disable that job?")
                .reply(2, LEO, "Disabled.")
                .after(Duration.ofMinutes(10))
                .say(KEN, "Error rate is dropping, checkout success rate is back to 98%.")
                .say(PRIYA, "Good. Ken, please write the postmortem by Thursday.")
                .say(KEN, "Sure.");
    }
}
