package com.hcpress.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ZoneView;
import com.hcpress.evidence.Arm;
import com.hcpress.evidence.EvidenceCatalog;
import com.hcpress.evidence.Outcome;
import com.hcpress.evidence.Publication;
import com.hcpress.evidence.Study;

/**
 * The cited trials: one entry per study, in the zone whose gate guards the evidence pages. Studies
 * carry no revision number, so a checksum of the indexed text stands in for it in the digest: a
 * study changed behind the index's back makes the index stale and is rebuilt at the next start.
 */
@Component
class StudySource implements SearchSource {

    static final String KIND = "study";
    private static final int DIGEST_BATCH = 500;

    private final EvidenceCatalog evidence;
    private final ContentCatalog catalog;
    private final String zoneSlug;

    StudySource(EvidenceCatalog evidence, ContentCatalog catalog,
                @Value("${hcpress.tools.zone:liver-intervention}") String zoneSlug) {
        this.evidence = evidence;
        this.catalog = catalog;
        this.zoneSlug = zoneSlug;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<String, List<IndexedEntry>> entries(Collection<String> ids) {
        ZoneView zone = catalog.zone(zoneSlug).orElse(null);
        if (zone == null) {
            return Map.of();
        }
        Map<String, List<IndexedEntry>> entries = new LinkedHashMap<>();
        evidence.studies(ids).forEach((id, study) -> entries.put(id, List.of(entry(study, zone.id()))));
        return entries;
    }

    @Override
    public List<String> ids(String afterId, int limit) {
        return catalog.zone(zoneSlug).isPresent() ? evidence.studyIds(afterId, limit) : List.of();
    }

    @Override
    public IndexDigest digest() {
        long count = 0;
        long keySum = 0;
        long stampSum = 0;
        for (List<String> ids = ids(null, DIGEST_BATCH); !ids.isEmpty(); ids = ids(ids.get(ids.size() - 1), DIGEST_BATCH)) {
            for (List<IndexedEntry> unit : entries(ids).values()) {
                IndexedEntry root = unit.get(0);
                count++;
                keySum += root.digestKey();
                stampSum += root.stamp();
            }
        }
        return new IndexDigest(count, keySum, stampSum);
    }

    static IndexedEntry entry(Study study, long zoneId) {
        IndexUnit unit = new IndexUnit(KIND, study.id());
        Publication publication = study.publication();
        String summary = IndexText.joined(sentence(study.population()),
                study.keyOutcomes().stream().map(StudySource::resultSentence).collect(Collectors.joining(" ")));
        String body = IndexText.joined(study.design().detail(),
                study.arms().stream().map(StudySource::armText).collect(Collectors.joining("\n")));
        String extra = IndexText.joined(
                study.outcomes().stream().map(Outcome::endpoint).distinct().collect(Collectors.joining("\n")),
                publication.firstAuthor(), publication.journal(), publication.citation(),
                publication.fullPublication(), publication.doi(), publication.pmid(), publication.registryId(),
                study.label());
        return IndexedEntry.of(unit, unit.key(), HitType.STUDY)
                .zone(zoneId)
                .title(study.shortName())
                .summary(summary)
                .body(body)
                .extra(extra)
                .year(publication.year())
                .url("/studies/" + study.id())
                .context(publication.citation())
                .root(checksum(study.id()), checksum(study.shortName(), summary, body, extra, String.valueOf(publication.year())))
                .build();
    }

    private static String sentence(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() || stripped.endsWith(".") ? stripped : stripped + ".";
    }

    /** A key result as a sentence: "PFS (median): 15.0 (D+B+TACE) vs 8.2 (TACE) months, HR 0.77." */
    private static String resultSentence(Outcome outcome) {
        String figures = outcome.values().stream()
                .map(value -> value.display() + (outcome.isPercent() ? "%" : "") + " (" + value.arm() + ")")
                .collect(Collectors.joining(" vs "));
        String unit = outcome.unit() == null || outcome.isPercent() ? "" : " " + outcome.unit();
        String hazard = outcome.hazardRatio() == null ? "" : ", HR " + outcome.hazardRatio().toPlainString();
        return outcome.endpoint() + ": " + figures + unit + hazard + ".";
    }

    private static String armText(Arm arm) {
        return IndexText.joined(arm.name(), arm.regimen());
    }

    private static long checksum(String... parts) {
        CRC32 crc = new CRC32();
        for (String part : parts) {
            crc.update(Objects.toString(part, "").getBytes(StandardCharsets.UTF_8));
            crc.update(0);
        }
        return crc.getValue();
    }
}
