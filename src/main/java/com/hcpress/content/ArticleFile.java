package com.hcpress.content;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A Markdown file with YAML front matter, as the command-line import reads it (the README shows
 * the format). Reading never stores anything: it yields either an article ready to store or every
 * problem found, each in words an editor can act on.
 */
public final class ArticleFile {

    private static final Set<String> KEYS = Set.of("title", "slug", "source", "date", "kind", "original_source", "zone", "status",
            "cover_image", "credits", "expert", "references");
    private static final Set<String> CREDIT_KEYS = Set.of("author", "reviewer", "editor");
    private static final Set<String> EXPERT_KEYS = Set.of("name", "affiliation", "profile");
    private static final Set<String> REFERENCE_KEYS = Set.of("number", "citation", "authors", "et_al", "title", "journal",
            "year", "volume", "issue", "pages", "doi", "pmid", "type", "online", "publisher", "place", "url", "issued",
            "accessed", "doc_number");
    static final int MAX_FILE_CHARS = 400_000;

    /** A file that can be stored: where, under which address, published or not, and what. */
    public record Parsed(String zone, String slug, boolean publish, ArticleDraft draft) {
    }

    /** The outcome of reading one file: {@code parsed} when {@code problems} is empty. */
    public record Reading(Parsed parsed, List<String> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private ArticleFile() {
    }

    public static Reading read(String text) {
        List<String> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return failed("the file is empty");
        }
        if (text.length() > MAX_FILE_CHARS) {
            return failed("the file is longer than " + MAX_FILE_CHARS + " characters");
        }
        String normalised = text.replace("\r\n", "\n");
        if (normalised.startsWith("\uFEFF")) {
            normalised = normalised.substring(1);
        }
        if (!normalised.startsWith("---\n")) {
            return failed("front matter missing: the file must start with a line '---'");
        }
        int end = normalised.indexOf("\n---", 3);
        if (end < 0) {
            return failed("front matter not closed: add a line '---' after it");
        }
        String yaml = normalised.substring(4, end);
        int bodyStart = normalised.indexOf('\n', end + 4);
        String body = bodyStart < 0 ? "" : normalised.substring(bodyStart + 1).strip();

        Map<String, Object> front;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            Object loaded = new Yaml(new SafeConstructor(options)).load(yaml);
            if (!(loaded instanceof Map<?, ?> map)) {
                return failed("front matter is not a set of 'key: value' lines");
            }
            front = stringKeys(map, problems, "front matter");
        } catch (YAMLException e) {
            String reason = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            return failed("front matter is not valid YAML: " + reason);
        }
        for (String key : front.keySet()) {
            if (!KEYS.contains(key)) {
                problems.add("unknown front matter key '" + key + "' (known: " + String.join(", ", sorted(KEYS)) + ")");
            }
        }
        String title = text(front, "title", problems);
        String slug = text(front, "slug", problems);
        String source = text(front, "source", problems);
        LocalDate date = date(front.get("date"), problems);
        ArticleKind kind = kind(front.get("kind"), problems);
        String originalSource = front.get("original_source") == null ? null : text(front, "original_source", problems);
        String zone = text(front, "zone", problems);
        String status = text(front, "status", problems);
        boolean publish = false;
        if (status != null && !status.equals("draft") && !status.equals("published")) {
            problems.add("status must be 'draft' or 'published'");
        } else {
            publish = "published".equals(status);
        }
        Long cover = null;
        if (front.get("cover_image") != null) {
            if (front.get("cover_image") instanceof Number number && number.longValue() > 0) {
                cover = number.longValue();
            } else {
                problems.add("cover_image must be the number of a stored image");
            }
        }
        Map<String, Object> credits = section(front, "credits", CREDIT_KEYS, problems);
        Map<String, Object> expert = section(front, "expert", EXPERT_KEYS, problems);
        ArticleDraft.ExpertDraft expertDraft = expert.isEmpty() ? null : new ArticleDraft.ExpertDraft(
                text(expert, "name", problems), text(expert, "affiliation", problems), null, text(expert, "profile", problems));
        List<ReferenceData> references = references(front.get("references"), problems);
        ArticleDraft draft = new ArticleDraft(title, source, date, kind, originalSource, cover, body, expertDraft,
                text(credits, "author", problems), text(credits, "reviewer", problems), text(credits, "editor", problems), references);

