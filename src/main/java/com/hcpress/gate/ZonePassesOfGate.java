package com.hcpress.gate;

import java.util.Collection;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.analytics.ZonePasses;

/** Answers the gate funnel's last step from the passes the gate keeps, one query per batch. */
@Component
@Transactional(readOnly = true)
class ZonePassesOfGate implements ZonePasses {

    private final JdbcClient jdbc;

    ZonePassesOfGate(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> passed(long zoneId, Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select user_id from gate_pass where zone_id = ? and user_id = any(?)")
                .params(zoneId, accountIds.stream().distinct().toArray(Long[]::new)).query(Long.class).list());
    }
}
