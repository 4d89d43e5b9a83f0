package com.hcpress.demo;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Optional fields of the demo files: absent and {@code null} both read as {@code null}. */
final class JsonFields {

    private JsonFields() {
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return isNull(value) ? null : value.asString();
    }

    static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return isNull(value) ? null : value.asInt();
    }

    static List<String> texts(JsonNode node, String field) {
        List<String> texts = new ArrayList<>();
        JsonNode array = node.get(field);
        if (!isNull(array)) {
            array.forEach(item -> texts.add(item.asString()));
        }
        return texts;
    }

    static boolean isNull(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }
}
