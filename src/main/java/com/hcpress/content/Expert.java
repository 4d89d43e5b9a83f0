package com.hcpress.content;

/** The expert whose work an article presents; {@code profileHtml} is rendered and sanitised. */
public record Expert(String name, String affiliation, Long photoImageId, String profileHtml) {
}
