package io.pulse.messaging.bench;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.pulse.messaging.local.TokenMinter;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Seeds realistic volumes in two steps. First, the template user (user 1) creates real data through the API, so
 * every stored shape (rule conditions, summaries, insights, ideas) is what the services themselves write. Then
 * SQL, as the owner role, clones the template user's rows for every other user, mapping each id through
 * {@code md5(user || copy || id)} so that references between cloned rows stay consistent and every run is the same.
 */
final class Seeder {

    /** What the workloads need: one line per user (token and ids), and the row counts for the report. */
    record Seeded(List<String> tokens, List<String> userRows, Map<String, Long> counts, Map<String, String> pgbenchVariables) {
    }

    private static final List<String> KEYWORDS = List.of("invoice", "pricing", "refund", "outage", "password reset",
            "cancel subscription", "shipping delay", "partnership", "job application", "press inquiry");

    private final String gateway;
    private final Database database;
    private final Scale scale;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> tokens = new ArrayList<>();

    Seeder(Database database, Scale scale, java.nio.file.Path work, String gateway) {
        this.gateway = gateway;
        this.database = database;
        this.scale = scale;
    }

    /** The id of bench user n (1-based), the same as SQL's {@code md5('pulse-bench-user-' || n)::uuid}. */
    static UUID userId(int n) {
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(("pulse-bench-user-" + n).getBytes(StandardCharsets.UTF_8)));
            return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Seeded seed() throws Exception {
        Instant started = Instant.now();
        TokenMinter minter = TokenMinter.development();
        for (int n = 1; n <= scale.users; n++) {
            tokens.add(minter.forUser(userId(n)).name("Bench User " + n).lifetime(Duration.ofHours(3)).sign());
        }
        System.out.printf("   %,d tokens minted in %d ms%n", tokens.size(), Duration.between(started, Instant.now()).toMillis());

        Templates templates = createTemplates();
        System.out.println("   template data created through the API");

        clone("auto_response.message_auto_responses", "true", 2, scale.users, 1, Set.of(), Map.of());
        clone("auto_response.message_auto_response_rule_versions", "true", 2, scale.users, 1, Set.of(), Map.of());
        int logCopies = (int) Math.ceil(scale.logRowsPerUser / (double) Math.max(1, templates.logRows));
        clone("auto_response.message_auto_response_log", "true", 2, scale.users, logCopies, Set.of("rule_id"), Map.of());
        clone("summarization.conversation_summaries", "true", 2, scale.users, Math.max(1, scale.summariesPerUser / 2), Set.of(), Map.of());
        for (String table : List.of("conversation_intelligence", "sentiment_history", "topic_detection_history")) {
            clone("intelligence." + table, "true", 2, scale.users, scale.conversationsPerUser, Set.of(), Map.of());
        }
        // Sessions: the big template session (200 ideas) for users 2..bigSessions, the small one for the next users.
        Map<String, String> ideaText = Map.of("text", "left(t.text, 480) || ' #' || u");
        int smallFrom = scale.bigSessions + 1;
        int smallTo = Math.min(scale.users, scale.bigSessions + scale.smallSessions - 1);
        clone("brainstorm.brainstorm_sessions", "t.id = '" + templates.bigSession + "'", 2, scale.bigSessions, 1, Set.of(), Map.of());
        clone("brainstorm.brainstorm_ideas", "t.session_id = '" + templates.bigSession + "'", 2, scale.bigSessions, 1, Set.of(), ideaText);
        clone("brainstorm.brainstorm_sessions", "t.id = '" + templates.smallSession + "'", smallFrom, smallTo, 1, Set.of(), Map.of());
        clone("brainstorm.brainstorm_ideas", "t.session_id = '" + templates.smallSession + "'", smallFrom, smallTo, 1, Set.of(), ideaText);

        database.analyze(); // planner statistics for the bulk-loaded tables, before anything queries them
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("users", (long) scale.users);
        for (String table : List.of("auto_response.message_auto_responses", "auto_response.message_auto_response_log",
                "summarization.conversation_summaries", "intelligence.conversation_intelligence", "intelligence.sentiment_history",
                "intelligence.topic_detection_history", "brainstorm.brainstorm_sessions", "brainstorm.brainstorm_ideas")) {
            counts.put(table, database.count(table));
        }
        System.out.println("   " + counts);
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("users", Integer.toString(scale.users));
        variables.put("hot", Integer.toString(Math.min(50, scale.users)));
        variables.put("refund_rule", templates.refundRule);
        variables.put("big", Integer.toString(scale.bigSessions));
        variables.put("session_users", Integer.toString(smallTo));
        variables.put("big_session", templates.bigSession);
        variables.put("small_session", templates.smallSession);
        variables.put("big_idea", firstIdea(templates.bigSession));
        variables.put("small_idea", firstIdea(templates.smallSession));
        return new Seeded(tokens, userRows(templates), counts, variables);
    }

