package com.hcpress.evidence;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a figure or a check came from, as a reader should see it: what kind of source it is
 * (PubMed, DOI, a conference abstract, a news report, ...), the outlet, and the abstract number
 * or identifier it names, linked to the page when it has a proper https address. The evidence
 * keeps its sources as written ("https://… (ASCO GI 2024 LBA432 report)"); this reads them, so a
 * web address is never shown as text, and an address on a bare IP is never linked at all.
 *
 * @param url       the https address to link to, or {@code null}
 * @param outlet    who published it ("CancerNetwork", "ESMO"), or {@code null}
 * @param reference the identifier or abstract number it names ("LBA432", "39798579"), or {@code null}
 */
public record SourceLink(Kind kind, String url, String outlet, String reference) {

    public enum Kind {
        ARTICLE("The article", "本文"),
        PUBMED("PubMed", "PubMed"),
        DOI("DOI", "DOI"),
        JOURNAL("Journal publication", "期刊文献"),
        CONFERENCE_ABSTRACT("Conference abstract", "会议摘要"),
        NEWS_REPORT("News report", "新闻报道"),
        TRIAL_REGISTRY("Trial registry", "临床试验注册"),
        LITERATURE_INDEX("Third-party literature index, not confirmed on PubMed", "第三方文献索引（未经 PubMed 核实）"),
        WEB_PAGE("Web page", "网页"),
        OTHER("Other source", "其他来源");

        private final String en;
        private final String zh;

        Kind(String en, String zh) {
            this.en = en;
            this.zh = zh;
        }

        /** Identifiers follow the name directly: "PubMed 39798579", "DOI 10.1001/…". */
        boolean namesIdentifier() {
            return this == PUBMED || this == DOI || this == TRIAL_REGISTRY;
        }
    }

    private record Outlet(Kind kind, String name) {
    }

    /** The publishers the evidence cites, by host (without "www."). */
    private static final Map<String, Outlet> OUTLETS = Map.ofEntries(
            Map.entry("pubmed.ncbi.nlm.nih.gov", new Outlet(Kind.PUBMED, null)),
            Map.entry("doi.org", new Outlet(Kind.DOI, null)),
            Map.entry("clinicaltrials.gov", new Outlet(Kind.TRIAL_REGISTRY, "ClinicalTrials.gov")),
            Map.entry("trials.co", new Outlet(Kind.TRIAL_REGISTRY, null)),
            Map.entry("ace.asco.org", new Outlet(Kind.CONFERENCE_ABSTRACT, "ASCO")),
            Map.entry("oncologypro.esmo.org", new Outlet(Kind.CONFERENCE_ABSTRACT, "ESMO")),
            Map.entry("cancernetwork.com", new Outlet(Kind.NEWS_REPORT, "CancerNetwork")),
            Map.entry("docwirenews.com", new Outlet(Kind.NEWS_REPORT, "DocWire News")),
            Map.entry("newsattention.com", new Outlet(Kind.NEWS_REPORT, "NewsAttention")),
            Map.entry("ascopost.com", new Outlet(Kind.NEWS_REPORT, "The ASCO Post")),
            Map.entry("onclive.com", new Outlet(Kind.NEWS_REPORT, "OncLive")),
            Map.entry("trial.medpath.com", new Outlet(Kind.NEWS_REPORT, "MedPath")),
            Map.entry("falkfoundation.org", new Outlet(Kind.JOURNAL, "Falk Foundation")),
            Map.entry("frontiersin.org", new Outlet(Kind.JOURNAL, "Frontiers")),
            Map.entry("wjgnet.com", new Outlet(Kind.JOURNAL, null)));

