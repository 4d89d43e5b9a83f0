package com.hcpress.content.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.Role;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.Duty;
import com.hcpress.content.EditableArticle;
import com.hcpress.content.EditorialWorkflow;
import com.hcpress.content.ImageLibrary;
import com.hcpress.content.LibraryImage;
import com.hcpress.content.Staff;
import com.hcpress.content.ZoneGrants;

/** The article page's model: the form, the zones, and the workflow panel with what the viewer may do. */
@Component
class EditorPages {

    static final String FORM = "editor/article";
    private static final int RECENT_STEPS = 6;

    private final ContentCatalog catalog;
    private final ZoneGrants grants;
    private final EditorialWorkflow workflow;
    private final ImageLibrary library;

    EditorPages(ContentCatalog catalog, ZoneGrants grants, EditorialWorkflow workflow, ImageLibrary library) {
        this.library = library;
        this.catalog = catalog;
        this.grants = grants;
        this.workflow = workflow;
    }

    /** The article page for whoever is signed in. */
    String form(Model model, ArticleForm form, EditableArticle article, List<String> problems) {
        Object principal = SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        return form(model, form, article, problems, (AccountPrincipal) principal);
    }

    String form(Model model, ArticleForm form, EditableArticle article, List<String> problems, AccountPrincipal viewer) {
        model.addAttribute("form", form);
        model.addAttribute("article", article);
        model.addAttribute("problems", problems);
        model.addAttribute("zones", catalog.zones());
        coverChoices(model, form);
        model.addAttribute("referenceNumbers", IntStream.rangeClosed(1, form.references().size()).boxed().toList());
        if (article != null) {
            model.addAttribute("duties", duties(staff(viewer), article.zoneId()));
            model.addAttribute("steps", workflow.history(article.id()).stream().limit(RECENT_STEPS).toList());
        }
        return FORM;
    }

    /**
     * The chosen cover as a thumbnail with its alt text (only an image of the form's zone), and the
     * zone's latest images for the form's select without scripts.
     */
    private void coverChoices(Model model, ArticleForm form) {
        Long coverId = form.coverImageId();
        Optional<LibraryImage> cover = coverId == null || form.zoneId() == null ? Optional.empty()
                : library.image(coverId).filter(image -> form.zoneId().equals(image.zoneId()));
        model.addAttribute("cover", cover.orElse(null));
        List<LibraryImage> choices = new ArrayList<>();
        cover.ifPresent(choices::add);
        if (form.zoneId() != null) {
            library.page(form.zoneId(), "", null).images().stream()
                    .filter(image -> coverId == null || image.id() != coverId).forEach(choices::add);
        }
        model.addAttribute("coverChoices", choices);
    }

    Set<Duty> duties(Staff staff, long zoneId) {
        Set<Duty> duties = EnumSet.noneOf(Duty.class);
        for (Duty duty : Duty.values()) {
            if (grants.may(staff, zoneId, duty)) {
                duties.add(duty);
            }
        }
        return duties;
    }

    static Staff staff(AccountPrincipal account) {
        return new Staff(account.id(), account.displayName(), account.hasRole(Role.ADMIN), account.hasRole(Role.EDITOR));
    }
}
