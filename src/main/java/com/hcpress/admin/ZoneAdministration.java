package com.hcpress.admin;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.audit.AuditLog;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ContentEditor;
import com.hcpress.content.NewZone;

/** Creating and changing zones, each change and its audit entry in one transaction. */
@Service
@Transactional
public class ZoneAdministration {

    private final ContentEditor editor;
    private final ContentCatalog catalog;
    private final AuditLog audit;

    ZoneAdministration(ContentEditor editor, ContentCatalog catalog, AuditLog audit) {
        this.editor = editor;
        this.catalog = catalog;
        this.audit = audit;
    }

    public ZoneSaved create(long actorId, ZoneDraft draft) {
        Map<String, String> problems = new HashMap<>(draft.problems(true));
        if (problems.isEmpty() && catalog.zoneSlugTaken(draft.toZone().slug())) {
            problems.put("slug", "zones.error.slug.taken");
        }
        if (!problems.isEmpty()) {
            return new ZoneSaved(null, Map.copyOf(problems));
        }
        NewZone zone = draft.toZone();
        long id = editor.createZone(zone);
        audit.record(actorId, "zone.created", "zone:" + id, null, zone.slug());
        return new ZoneSaved(id, Map.of());
    }

    public ZoneSaved update(long actorId, long zoneId, ZoneDraft draft) {
        Map<String, String> problems = draft.problems(false);
        if (!problems.isEmpty()) {
            return new ZoneSaved(null, problems);
        }
        NewZone before = catalog.zoneDetails(zoneId).orElseThrow();
        NewZone after = draft.toZone();
        editor.updateZone(zoneId, after);
        audit.record(actorId, "zone.changed", "zone:" + zoneId, before.nameZh() + " / " + before.nameEn(),
                after.nameZh() + " / " + after.nameEn());
        return new ZoneSaved(zoneId, Map.of());
    }
}
