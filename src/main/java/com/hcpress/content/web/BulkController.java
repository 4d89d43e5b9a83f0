package com.hcpress.content.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ArticleConflictException;
import com.hcpress.content.EditableArticle;
import com.hcpress.content.EditorCatalog;
import com.hcpress.content.EditorialWorkflow;
import com.hcpress.content.NotPermittedException;
import com.hcpress.content.Staff;
import com.hcpress.content.UnpublishableArticleException;
import com.hcpress.content.WorkflowException;
import com.hcpress.content.WorkflowState;
import com.hcpress.content.ZoneGrants;
import com.hcpress.shared.web.BadRequestException;

/**
 * Publishing or unpublishing the articles ticked on the editors' list. Each article is its own
 * step of the workflow, in its own transaction: publishing takes only approved (or scheduled)
 * articles, and what is left as it was is listed with the reason.
 */
@Controller
class BulkController {

    static final int MAX_ARTICLES = 100;

    private final EditorCatalog desk;
    private final EditorialWorkflow workflow;
    private final MessageSource messages;
    private final ZoneGrants grants;

    BulkController(EditorCatalog desk, EditorialWorkflow workflow, MessageSource messages, ZoneGrants grants) {
        this.grants = grants;
        this.desk = desk;
        this.workflow = workflow;
        this.messages = messages;
    }

    @PostMapping("/editor/articles/bulk")
    String bulk(@RequestParam(required = false) String action, @RequestParam(required = false) List<String> ids,
                @RequestParam(required = false) String back, @AuthenticationPrincipal AccountPrincipal account,
                Locale locale, RedirectAttributes redirect) {
        boolean publish = "publish".equals(action);
        if (!publish && !"unpublish".equals(action)) {
            throw new BadRequestException("Not a bulk action: " + action);
        }
        Set<Long> chosen = ids(ids);
        if (chosen.isEmpty()) {
            redirect.addFlashAttribute("bulkNone", true);
            return "redirect:/editor" + query(back);
        }
        Staff staff = EditorPages.staff(account);
        int done = 0;
        List<String> skipped = new ArrayList<>();
        for (long id : chosen) {
            Optional<EditableArticle> found = desk.article(id);
            if (found.isEmpty() || found.get().deleted() || !grants.mayDoAnything(staff, found.get().zoneId())) {
                continue;
            }
            EditableArticle article = found.get();
            String title = article.draft().title();
            try {
                if (publish) {
                    WorkflowState state = article.workflowState();
                    if (state != WorkflowState.APPROVED && state != WorkflowState.SCHEDULED) {
                        skipped.add(message("editor.bulk.reason.state", locale, title,
                                message("editor.workflow." + state, locale)));
                        continue;
                    }
                    workflow.publish(id, article.version(), staff);
                } else {
                    if (!article.isLive()) {
                        skipped.add(message("editor.bulk.reason.notLive", locale, title));
                        continue;
                    }
                    workflow.unpublish(id, article.version(), staff, null);
                }
                done++;
            } catch (NotPermittedException notPermitted) {
                skipped.add(message("editor.bulk.reason.role", locale, title));
            } catch (ArticleConflictException | OptimisticLockingFailureException | WorkflowException moved) {
                skipped.add(message("editor.bulk.reason.conflict", locale, title));
            } catch (UnpublishableArticleException unpublishable) {
                skipped.add(message("editor.bulk.reason.citations", locale, title));
            }
        }
        redirect.addFlashAttribute("bulkDone", done);
        redirect.addFlashAttribute("bulkSkipped", skipped);
        return "redirect:/editor" + query(back);
    }

    private static Set<Long> ids(List<String> ids) {
        Set<Long> chosen = new LinkedHashSet<>();
        if (ids == null) {
            return chosen;
        }
        if (ids.size() > MAX_ARTICLES) {
            throw new BadRequestException("At most " + MAX_ARTICLES + " articles at once");
        }
        for (String id : ids) {
            try {
                chosen.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException notANumber) {
                throw new BadRequestException("Not an article: " + id);
            }
        }
        return chosen;
    }

    /** The list's own filters, to go back to the same view; anything else is dropped. */
    private static String query(String back) {
        if (back == null || back.length() > 500 || !back.matches("[A-Za-z0-9_=&%.+*\\-]*")) {
            return "";
        }
        return back.isEmpty() ? "" : "?" + back;
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
