package com.hcpress.follow;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.hcpress.message.MessageProperties;
import com.hcpress.message.Messages;
import com.hcpress.message.Recipient;

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

    private record Due(long accountId, Timestamp coveredUntil, String email, String language) {
    }

    private record NewArticle(String slug, String title) {
    }

    private final JdbcClient jdbc;
    private final Messages messages;
    private final MessageProperties properties;
    private final TransactionTemplate transactions;
    private final DigestUnsubscribeLinks unsubscribeLinks;

    FollowDigests(JdbcClient jdbc, Messages messages, MessageProperties properties, TransactionTemplate transactions,
                  DigestUnsubscribeLinks unsubscribeLinks) {
        this.unsubscribeLinks = unsubscribeLinks;
        this.jdbc = jdbc;
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
                        select d.account_id, d.covered_until, u.email, l.language
                          from follow_digest d join app_user u on u.id = d.account_id
                          left join notification_language l on l.account_id = d.account_id
                         where d.last_sent_at <= now() - case d.frequency when 'DAILY' then interval '1 day'
                                                                          else interval '7 days' end
                         order by d.last_sent_at limit :batch
                           for update of d skip locked""")
                .param("batch", BATCH)
                .query((row, n) -> new Due(row.getLong("account_id"), row.getTimestamp("covered_until"),
                        row.getString("email"), row.getString("language")))
                .list();
        int written = 0;
        for (Due reader : due) {
            List<NewArticle> articles = jdbc.sql("""
                            select a.slug, a.title from follow_announcement n join article a on a.id = n.article_id
                             where n.announced_at > :since and n.announced_at <= now() - cast(:settled as interval)
                               and a.status = 'PUBLISHED'
                               and exists (select 1 from follow f where f.account_id = :account
                                            and (f.zone_id = a.zone_id or f.expert_name = a.expert_name
                                                 or f.expert_name = a.author_credit))
                             order by n.announced_at desc, a.id desc limit :max""")
                    .param("since", reader.coveredUntil()).param("settled", SETTLED).param("account", reader.accountId())
                    .param("max", MAX_ARTICLES)
                    .query((row, n) -> new NewArticle(row.getString("slug"), row.getString("title"))).list();
            if (!articles.isEmpty() && reader.email() != null) {
                messages.send(Recipient.email(reader.accountId(), reader.email(), locale(reader.language())), TEMPLATE,
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

    private String lines(List<NewArticle> articles) {
        StringBuilder text = new StringBuilder();
        for (NewArticle article : articles) {
            text.append("- ").append(article.title()).append('\n')
                    .append("  ").append(properties.publicUrl()).append("/articles/").append(article.slug()).append('\n');
        }
        return text.toString().strip();
    }

    private static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
