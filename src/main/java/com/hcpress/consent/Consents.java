package com.hcpress.consent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.audit.AuditLog;

/** Legal documents, their versions, and the ledger of what each user chose. */
@Service
@Transactional
public class Consents {

    private static final String DOCUMENT_COLUMNS =
            "d.id, d.kind, d.zone_id, d.version, d.effective_on, d.title_zh, d.title_en, d.text_zh, d.text_en, d.sha256";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Consents(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /** The version in force; a zone without informed consent has none. */
    @Transactional(readOnly = true)
    public Optional<LegalDocument> current(DocumentKind kind, Long zoneId) {
        return jdbc.sql("select " + DOCUMENT_COLUMNS + " from legal_document d where d.kind = ? "
                        + "and coalesce(d.zone_id, 0) = ? order by d.version desc limit 1")
                .params(kind.name(), zoneKey(zoneId))
                .query(Consents::document).optional();
    }

    @Transactional(readOnly = true)
    public Optional<LegalDocument> document(long id) {
        return jdbc.sql("select " + DOCUMENT_COLUMNS + " from legal_document d where d.id = ?")
                .param(id).query(Consents::document).optional();
    }

    /** One query: the user's latest choice about this kind of document, and the version in force. */
    @Transactional(readOnly = true)
    public ConsentState state(long userId, DocumentKind kind, Long zoneId) {
        return jdbc.sql("""
                        select (select max(version) from legal_document
                                 where kind = :kind and coalesce(zone_id, 0) = :zone) as current_version,
                               latest.choice, latest.version
                          from (select 1) one
                          left join lateral (
                                select e.choice, e.version from consent_event e
                                  join legal_document d on d.id = e.document_id
                                 where e.user_id = :user and d.kind = :kind and coalesce(d.zone_id, 0) = :zone
                                 order by e.id desc limit 1) latest on true
                        """)
                .param("kind", kind.name()).param("zone", zoneKey(zoneId)).param("user", userId)
                .query((rs, row) -> state(rs)).single();
    }

    public void record(long userId, long documentId, ConsentChoice choice, RequestOrigin origin) {
        LegalDocument document = document(documentId).orElseThrow();
        jdbc.sql("insert into consent_event (user_id, document_id, version, sha256, choice, address, user_agent) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(userId, documentId, document.version(), document.sha256(), choice.name(),
                        origin.address(), origin.userAgent())
                .update();
        audit.record(userId, "consent." + choice.name().toLowerCase(), "document:" + documentId,
                null, document.kind() + " v" + document.version());
        events.publishEvent(ConsentsChanged.forUser(userId));
    }

    /**
     * What is wrong with the draft, per form field (message keys): its own checks, and a text the
     * same as the version in force, which is not a new version.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> problems(DocumentDraft draft) {
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>(draft.problems());
        if (problems.isEmpty() && unchanged(draft)) {
            problems.put("textZh", "legal.error.unchanged");
        }
        return problems;
    }

    /**
     * The same words as the version in force, in both languages. Browsers send a textarea's lines
     * ending in CR LF, and spaces at a line's end are invisible: neither makes a new version.
     */
    private boolean unchanged(DocumentDraft draft) {
        return current(draft.kind(), draft.zoneId())
                .map(current -> TextChanges.normalised(current.textZh()).equals(TextChanges.normalised(draft.textZh()))
                        && TextChanges.normalised(current.textEn()).equals(TextChanges.normalised(draft.textEn())))
                .orElse(false);
    }

    /**
     * The version of the document the user last agreed to, when a newer one is in force: what a
     * reader asked to agree again compares the new text with.
     */
    @Transactional(readOnly = true)
    public Optional<LegalDocument> agreedEarlier(long userId, DocumentKind kind, Long zoneId) {
        return jdbc.sql("select " + DOCUMENT_COLUMNS + " from consent_event e join legal_document d on d.id = e.document_id "
                        + "where e.user_id = :user and d.kind = :kind and coalesce(d.zone_id, 0) = :zone "
                        + "and e.choice = 'AGREED' and d.version < (select max(version) from legal_document "
                        + "where kind = :kind and coalesce(zone_id, 0) = :zone) order by e.id desc limit 1")
                .param("user", userId).param("kind", kind.name()).param("zone", zoneKey(zoneId))
                .query(Consents::document).optional();
    }

    /** Publishes the next version on behalf of an editor or administrator, with an audit entry. */
    public LegalDocument publish(long actorId, DocumentDraft draft) {
        if (!problems(draft).isEmpty()) {
            throw new IllegalArgumentException("Not a publishable version: " + problems(draft));
        }
        LegalDocument published = publish(draft.kind(), draft.zoneId(), draft.effectiveOn(), draft.titleZh().strip(),
                draft.titleEn().strip(), unixLines(draft.textZh()), unixLines(draft.textEn()));
        audit.record(actorId, "consent.document-published", "document:" + published.id(), null,
                published.kind() + (published.zoneId() == null ? "" : " zone:" + published.zoneId())
                        + " v" + published.version() + " sha256:" + published.sha256());
        return published;
    }

    /** Every version of the document, newest first. */
    @Transactional(readOnly = true)
    public List<LegalDocument> versions(DocumentKind kind, Long zoneId) {
        return jdbc.sql("select " + DOCUMENT_COLUMNS + " from legal_document d where d.kind = ? "
                        + "and coalesce(d.zone_id, 0) = ? order by d.version desc")
                .params(kind.name(), zoneKey(zoneId))
                .query(Consents::document).list();
    }

    /** Every version of every document: the identity agreement first, then zones', newest first. */
    @Transactional(readOnly = true)
    public List<LegalDocument> allVersions() {
        return jdbc.sql("select " + DOCUMENT_COLUMNS + " from legal_document d "
                        + "order by d.kind, coalesce(d.zone_id, 0), d.version desc")
                .query(Consents::document).list();
    }

    /**
     * How many users stand agreed to the version in force: the ones a new version asks again
     * (a user whose latest choice about the document is agreeing to its current version).
     */
    @Transactional(readOnly = true)
    public long agreedToCurrent(DocumentKind kind, Long zoneId) {
        return jdbc.sql("""
                        select count(*) from (
                            select distinct on (e.user_id) e.user_id, e.choice, e.version
                              from consent_event e join legal_document d on d.id = e.document_id
                             where d.kind = :kind and coalesce(d.zone_id, 0) = :zone and e.user_id is not null
                             order by e.user_id, e.id desc) latest
                         where latest.choice = 'AGREED' and latest.version = (select max(version) from legal_document
                               where kind = :kind and coalesce(zone_id, 0) = :zone)
                        """)
                .param("kind", kind.name()).param("zone", zoneKey(zoneId))
                .query(Long.class).single();
    }

    /** The accounts whose latest choice about the document is agreeing to a version before the one in force. */
    @Transactional(readOnly = true)
    public List<Long> agreedToEarlierVersion(DocumentKind kind, Long zoneId) {
        return jdbc.sql("""
                        select latest.user_id from (
                            select distinct on (e.user_id) e.user_id, e.choice, e.version
                              from consent_event e join legal_document d on d.id = e.document_id
                             where d.kind = :kind and coalesce(d.zone_id, 0) = :zone and e.user_id is not null
                             order by e.user_id, e.id desc) latest
                         where latest.choice = 'AGREED' and latest.version < (select max(version) from legal_document
                               where kind = :kind and coalesce(zone_id, 0) = :zone)
                         order by latest.user_id
                        """)
                .param("kind", kind.name()).param("zone", zoneKey(zoneId))
                .query(Long.class).list();
    }

    /** Publishes the next version; everyone who agreed to an older one is asked again. */
    public LegalDocument publish(DocumentKind kind, Long zoneId, LocalDate effectiveOn, String titleZh,
                                 String titleEn, String textZh, String textEn) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from legal_document "
                        + "where kind = ? and coalesce(zone_id, 0) = ?")
                .params(kind.name(), zoneKey(zoneId)).query(Integer.class).single();
        long id = jdbc.sql("insert into legal_document (kind, zone_id, version, effective_on, title_zh, title_en, "
                        + "text_zh, text_en, sha256) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(kind.name(), zoneId, version, effectiveOn, titleZh, titleEn, textZh, textEn,
                        sha256(textZh, textEn))
                .query(Long.class).single();
        events.publishEvent(ConsentsChanged.forEveryone());
        events.publishEvent(new DocumentPublished(id, kind, zoneId, version, titleZh, titleEn));
        return document(id).orElseThrow();
    }

    /** Everything the user chose, newest first, with the text of each version. */
    @Transactional(readOnly = true)
    public List<ConsentRecord> ledger(long userId) {
        return jdbc.sql("select e.id as event_id, e.choice, e.at, " + DOCUMENT_COLUMNS
                        + " from consent_event e join legal_document d on d.id = e.document_id"
                        + " where e.user_id = ? order by e.id desc")
                .param(userId)
                .query((rs, row) -> new ConsentRecord(rs.getLong("event_id"), document(rs, row),
                        ConsentChoice.valueOf(rs.getString("choice")), rs.getTimestamp("at").toInstant()))
                .list();
    }

    private static ConsentState state(ResultSet rs) throws SQLException {
        int current = rs.getInt("current_version");
        if (rs.wasNull()) {
            return ConsentState.NOT_REQUIRED;
        }
        String choice = rs.getString("choice");
        if (choice == null) {
            return ConsentState.NONE;
        }
        return switch (ConsentChoice.valueOf(choice)) {
            case AGREED -> rs.getInt("version") == current ? ConsentState.AGREED : ConsentState.OUTDATED;
            case REJECTED -> ConsentState.REJECTED;
            case WITHDRAWN -> ConsentState.WITHDRAWN;
        };
    }

    private static LegalDocument document(ResultSet rs, int row) throws SQLException {
        long zone = rs.getLong("zone_id");
        return new LegalDocument(rs.getLong("id"), DocumentKind.valueOf(rs.getString("kind")),
                rs.wasNull() ? null : zone, rs.getInt("version"), rs.getObject("effective_on", LocalDate.class),
                rs.getString("title_zh"), rs.getString("title_en"), rs.getString("text_zh"), rs.getString("text_en"),
                rs.getString("sha256"));
    }

    private static String unixLines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static long zoneKey(Long zoneId) {
        return zoneId == null ? 0 : zoneId;
    }

    static String sha256(String textZh, String textEn) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(textZh.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(textEn.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
