package com.hcpress.content.wechat;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.hcpress.content.EditableArticle;
import com.hcpress.content.EditorCatalog;
import com.hcpress.shared.web.NotFoundException;

/**
 * The WeChat export of an article's latest saved text: a page showing it as it will look, with a
 * button that copies it as rich text, and the same HTML as a file. Under {@code /editor}, so only
 * editors and administrators reach it; readers never get the gated text this way.
 */
@Controller
class WechatExportController {

    private final EditorCatalog desk;
    private final WechatExport export;

    WechatExportController(EditorCatalog desk, WechatExport export) {
        this.desk = desk;
        this.export = export;
    }

    /**
     * The site's policy, but with inline styles allowed: the export is nothing but inline styles,
     * and this page shows it as it will look. Its HTML passed a whitelist of elements and CSS
     * properties; scripts stay forbidden.
     */
    static final String PREVIEW_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @GetMapping("/editor/articles/{id}/wechat")
    String page(@PathVariable long id, Model model, HttpServletResponse response) {
        EditableArticle article = article(id);
        response.setHeader("Content-Security-Policy", PREVIEW_POLICY);
        model.addAttribute("article", article);
        model.addAttribute("exported", export.html(article.draft()));
        return "editor/wechat";
    }

    @GetMapping("/editor/articles/{id}/wechat.html")
    ResponseEntity<String> file(@PathVariable long id) {
        EditableArticle article = article(id);
        String html = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>"
                + WechatExport.escape(article.draft().title()) + "</title></head><body>\n"
                + export.html(article.draft()) + "\n</body></html>\n";
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(article.slug() + "-wechat.html", StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(html);
    }

    private EditableArticle article(long id) {
        return desk.article(id).orElseThrow(() -> NotFoundException.of("Article", id));
    }
}
