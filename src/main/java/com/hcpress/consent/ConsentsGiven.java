package com.hcpress.consent;

import java.util.Collection;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which of a batch of accounts have ever agreed to a document, any version, whatever they chose
 * since: the steps of a zone's gate funnel in the newsroom's statistics. One query per batch.
 */
@Service
@Transactional(readOnly = true)
public class ConsentsGiven {

    private final JdbcClient jdbc;

    ConsentsGiven(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Those of {@code accountIds} who agreed to the identity agreement. */
    public Set<Long> identityAgreed(Collection<Long> accountIds) {
        return agreed(accountIds, DocumentKind.IDENTITY_AGREEMENT, null);
    }

    /** Those of {@code accountIds} who agreed to the zone's informed consent. */
    public Set<Long> zoneConsentAgreed(long zoneId, Collection<Long> accountIds) {
        return agreed(accountIds, DocumentKind.ZONE_CONSENT, zoneId);
    }

    private Set<Long> agreed(Collection<Long> accountIds, DocumentKind kind, Long zoneId) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        Long[] ids = accountIds.stream().distinct().toArray(Long[]::new);
        String sql = """
                select distinct e.user_id from consent_event e join legal_document d on d.id = e.document_id
                 where e.user_id = any(?) and d.kind = ? and e.choice = 'AGREED'""";
        return Set.copyOf((zoneId == null ? jdbc.sql(sql).params(ids, kind.name())
                : jdbc.sql(sql + " and d.zone_id = ?").params(ids, kind.name(), zoneId))
                .query(Long.class).list());
    }
}
