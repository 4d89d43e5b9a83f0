package com.hcpress.content.web;

import java.util.EnumSet;
import java.util.List;
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

    EditorPages(ContentCatalog catalog, ZoneGrants grants, EditorialWorkflow workflow) {
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
        model.addAttribute("referenceNumbers", IntStream.rangeClosed(1, form.references().size()).boxed().toList());
        if (article != null) {
            model.addAttribute("duties", duties(staff(viewer), article.zoneId()));
            model.addAttribute("steps", workflow.history(article.id()).stream().limit(RECENT_STEPS).toList());
        }
        return FORM;
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
