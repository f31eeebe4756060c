package io.pulse.messaging.local;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./pulse check [--gateway URL]}: proves, through the running suite's gateway and with two fresh users, that
 * each feature a user relies on does what it promises: every check makes real calls, states the answers it expects
 * (statuses, problem+json for errors, the fields that carry the feature, the other user seeing nothing) and fails
 * otherwise. CI runs it on the packaged suite after the demo. The checks are grouped per service
 * ({@link AutoResponseChecks}, {@link BrainstormChecks}, {@link IntelligenceChecks}); both users' data is erased at
 * the end, as an operator would.
 */
public final class FeatureChecks {

    /** One service's checks, run with the two users. */
    interface Group {
        String title();

        void register(Registry registry, CheckUser owner, CheckUser other);
    }

    /** Where a group lists its checks, each a name and what it does. */
    static final class Registry {
        private final List<String> names = new ArrayList<>();
        private final List<Runnable> bodies = new ArrayList<>();

        void check(String name, Runnable body) {
            names.add(name);
            bodies.add(body);
        }
    }

    private final String gateway;
    private final PrintStream out;
    private final List<Group> groups;

    FeatureChecks(String gateway, PrintStream out, List<Group> groups) {
        this.gateway = gateway;
        this.out = out;
        this.groups = groups;
    }

    /** Runs every group against the gateway; returns the process exit status (0 when every check passed). */
    public static int run(String gateway, PrintStream out) {
        return new FeatureChecks(gateway, out, List.of(new AutoResponseChecks(), new RuleActionChecks(), new OutOfOfficeChecks(),
                new IntelligenceChecks(),
                new BrainstormChecks(), new VotingChecks(), new TemplateChecks(), new ClusterChecks())).run();
    }

    int run() {
        CheckUser owner = new CheckUser(gateway, "Check Owner");
        CheckUser other = new CheckUser(gateway, "Check Other");
        int passed = 0;
        List<String> failed = new ArrayList<>();
        for (Group group : groups) {
            Registry registry = new Registry();
            group.register(registry, owner, other);
            out.println(group.title());
            for (int i = 0; i < registry.names.size(); i++) {
                String name = registry.names.get(i);
                String failure = attempt(registry.bodies.get(i));
                out.printf("  %-4s %s%s%n", failure == null ? "ok" : "FAIL", name, failure == null ? "" : "\n       " + failure);
                if (failure == null) {
                    passed++;
                } else {
                    failed.add(group.title() + ": " + name);
                }
            }
        }
        failed.addAll(eraseBoth(owner, other));
        out.printf("%n%d checks passed, %d failed%s%n", passed, failed.size(), failed.isEmpty() ? "" : ": " + failed);
        return failed.isEmpty() ? 0 : 1;
    }

    private static String attempt(Runnable body) {
        try {
            body.run();
            return null;
        } catch (CheckFailure | Demo.Failure e) {
            return e.getMessage();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** Erases both users in every service, as an operator would; a failed erasure is a failed check. */
    private List<String> eraseBoth(CheckUser owner, CheckUser other) {
        out.println("Erasing both check users");
        EraseCommand erase = new EraseCommand(gateway, out);
        List<String> failed = new ArrayList<>();
        for (CheckUser user : List.of(owner, other)) {
            if (erase.run(user.id()) != 0) {
                failed.add("erasing " + user.name() + " (" + user.id() + ")");
            }
        }
        return failed;
    }
}
