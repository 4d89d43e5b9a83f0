package com.hcpress.citation;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import com.hcpress.content.ReferenceData;

/** The demo review's 19 references, read from the demo content as the application loads them. */
final class DemoReferences {

    private DemoReferences() {
    }

    static List<ReferenceData> review() {
        ObjectMapper json = JsonMapper.builder().build();
        try (InputStream in = DemoReferences.class.getResourceAsStream("/demo/content.json")) {
            JsonNode article = json.readTree(in).get("articles").get(0);
            List<ReferenceData> references = new ArrayList<>();
            for (JsonNode ref : article.get("references")) {
                List<String> authors = new ArrayList<>();
                ref.get("authors").forEach(a -> authors.add(a.asString()));
                references.add(new ReferenceData(ref.get("number").asInt(), authors, ref.get("et_al").asBoolean(),
                        text(ref, "title"), text(ref, "journal"), ref.get("year").asInt(), text(ref, "volume"),
                        text(ref, "issue"), text(ref, "pages"), text(ref, "doi"), text(ref, "pmid"),
                        text(ref, "citation")));
            }
            return references;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
