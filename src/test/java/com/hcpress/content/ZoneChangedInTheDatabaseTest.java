package com.hcpress.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.consent.Consents;
import com.hcpress.consent.DocumentKind;
import com.hcpress.consent.LegalDocument;
import com.hcpress.support.HcpressIntegrationTest;

/**
 * Zones, and which zones have a published informed consent, are kept in one copy each, read on
 * every zone page and search. A change through the application shows at once; a change written
 * straight in the database shows as soon as its trigger's notice arrives, not after the copies'
 * minutes of lifetime.
 */
@HcpressIntegrationTest
class ZoneChangedInTheDatabaseTest {

    /** Far below the kept copies' lifetime: only the notice can make it. */
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @Autowired
    ContentCatalog catalog;
    @Autowired
    ContentEditor editor;
    @Autowired
    Consents consents;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void aZoneAddedOrChangedThroughTheApplicationShowsAtOnce() {
        String slug = freshSlug();
        assertThat(catalog.zone(slug)).isEmpty();

        long id = editor.createZone(new NewZone(slug, "新专区", "New zone", "", "", 90));
        assertThat(catalog.zone(slug)).map(ZoneView::id).contains(id);
        assertThat(catalog.zones()).extracting(ZoneView::slug).contains(slug);

        editor.updateZone(id, new NewZone(slug, "改名专区", "Renamed zone", "", "", 90));
        assertThat(catalog.zone(id)).map(ZoneView::nameEn).contains("Renamed zone");

        removeStraightInTheDatabase(id);
    }

    @Test
    void aZoneChangedStraightInTheDatabaseShowsOnItsPageOnceTheNoticeArrives() throws Exception {
        String slug = freshSlug();
        long id = editor.createZone(new NewZone(slug, "手改专区", "Hand-edited zone", "", "", 91));
        assertThat(page(slug)).contains("Hand-edited zone");

        jdbc.sql("update zone set name_en = 'Corrected by hand', name_zh = '手工改正' where id = ?").param(id).update();
        await().atMost(DEADLINE).until(() -> catalog.zone(slug).map(ZoneView::nameEn).orElse(""),
                "Corrected by hand"::equals);
        await().atMost(DEADLINE).until(() -> page(slug).contains("Corrected by hand"));

        jdbc.sql("delete from zone where id = ?").param(id).update();
        await().atMost(DEADLINE).until(() -> catalog.zone(slug).isEmpty() && catalog.zone(id).isEmpty());
        assertThat(catalog.zones()).extracting(ZoneView::slug).doesNotContain(slug);
    }

    @Test
    void aZoneIsListedAtOnceWhenItsConsentIsPublishedAndUnlistedWhenTheConsentIsRemovedInTheDatabase() {
        String slug = freshSlug();
        long id = editor.createZone(new NewZone(slug, "待同意专区", "Zone awaiting consent", "", "", 92));
        assertThat(catalog.listedZones()).extracting(ZoneView::id).doesNotContain(id);

        LegalDocument consent = consents.publish(DocumentKind.ZONE_CONSENT, id, LocalDate.now(), "知情同意", "Informed consent",
                "同意书正文。", "The consent's text.");
        assertThat(catalog.listedZones()).extracting(ZoneView::id).contains(id);

        jdbc.sql("delete from legal_document where id = ?").param(consent.id()).update();
        await().atMost(DEADLINE).until(() -> catalog.listedZones().stream().noneMatch(zone -> zone.id() == id));

        removeStraightInTheDatabase(id);
    }

    private void removeStraightInTheDatabase(long id) {
        jdbc.sql("delete from zone where id = ?").param(id).update();
        await().atMost(DEADLINE).until(() -> catalog.zone(id).isEmpty());
    }

    private String page(String slug) throws Exception {
        return mvc.perform(get("/zones/" + slug).header("Accept-Language", "en")).andReturn().getResponse()
                .getContentAsString();
    }

    private static String freshSlug() {
        return "kept-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
