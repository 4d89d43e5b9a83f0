package com.hcpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.FileSystemUtils;

import com.hcpress.HcpressApplication;
import com.hcpress.account.AccountPrincipal;
import com.hcpress.support.TestUsers;

/**
 * The index lives on disk beside the database, across real restarts: a change committed just
 * before a crash is applied at the next start, and a lost index is rebuilt from PostgreSQL.
 */
class SearchRestartTest {

    static final String PRIMER = "albi-child-pugh-primer";

    @Test
    void theNextStartAppliesWhatACrashLeftPendingAndRebuildsALostIndex() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "search-restart-");
        try {
            try (ConfigurableApplicationContext first = start(dataDir)) {
                assertThat(urls(first, "ALBI")).contains("/articles/" + PRIMER);
                // What a crash right after the commit leaves: the new title and its outbox row, not the index update.
                long id = first.getBean(JdbcClient.class).sql("select id from article where slug = ?").param(PRIMER)
                        .query(Long.class).single();
                first.getBean(JdbcClient.class).sql("update article set title = ? where id = ?")
                        .params("射频消融 radiofrequency 前的肝功能评估", id).update();
                first.getBean(SearchOutbox.class).add(new IndexUnit(ArticleSource.KIND, Long.toString(id)));
            }

            try (ConfigurableApplicationContext second = start(dataDir)) {
                assertThat(urls(second, "radiofrequency")).containsExactly("/articles/" + PRIMER);
                assertThat(second.getBean(SearchOutbox.class).size()).isZero();
            }

            FileSystemUtils.deleteRecursively(dataDir.resolve("search"));
            try (ConfigurableApplicationContext third = start(dataDir)) {
                assertThat(urls(third, "radiofrequency")).containsExactly("/articles/" + PRIMER);
                assertThat(urls(third, "FOLFOX")).contains("/articles/tace-haic-2025-review");
            }
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(HcpressApplication.class)
                .run("--server.port=0", "--hcpress.data-dir=" + dataDir.toAbsolutePath(), "--spring.main.banner-mode=off",
                        "--hcpress.search.outbox-poll-interval=0");
        context.getBean(SearchIndexer.class).awaitIdle(Duration.ofMinutes(2));
        return context;
    }

    private static List<String> urls(ConfigurableApplicationContext context, String text) {
        AccountPrincipal editor = (AccountPrincipal) context.getBean(UserDetailsService.class)
                .loadUserByUsername(TestUsers.demoEmail("editor"));
        return context.getBean(Search.class).search(editor, new SearchQuery(text, null, null, 1)).hits().stream()
                .map(SearchHit::url).toList();
    }
}
