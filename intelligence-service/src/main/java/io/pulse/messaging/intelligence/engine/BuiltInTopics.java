package io.pulse.messaging.intelligence.engine;

import java.util.List;

/**
 * The built-in taxonomy for work and personal chat. Each topic has a description and example sentences (matched
 * by meaning through the embedding model) and keyword stems (evidence that can be shown to the user; a stem
 * matches words that start with it).
 */
public final class BuiltInTopics {

    /** A built-in topic with the sentences its meaning is learnt from. */
    public record Topic(TopicDefinition definition, List<String> examples) {
    }

    private BuiltInTopics() {
    }

    public static final List<Topic> ALL = List.of(
            topic("scheduling", "Arranging when to meet: meetings, calls, calendars, availability, rescheduling.",
                    List.of("meeting", "calendar", "reschedul", "availab", "appointment", "invite", "slot", "timezone", "agenda"),
                    "Can we move our meeting to Thursday afternoon?",
                    "Are you free for a quick call tomorrow at 10?",
                    "I sent a calendar invite for next week.",
                    "What time works best for you?",
                    "Let's push the sync to next week, I have a conflict.",
                    "I'm out of office on Monday, can we do Tuesday instead?"),
            topic("billing", "Money owed or paid: invoices, payments, refunds, charges, subscriptions, pricing plans.",
                    List.of("invoice", "payment", "refund", "billing", "charged", "subscription", "receipt", "credit card", "overcharg", "paid"),
                    "I was charged twice on my last invoice.",
                    "When will the refund arrive on my card?",
                    "Please update the payment method for our subscription.",
                    "The invoice total does not match the contract.",
                    "The payment failed and we were charged a late fee.",
                    "How much does the annual plan cost?"),
            topic("technical_issue", "Something technical is broken: bugs, errors, crashes, outages, things not working.",
                    List.of("bug", "error", "crash", "outage", "broken", "exception", "timeout", "500", "not working", "stopped working", "won't start", "won't boot", "fails", "stack trace", "logs"),
                    "The app crashes every time I open the settings page.",
                    "We get a 500 error from the API since this morning.",
                    "Login is broken after the last deploy.",
                    "The server keeps timing out under load.",
                    "My laptop won't start after the update.",
                    "The printer stopped working again.",
                    "The page shows a blank screen and the console is full of errors."),
            topic("feature_request", "Asking for new functionality or an improvement to a product.",
                    List.of("feature", "would be great if", "could you add", "wishlist", "roadmap", "enhancement", "request", "support for"),
                    "It would be great if the app supported dark mode.",
                    "Could you add an export to CSV?",
                    "Our team really needs single sign-on in the product.",
                    "Is there any plan to support offline editing?",
                    "A bulk edit option would save us a lot of time."),
            topic("hiring", "Recruiting: candidates, interviews, job offers, roles, onboarding new hires.",
                    List.of("candidate", "interview", "hiring", "recruit", "resume", "cv", "job offer", "position", "onboard", "headcount"),
                    "The candidate for the backend role did great in the interview.",
                    "We should send her an offer this week.",
                    "Can you review these resumes before Friday?",
                    "We have headcount for two more engineers.",
                    "She accepted the offer and starts on Monday.",
                    "Let's post the job opening for a designer."),
            topic("travel", "Trips: flights, hotels, bookings, itineraries, visas, airports.",
                    List.of("flight", "hotel", "airport", "trip", "itinerary", "visa", "train", "luggage", "boarding", "layover"),
                    "My flight lands at 6pm, I'll go straight to the hotel.",
                    "Did you book the train tickets for the conference?",
                    "The trip to Lisbon is confirmed.",
                    "I need a visa for the trip to India.",
                    "Our connecting flight was cancelled and we are stuck at the airport.",
                    "Can you book me a room near the office for two nights?"),
            topic("sales", "Selling: deals, prospects, quotes, pricing negotiations, contracts, pipeline, demos.",
                    List.of("deal", "prospect", "quote", "pipeline", "contract", "discount", "demo", "lead", "proposal", "renewal", "closed won"),
                    "The prospect wants a 15% discount to sign this quarter.",
                    "I sent the proposal and the quote to their procurement team.",
                    "We closed the deal with Acme yesterday.",
                    "Can we schedule a product demo for the new lead?",
                    "We lost the deal to a competitor on price.",
                    "The client wants to renew the contract for two more years."),
            topic("support", "Helping a customer with their account or problem: tickets, help requests, escalations, answers.",
                    List.of("ticket", "customer", "support", "escalat", "help desk", "account", "reset", "password", "how do i"),
                    "A customer opened a ticket because they cannot reset their password.",
                    "How do I change the email on my account?",
                    "I escalated the ticket to the second line.",
                    "Thanks for your help, the issue is solved now.",
                    "The customer is still waiting for an answer from support."),
            topic("social", "Personal and friendly chat: plans with friends, weekends, parties, family, food, greetings.",
                    List.of("weekend", "party", "dinner", "lunch", "drinks", "birthday", "family", "holiday", "movie", "beer", "coffee"),
                    "Want to grab drinks after work on Friday?",
                    "How was your weekend with the family?",
                    "Happy birthday! Hope you have a great day.",
                    "Let's get lunch at the new place around the corner.",
                    "See you at the pub tonight!",
                    "My kids are home sick today."),
            topic("project_status", "Progress of work: updates, milestones, deadlines, blockers, next steps, releases.",
                    List.of("status", "update", "milestone", "deadline", "blocker", "progress", "release", "sprint", "on track", "eta", "next steps", "done"),
                    "Quick status update: the migration is 80% done.",
                    "We are on track for the release on Friday.",
                    "The design review is blocked until legal signs off.",
                    "What's the ETA on the new dashboard?",
                    "I finished the API changes, tests are next.",
                    "We slipped a week because of the vendor delay."),
            topic("feedback", "Opinions about work or a product: reviews, praise, criticism, suggestions.",
                    List.of("feedback", "review", "opinion", "thoughts on", "suggestion", "impression", "critique"),
                    "What did you think of the new onboarding flow?",
                    "Here is my feedback on the draft.",
                    "The presentation was great, but the intro was too long.",
                    "Any thoughts on the proposal?"),
            topic("planning", "Deciding what to do: plans, priorities, strategy, goals, budgets, roadmaps.",
                    List.of("plan", "priorit", "strategy", "goal", "budget", "roadmap", "okr", "quarter", "decide"),
                    "Let's prioritize the mobile app for next quarter.",
                    "We need to agree on the budget for Q3.",
                    "What are our goals for this year?",
                    "I drafted a plan for the migration."));

    private static Topic topic(String name, String description, List<String> keywords, String... examples) {
        return new Topic(new TopicDefinition(name, description, keywords, TopicSource.BUILT_IN), List.of(examples));
    }
}
