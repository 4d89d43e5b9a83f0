package com.hcpress.opensearchnode;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch node on loopback with plain HTTP on a free port, for tests: {@code OpenSearchNode <home>}.
 * Prints {@code http.port=<port>} once it serves, and stops when its standard input closes, so it
 * never outlives the test JVM that started it.
 */
public final class OpenSearchNode extends Node {

    private OpenSearchNode(Environment environment) {
        super(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, SmartChineseAnalysisPlugin.class), true);
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        Settings.Builder builder = Settings.builder()
                .put("path.home", home.toString())
                .put("cluster.name", "hcpress-test")
                .put("node.name", "hcpress-test-node")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", "0")
                .put("transport.port", "0")
                .put("cluster.routing.allocation.disk.threshold_enabled", false);
        // -Dopensearch.<setting>=<value> overrides a setting; with discovery.seed_hosts set the node
        // joins a cluster instead of running alone (deploy/cluster).
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("opensearch."))
                .forEach(name -> builder.put(name.substring("opensearch.".length()), System.getProperty(name)));
        if (System.getProperty("opensearch.discovery.seed_hosts") != null) {
            builder.remove("discovery.type");
        }
        Settings settings = builder.build();
        String nodeName = settings.get("node.name");
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> nodeName);
        OpenSearchNode node = new OpenSearchNode(environment);
        node.start();
        int port = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
        System.out.println("http.port=" + port);
        System.out.flush();

        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            while (in.readLine() != null) {
                // Waits for the end of standard input.
            }
        }
        node.close();
        System.exit(0);
    }
}