    private String firstIdea(String session) throws SQLException {
        try (Connection connection = database.owner(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id from brainstorm.brainstorm_ideas where session_id = '" + session
                        + "' order by created_at, id limit 1")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** What the template user created. */
    private record Templates(int logRows, String refundRule, String bigSession, String smallSession) {
    }

    private Templates createTemplates() throws Exception {
        String token = tokens.get(0);
        String refundRule = null;
        for (int i = 0; i < KEYWORDS.size(); i++) {
            String keyword = KEYWORDS.get(i);
            JsonObject rule = call(token, "POST", "/api/auto-responses/rules", new JsonObject()
                    .put("name", "About " + keyword)
                    .put("priority", 10 * (i + 1))
                    .put("conditions", new JsonObject().put("keywords", new JsonObject().put("match", "any")
                            .put("terms", new JsonArray().add(keyword))))
                    .put("template", "Hi {{sender.firstName | \"there\"}}, thanks for writing about " + keyword
                            + ". We answer within one business day.")
                    .put("personalise", i % 2 == 0)
                    .put("cooldownMinutes", 1440));
            JsonObject saved = rule.containsKey("rule") ? rule.getJsonObject("rule") : rule; // a rule, or a rule with warnings
            if (keyword.equals("refund")) {
                refundRule = saved.getString("id");
            }
        }
        UUID repeatSender = UUID.randomUUID();
        for (int i = 0; i < 10; i++) {
            String content = i < 8 ? "Hello, I would like a refund for order " + (1000 + i) + " please." : "See you at lunch tomorrow!";
            UUID sender = i < 5 ? UUID.randomUUID() : repeatSender; // the repeats are suppressed by the cooldown
            call(token, "POST", "/api/auto-responses/evaluate", new JsonObject()
                    .put("messageId", UUID.randomUUID().toString())
                    .put("conversationId", UUID.randomUUID().toString())
                    .put("sender", new JsonObject().put("id", sender.toString()).put("name", "Customer " + i).put("email", "customer" + i + "@example.org"))
                    .put("content", content)
                    .put("channel", "email"));
        }
        int logRows = (int) database.count("auto_response.message_auto_response_log");

        for (int c = 0; c < 2; c++) {
            call(token, "POST", "/api/summaries", new JsonObject()
                    .put("conversationId", UUID.randomUUID().toString())
                    .put("type", "thread")
                    .put("messages", thread(20 + c * 10, true))
                    .put("options", new JsonObject().put("timeZone", "Europe/Paris")));
        }
        call(token, "POST", "/api/intelligence/conversations/" + UUID.randomUUID() + "/analyze",
                new JsonObject().put("messages", thread(scale.messagesPerConversation, false)));

        String big = session(token, "Onboarding ideas", 200);
        String small = session(token, "Team offsite", 22);
        return new Templates(logRows, refundRule, big, small);
    }

    private String session(String token, String title, int ideas) throws Exception {
        String id = call(token, "POST", "/api/brainstorm/sessions", new JsonObject().put("title", title)
                .put("topic", "How could we make " + title.toLowerCase() + " better for everyone?").put("framework", "free_form"))
                .getString("id");
        for (int i = 0; i < ideas; i++) {
            call(token, "POST", "/api/brainstorm/sessions/" + id + "/ideas", new JsonObject().put("text", IdeaTexts.idea(i)));
        }
        return id;
    }

    private static final String[][] PEOPLE = {
            {"6a1f7c2e-0d3b-4c5a-9e8f-1a2b3c4d5e01", "Alice Martin"}, {"6a1f7c2e-0d3b-4c5a-9e8f-1a2b3c4d5e02", "Bob Chen"},
            {"6a1f7c2e-0d3b-4c5a-9e8f-1a2b3c4d5e03", "Carol Diaz"}, {"6a1f7c2e-0d3b-4c5a-9e8f-1a2b3c4d5e04", "Dev Patel"}};

    private static JsonArray thread(int n, boolean uuidIds) {
        JsonArray messages = new JsonArray();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).withNano(0);
        for (int i = 0; i < n; i++) {
            String[] person = PEOPLE[i % PEOPLE.length];
            messages.add(new JsonObject()
                    .put("id", uuidIds ? UUID.randomUUID().toString() : "m" + (i + 1))
                    .put("sender", new JsonObject().put("id", person[0]).put("name", person[1]))
                    .put("content", IdeaTexts.chat(i))
                    .put("sentAt", start.plusMinutes(7L * i).toString()));
        }
        return messages;
    }

    private JsonObject call(String token, String method, String path, JsonObject body) throws Exception {
        String answer = SseFanout.send(http, gateway, token, method, path, body);
        return answer == null || answer.isBlank() ? new JsonObject() : new JsonObject(answer);
    }

    /**
     * Copies the template user's rows of a table for users {@code from..to}, {@code copies} times each. Every uuid
     * column but user_id is mapped through md5(user, copy, id); the columns in {@code firstCopy} point at rows
     * cloned once per user and are mapped with copy 1. Timestamps move back an hour per copy.
     */
    private void clone(String table, String filter, int from, int to, int copies, Set<String> firstCopy,
            Map<String, String> overrides) throws SQLException {
        if (to < from) {
            return;
        }
        String[] parts = table.split("\\.");
        Map<String, String> columns = new LinkedHashMap<>();
        try (Connection connection = database.owner(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select column_name, data_type from information_schema.columns where table_schema = '"
                        + parts[0] + "' and table_name = '" + parts[1] + "' order by ordinal_position")) {
            while (rows.next()) {
                columns.put(rows.getString(1), rows.getString(2));
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("No table " + table + ": has its schema changed? Update the benchmark's seeder.");
        }
        String expressions = columns.entrySet().stream().map(column -> {
            String name = column.getKey();
            if (overrides.containsKey(name)) {
                return overrides.get(name);
            }
            if (name.equals("user_id")) {
                return "md5('pulse-bench-user-' || u)::uuid";
            }
            if (column.getValue().equals("uuid")) {
                String copy = firstCopy.contains(name) ? "1" : "r";
                return "md5(u || '-' || " + copy + " || '-' || t." + name + ")::uuid";
            }
            if (column.getValue().startsWith("timestamp")) {
                return "t." + name + " - (r - 1) * interval '1 hour'";
            }
            return "t." + name;
        }).collect(Collectors.joining(", "));
        String sql = "insert into " + table + " (" + String.join(", ", columns.keySet()) + ") select " + expressions
                + " from " + table + " t cross join generate_series(" + from + ", " + to + ") u cross join generate_series(1, "
                + copies + ") r where t.user_id = '" + userId(1) + "' and " + filter;
        Instant started = Instant.now();
        long inserted = database.execute(sql);
        System.out.printf("   %-50s %,10d rows in %5.1f s%n", table, inserted, Duration.between(started, Instant.now()).toMillis() / 1000.0);
    }

    /** users.csv: token,userId,sessionId,ideaId,bigSessionId,conversationId, "-" for none. */
    private List<String> userRows(Templates templates) throws SQLException {
        Map<String, String[]> byUser = new LinkedHashMap<>();
        IntStream.rangeClosed(1, scale.users).forEach(n -> byUser.put(userId(n).toString(),
                new String[] {tokens.get(n - 1), userId(n).toString(), "-", "-", "-", UUID.randomUUID().toString()}));
        try (Connection connection = database.owner(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("""
                    select s.user_id, s.id, first.id, counts.ideas
                    from brainstorm.brainstorm_sessions s
                    join (select session_id, count(*) as ideas from brainstorm.brainstorm_ideas group by session_id) counts
                      on counts.session_id = s.id
                    cross join lateral (select i.id from brainstorm.brainstorm_ideas i where i.session_id = s.id
                                        order by i.created_at, i.id limit 1) first""")) {
                while (rows.next()) {
                    String[] row = byUser.get(rows.getString(1));
                    if (row == null) {
                        continue;
                    }
                    if (rows.getLong(4) >= 200) {
                        row[4] = rows.getString(2);
                        if (!"-".equals(row[2])) {
                            continue;
                        }
                    }
                    row[2] = rows.getString(2);
                    row[3] = rows.getString(3);
                }
            }
            try (ResultSet rows = statement.executeQuery(
                    "select distinct on (user_id) user_id, conversation_id from intelligence.conversation_intelligence order by user_id, created_at")) {
                while (rows.next()) {
                    String[] row = byUser.get(rows.getString(1));
                    if (row != null) {
                        row[5] = rows.getString(2);
                    }
                }
            }
        }
        return byUser.values().stream().map(row -> String.join(",", row)).toList();
    }
}
