package com.hcpress.content;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.hcpress.account.AccountPrincipal;
import com.hcpress.shared.cache.CacheChanges;
import com.hcpress.shared.cache.CacheRegistry;

/**
 * Whether the header shows the 编辑 link: to content staff, and to accounts holding only a zone
 * role (an author or a medical reviewer of one zone), whom the article console admits too.
 * <p>
 * Only the link: the console itself asks {@link ZoneGrants} at every step. Whether an account
 * holds a zone role is kept per account, dropped on every instance when a role of that account is
 * given or taken, so a page does not pay a query for its header; a change written straight into the
 * database is seen within {@link #LIFETIME}. A reader's page pays one query in that time. Kept
 * pages that every reader shares carry the link in their key, with the roles.
 */
@Component("consoleLink")
public class ConsoleLink {

    static final String CHANGES = "zone-grant";
    /**
     * Only for a change written straight into the database: role changes through HCPress drop the
     * answer at once. Not refreshed in the background: with thousands of readers the refreshes
     * contended with each other and with the pages on the cache's map of refreshes in flight.
     */
    static final Duration LIFETIME = Duration.ofMinutes(10);

    private final LoadingCache<Long, Boolean> holders;

    ConsoleLink(JdbcClient jdbc, CacheChanges changes, CacheRegistry caches) {
        this.holders = caches.register("zone-role-holders", Caffeine.newBuilder()
                .maximumSize(20_000).expireAfterWrite(LIFETIME).recordStats()
                .build(id -> jdbc.sql("select exists (select 1 from zone_grant where account_id = ?)").param(id)
                        .query(Boolean.class).single()));
        changes.subscribe(CHANGES, key -> {
            if (CacheChanges.EVERYTHING.equals(key)) {
                holders.invalidateAll();
            } else {
                holders.invalidate(Long.parseLong(key));
            }
        });
    }

    /** For templates: {@code ${@consoleLink.shows(#authentication)}}. */
    public boolean shows(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal account
                && shows(account);
    }

    public boolean shows(AccountPrincipal account) {
        if (account == null) {
            return false;
        }
        return account.isContentStaff() || holders.get(account.id());
    }
}
