package com.hcpress.follow;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import com.hcpress.content.ArticleBylines;
import com.hcpress.content.ArticleChanged;
import com.hcpress.content.PublishedByline;
import com.hcpress.notification.NotificationCategory;
import com.hcpress.notification.Notifications;

/**
 * Announces an article's first publication to everyone following its zone or one of its names, in
 * the notification centre (and by email or SMS if a reader chose that for new articles). It runs
 * once the publication has committed, in a transaction of its own, so it reads the article as
 * published; {@code follow_announcement} makes sure it happens once, whatever later revisions do.
 */
@Component
class FollowAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(FollowAnnouncer.class);


    private final JdbcClient jdbc;
    private final ArticleBylines bylines;
    private final Notifications notifications;

    FollowAnnouncer(JdbcClient jdbc, Notifications notifications, ArticleBylines bylines) {
        this.jdbc = jdbc;
        this.bylines = bylines;
        this.notifications = notifications;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void changed(ArticleChanged change) {
        Optional<PublishedByline> article = bylines.published(change.articleId());
        if (article.isEmpty()) {
            return;
        }
        boolean first = jdbc.sql("insert into follow_announcement (article_id) values (?) on conflict do nothing")
                .param(change.articleId()).update() == 1;
        if (!first) {
            return;
        }
        PublishedByline published = article.get();
        List<Long> followers = jdbc.sql("""
                        select distinct account_id from follow
                         where zone_id = :zone or expert_name = :expert or expert_name = :author""")
                .param("zone", published.zoneId())
                .param("expert", published.expertName() == null ? "" : published.expertName().strip())
                .param("author", published.authorCredit() == null ? "" : published.authorCredit().strip())
                .query(Long.class).list();
        for (long follower : followers) {
            notifications.notify(follower, NotificationCategory.NEW_ARTICLE, "/articles/" + published.slug(),
                    Map.of("article", published.title()));
        }
        if (!followers.isEmpty()) {
            log.info("Told {} followers about article {}", followers.size(), published.slug());
        }
    }
}
