package com.hcpress.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ArticleSummary;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/** Fifty readers posting, replying and liking at once lose nothing, and every stored count holds. */
@HcpressIntegrationTest
class CommentConcurrencyTest {

    static final int READERS = 50;

    @Autowired
    Comments comments;
    final TestUsers readers;
    final Recount recount;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    CommentConcurrencyTest(ApplicationContext context) {
        this.readers = context.getBean(TestUsers.class);
        this.recount = new Recount(context.getBean(JdbcClient.class));
    }

    @Test
    void fiftyReadersPostingAndLikingAtOnceLoseNoCommentAndNoLike() throws Exception {
        ArticleSummary article = readers.freshArticle();
        CommentView target = comments.post(readers.passedReader(), article, "大家都来点赞和回复的评论", null);
        List<AccountPrincipal> crowd = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            crowd.add(readers.passedReader());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        List<Future<Long>> done = new ArrayList<>();
        for (AccountPrincipal reader : crowd) {
            Callable<Long> work = () -> {
                start.await();
                long mine = comments.post(reader, article, "并发评论", "concurrent-" + reader.id()).id();
                comments.post(reader, article, "并发评论", "concurrent-" + reader.id()); // the double click
                comments.reply(reader, article, target.id(), "并发回复", null);
                comments.like(reader, article, target.id());
                comments.like(reader, article, target.id());
                return mine;
            };
            done.add(pool.submit(work));
        }
        start.countDown();
        List<Long> posted = new ArrayList<>();
        for (Future<Long> result : done) {
            posted.add(result.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(posted).doesNotHaveDuplicates().hasSize(READERS);
        CommentView after = comments.comment(crowd.get(0), article, target.id());
        assertThat(after.likeCount()).isEqualTo(READERS);
        assertThat(after.replyCount()).isEqualTo(READERS);
        assertThat(comments.count(crowd.get(0), article)).isEqualTo(1 + READERS + READERS);
        assertThat(jdbc.sql("select count(*) from comment_like where comment_id = ?").param(target.id())
                .query(Long.class).single()).isEqualTo(READERS);
        assertThat(recount.matches(article.id())).isTrue();
    }
}
