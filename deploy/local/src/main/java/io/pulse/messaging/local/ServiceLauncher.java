package io.pulse.messaging.local;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Launches a service of the suite from its packaged jar, in its own JVM under the {@code local} configuration
 * profile, pointed at the suite's database; its output goes to {@code SERVICE.log} in the logs directory.
 */
final class ServiceLauncher {

    private final Path home;
    private final LocalSuite.Ports ports;
    private final List<String> extraJvmOptions;
    private final Path logs;
    private final Map<String, String> extraEnvironment = new LinkedHashMap<>();

    /**
     * @param home the root of the checkout, where the services' packaged jars are
     * @param ports where the services and PostgreSQL listen
     * @param extraJvmOptions JVM options added to every launch, after the suite's own
     * @param logs the directory of the services' logs
     */
    ServiceLauncher(Path home, LocalSuite.Ports ports, List<String> extraJvmOptions, Path logs) {
        this.home = home;
        this.ports = ports;
        this.extraJvmOptions = extraJvmOptions;
        this.logs = logs;
    }

    ServiceLauncher environment(Map<String, String> variables) {
        extraEnvironment.putAll(variables);
        return this;
    }

    Process launch(LocalSuite.Service service) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // The JVM settings of the Kubernetes manifests (deploy/k8s/base/config.yaml), with a 256 MB heap (a pod's heap
        // is 75% of its memory limit: 384 MB for the 512 MiB services, 768 MB for the two that load the model).
        List<String> command = new ArrayList<>(List.of(java, "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"));
        command.addAll(extraJvmOptions);
        command.addAll(List.of("-jar", service.jar(home).toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(service.name() + ".log").toFile());
        builder.environment().putAll(environment(service));
        System.out.println("Starting " + service.name() + " on port " + ports.of(service) + " ...");
        return builder.start();
    }

    /**
     * What a service is told through its environment: the {@code local} profile, its port on the loopback interface
     * only (the local profile accepts the development key, which is in the repository, so nothing beyond this machine
     * may reach it), and the suite's database.
     */
    Map<String, String> environment(LocalSuite.Service service) {
        DatabaseRoles roles = DatabaseRoles.defaults();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_PROFILE", "local");
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("QUARKUS_HTTP_HOST", Gateway.LOOPBACK);
        env.put("PULSE_HTTP_PORT", Integer.toString(ports.of(service)));
        env.put("PULSE_DB_HOST", "localhost");
        env.put("PULSE_DB_PORT", Integer.toString(ports.database()));
        env.put("PULSE_DB_NAME", roles.database());
        env.put("PULSE_DB_APP_USER", roles.appUser());
        env.put("PULSE_DB_APP_PASSWORD", roles.appPassword());
        env.put("PULSE_DB_OWNER_USER", roles.ownerUser());
        env.put("PULSE_DB_OWNER_PASSWORD", roles.ownerPassword());
        env.putAll(extraEnvironment);
        return env;
    }
}
