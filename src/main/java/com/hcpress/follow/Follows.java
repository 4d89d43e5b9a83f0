package com.hcpress.follow;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.content.ArticleBylines;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ZoneView;

/**
 * What a reader follows: zones and experts (by name), at most {@link #MAX_FOLLOWS}, and how often
 * they want the email digest of new articles.
 */
@Service
@Transactional
public class Follows {

    public static final int MAX_FOLLOWS = 200;
    /** The first key of the per-reader advisory locks of follows ("foll"). */
    private static final int FOLLOW_LOCKS = 0x666f6c6c;

    /** Thrown when a reader follows {@link #MAX_FOLLOWS} already. */
    public static final class TooManyFollowsException extends RuntimeException {
        TooManyFollowsException() {
            super("At most " + MAX_FOLLOWS + " follows");
        }
    }

    private final JdbcClient jdbc;
    private final ArticleBylines bylines;
    private final ContentCatalog catalog;

    Follows(JdbcClient jdbc, ArticleBylines bylines, ContentCatalog catalog) {
        this.jdbc = jdbc;
        this.bylines = bylines;
        this.catalog = catalog;
    }

    /** The followable names of a published article, or empty. */
    @Transactional(readOnly = true)
    public Optional<ArticleNames> article(String slug) {
        return bylines.published(slug).map(article -> new ArticleNames(article.id(), article.slug(), article.zoneId(),
                article.expertName(), article.authorCredit()));
    }

    @Transactional(readOnly = true)
    public boolean followsZone(long accountId, long zoneId) {
        return jdbc.sql("select exists (select 1 from follow where account_id = ? and zone_id = ?)")
                .params(accountId, zoneId).query(Boolean.class).single();
    }

    /** Which of {@code names} the reader follows. */
    @Transactional(readOnly = true)
    public Set<String> followedExperts(long accountId, List<String> names) {
        if (names.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select expert_name from follow where account_id = :account and expert_name in (:names)")
                .param("account", accountId).param("names", names).query(String.class).list());
    }

    /** Follows the zone, or stops following it; answers whether it is followed now. */
    public boolean toggleZone(long accountId, long zoneId) {
        lock(accountId);
        if (jdbc.sql("delete from follow where account_id = ? and zone_id = ?").params(accountId, zoneId).update() > 0) {
            return false;
        }
        checkRoom(accountId);
        jdbc.sql("insert into follow (account_id, zone_id) values (?, ?)").params(accountId, zoneId).update();
        return true;
    }

    /** Follows the expert, or stops following them; answers whether they are followed now. */
    public boolean toggleExpert(long accountId, String name) {
        if (name == null || name.isBlank() || name.length() > ArticleNames.MAX_NAME) {
            throw new IllegalArgumentException("Not an expert's name");
        }
        lock(accountId);
        if (jdbc.sql("delete from follow where account_id = ? and expert_name = ?").params(accountId, name).update() > 0) {
            return false;
        }
        checkRoom(accountId);
        jdbc.sql("insert into follow (account_id, expert_name) values (?, ?)").params(accountId, name).update();
        return true;
    }

    /** Stops one follow; false when it is not the reader's. */
    public boolean remove(long accountId, long followId) {
        return jdbc.sql("delete from follow where id = ? and account_id = ?").params(followId, accountId).update() == 1;
    }

    /** Everything the reader follows, newest first. */
    @Transactional(readOnly = true)
    public List<FollowView> list(long accountId) {
        record Row(long id, Long zoneId, String expertName, java.time.Instant createdAt) {
        }
        List<Row> rows = jdbc.sql("""
                        select f.id, f.zone_id, f.expert_name, f.created_at from follow f
                         where f.account_id = ? order by f.created_at desc, f.id desc""")
                .param(accountId)
                .query((row, n) -> new Row(row.getLong("id"), (Long) row.getObject("zone_id"), row.getString("expert_name"),
                        row.getTimestamp("created_at").toInstant()))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, ZoneView> zones = catalog.zones().stream().collect(Collectors.toMap(ZoneView::id, Function.identity()));
        Map<String, Set<Long>> expertZones = bylines.zonesNaming(rows.stream().map(Row::expertName)
                .filter(Objects::nonNull).toList());
        return rows.stream().map(row -> {
            ZoneView zone = row.zoneId() == null ? null : zones.get(row.zoneId());
            return new FollowView(row.id(), row.zoneId(), zone == null ? null : zone.slug(),
                    zone == null ? null : zone.nameZh(), zone == null ? null : zone.nameEn(), row.expertName(),
                    row.createdAt(), row.expertName() == null ? List.of()
                            : List.copyOf(expertZones.getOrDefault(row.expertName(), Set.of())));
        }).toList();
    }

    @Transactional(readOnly = true)
    public Optional<DigestFrequency> digest(long accountId) {
        return jdbc.sql("select frequency from follow_digest where account_id = ?").param(accountId)
                .query(String.class).optional().map(DigestFrequency::valueOf);
    }

    /** Sets the digest; the first one gathers what is announced from now on. */
    public void setDigest(long accountId, Optional<DigestFrequency> frequency) {
        if (frequency.isEmpty()) {
            jdbc.sql("delete from follow_digest where account_id = ?").param(accountId).update();
            return;
        }
        jdbc.sql("insert into follow_digest (account_id, frequency) values (?, ?) "
                        + "on conflict (account_id) do update set frequency = excluded.frequency")
                .params(accountId, frequency.get().name()).update();
    }

    /** Turns the digest off (the one-click link of a digest email); false when it was off already. */
    public boolean stopDigest(long accountId) {
        return jdbc.sql("delete from follow_digest where account_id = ?").param(accountId).update() > 0;
    }

    private void lock(long accountId) {
        // Serialises one reader's follow changes, so the limit holds; a lock of follow's own, by the account.
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(FOLLOW_LOCKS, Long.hashCode(accountId))
                .query((rs, n) -> 1).single();
    }

    private void checkRoom(long accountId) {
        long held = jdbc.sql("select count(*) from follow where account_id = ?").param(accountId).query(Long.class).single();
        if (held >= MAX_FOLLOWS) {
            throw new TooManyFollowsException();
        }
    }
}
