package com.hcpress.gate;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ZoneView;
import com.hcpress.shared.personaldata.DataSubject;
import com.hcpress.shared.personaldata.ExportRows;
import com.hcpress.shared.personaldata.PersonalDataHolder;

/** The zones whose "passed" screen the account has seen, and when. The rows go with the account row. */
@Component
@Order(100)
class GatePersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final ContentCatalog content;

    GatePersonalData(JdbcClient jdbc, ContentCatalog content) {
        this.jdbc = jdbc;
        this.content = content;
    }

    @Override
    public Map<String, Object> export(long accountId) {
        List<Map<String, Object>> passes = ExportRows.of(jdbc,
                "select zone_id as zone, shown_at from gate_pass where user_id = ?", accountId);
        passes.forEach(pass -> pass.put("zone", content.zone(((Number) pass.get("zone")).longValue())
                .map(ZoneView::slug).orElse(null)));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("gatePasses", passes.stream()
                .sorted(Comparator.comparing((Map<String, Object> pass) -> String.valueOf(pass.get("zone"))))
                .toList());
        return data;
    }

    @Override
    public void erase(DataSubject subject) {
        // gate_pass cascades from app_user.
    }
}
