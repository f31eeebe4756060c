package io.pulse.messaging.bench;

/** The volumes seeded before the workloads run. */
enum Scale {
    /** What issue 7 asks for: realistic volumes on which indexes and plans matter. */
    FULL(10_000, 10, 100, 10, 5, 20, 500, 4_500),
    /** The CI mode: proves the benchmark works, in seconds. */
    QUICK(200, 10, 20, 2, 2, 20, 10, 90);

    final int users;
    final int rulesPerUser;
    final int logRowsPerUser;
    final int summariesPerUser;
    final int conversationsPerUser;
    final int messagesPerConversation;
    /** Sessions with 200 ideas (clustering), then sessions with about 22 ideas. */
    final int bigSessions;
    final int smallSessions;

    Scale(int users, int rulesPerUser, int logRowsPerUser, int summariesPerUser, int conversationsPerUser,
            int messagesPerConversation, int bigSessions, int smallSessions) {
        this.users = users;
        this.rulesPerUser = rulesPerUser;
        this.logRowsPerUser = logRowsPerUser;
        this.summariesPerUser = summariesPerUser;
        this.conversationsPerUser = conversationsPerUser;
        this.messagesPerConversation = messagesPerConversation;
        this.bigSessions = bigSessions;
        this.smallSessions = smallSessions;
    }

    @Override
    public String toString() {
        return String.format("%,d users, %,d rules, %,d log rows, %,d summaries, %,d analysed conversations, %,d sessions",
                users, users * rulesPerUser, users * logRowsPerUser, users * summariesPerUser, users * conversationsPerUser,
                bigSessions + smallSessions);
    }
}
