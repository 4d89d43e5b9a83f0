package com.hcpress.evidence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One reported result of a study.
 *
 * @param values      the figure per arm, in the study's arm order
 * @param unit        "months", "%", ... or {@code null} when the figures carry their own
 * @param hazardRatio {@code null} unless reported
 * @param ci95        the 95% CI of the hazard ratio, or of the single figure when there is no
 *                    hazard ratio; {@code null} unless reported
 * @param p           as reported, with its qualifiers ("0.0002 (one-sided)")
 * @param source      {@value #ARTICLE} when the article reports the figure, else where it was found
 * @param note        a caveat about this figure
 * @param endpointZh  the endpoint in Chinese, {@code null} when none has been written
 * @param noteZh      the note in Chinese, {@code null} when none has been written
 */
public record Outcome(String endpoint, List<ArmValue> values, String unit, BigDecimal hazardRatio,
                      ConfidenceInterval ci95, String p, String source, String note, String endpointZh,
                      String noteZh) {

    public static final String ARTICLE = "article";

    /** The words that qualify p values in the evidence, in Chinese; longest first. */
    private static final List<Map.Entry<String, String>> P_WORDS_ZH = List.of(
            Map.entry("one-sided; not significant", "单侧；无统计学意义"),
            Map.entry("not significant", "无统计学意义"),
            Map.entry("one-sided", "单侧"),
            Map.entry("threshold", "界值"));

    /** Message-key suffixes of the units the evidence uses, so they can be shown in the reader's language. */
    private static final Map<String, String> UNIT_KEYS =
            Map.of("months", "months", "%", "percent", "n (%)", "count-percent", "n", "count");

    public Outcome {
        Objects.requireNonNull(endpoint, "endpoint");
        values = List.copyOf(values);
        Objects.requireNonNull(source, "source");
        if (hazardRatio != null && hazardRatio.signum() <= 0) {
            throw new IllegalArgumentException("A hazard ratio is positive: " + hazardRatio);
        }
    }

    public Outcome(String endpoint, List<ArmValue> values, String unit, BigDecimal hazardRatio,
                   ConfidenceInterval ci95, String p, String source, String note) {
        this(endpoint, values, unit, hazardRatio, ci95, p, source, note, null, null);
    }

    public String endpointIn(Locale locale) {
        return Bilingual.pick(locale, endpoint, endpointZh);
    }

    /** The p value as reported, its qualifying words ("one-sided", "not significant") in the reader's language. */
    public String pIn(Locale locale) {
        if (p == null || Bilingual.isEnglish(locale)) {
            return p;
        }
        String chinese = p;
        for (Map.Entry<String, String> words : P_WORDS_ZH) {
            chinese = chinese.replace(words.getKey(), words.getValue());
        }
        return chinese;
    }

    public String noteIn(Locale locale) {
        return note == null ? null : Bilingual.pick(locale, note, noteZh);
    }

    /** Where the figures come from, as labelled links: the article, or one or more other reports. */
    @JsonProperty("sourceLinks")
    public List<SourceLink> sourceLinks() {
        return SourceLink.parseAll(source);
    }

    public boolean isFromArticle() {
        return ARTICLE.equals(source);
    }

    public boolean hasHazardRatio() {
        return hazardRatio != null;
    }

    /** The endpoint's short name ("PFS", "TACE-PFS", "OS"), without qualifiers. */
    public String shortEndpoint() {
        return EndpointNames.abbreviation(endpoint);
    }

    /**
     * The short name in Chinese: the English one where it is abbreviations only ("TACE-PFS"),
     * else taken from the Chinese endpoint ("症状性 PFS").
     */
    public String shortEndpointZh() {
        String english = shortEndpoint();
        return endpointZh == null || EndpointNames.isAbbreviation(english)
                ? english : EndpointNames.abbreviation(endpointZh);
    }

    /** 0 for survival endpoints, 1 for response, 2 for the rest. */
    int headlineRank() {
        return EndpointNames.headlineRank(endpoint);
    }

    /** Percentages follow each figure ("43.6%"); other units are named once, after the figures. */
    public boolean isPercent() {
        return "%".equals(unit);
    }

    /** The unit's message-key suffix, or {@code null} when the unit has none and is shown as given. */
    public String unitKey() {
        return unit == null ? null : UNIT_KEYS.get(unit);
    }

    /** The first web address the source names, or {@code null} for the article and unnamed sources. */
    public String sourceUrl() {
        return sourceLinks().stream().map(SourceLink::url).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
