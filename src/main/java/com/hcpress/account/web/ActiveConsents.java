package com.hcpress.account.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.hcpress.consent.ConsentChoice;
import com.hcpress.consent.ConsentRecord;

/** From a ledger (newest first): the agreements still standing, one per document kind and zone. */
final class ActiveConsents {

    private ActiveConsents() {
    }

    static List<ConsentRecord> of(List<ConsentRecord> ledger) {
        Set<String> seen = new HashSet<>();
        List<ConsentRecord> active = new ArrayList<>();
        for (ConsentRecord record : ledger) {
            String scope = record.document().kind() + ":" + record.document().zoneId();
            if (seen.add(scope) && record.choice() == ConsentChoice.AGREED) {
                active.add(record);
            }
        }
        return active;
    }
}
