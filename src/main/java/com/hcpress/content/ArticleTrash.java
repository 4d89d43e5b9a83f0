package com.hcpress.content;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.audit.AuditLog;

/**
 * Deleting an article moves it to the trash: it leaves the site and the search index at once
 * (it is unpublished) and comes back, as a draft, if restored within {@link #KEPT}. After that a
 * job deletes it for good with its history; every instance schedules the job, and a PostgreSQL
 * advisory lock lets one run it at a time.
 */
@Service
@Transactional
public class ArticleTrash {

    public static final Duration KEPT = Duration.ofDays(30);
    static final long LOCK = 0x5452415348L; // "TRASH"
    private static final Logger log = LoggerFactory.getLogger(ArticleTrash.class);

    private final Articles articles;
    private final ArticleRenderer rendering;
    private final ZoneGrants grants;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    ArticleTrash(Articles articles, ArticleRenderer rendering, ZoneGrants grants, AuditLog audit,
                 ApplicationEventPublisher events, JdbcClient jdbc) {
        this.articles = articles;
        this.rendering = rendering;
        this.grants = grants;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
    }

    public void delete(long articleId, long expectedVersion, Staff staff) {
        Article article = articles.findById(articleId).orElseThrow(() -> new IllegalArgumentException("No article " + articleId));
        if (article.isDeleted()) {
            return;
        }
        if (article.version() != expectedVersion) {
            throw new ArticleConflictException(articleId);
        }
        require(staff, article);
        ArticleStatus before = article.status();
        rendering.applyPending(article);
        article.delete(staff.id());
        audit.record(staff.id(), "article.deleted", "article:" + articleId, before.name(), "trash");
        events.publishEvent(new ArticleChanged(articleId));
    }

    public void restore(long articleId, Staff staff) {
        Article article = articles.findById(articleId).orElseThrow(() -> new IllegalArgumentException("No article " + articleId));
        if (!article.isDeleted()) {
            return;
        }
        require(staff, article);
        article.restoreFromTrash();
        audit.record(staff.id(), "article.restored-from-trash", "article:" + articleId, "trash", article.status().name());
        events.publishEvent(new ArticleChanged(articleId));
    }

    /** Deletes for good what has been in the trash longer than {@link #KEPT}; -1 when another instance runs it. */
    @Scheduled(initialDelayString = "${hcpress.editorial.trash-check:PT1H}",
            fixedDelayString = "${hcpress.editorial.trash-check:PT1H}")
    public int purgeExpired() {
        Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single();
        if (!Boolean.TRUE.equals(locked)) {
            return -1;
        }
        List<Long> expired = jdbc.sql("select id from article where deleted_at <= now() - make_interval(secs => ?)"
                        + " order by id limit 100")
                .param(KEPT.toSeconds()).query(Long.class).list();
        for (long id : expired) {
            events.publishEvent(new ArticlePurging(id));
            jdbc.sql("delete from article where id = ?").param(id).update();
            audit.record(null, "article.purged", "article:" + id);
        }
        if (!expired.isEmpty()) {
            log.info("Purged {} articles from the trash", expired.size());
        }
        return expired.size();
    }

    private void require(Staff staff, Article article) {
        if (!grants.may(staff, rendering.workingZone(article), Duty.PUBLISH)) {
            throw new NotPermittedException(Duty.PUBLISH, rendering.workingZone(article));
        }
    }
}
