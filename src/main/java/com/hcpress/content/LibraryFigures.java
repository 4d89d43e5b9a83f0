package com.hcpress.content;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.shared.cache.CacheChanges;

/**
 * A figure of a library image shows the library's words as they are now, not as they were when
 * the article was saved: the stored body is rendered once per revision, so its figures are given
 * the image's current alt text and caption when an article is read, and a change of an image's
 * words drops the rendered pages of the published articles that show it, on every instance
 * (topic {@link PublishedRevisions#CHANGES}). Only images of the article's own zone are looked up;
 * where the library has no words, the article's own stay.
 */
@Component
class LibraryFigures {

    /** A figure as the renderer and sanitiser write it ({@code Figure}, {@code FigureRenderer}). */
    private static final Pattern FIGURE = Pattern.compile(
            "<figure><img src=\"/images/(\\d{1,18})\" alt=\"([^\"]*)\" />(?:<figcaption>(.*?)</figcaption>)?</figure>",
            Pattern.DOTALL);
    private static final String MARK = "<figure><img src=\"/images/";

    private final JdbcClient jdbc;
    private final CacheChanges changes;

    LibraryFigures(JdbcClient jdbc, CacheChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    private record Words(String alt, String caption) {
    }

    ArticleView current(ArticleView article) {
        if (!article.bodyHtml().contains(MARK)) {
            return article;
        }
        return article.withBodyHtml(current(article.bodyHtml(), article.zone().id()));
    }

    String current(String bodyHtml, long zoneId) {
        Set<Long> ids = new LinkedHashSet<>();
        Matcher found = FIGURE.matcher(bodyHtml);
        while (found.find()) {
            ids.add(Long.parseLong(found.group(1)));
        }
        if (ids.isEmpty()) {
            return bodyHtml;
        }
        Map<Long, Words> words = jdbc.sql("select id, alt_text, caption from image where zone_id = :zone and id in (:ids)")
                .param("zone", zoneId).param("ids", List.copyOf(ids))
                .query((rs, row) -> Map.entry(rs.getLong("id"),
                        new Words(blankless(rs.getString("alt_text")), blankless(rs.getString("caption")))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Matcher figure = FIGURE.matcher(bodyHtml);
        StringBuilder body = new StringBuilder(bodyHtml.length() + 64);
        while (figure.find()) {
            Words library = words.get(Long.parseLong(figure.group(1)));
            if (library == null) {
                figure.appendReplacement(body, Matcher.quoteReplacement(figure.group()));
                continue;
            }
            String alt = library.alt() != null ? escaped(library.alt()) : figure.group(2);
            String caption = library.caption() != null ? escaped(library.caption()) : figure.group(3);
            figure.appendReplacement(body, Matcher.quoteReplacement("<figure><img src=\"/images/" + figure.group(1)
                    + "\" alt=\"" + alt + "\" />" + (caption == null ? "" : "<figcaption>" + caption + "</figcaption>")
                    + "</figure>"));
        }
        figure.appendTail(body);
        return body.toString();
    }

    /** Inside the change of the image's words: the pages showing it are dropped when it commits. */
    void wordsChanged(long imageId) {
        jdbc.sql("select id from article where status = 'PUBLISHED' and position(:src in body_html) > 0")
                .param("src", "src=\"/images/" + imageId + "\"")
                .query(Long.class).list()
                .forEach(articleId -> changes.announce(PublishedRevisions.CHANGES, Long.toString(articleId)));
    }

    /** Text for an attribute or an element, as the sanitiser writes it. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
