package com.hcpress.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.content.ContentCatalog;
import com.hcpress.privacy.AccountErasure;
import com.hcpress.privacy.PersonalDataExport;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/** Bookmarks and the reading history, on the shared application and its real PostgreSQL. */
@HcpressIntegrationTest
class ReadingTest {

    static final String REVIEW = "tace-haic-2025-review";
    static final String PRIMER = "albi-child-pugh-primer";
    static final String STUDY = "E_EMERALD1";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers readers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Bookmarks bookmarks;
    @Autowired
    ReadingHistory history;
    @Autowired
    AccountRegistry accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    ContentCatalog catalog;
    @Autowired
    PersonalDataExport export;
    @Autowired
    AccountErasure erasure;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    HistoryRecorder recorder;

    @Test
    void theToggleSavesAndRemovesAnArticleOrAStudyForThisReaderOnly() throws Exception {
        UserDetails reader = readers.passedReader();
        UserDetails other = readers.passedReader();

        MockHttpServletResponse before = mvc.perform(get("/articles/" + REVIEW + "/reader-actions").with(user(reader)))
                .andReturn().getResponse();
        assertThat(before.getStatus()).isEqualTo(200);
        assertThat(before.getHeader("Cache-Control")).contains("no-store");
        assertThat(before.getContentAsString()).contains("aria-pressed=\"false\"").contains("收藏");

        MockHttpServletResponse saved = mvc.perform(htmx(post("/articles/" + REVIEW + "/bookmark")).with(user(reader)))
                .andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(200);
        assertThat(saved.getContentAsString()).contains("已收藏").contains("aria-pressed=\"true\"");
        MockHttpServletResponse study = mvc.perform(post("/studies/" + STUDY + "/bookmark").with(csrf()).with(user(reader)))
                .andReturn().getResponse();
        assertThat(study.getRedirectedUrl()).isEqualTo("/studies/" + STUDY);

        assertThat(bookmarks.isBookmarked(id(reader), ItemKind.ARTICLE, REVIEW)).isTrue();
        assertThat(bookmarks.isBookmarked(id(reader), ItemKind.STUDY, STUDY)).isTrue();
        assertThat(bookmarks.isBookmarked(id(other), ItemKind.ARTICLE, REVIEW)).isFalse();
        String page = mvc.perform(get("/me/bookmarks").with(user(reader))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/articles/" + REVIEW + "\"").contains("href=\"/studies/" + STUDY + "\"");
        assertThat(mvc.perform(get("/me/bookmarks").with(user(other))).andReturn().getResponse().getContentAsString())
                .doesNotContain("/articles/" + REVIEW + "\"");

        mvc.perform(htmx(post("/articles/" + REVIEW + "/bookmark")).with(user(reader)));
        assertThat(bookmarks.isBookmarked(id(reader), ItemKind.ARTICLE, REVIEW)).isFalse();

        assertThat(mvc.perform(post("/articles/no-such-article/bookmark").with(csrf()).with(user(reader)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/studies/NO_SUCH/bookmark").with(csrf()).with(user(reader)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/me/bookmarks")).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void bookmarksAreSortedTaggedFilteredAndPagedByKey() throws Exception {
        UserDetails reader = readers.passedReader();
        long zone = zoneWithArticles(25);
        // 25 bookmarks saved one a minute apart, titles in the opposite order to the time saved.
        jdbc.sql("""
                insert into bookmark (account_id, article_id, title, created_at)
                select ?, a.id, a.title, now() - (cast(substring(a.slug from '[0-9]+$') as int) * interval '1 minute')
                  from article a where a.zone_id = ?""").params(id(reader), zone).update();

        String first = body(get("/me/bookmarks").with(user(reader)));
        assertThat(count(first, "class=\"reader-item\"")).isEqualTo(20);
        String next = nextLink(first);
        assertThat(next).startsWith("/me/bookmarks?after=");
        String second = body(htmx(get(next)).with(user(reader)));
        assertThat(count(second, "class=\"reader-item\"")).isEqualTo(5);
        assertThat(second).doesNotContain("<html").doesNotContain("查看更多");

        String byTitle = body(get("/me/bookmarks?sort=title").with(user(reader)));
        assertThat(byTitle.indexOf("书签测试 01")).isPositive().isLessThan(byTitle.indexOf("书签测试 02"));
        String titleNext = nextLink(byTitle);
        assertThat(titleNext).contains("sort=title").contains("after=t~");
        assertThat(body(get(titleNext).with(user(reader)))).contains("书签测试 25").doesNotContain("书签测试 01<");

        long bookmarkId = jdbc.sql("select b.id from bookmark b join article a on a.id = b.article_id "
                + "where b.account_id = ? and a.title = '书签测试 03'").param(id(reader)).query(Long.class).single();
        MockHttpServletResponse tagged = mvc.perform(post("/me/bookmarks/" + bookmarkId + "/tags")
                .param("tags", "肝癌， TACE ,TACE").with(csrf()).with(user(reader))).andReturn().getResponse();
        assertThat(tagged.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select tag from bookmark_tag where bookmark_id = ? order by tag").param(bookmarkId)
                .query(String.class).list()).containsExactly("TACE", "肝癌");
        String filtered = body(get("/me/bookmarks").param("tag", "肝癌").with(user(reader)));
        assertThat(count(filtered, "class=\"reader-item\"")).isEqualTo(1);
        assertThat(filtered).contains("书签测试 03");

        MockHttpServletResponse tooMany = mvc.perform(post("/me/bookmarks/" + bookmarkId + "/tags")
                .param("tags", "a,b,c,d,e,f,g,h,i,j,k").with(csrf()).with(user(reader))).andReturn().getResponse();
        assertThat(tooMany.getStatus()).isEqualTo(400);
        assertThat(tooMany.getContentAsString()).contains("标签未保存");
        assertThat(jdbc.sql("select count(*) from bookmark_tag where bookmark_id = ?").param(bookmarkId)
                .query(Long.class).single()).isEqualTo(2);

        UserDetails stranger = readers.passedReader();
        assertThat(mvc.perform(post("/me/bookmarks/" + bookmarkId + "/tags").param("tags", "x").with(csrf())
                .with(user(stranger))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/me/bookmarks/" + bookmarkId + "/delete").with(csrf())
                .with(user(stranger))).andReturn().getResponse().getStatus()).isEqualTo(404);
        for (String bad : List.of("?after=nonsense", "?sort=colour", "?sort=title&after=2026-01-01T00:00:00Z~4",
                "?after=t~3", "?tag=" + "x".repeat(31))) {
            assertThat(mvc.perform(get("/me/bookmarks" + bad).with(user(reader))).andReturn().getResponse().getStatus())
                    .as(bad).isEqualTo(400);
        }
    }

    @Test
    void aReaderWhoHasNotPassedSeesOnlyPublicTitlesAndMeetsTheGateOnOpening() throws Exception {
        // Saved while they could read, say; now they have not passed (no verification at all).
        String email = "unverified-" + UUID.randomUUID().toString().substring(0, 8) + "@hcpress.test";
        long readerId = accounts.create(SignInIdentifier.parse(email).orElseThrow(), TestUsers.READER_PASSWORD,
                EnumSet.of(Role.READER));
        UserDetails reader = users.loadUserByUsername(email);
        String title = catalog.articleSummary(REVIEW).orElseThrow().title();
        bookmarks.toggle(readerId, ItemKind.ARTICLE, REVIEW);
        bookmarks.toggle(readerId, ItemKind.STUDY, STUDY);
        history.record(readerId, ItemKind.STUDY, STUDY);
        history.record(readerId, ItemKind.ARTICLE, REVIEW);

        for (String list : List.of("/me/bookmarks", "/me/history")) {
            String shown = body(get(list).with(user(reader)));
            assertThat(shown).as(list).contains(title).contains("通过本专区认证后可阅读").contains("一项临床研究")
                    .doesNotContain("EMERALD").contains("href=\"/gate/liver-intervention\"");
        }
        MockHttpServletResponse opened = mvc.perform(get("/articles/" + REVIEW).with(user(reader))).andReturn().getResponse();
        assertThat(opened.getStatus()).isEqualTo(302);
        assertThat(opened.getRedirectedUrl()).contains("/gate/");
        assertThat(mvc.perform(get("/studies/" + STUDY).with(user(reader))).andReturn().getResponse().getRedirectedUrl())
                .contains("/gate/");
        assertThat(mvc.perform(get("/studies/" + STUDY + "/reader-actions").with(user(reader))).andReturn().getResponse()
                .getStatus()).isEqualTo(302);
        assertThat(mvc.perform(post("/articles/" + REVIEW + "/bookmark").with(csrf()).with(user(reader))).andReturn()
                .getResponse().getRedirectedUrl()).contains("/gate/");
    }

    @Test
    void viewsWrittenTogetherAreAllKeptOrNoneAndTheRecorderStillWritesTheOthersOfABatchWithAFailingView()
            throws Exception {
        long readerId = id(readers.passedReader());
        java.time.Instant now = java.time.Instant.now();
        ReadingHistory.View review = new ReadingHistory.View(readerId, ItemKind.ARTICLE, REVIEW, now.minusSeconds(2));
        ReadingHistory.View study = new ReadingHistory.View(readerId, ItemKind.STUDY, STUDY, now.minusSeconds(1));
        ReadingHistory.View ofNoAccount = new ReadingHistory.View(Long.MAX_VALUE, ItemKind.ARTICLE, PRIMER, now);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> history.recordAll(List.of(review, ofNoAccount, study)))
                .isInstanceOf(RuntimeException.class);
        assertThat(historyOf(readerId)).isEmpty();
        history.recordAll(List.of(review, study));
        assertThat(historyOf(readerId)).containsExactly("study:" + STUDY, "article:" + REVIEW);

        long otherId = id(readers.passedReader());
        recorder.viewed(Long.MAX_VALUE, ItemKind.ARTICLE, PRIMER);
        recorder.viewed(otherId, ItemKind.ARTICLE, REVIEW);
        recorder.viewed(Long.MAX_VALUE, ItemKind.STUDY, STUDY);
        recorder.viewed(otherId, ItemKind.ARTICLE, PRIMER);
        await().atMost(Duration.ofSeconds(10)).until(() -> historyOf(otherId).size() == 2);
        assertThat(historyOf(otherId)).containsExactlyInAnyOrder("article:" + REVIEW, "article:" + PRIMER);
    }

    @Test
    void openingAPageRecordsItAfterTheAnswerAndPauseClearAndRemoveWork() throws Exception {
        UserDetails reader = readers.passedReader();
        long readerId = id(reader);
        assertThat(mvc.perform(get("/articles/" + REVIEW).with(user(reader))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> historyOf(readerId).contains("article:" + REVIEW));
        // The comments and other parts of the page are no views.
        mvc.perform(get("/articles/" + REVIEW + "/comments").with(user(reader)));

        mvc.perform(post("/me/history/pause").with(csrf()).with(user(reader)));
        assertThat(history.isPaused(readerId)).isTrue();
        mvc.perform(get("/articles/" + PRIMER).with(user(reader)));
        mvc.perform(post("/me/history/resume").with(csrf()).with(user(reader)));
        mvc.perform(get("/studies/" + STUDY).with(user(reader)));
        // One thread records in order: once the study is there, the paused view was seen and skipped.
        await().atMost(Duration.ofSeconds(10)).until(() -> historyOf(readerId).contains("study:" + STUDY));
        assertThat(historyOf(readerId)).containsExactly("study:" + STUDY, "article:" + REVIEW);

        String page = body(get("/me/history").with(user(reader)));
        assertThat(page).contains("href=\"/studies/" + STUDY + "\"").contains("href=\"/articles/" + REVIEW + "\"");
        long studyRow = jdbc.sql("select id from reading_history where account_id = ? and study_id = ?")
                .params(readerId, STUDY).query(Long.class).single();
        mvc.perform(post("/me/history/" + studyRow + "/delete").with(csrf()).with(user(reader)));
        assertThat(historyOf(readerId)).containsExactly("article:" + REVIEW);
        assertThat(mvc.perform(post("/me/history/" + studyRow + "/delete").with(csrf()).with(user(reader)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        MockHttpServletResponse cleared = mvc.perform(post("/me/history/clear").with(csrf()).with(user(reader)))
                .andReturn().getResponse();
        assertThat(cleared.getRedirectedUrl()).isEqualTo("/me/history?cleared");
        assertThat(historyOf(readerId)).isEmpty();
        assertThat(mvc.perform(get("/me/history?after=x").with(user(reader))).andReturn().getResponse().getStatus())
                .isEqualTo(400);
    }

    @Test
    void onlyTheLatestFiveHundredAreKept() {
        UserDetails reader = readers.passedReader();
        long zone = zoneWithArticles(ReadingHistory.KEPT + 1);
        jdbc.sql("""
                insert into reading_history (account_id, article_id, viewed_at)
                select ?, a.id, now() - interval '1 day' - (cast(substring(a.slug from '[0-9]+$') as int) * interval '1 second')
                  from article a where a.zone_id = ? and a.slug !~ '-001$'""").params(id(reader), zone).update();
        String newest = jdbc.sql("select slug from article where zone_id = ? and slug ~ '-001$'").param(zone)
                .query(String.class).single();
        String oldest = jdbc.sql("select slug from article where zone_id = ? and slug ~ '-501$'").param(zone)
                .query(String.class).single();
        assertThat(historyOf(id(reader))).hasSize(500).contains("article:" + oldest);

        history.record(id(reader), ItemKind.ARTICLE, newest);

        List<String> kept = historyOf(id(reader));
        assertThat(kept).hasSize(500).startsWith("article:" + newest).doesNotContain("article:" + oldest);
    }

    @Test
    void aBatchKeepsTheLatestOfDuplicatesSkipsPausedViewsAndMissingItemsAndTrimsEachReader() {
        Instant base = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        long zone = zoneWithArticles(ReadingHistory.KEPT + 1);
        List<String> slugs = jdbc.sql("select slug from article where zone_id = ? order by slug").param(zone)
                .query(String.class).list();
        long many = id(readers.passedReader());
        long paused = id(readers.passedReader());
        long pausedAWhile = id(readers.passedReader());
        jdbc.sql("insert into reading_history_pause (account_id, paused_at) values (?, ?)")
                .params(paused, Timestamp.from(base)).update();
        jdbc.sql("insert into reading_history_pause (account_id, paused_at, resumed_at) values (?, ?, ?)")
                .params(pausedAWhile, Timestamp.from(base.plusSeconds(100)), Timestamp.from(base.plusSeconds(200))).update();
        // Already viewed later than in the batch: the later time stays.
        jdbc.sql("insert into reading_history (account_id, article_id, viewed_at) select ?, id, ? from article where slug = ?")
                .params(many, Timestamp.from(base.plusSeconds(3000)), PRIMER).update();

        List<ReadingHistory.View> batch = new ArrayList<>();
        for (int i = 0; i < slugs.size(); i++) {
            batch.add(new ReadingHistory.View(many, ItemKind.ARTICLE, slugs.get(i), base.plusSeconds(i + 1)));
        }
        batch.add(new ReadingHistory.View(many, ItemKind.ARTICLE, REVIEW, base.plusSeconds(600)));
        batch.add(new ReadingHistory.View(many, ItemKind.ARTICLE, REVIEW, base.plusSeconds(700)));
        batch.add(new ReadingHistory.View(many, ItemKind.ARTICLE, REVIEW, base.plusSeconds(650)));
        batch.add(new ReadingHistory.View(many, ItemKind.ARTICLE, PRIMER, base.plusSeconds(800)));
        batch.add(new ReadingHistory.View(many, ItemKind.ARTICLE, "no-such-article-" + zone, base.plusSeconds(900)));
        batch.add(new ReadingHistory.View(many, ItemKind.STUDY, "NO_SUCH_STUDY", base.plusSeconds(900)));
        batch.add(new ReadingHistory.View(paused, ItemKind.STUDY, STUDY, base.minusSeconds(10)));
        batch.add(new ReadingHistory.View(paused, ItemKind.ARTICLE, REVIEW, base.plusSeconds(10)));
        batch.add(new ReadingHistory.View(paused, ItemKind.STUDY, STUDY, base.plusSeconds(20)));
        batch.add(new ReadingHistory.View(pausedAWhile, ItemKind.ARTICLE, PRIMER, base.plusSeconds(50)));
        batch.add(new ReadingHistory.View(pausedAWhile, ItemKind.ARTICLE, PRIMER, base.plusSeconds(150)));
        batch.add(new ReadingHistory.View(pausedAWhile, ItemKind.STUDY, STUDY, base.plusSeconds(100)));
        batch.add(new ReadingHistory.View(pausedAWhile, ItemKind.ARTICLE, REVIEW, base.plusSeconds(200)));
        Collections.shuffle(batch, new Random(7));

        history.recordAll(batch);

        List<String> kept = historyOf(many);
        assertThat(kept).hasSize(ReadingHistory.KEPT)
                .startsWith("article:" + PRIMER, "article:" + REVIEW, "article:" + slugs.get(slugs.size() - 1))
                .doesNotContain("article:" + slugs.get(0), "article:" + slugs.get(1), "article:" + slugs.get(2))
                .contains("article:" + slugs.get(3));
        assertThat(viewedAt(many, REVIEW)).isEqualTo(base.plusSeconds(700));
        assertThat(viewedAt(many, PRIMER)).isEqualTo(base.plusSeconds(3000));
        assertThat(historyOf(paused)).containsExactly("study:" + STUDY);
        assertThat(historyOf(pausedAWhile)).containsExactly("article:" + REVIEW, "article:" + PRIMER);
        assertThat(viewedAt(pausedAWhile, PRIMER)).isEqualTo(base.plusSeconds(50));
    }

    private Instant viewedAt(long accountId, String slug) {
        return jdbc.sql("select h.viewed_at from reading_history h join article a on a.id = h.article_id "
                + "where h.account_id = ? and a.slug = ?").params(accountId, slug).query(Timestamp.class).single().toInstant();
    }

    @Test
    void bookmarksAndHistoryAreExportedAndErasedWithTheAccount() {
        UserDetails reader = readers.passedReader();
        long readerId = id(reader);
        bookmarks.toggle(readerId, ItemKind.ARTICLE, REVIEW);
        long bookmarkId = jdbc.sql("select id from bookmark where account_id = ?").param(readerId).query(Long.class).single();
        bookmarks.tag(readerId, bookmarkId, List.of("随访"));
        history.record(readerId, ItemKind.STUDY, STUDY);
        history.pause(readerId);

        Map<String, Object> data = export.export(readerId);
        assertThat(data.get("bookmarks").toString()).contains("article:" + REVIEW).contains("随访");
        assertThat(data.get("readingHistory").toString()).contains("study:" + STUDY);
        assertThat(data.get("readingHistoryPausedAt")).isNotNull();

        erasure.erase(readerId);
        for (String table : List.of("bookmark", "reading_history", "reading_history_pause")) {
            assertThat(jdbc.sql("select count(*) from " + table + " where account_id = ?").param(readerId)
                    .query(Long.class).single()).as(table).isZero();
        }
    }

    /** A zone of its own with {@code n} published articles titled 书签测试 01, 02, ... */
    private long zoneWithArticles(int n) {
        String slug = "reading-test-" + UUID.randomUUID().toString().substring(0, 8);
        long zone = jdbc.sql("insert into zone (slug, name_zh, name_en, position) values (?, '书签测试专区', 'Bookmark test', 95) "
                + "returning id").param(slug).query(Long.class).single();
        // Written straight into the database: the kept zones hear of it through the change bus.
        await().atMost(Duration.ofSeconds(10)).until(() -> catalog.zone(zone).isPresent());
        jdbc.sql("""
                insert into article (zone_id, slug, title, source_line, published_on, body_markdown, body_html, status)
                select :zone, :slug || '-' || lpad(i::text, 3, '0'), '书签测试 ' || lpad(i::text, 2, '0'), 'HCPress',
                       current_date, '正文', '<p>正文</p>', 'PUBLISHED'
                  from generate_series(1, :n) i""").param("zone", zone).param("slug", slug).param("n", n).update();
        return zone;
    }

    private List<String> historyOf(long accountId) {
        return jdbc.sql("""
                select coalesce('article:' || a.slug, 'study:' || h.study_id) from reading_history h
                  left join article a on a.id = h.article_id where h.account_id = ? order by h.viewed_at desc, h.id desc""")
                .param(accountId).query(String.class).list();
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
        return request.header("HX-Request", "true").with(csrf());
    }

    private static String nextLink(String page) {
        Matcher more = Pattern.compile("href=\"(/me/bookmarks\\?[^\"]*after=[^\"]+)\"").matcher(page);
        assertThat(more.find()).as("a link to more").isTrue();
        return more.group(1).replace("&amp;", "&");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static long id(UserDetails user) {
        return ((AccountPrincipal) user).id();
    }
}
