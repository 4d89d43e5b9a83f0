package com.hcpress.content;

import java.util.List;

/** Markdown rendered exactly as readers will get it, with what the editor should fix. */
public record Preview(String html, List<String> warnings) {
}