        problems.addAll(ArticleDraftCheck.slug(slug).stream().map(ArticleFile::describe).toList());
        problems.addAll(ArticleDraftCheck.draft(draft).stream().map(ArticleFile::describe).toList());
        if (!problems.isEmpty()) {
            return new Reading(null, List.copyOf(new LinkedHashSet<>(problems)));
        }
        return new Reading(new Parsed(zone, slug, publish, draft), List.of());
    }

    private static List<ReferenceData> references(Object value, List<String> problems) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problems.add("references must be a list, one '- ' line per reference");
            return List.of();
        }
        List<ReferenceData> references = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            int position = i + 1;
            if (item instanceof String line) {
                ReferenceData parsed = ReferenceLineParser.parse(line);
                references.add(renumbered(parsed, parsed.number() > 0 ? parsed.number() : position));
            } else if (item instanceof Map<?, ?> map) {
                references.add(reference(stringKeys(map, problems, "reference " + position), position, problems));
            } else {
                problems.add("reference " + position + " must be a citation line or a set of fields");
            }
        }
        return references;
    }

    private static ReferenceData reference(Map<String, Object> fields, int position, List<String> problems) {
        String where = "reference " + position;
        for (String key : fields.keySet()) {
            if (!REFERENCE_KEYS.contains(key)) {
                problems.add(where + ": unknown key '" + key + "'");
            }
        }
        String citation = text(fields, "citation", problems);
        ReferenceData base = citation == null ? new ReferenceData(position, List.of(), false, null, null, null, null,
                null, null, null, null, null) : ReferenceLineParser.parse(citation);
        int number = fields.get("number") instanceof Number n ? n.intValue() : base.number() > 0 ? base.number() : position;
        List<String> authors = base.authors();
        if (fields.get("authors") instanceof List<?> names) {
            authors = names.stream().map(String::valueOf).toList();
        } else if (fields.get("authors") != null) {
            problems.add(where + ": authors must be a list");
        }
        Integer year = base.year();
        if (fields.get("year") instanceof Number y) {
            year = y.intValue();
        } else if (fields.get("year") != null) {
            problems.add(where + ": year must be a number");
        }
        boolean etAl = fields.containsKey("et_al") ? bool(fields.get("et_al"), where + " et_al", problems) : base.etAl();
        ReferenceType type = base.type();
        String typeCode = text(fields, "type", problems);
        if (typeCode != null) {
            type = ReferenceType.fromCode(typeCode).orElse(type);
            if (ReferenceType.fromCode(typeCode).isEmpty()) {
                problems.add(where + ": type must be one of J, M, C, D, R, S, N, EB (with /OL for online)");
            }
        }
        boolean online = fields.containsKey("online") ? bool(fields.get("online"), where + " online", problems)
                : base.online() || (typeCode != null && typeCode.toUpperCase(java.util.Locale.ROOT).endsWith("/OL"));
        return new ReferenceData(number, authors, etAl, or(text(fields, "title", problems), base.title()),
                or(text(fields, "journal", problems), base.journal()), year,
                or(text(fields, "volume", problems), base.volume()), or(text(fields, "issue", problems), base.issue()),
                or(text(fields, "pages", problems), base.pages()), or(text(fields, "doi", problems), base.doi()),
                or(text(fields, "pmid", problems), base.pmid()), citation, type, online,
                or(text(fields, "publisher", problems), base.publisher()), or(text(fields, "place", problems), base.place()),
                or(text(fields, "url", problems), base.url()), or(date(fields, "issued", where, problems), base.issuedOn()),
                or(date(fields, "accessed", where, problems), base.accessedOn()),
                or(text(fields, "doc_number", problems), base.docNumber()));
    }

    private static ReferenceData renumbered(ReferenceData data, int number) {
        return data.withNumber(number);
    }

    /** A date written {@code 2024-03-15}; YAML may have read it as a date already. */
    private static java.time.LocalDate date(Map<String, Object> fields, String key, String where, List<String> problems) {
        Object value = fields.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        try {
            return java.time.LocalDate.parse(String.valueOf(value).strip());
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(where + ": " + key + " must be a date (YYYY-MM-DD)");
            return null;
        }
    }

    private static Map<String, Object> section(Map<String, Object> front, String key, Set<String> known, List<String> problems) {
        Object value = front.get(key);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(key + " must be a set of fields (" + String.join(", ", sorted(known)) + ")");
            return Map.of();
        }
        Map<String, Object> fields = stringKeys(map, problems, key);
        for (String name : fields.keySet()) {
            if (!known.contains(name)) {
                problems.add(key + ": unknown key '" + name + "'");
            }
        }
        return fields;
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map, List<String> problems, String where) {
        Map<String, Object> result = new java.util.LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (key instanceof String name) {
                result.put(name, value);
            } else {
                problems.add(where + ": key " + key + " is not a name");
            }
        });
        return result;
    }

    private static String text(Map<String, Object> fields, String key, List<String> problems) {
        Object value = fields.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            problems.add(key + " must be a single value");
            return null;
        }
        String text = String.valueOf(value).strip();
        return text.isEmpty() ? null : text;
    }

    private static ArticleKind kind(Object value, List<String> problems) {
        if (value == null) {
            return ArticleKind.ORIGINAL;
        }
        return ArticleKind.fromParam(String.valueOf(value).strip()).orElseGet(() -> {
            problems.add("kind must be 'original', 'digest' or 'translation'");
            return ArticleKind.ORIGINAL;
        });
    }

    private static boolean bool(Object value, String key, List<String> problems) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        problems.add(key + " must be true or false");
        return false;
    }

    private static LocalDate date(Object value, List<String> problems) {
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(value).strip());
        } catch (DateTimeParseException e) {
            problems.add("date must be written as YYYY-MM-DD");
            return null;
        }
    }

    private static String describe(DraftProblem problem) {
        String detail = switch (problem.code()) {
            case "required" -> "is required";
            case "tooLong" -> "is longer than " + problem.arguments().get(0) + " characters";
            case "tooMany" -> "has more than " + problem.arguments().get(0) + " entries";
            case "slug" -> "may hold only lower-case letters, digits and hyphens";
            case "date" -> "is not a plausible date";
            case "year" -> "must be a year between 1800 and 2200";
            case "doi" -> "is not a DOI (10.xxxx/...)";
            case "pmid" -> "is not a PMID (1 to 9 digits)";
            case "referenceNumber" -> "is not a usable number";
            case "referenceNumberTwice" -> "is used twice";
            default -> problem.code();
        };
        String field = problem.field()
                .replaceFirst("^references\\[(\\d+)]\\.", "reference #$1 ")
                .replace("sourceLine", "source").replace("bodyMarkdown", "body").replace("publishedOn", "date")
                .replace("originalSource", "original_source");
        java.util.regex.Matcher index = java.util.regex.Pattern.compile("reference #(\\d+)").matcher(field);
        if (index.find()) {
            field = index.replaceFirst("reference " + (Integer.parseInt(index.group(1)) + 1));
        }
        return field + " " + detail;
    }

    private static String or(String first, String second) {
        return first != null ? first : second;
    }

    private static java.time.LocalDate or(java.time.LocalDate first, java.time.LocalDate second) {
        return first != null ? first : second;
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }

    private static Reading failed(String problem) {
        return new Reading(null, List.of(problem));
    }
}
