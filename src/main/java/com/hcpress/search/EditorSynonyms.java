package com.hcpress.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.hcpress.account.AccountDirectory;
import com.hcpress.audit.AuditLog;

/**
 * Editors extend the shipped synonym dictionary with groups of their own. A group is checked
 * before it is stored (2 to 20 terms of 1 to 60 characters, each searchable and in no other group),
 * audited, and applies at query time once the version row moved: at once on this instance, within a
 * poll on the others. The index is never rebuilt for it.
 */
@Service
public class EditorSynonyms {

    public static final int PAGE_SIZE = 20;
    static final int MAX_TERMS = 20;
    static final int MAX_TERM_LENGTH = 60;
    static final int MAX_NOTE_LENGTH = 500;
    private static final Pattern FORBIDDEN = Pattern.compile("[,=>\\\\#\"\\p{Cntrl}]");

    private final JdbcClient jdbc;
    private final Synonyms synonyms;
    private final AuditLog audit;
    private final AccountDirectory accounts;

    EditorSynonyms(JdbcClient jdbc, Synonyms synonyms, AuditLog audit, AccountDirectory accounts) {
        this.jdbc = jdbc;
        this.synonyms = synonyms;
        this.audit = audit;
        this.accounts = accounts;
    }

    public record Page(List<EditorSynonymGroup> groups, int page, int pageCount, long total, int shippedGroups,
                       String shippedVersion) {
    }

    public Page page(int page) {
        long total = jdbc.sql("select count(*) from search_synonym_group").query(Long.class).single();
        int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pageCount);
        List<Map<String, Object>> rows = jdbc.sql("select id, terms, note, created_at, created_by "
                        + "from search_synonym_group order by id desc limit ? offset ?")
                .params(PAGE_SIZE, (shown - 1) * PAGE_SIZE)
                .query().listOfRows();
        Map<Long, String> editors = accounts.displayNames(rows.stream().map(row -> (Number) row.get("created_by"))
                .filter(id -> id != null).map(Number::longValue).toList());
        List<EditorSynonymGroup> groups = rows.stream()
                .map(row -> new EditorSynonymGroup(((Number) row.get("id")).longValue(),
                        EditorSynonymGroup.termsOf((String) row.get("terms")), (String) row.get("note"),
                        row.get("created_by") == null ? null : editors.get(((Number) row.get("created_by")).longValue()),
                        createdAt(row.get("created_at"))))
                .toList();
        return new Page(groups, shown, pageCount, total, synonyms.shippedCount(), SynonymFile.VERSION);
    }

    private static java.time.OffsetDateTime createdAt(Object value) {
        return value instanceof java.sql.Timestamp timestamp
                ? timestamp.toInstant().atOffset(java.time.ZoneOffset.UTC)
                : (java.time.OffsetDateTime) value;
    }

    /** Terms one per line or separated by "、", ";" or "；". */
    public static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> terms = new ArrayList<>();
        for (String term : text.split("[\\n\\r;；、,，]+")) {
            String stripped = term.strip().replaceAll("\\s+", " ");
            if (!stripped.isEmpty()) {
                terms.add(stripped);
            }
        }
        return terms;
    }

    @Transactional
    public long add(long editorId, List<String> rawTerms, String note) {
        List<String> terms = checked(rawTerms);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > MAX_NOTE_LENGTH) {
            throw new InvalidSynonymsException("synonyms.error.noteTooLong", MAX_NOTE_LENGTH);
        }
        long id = jdbc.sql("insert into search_synonym_group (terms, note, created_by) values (?, ?, ?) returning id")
                .params(String.join("\n", terms), cleanNote, editorId).query(Long.class).single();
        bumpVersion();
        audit.record(editorId, "search.synonyms.added", "synonym-group:" + id, null, String.join(" | ", terms));
        return id;
    }

    @Transactional
    public void remove(long editorId, long id) {
        List<String> terms = jdbc.sql("delete from search_synonym_group where id = ? returning terms").param(id)
                .query(String.class).optional().map(EditorSynonymGroup::termsOf)
                .orElseThrow(() -> new InvalidSynonymsException("synonyms.error.notFound"));
        bumpVersion();
        audit.record(editorId, "search.synonyms.removed", "synonym-group:" + id, String.join(" | ", terms), null);
    }

    private void bumpVersion() {
        jdbc.sql("update search_synonym_version set version = version + 1 where id = 1").update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    try {
                        synonyms.refresh();
                    } catch (RuntimeException e) {
                        // Stored and counted: the poll applies it.
                        org.slf4j.LoggerFactory.getLogger(EditorSynonyms.class)
                                .warn("Synonyms saved but not applied yet; the next poll applies them", e);
                    }
                }
            });
        }
    }

    private List<String> checked(List<String> rawTerms) {
        Set<String> seen = new HashSet<>();
        List<String> terms = new ArrayList<>(new LinkedHashSet<>(rawTerms.stream().map(String::strip)
                .filter(term -> !term.isEmpty()).toList()));
        if (terms.size() < 2 || terms.size() > MAX_TERMS) {
            throw new InvalidSynonymsException("synonyms.error.count", 2, MAX_TERMS);
        }
        Set<String> known = knownTerms();
        for (String term : terms) {
            if (term.length() > MAX_TERM_LENGTH) {
                throw new InvalidSynonymsException("synonyms.error.tooLong", term, MAX_TERM_LENGTH);
            }
            if (FORBIDDEN.matcher(term).find()) {
                throw new InvalidSynonymsException("synonyms.error.characters", term);
            }
            if (QueryAnalysis.tokens(term).isEmpty()) {
                throw new InvalidSynonymsException("synonyms.error.noWord", term);
            }
            String key = term.toLowerCase(Locale.ROOT);
            if (!seen.add(key)) {
                throw new InvalidSynonymsException("synonyms.error.repeated", term);
            }
            if (known.contains(key)) {
                throw new InvalidSynonymsException("synonyms.error.known", term);
            }
        }
        QueryAnalysis.synonymMap(List.of(new SynonymGroup("new", terms, List.of())));
        return terms;
    }

    private Set<String> knownTerms() {
        Set<String> known = new HashSet<>();
        synonyms.groups().forEach(group -> group.allTerms().forEach(term -> known.add(term.toLowerCase(Locale.ROOT))));
        jdbc.sql("select terms from search_synonym_group").query(String.class).list()
                .forEach(stored -> EditorSynonymGroup.termsOf(stored).forEach(term -> known.add(term.toLowerCase(Locale.ROOT))));
        return known;
    }
}
