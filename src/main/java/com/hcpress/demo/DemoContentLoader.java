package com.hcpress.demo;

import static com.hcpress.demo.JsonFields.isNull;
import static com.hcpress.demo.JsonFields.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import com.hcpress.content.ArticleDraft;
import com.hcpress.content.ArticleKind;
import com.hcpress.content.ContentEditor;
import com.hcpress.content.ImageFiles;
import com.hcpress.content.ImageText;
import com.hcpress.content.NewZone;
import com.hcpress.content.ReferenceData;

/** Loads {@code demo/content.json}: zones, articles with their references, and images. */
@Component
class DemoContentLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoContentLoader.class);
    private static final String ROOT = "demo/";

    private final ContentEditor editor;
    private final ObjectMapper json;

    DemoContentLoader(ContentEditor editor, ObjectMapper json) {
        this.editor = editor;
        this.json = json;
    }

    @Transactional
    public Map<String, Long> load() {
        JsonNode content = json.readTree(read("content.json"));
        Map<String, Long> zoneIds = new HashMap<>();
        int position = 0;
        for (JsonNode zone : content.get("zones")) {
            long id = editor.createZone(new NewZone(zone.get("slug").asString(), zone.get("name_zh").asString(),
                    zone.get("name_en").asString(), zone.get("description_zh").asString(),
                    zone.get("description_en").asString(), position++));
            zoneIds.put(zone.get("slug").asString(), id);
        }
        for (JsonNode article : content.get("articles")) {
            long zoneId = zoneIds.get(article.get("zone").asString());
            ArticleDraft draft = draft(article, zoneId);
            long id = editor.createArticle(zoneId, article.get("slug").asString(), draft);
            editor.publish(id);
        }
        log.info("Loaded demo content: {} zones, {} articles", zoneIds.size(), content.get("articles").size());
        return zoneIds;
    }

    private ArticleDraft draft(JsonNode article, long zoneId) {
        JsonNode expert = article.get("expert");
        ArticleDraft.ExpertDraft expertDraft = isNull(expert) ? null : new ArticleDraft.ExpertDraft(
                text(expert, "name"), text(expert, "affiliation"), image(text(expert, "photo"), text(expert, "photo_alt"), zoneId),
                text(expert, "profile_markdown"));
        List<ReferenceData> references = new ArrayList<>();
        for (JsonNode ref : article.get("references")) {
            List<String> authors = new ArrayList<>();
            ref.get("authors").forEach(author -> authors.add(author.asString()));
            references.add(new ReferenceData(ref.get("number").asInt(), authors, ref.path("et_al").asBoolean(false),
                    text(ref, "title"), text(ref, "journal"), isNull(ref.get("year")) ? null : ref.get("year").asInt(),
                    text(ref, "volume"), text(ref, "issue"), text(ref, "pages"), text(ref, "doi"), text(ref, "pmid"),
                    text(ref, "citation")));
        }
        ArticleKind kind = ArticleKind.fromParam(text(article, "kind"))
                .orElseThrow(() -> new IllegalStateException("Demo article kind unknown: " + text(article, "kind")));
        return new ArticleDraft(text(article, "title"), text(article, "source_line"),
                LocalDate.parse(text(article, "published_on")), kind, text(article, "original_source"),
                image(text(article, "cover_image"), text(article, "cover_image_alt"), zoneId), read(text(article, "body_file")), expertDraft,
                text(article, "author_credit"), text(article, "reviewer_credit"), text(article, "editor_credit"), references);
    }

    /** A demo image with its alt text, which every image in the library must have. */
    private Long image(String path, String alt, long zoneId) {
        if (path == null) {
            return null;
        }
        if (alt == null || alt.isBlank()) {
            throw new IllegalStateException("Demo image without alt text: " + path);
        }
        try (InputStream in = new ClassPathResource(ROOT + path).getInputStream()) {
            return editor.storeImage(ImageFiles.of(in.readAllBytes()), zoneId, new ImageText(alt, ""));
        } catch (IOException e) {
            throw new IllegalStateException("Demo image missing: " + path, e);
        }
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(ROOT + path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Demo file missing: " + path, e);
        }
    }
}
