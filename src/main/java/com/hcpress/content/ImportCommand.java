package com.hcpress.content;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code import-articles [--zone=<slug>] <file or directory>...}: imports, prints a report, and
 * exits (status 0 when every file was stored, 1 otherwise). It runs before any other start-up
 * work, so an import never loads demo content or starts serving pages; see the README.
 */
@Component
@ConditionalOnProperty(name = "hcpress.import.paths")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportCommand implements ApplicationRunner {

    private final ArticleImporter importer;
    private final ApplicationContext context;
    private final String paths;
    private final String zone;

    ImportCommand(ArticleImporter importer, ApplicationContext context,
                  @Value("${hcpress.import.paths}") String paths,
                  @Value("${hcpress.import.zone:}") String zone) {
        this.importer = importer;
        this.context = context;
        this.paths = paths;
        this.zone = zone;
    }

    @Override
    public void run(ApplicationArguments args) {
        int status;
        try {
            List<Path> files = Arrays.stream(paths.split(File.pathSeparator))
                    .filter(p -> !p.isBlank()).map(Path::of).toList();
            ArticleImporter.Report report = importer.importFiles(files, zone.isBlank() ? null : zone, System.out);
            report.imported().forEach(file -> System.out.println("imported  " + file));
            for (ArticleImporter.FileProblem failed : report.failed()) {
                System.out.println("FAILED    " + failed.file());
                failed.problems().forEach(problem -> System.out.println("          - " + problem));
            }
            System.out.println(report.imported().size() + " imported, " + report.failed().size() + " failed");
            status = report.ok() ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            System.out.println("Import failed: " + e.getMessage());
            status = 2;
        }
        int exit = status;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