    private static final Pattern SEVERAL = Pattern.compile(";\\s+(?=https?://)");
    private static final Pattern ADDRESS_AND_REMARK = Pattern.compile("^(https?://\\S+)\\s*(?:\\((.*)\\))?\\s*$");
    private static final Pattern NEWS = Pattern.compile("^(.+?) news report(?: \"[^\"]*\")?\\s*(?:\\((.*)\\))?$");
    private static final Pattern LISTED_PMID = Pattern.compile("^PubMed ID (\\d+) as listed by a third-party literature index");
    private static final Pattern IP_HOST = Pattern.compile("^[0-9.]+$|:");
    private static final Pattern PMID_PATH = Pattern.compile("^/(\\d+)/?$");
    private static final Pattern NCT = Pattern.compile("NCT\\d{8}");
    private static final Pattern DOI_IN_PATH = Pattern.compile("10\\.\\d{4,9}/[^/\\s]+");
    private static final Pattern DESCRIPTOR = Pattern.compile("\\s+(design abstract|abstract|report|news|press release)$");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    /** Every source a source text names ("https://a; https://b" names two). */
    public static List<SourceLink> parseAll(String source) {
        List<SourceLink> links = new ArrayList<>();
        for (String part : SEVERAL.split(source.strip())) {
            links.add(parse(part.strip()));
        }
        return links;
    }

    static SourceLink parse(String source) {
        if (Outcome.ARTICLE.equals(source)) {
            return new SourceLink(Kind.ARTICLE, null, null, null);
        }
        Matcher address = ADDRESS_AND_REMARK.matcher(source);
        if (address.matches()) {
            return fromAddress(address.group(1), address.group(2));
        }
        Matcher news = NEWS.matcher(source);
        if (news.matches()) {
            return new SourceLink(Kind.NEWS_REPORT, null, news.group(1), reference(news.group(2)));
        }
        Matcher listed = LISTED_PMID.matcher(source);
        if (listed.find()) {
            return new SourceLink(Kind.LITERATURE_INDEX, null, null, "PMID " + listed.group(1));
        }
        return new SourceLink(Kind.OTHER, null, null, null);
    }

    private static SourceLink fromAddress(String address, String remark) {
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            return new SourceLink(Kind.OTHER, null, null, null);
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || IP_HOST.matcher(host).find()) {
            return new SourceLink(Kind.WEB_PAGE, null, null, null);
        }
        host = host.startsWith("www.") ? host.substring(4) : host;
        String url = "https".equals(uri.getScheme()) ? address : null;
        Outlet outlet = OUTLETS.getOrDefault(host, new Outlet(Kind.WEB_PAGE, null));
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String reference = switch (outlet.kind()) {
            case PUBMED -> firstMatch(PMID_PATH, path, 1);
            case DOI -> path.length() > 1 ? path.substring(1) : null;
            case TRIAL_REGISTRY -> firstMatch(NCT, path, 0);
            default -> null;
        };
        if (reference == null && host.equals("frontiersin.org")) {
            reference = firstMatch(DOI_IN_PATH, path, 0);
        }
        if (reference == null && !outlet.kind().namesIdentifier()) {
            reference = reference(remark);
        }
        return new SourceLink(outlet.kind(), url, outlet.name(), reference);
    }

    private static String firstMatch(Pattern pattern, String text, int group) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(group) : null;
    }

    /**
     * The identifying part of a remark, its words of description dropped: "ASCO GI 2024 LBA432
     * report" → "ASCO GI 2024 LBA432", "World J Gastroenterol 2025;31(15):104901, Table 1 …" →
     * "World J Gastroenterol 2025;31(15):104901". A remark without a number identifies nothing.
     */
    private static String reference(String remark) {
        if (remark == null) {
            return null;
        }
        String first = remark.split(", |: ", 2)[0].strip();
        String previous;
        do {
            previous = first;
            first = DESCRIPTOR.matcher(first).replaceFirst("");
        } while (!first.equals(previous));
        return DIGIT.matcher(first).find() && !first.contains("http") ? first : null;
    }

    /** "新闻报道 · CancerNetwork（ASCO GI 2024 LBA432）", "PubMed 39798579". */
    public String label(Locale locale) {
        boolean english = Bilingual.isEnglish(locale);
        StringBuilder label = new StringBuilder(english ? kind.en : kind.zh);
        if (outlet != null) {
            label.append(" · ").append(outlet);
        }
        if (reference != null) {
            if (kind.namesIdentifier()) {
                label.append(' ').append(reference);
            } else {
                label.append(english ? " (" : "（").append(reference).append(english ? ")" : "）");
            }
        }
        return label.toString();
    }

    /** The label in both languages, for the JSON API. */
    @JsonProperty("label")
    public Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("en", label(Locale.ENGLISH));
        labels.put("zh", label(Locale.SIMPLIFIED_CHINESE));
        return labels;
    }
}
