package com.hcpress.follow;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.hcpress.account.AccountDirectory;
import com.hcpress.content.ArticleBylines;
import com.hcpress.content.PublishedByline;
import com.hcpress.message.MessageProperties;
import com.hcpress.message.Messages;
import com.hcpress.message.Recipient;
import com.hcpress.notification.NotificationPreferences;

/**
 * Sends the email digests that are due: to each reader who chose one, the articles announced since
 * their last digest in the zones and names they follow (titles and links only: titles are public,
 * the links meet the gate). Every instance schedules the job; each batch claims its readers' rows
 * with {@code FOR UPDATE SKIP LOCKED} and moves their {@code last_sent_at} in the same transaction
 * as the outbox rows, so a digest is written once whichever instance runs it. A digest with nothing
 * new is not sent, and the time still moves on. It covers announcements up to {@link #SETTLED} ago,
 * so that one committed just after the digest's snapshot is not skipped: it goes in the next one.
 */
@Service
public class FollowDigests {

    static final int BATCH = 50;
    static final int MAX_ARTICLES = 30;
    static final String TEMPLATE = "follow-digest";
    /** Longer than an announcement takes to commit. */
    static final String SETTLED = "5 minutes";
    private static final Logger log = LoggerFactory.getLogger(FollowDigests.class);

    private record Due(long accountId, Timestamp coveredUntil) {
    }

    private final JdbcClient jdbc;
    private final Messages messages;
    private final MessageProperties properties;
    private final TransactionTemplate transactions;
    private final AccountDirectory directory;
    private final NotificationPreferences preferences;
    private final ArticleBylines bylines;
    private final DigestUnsubscribeLinks unsubscribeLinks;

    FollowDigests(JdbcClient jdbc, Messages messages, MessageProperties properties, TransactionTemplate transactions,
                  AccountDirectory directory, NotificationPreferences preferences, ArticleBylines bylines,
                  DigestUnsubscribeLinks unsubscribeLinks) {
        this.unsubscribeLinks = unsubscribeLinks;
        this.jdbc = jdbc;
        this.directory = directory;
        this.preferences = preferences;
        this.bylines = bylines;
        this.messages = messages;
        this.properties = properties;
        this.transactions = transactions;
    }

    /** Writes every due digest to the outbox; answers how many were written. */
    @Scheduled(initialDelayString = "${hcpress.follow.digest-check:PT15M}",
            fixedDelayString = "${hcpress.follow.digest-check:PT15M}")
    public int sendDue() {
        int sent = 0;
        while (true) {
            int[] batch = transactions.execute(status -> sendBatch());
            sent += batch[1];
            if (batch[0] < BATCH) {
                break;
            }
        }
        if (sent > 0) {
            log.info("Wrote {} follow digests", sent);
        }
        return sent;
    }

    /** One batch: how many readers were due, and how many digests were written. */
    private int[] sendBatch() {
        List<Due> due = jdbc.sql("""
                        select d.account_id, d.covered_until
                          from follow_digest d
                         where d.last_sent_at <= now() - case d.frequency when 'DAILY' then interval '1 day'
                                                                          else interval '7 days' end
                         order by d.last_sent_at limit :batch
                           for update of d skip locked""")
                .param("batch", BATCH)
                .query((row, n) -> new Due(row.getLong("account_id"), row.getTimestamp("covered_until")))
                .list();
        if (due.isEmpty()) {
            return new int[] {0, 0};
        }
        List<Long> accounts = due.stream().map(Due::accountId).toList();
        Map<Long, String> emails = directory.emails(accounts);
        Map<Long, Locale> languages = preferences.languages(accounts);
        Announced announced = announcedSince(due.stream().map(Due::coveredUntil).min(Timestamp::compareTo).orElseThrow());
        Map<Long, List<Followed>> follows = new HashMap<>();
        jdbc.sql("select account_id, zone_id, expert_name from follow where account_id = any(?)")
                .param(accounts.toArray(Long[]::new))
                .query((ResultSet row) -> {
                    follows.computeIfAbsent(row.getLong("account_id"), id -> new ArrayList<>())
                            .add(new Followed((Long) row.getObject("zone_id"), row.getString("expert_name")));
                });
        int written = 0;
        for (Due reader : due) {
            List<PublishedByline> articles = announced.forReader(reader.coveredUntil(),
                    follows.getOrDefault(reader.accountId(), List.of()));
            String email = emails.get(reader.accountId());
            if (!articles.isEmpty() && email != null) {
                messages.send(Recipient.email(reader.accountId(), email, languages.get(reader.accountId())), TEMPLATE,
                        Map.of("count", articles.size(), "articles", lines(articles),
                                "settings", properties.publicUrl() + "/me/follows",
                                "unsubscribe", unsubscribeLinks.url(reader.accountId())),
                        DigestUnsubscribeLinks.CATEGORY);
                written++;
            }
            jdbc.sql("update follow_digest set last_sent_at = now(), covered_until = "
                            + "greatest(covered_until, now() - cast(? as interval)) where account_id = ?")
                    .params(SETTLED, reader.accountId()).update();
        }
        return new int[] {due.size(), written};
    }

    /** A zone (zoneId) or a name (expertName) a reader follows. */
    private record Followed(Long zoneId, String expertName) {

        boolean covers(PublishedByline article) {
            return (zoneId != null && zoneId == article.zoneId())
                    || (expertName != null && (expertName.equals(article.expertName()) || expertName.equals(article.authorCredit())));
        }
    }

    /** The articles announced in a batch's window that are still published, newest announcement first. */
    private record Announced(List<Timestamp> at, List<PublishedByline> articles) {

        /** Those after {@code since} that the reader follows, at most {@link #MAX_ARTICLES}. */
        List<PublishedByline> forReader(Timestamp since, List<Followed> followed) {
            List<PublishedByline> found = new ArrayList<>();
            for (int i = 0; i < articles.size() && found.size() < MAX_ARTICLES; i++) {
                PublishedByline article = articles.get(i);
                if (at.get(i).after(since) && followed.stream().anyMatch(f -> f.covers(article))) {
                    found.add(article);
                }
            }
            return found;
        }
    }

    /** The settled announcements after {@code since}, with the articles asked of content in one lookup. */
    private Announced announcedSince(Timestamp since) {
        record Announcement(long articleId, Timestamp at) {
        }
        List<Announcement> announcements = jdbc.sql("""
                        select article_id, announced_at from follow_announcement
                         where announced_at > ? and announced_at <= now() - cast(? as interval)
                         order by announced_at desc, article_id desc""")
                .params(since, SETTLED)
                .query((row, n) -> new Announcement(row.getLong("article_id"), row.getTimestamp("announced_at"))).list();
        Map<Long, PublishedByline> published = bylines.published(announcements.stream().map(Announcement::articleId).toList())
                .stream().collect(Collectors.toMap(PublishedByline::id, Function.identity()));
        List<Timestamp> at = new ArrayList<>();
        List<PublishedByline> articles = new ArrayList<>();
        for (Announcement announcement : announcements) {
            PublishedByline article = published.get(announcement.articleId());
            if (article != null) {
                at.add(announcement.at());
                articles.add(article);
            }
        }
        return new Announced(at, articles);
    }

    private String lines(List<PublishedByline> articles) {
        StringBuilder text = new StringBuilder();
        for (PublishedByline article : articles) {
            text.append("- ").append(article.title()).append('\n')
                    .append("  ").append(properties.publicUrl()).append("/articles/").append(article.slug()).append('\n');
        }
        return text.toString().strip();
    }
}
