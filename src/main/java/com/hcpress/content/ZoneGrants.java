package com.hcpress.content;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.audit.AuditLog;
import com.hcpress.shared.cache.CacheChanges;

/**
 * Roles held in single zones, and what each account may do in a zone. Read from the database at
 * every step (steps are rare, and a removed role must stop working at once); no cache.
 */
@Service
@Transactional
public class ZoneGrants {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CacheChanges changes;

    ZoneGrants(JdbcClient jdbc, AuditLog audit, CacheChanges changes) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.changes = changes;
    }

    @Transactional(readOnly = true)
    public Set<ZoneRole> rolesIn(long accountId, long zoneId) {
        Set<ZoneRole> roles = EnumSet.noneOf(ZoneRole.class);
        jdbc.sql("select role from zone_grant where account_id = ? and zone_id = ?").params(accountId, zoneId)
                .query(String.class).list().forEach(role -> roles.add(ZoneRole.valueOf(role)));
        return roles;
    }

    /** Whether the account holds a role in any zone, which opens the article console to it. */
    @Transactional(readOnly = true)
    public boolean holdsAny(long accountId) {
        return jdbc.sql("select exists (select 1 from zone_grant where account_id = ?)").param(accountId)
                .query(Boolean.class).single();
    }

    /** The zones where the account holds some role. */
    @Transactional(readOnly = true)
    public Set<Long> zonesOf(long accountId) {
        return new java.util.TreeSet<>(jdbc.sql("select distinct zone_id from zone_grant where account_id = ?")
                .param(accountId).query(Long.class).list());
    }

    /** Whether {@code staff} may take a step needing {@code duty} on an article of the zone. */
    @Transactional(readOnly = true)
    public boolean may(Staff staff, long zoneId, Duty duty) {
        if (staff.administrator()) {
            return true;
        }
        if (staff.editor() && duty != Duty.REVIEW) {
            return true;
        }
        Set<ZoneRole> roles = rolesIn(staff.id(), zoneId);
        switch (duty) {
            case WRITE:
                return roles.contains(ZoneRole.AUTHOR) || roles.contains(ZoneRole.CHIEF_EDITOR);
            case REVIEW:
                return roles.contains(ZoneRole.MEDICAL_REVIEWER);
            case PUBLISH:
                return roles.contains(ZoneRole.CHIEF_EDITOR);
            default:
                return false;
        }
    }

    /** Whether {@code staff} may take any step at all on the zone's articles. */
    @Transactional(readOnly = true)
    public boolean mayDoAnything(Staff staff, long zoneId) {
        for (Duty duty : Duty.values()) {
            if (may(staff, zoneId, duty)) {
                return true;
            }
        }
        return false;
    }

    @Transactional(readOnly = true)
    public List<ZoneGrant> ofZone(long zoneId) {
        return jdbc.sql("select account_id, zone_id, role, granted_at from zone_grant where zone_id = ? order by role, account_id")
                .param(zoneId)
                .query((rs, row) -> new ZoneGrant(rs.getLong("account_id"), rs.getLong("zone_id"),
                        ZoneRole.valueOf(rs.getString("role")), rs.getTimestamp("granted_at").toInstant()))
                .list();
    }

    /** Gives the role; giving it again changes nothing and writes no audit entry. */
    public boolean grant(long administratorId, long accountId, long zoneId, ZoneRole role) {
        int added = jdbc.sql("insert into zone_grant (account_id, zone_id, role, granted_by) values (?, ?, ?, ?)"
                        + " on conflict do nothing")
                .params(accountId, zoneId, role.name(), administratorId).update();
        if (added > 0) {
            audit.record(administratorId, "zone.role-granted", "account:" + accountId, null, "zone:" + zoneId + " " + role);
            changes.announce(ConsoleLink.CHANGES, Long.toString(accountId));
        }
        return added > 0;
    }

    public boolean revoke(long administratorId, long accountId, long zoneId, ZoneRole role) {
        int removed = jdbc.sql("delete from zone_grant where account_id = ? and zone_id = ? and role = ?")
                .params(accountId, zoneId, role.name()).update();
        if (removed > 0) {
            audit.record(administratorId, "zone.role-revoked", "account:" + accountId, "zone:" + zoneId + " " + role, null);
            changes.announce(ConsoleLink.CHANGES, Long.toString(accountId));
        }
        return removed > 0;
    }
}
