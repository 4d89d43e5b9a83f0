package com.hcpress.verification;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The verified profile of readers whose latest submission is approved, not revoked and still in
 * force (within {@link ApprovalValidity}): what a reader who chose to appear as verified is shown as.
 */
@Service
@Transactional(readOnly = true)
public class VerifiedProfiles {

    /** Name, title and institution as approved. */
    public record VerifiedProfile(String realName, String title, String institution) {
    }

    private final JdbcClient jdbc;
    private final ApprovalValidity validity;

    VerifiedProfiles(JdbcClient jdbc, ApprovalValidity validity) {
        this.jdbc = jdbc;
        this.validity = validity;
    }

    /** The profile in force of each of these accounts that has one, in one query. */
    public Map<Long, VerifiedProfile> inForce(Collection<Long> accountIds) {
        Map<Long, VerifiedProfile> profiles = new HashMap<>();
        if (accountIds.isEmpty()) {
            return profiles;
        }
        jdbc.sql("""
                        select s.user_id, s.real_name, s.title, s.institution
                        from unnest(cast(? as bigint[])) as a (id)
                        join lateral (select * from verification_submission v where v.user_id = a.id
                                      order by v.id desc limit 1) s on true
                        where s.status = 'APPROVED' and s.revocation_reason is null
                          and s.decided_at > now() - cast(? as interval)
                        """)
                .params(accountIds.stream().distinct().toArray(Long[]::new), validity.asInterval())
                .query(rs -> {
                    profiles.put(rs.getLong("user_id"), new VerifiedProfile(rs.getString("real_name"),
                            rs.getString("title"), rs.getString("institution")));
                });
        return profiles;
    }
}
