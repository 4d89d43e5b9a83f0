package com.hcpress.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ZoneView;
import com.hcpress.gate.Gate;

/** The gate's answer per zone for one user, asked once per zone within one search. */
final class ZoneAccess {

    private final Gate gate;
    private final AccountPrincipal user;
    private final Map<Long, Boolean> decided = new HashMap<>();

    ZoneAccess(Gate gate, AccountPrincipal user) {
        this.gate = gate;
        this.user = user;
    }

    boolean admits(long zoneId) {
        return decided.computeIfAbsent(zoneId, id -> gate.admits(user, id));
    }

    Split split(Collection<ZoneView> zones) {
        Map<Boolean, Set<Long>> byAdmission = zones.stream().map(ZoneView::id)
                .collect(Collectors.partitioningBy(this::admits, Collectors.toSet()));
        return new Split(byAdmission.get(true), byAdmission.get(false));
    }

    /** The zones whose gate the user passed, and the others. */
    record Split(Set<Long> open, Set<Long> locked) {
    }
}
