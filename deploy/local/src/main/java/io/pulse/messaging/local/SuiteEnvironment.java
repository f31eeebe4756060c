package io.pulse.messaging.local;

import java.util.HashMap;
import java.util.Map;

/** The environment a service process of the suite sees: the suite's own variables over the inherited ones. */
final class SuiteEnvironment {

    private SuiteEnvironment() {
    }

    static Map<String, String> effective(Map<String, String> suiteVariables) {
        Map<String, String> all = new HashMap<>(System.getenv());
        all.putAll(suiteVariables);
        return all;
    }
}
