package com.hcpress;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HcpressApplication {

    static final String IMPORT_ARTICLES = "import-articles";

    public static void main(String[] args) {
        SpringApplication.run(HcpressApplication.class, commandLine(args));
    }

    /**
     * {@code import-articles [--zone=<slug>] <file or directory>...} becomes the import's properties,
     * served on no public port and with quiet logs; any other command line is passed on unchanged.
     */
    static String[] commandLine(String[] args) {
        if (args.length == 0 || !args[0].equals(IMPORT_ARTICLES)) {
            return args;
        }
        List<String> properties = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--zone=")) {
                properties.add("--hcpress.import.zone=" + args[i].substring("--zone=".length()));
            } else if (args[i].startsWith("--")) {
                properties.add(args[i]);
            } else {
                paths.add(args[i]);
            }
        }
        if (paths.isEmpty()) {
            System.err.println("Usage: java -jar hcpress.jar import-articles [--zone=<slug>] <file or directory>...");
            System.exit(2);
        }
        properties.add("--hcpress.import.paths=" + String.join(File.pathSeparator, paths));
        // The sessions and security wiring need a servlet context, so one starts, but only on a
        // free loopback port that nobody is told about; the import exits as soon as it is done.
        properties.add("--server.address=127.0.0.1");
        properties.add("--server.port=0");
        properties.add("--spring.main.banner-mode=off");
        properties.add("--logging.level.root=WARN");
        return properties.toArray(String[]::new);
    }
}
