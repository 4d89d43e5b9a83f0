package com.hcpress.content.web;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ArticleTrash;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.EditorCatalog;
import com.hcpress.content.ListCursor;
import com.hcpress.content.NotPermittedException;
import com.hcpress.content.ZoneView;
import com.hcpress.shared.web.BadRequestException;
import com.hcpress.shared.web.NotFoundException;

/** The trash: deleted articles, last deleted first, each restorable as a draft until it is purged. */
@Controller
class TrashController {

    private final EditorCatalog desk;
    private final ArticleTrash trash;
    private final ContentCatalog catalog;

    TrashController(EditorCatalog desk, ArticleTrash trash, ContentCatalog catalog) {
        this.desk = desk;
        this.trash = trash;
        this.catalog = catalog;
    }

    @GetMapping("/editor/trash")
    String trash(@RequestParam(required = false) String after, Model model) {
        Optional<ListCursor> cursor = ListCursor.parse(after);
        if (cursor == null || (cursor.isPresent() && !cursor.get().isInstant())) {
            throw new BadRequestException("Not a place in the list: " + after);
        }
        Map<Long, ZoneView> zones = catalog.zones().stream().collect(Collectors.toMap(ZoneView::id, zone -> zone));
        model.addAttribute("page", desk.trash(cursor));
        model.addAttribute("zoneNames", zones);
        model.addAttribute("kept", ArticleTrash.KEPT);
        return "editor/trash";
    }

    @PostMapping("/editor/trash/{id}/restore")
    String restore(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal account, RedirectAttributes redirect) {
        desk.article(id).orElseThrow(() -> NotFoundException.of("Article", id));
        try {
            trash.restore(id, EditorPages.staff(account));
        } catch (NotPermittedException notPermitted) {
            throw new AccessDeniedException(notPermitted.getMessage());
        }
        redirect.addFlashAttribute("done", "trash.restored");
        return "redirect:/editor/articles/" + id;
    }
}
