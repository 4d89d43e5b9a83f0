package com.hcpress.demo;

import static com.hcpress.demo.JsonFields.integer;
import static com.hcpress.demo.JsonFields.isNull;
import static com.hcpress.demo.JsonFields.text;
import static com.hcpress.demo.JsonFields.texts;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import com.hcpress.evidence.Arm;
import com.hcpress.evidence.ArmValue;
import com.hcpress.evidence.Citation;
import com.hcpress.evidence.ConfidenceInterval;
import com.hcpress.evidence.Design;
import com.hcpress.evidence.EvidenceEditor;
import com.hcpress.evidence.Outcome;
import com.hcpress.evidence.Publication;
import com.hcpress.evidence.QualityNote;
import com.hcpress.evidence.QualityNote.Topic;
import com.hcpress.evidence.Study;

/**
 * Loads {@code clinical/evidence.json}: the studies the demo review cites, figures exactly as
 * written there. Its records name arms and notes in several ways; this is where they are read
 * into one shape. A field {@code X_zh} holds the Chinese wording of the note or endpoint
 * {@code X}; every note and endpoint has one. A note never carries a web address (the sources
 * list does): an address in a note is dropped, with the brackets around the rest.
 */
@Component
class DemoEvidenceLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoEvidenceLoader.class);
    private static final String FILE = "clinical/evidence.json";
    /** The article whose reference numbers {@code article_refs} gives. */
    static final String ARTICLE_SLUG = "tace-haic-2025-review";

    /** Fields holding a note on one topic, in the order the notes are shown; the last two are in the design. */
    private static final List<Map.Entry<String, Topic>> STUDY_NOTE_FIELDS = List.of(
            Map.entry("doi_refers_to", Topic.PUBLICATION),
            Map.entry("doi_pmid_note", Topic.PUBLICATION),
            Map.entry("pmid_note", Topic.PUBLICATION),
            Map.entry("nct_note", Topic.REGISTRY));
    private static final List<Map.Entry<String, Topic>> DESIGN_NOTE_FIELDS = List.of(
            Map.entry("n_note", Topic.SAMPLE_SIZE),
            Map.entry("n_source", Topic.SAMPLE_SIZE));
    private static final String CHINESE = "_zh";
    private static final Pattern ADDRESS_THEN_REMARK = Pattern.compile("^https?://\\S+\\s*(?:\\((.*)\\)\\s*)?$");
    private static final List<String> DESIGN_DETAIL_FIELDS = List.of("allocation", "method", "multicentre", "period");

    private final EvidenceEditor editor;
    private final ObjectMapper json;

    DemoEvidenceLoader(EvidenceEditor editor, ObjectMapper json) {
        this.editor = editor;
        this.json = json;
    }

    @Transactional
    public void load() {
        JsonNode records;
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            records = json.readTree(in).get("records");
        } catch (IOException e) {
            throw new IllegalStateException("Demo evidence missing: " + FILE, e);
        }
        records.forEach(record -> editor.add(study(record)));
        log.info("Loaded demo evidence: {} studies", records.size());
    }

    static Study study(JsonNode record) {
        JsonNode design = record.get("design");
        return new Study(text(record, "id"), text(record, "short_name"), publication(record), design(design),
                text(record, "population"), arms(record.get("arms"), design), outcomes(record.get("outcomes")),
                notes(record), texts(record, "verification_sources"), citations(record.get("article_refs")));
    }

    private static Publication publication(JsonNode record) {
        return new Publication(text(record, "first_author"), text(record, "journal"), integer(record, "year"),
                text(record, "citation"), text(record, "full_publication"), text(record, "doi"), text(record, "pmid"),
                text(record, "pmcid"), text(record, "nct"));
    }

    private static Design design(JsonNode design) {
        StringJoiner detail = new StringJoiner("; ");
        DESIGN_DETAIL_FIELDS.stream().map(field -> text(design, field)).filter(text -> text != null)
                .forEach(detail::add);
        return new Design(text(design, "phase"), design.get("randomized").asBoolean(),
                isNull(design.get("prospective")) ? null : design.get("prospective").asBoolean(),
                design.path("single_arm").asBoolean(false), integer(design, "n"),
                detail.length() == 0 ? null : detail.toString());
    }

    /**
     * An arm's size is on the arm, or in the design's {@code n_by_arm} under the arm's name, or
     * under another label in the same position ("combination" for the experimental arm).
     */
    private static List<Arm> arms(JsonNode arms, JsonNode design) {
        JsonNode byArm = design.path("n_by_arm");
        List<String> labels = byArm.isObject() ? List.copyOf(byArm.propertyNames()) : List.of();
        List<Arm> result = new ArrayList<>();
        for (JsonNode arm : arms) {
            String name = text(arm, "name");
            Integer n = integer(arm, "n");
            if (n == null && byArm.has(name)) {
                n = byArm.get(name).asInt();
            } else if (n == null && labels.size() == arms.size()) {
                n = byArm.get(labels.get(result.size())).asInt();
            }
            result.add(new Arm(name, text(arm, "regimen"), n));
        }
        return result;
    }

    private static List<Outcome> outcomes(JsonNode outcomes) {
        List<Outcome> result = new ArrayList<>();
        for (JsonNode outcome : outcomes) {
            List<ArmValue> values = new ArrayList<>();
            outcome.get("values").properties().forEach(entry -> values.add(entry.getValue().isNumber()
                    ? ArmValue.of(entry.getKey(), entry.getValue().decimalValue())
                    : ArmValue.of(entry.getKey(), entry.getValue().asString())));
            result.add(new Outcome(text(outcome, "endpoint"), values, text(outcome, "unit"),
                    isNull(outcome.get("hr")) ? null : outcome.get("hr").decimalValue(),
                    interval(text(outcome, "ci95")), text(outcome, "p"), text(outcome, "source"),
                    text(outcome, "note"), chinese(outcome, "endpoint"),
                    text(outcome, "note") == null ? null : chinese(outcome, "note")));
        }
        return result;
    }

    /** "0.61-0.98" (the bounds are positive, so the hyphen separates them). */
    static ConfidenceInterval interval(String text) {
        if (text == null) {
            return null;
        }
        String[] bounds = text.split("-");
        if (bounds.length != 2) {
            throw new IllegalArgumentException("Not a confidence interval: " + text);
        }
        return new ConfidenceInterval(new BigDecimal(bounds[0].strip()), new BigDecimal(bounds[1].strip()));
    }

    private static List<QualityNote> notes(JsonNode record) {
        List<QualityNote> notes = new ArrayList<>();
        List<String> flags = texts(record, "flags");
        List<String> flagsZh = texts(record, "flags" + CHINESE);
        if (flagsZh.size() != flags.size()) {
            throw new IllegalStateException(text(record, "id") + ": " + flags.size() + " flags, "
                    + flagsZh.size() + " in Chinese");
        }
        for (int i = 0; i < flags.size(); i++) {
            notes.add(new QualityNote(Topic.GENERAL, withoutAddress(flags.get(i)), withoutAddress(flagsZh.get(i))));
        }
        addNotes(notes, record, STUDY_NOTE_FIELDS);
        addNotes(notes, record.get("design"), DESIGN_NOTE_FIELDS);
        return notes;
    }

    private static void addNotes(List<QualityNote> notes, JsonNode node, List<Map.Entry<String, Topic>> fields) {
        for (Map.Entry<String, Topic> field : fields) {
            String note = text(node, field.getKey());
            if (note != null) {
                notes.add(new QualityNote(field.getValue(), withoutAddress(note),
                        withoutAddress(chinese(node, field.getKey()))));
            }
        }
    }

    /** The Chinese wording of {@code field}, which every note and endpoint must have. */
    private static String chinese(JsonNode node, String field) {
        String chinese = text(node, field + CHINESE);
        if (chinese == null || chinese.isBlank()) {
            throw new IllegalStateException("No Chinese wording for " + field + ": " + text(node, field));
        }
        return chinese;
    }

    /** "https://… (Chugai press release: n=342)" → "Chugai press release: n=342". */
    static String withoutAddress(String note) {
        Matcher matcher = ADDRESS_THEN_REMARK.matcher(note.strip());
        if (!matcher.matches()) {
            return note;
        }
        return matcher.group(1) == null ? "" : matcher.group(1).strip();
    }

    private static List<Citation> citations(JsonNode references) {
        List<Citation> citations = new ArrayList<>();
        references.forEach(number -> citations.add(new Citation(ARTICLE_SLUG, number.asInt())));
        return citations;
    }
}
