package com.hcpress.follow;

import java.sql.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a reader follows: zones and experts (by name), at most {@link #MAX_FOLLOWS}, and how often
 * they want the email digest of new articles.
 */
@Service
@Transactional
public class Follows {

    public static final int MAX_FOLLOWS = 200;

    /** Thrown when a reader follows {@link #MAX_FOLLOWS} already. */
    public static final class TooManyFollowsException extends RuntimeException {
        TooManyFollowsException() {
            super("At most " + MAX_FOLLOWS + " follows");
        }
    }

    private final JdbcClient jdbc;

    Follows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The followable names of a published article, or empty. */
    @Transactional(readOnly = true)
    public Optional<ArticleNames> article(String slug) {
        return jdbc.sql("select id, slug, zone_id, expert_name, author_credit from article "
                        + "where slug = ? and status = 'PUBLISHED'").param(slug)
                .query((row, n) -> new ArticleNames(row.getLong("id"), row.getString("slug"), row.getLong("zone_id"),
                        row.getString("expert_name"), row.getString("author_credit")))
                .optional();
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
        return jdbc.sql("""
                        select f.id, f.zone_id, z.slug, z.name_zh, z.name_en, f.expert_name, f.created_at,
                               case when f.expert_name is null then null else
                                 array(select distinct a.zone_id from article a where a.status = 'PUBLISHED'
                                        and f.expert_name in (a.expert_name, a.author_credit)) end as expert_zones
                          from follow f left join zone z on z.id = f.zone_id
                         where f.account_id = ? order by f.created_at desc, f.id desc""")
                .param(accountId)
                .query((row, n) -> new FollowView(row.getLong("id"), (Long) row.getObject("zone_id"), row.getString("slug"),
                        row.getString("name_zh"), row.getString("name_en"), row.getString("expert_name"),
                        row.getTimestamp("created_at").toInstant(), zoneIds(row.getArray("expert_zones"))))
                .list();
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
        jdbc.sql("select 1 from app_user where id = ? for update").param(accountId).query().listOfRows();
    }

    private void checkRoom(long accountId) {
        long held = jdbc.sql("select count(*) from follow where account_id = ?").param(accountId).query(Long.class).single();
        if (held >= MAX_FOLLOWS) {
            throw new TooManyFollowsException();
        }
    }

    private static List<Long> zoneIds(Array array) throws java.sql.SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<Long> ids = new ArrayList<>();
        for (Object value : values) {
            ids.add(((Number) value).longValue());
        }
        return List.copyOf(ids);
    }
}
