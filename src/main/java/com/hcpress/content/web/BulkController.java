package com.hcpress.content.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;

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
import com.hcpress.content.IncompleteReferencesException;
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
 * articles, and what is left as it was is listed with the reason. Each ticked article carries the
 * version the list showed; one changed since is refused by name and the rest are done.
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
        Map<Long, Long> chosen = listedVersions(ids);
        if (chosen.isEmpty()) {
            redirect.addFlashAttribute("bulkNone", true);
            return "redirect:/editor" + query(back);
        }
        Staff staff = EditorPages.staff(account);
        int done = 0;
        List<String> skipped = new ArrayList<>();
        for (Map.Entry<Long, Long> pick : chosen.entrySet()) {
            long id = pick.getKey();
            Optional<EditableArticle> found = desk.article(id);
            if (found.isEmpty() || found.get().deleted() || !grants.mayDoAnything(staff, found.get().zoneId())) {
                continue;
            }
            EditableArticle article = found.get();
            String title = article.draft().title();
            if (article.version() != pick.getValue()) {
                skipped.add(message("editor.bulk.reason.changed", locale, title));
                continue;
            }
            String refusal = publish ? publishOne(article, staff, locale) : unpublishOne(article, staff, locale);
            if (refusal == null) {
                done++;
            } else {
                skipped.add(refusal);
            }
        }
        redirect.addFlashAttribute("bulkDone", done);
        redirect.addFlashAttribute("bulkSkipped", skipped);
        return "redirect:/editor" + query(back);
    }

    /** Null when published; else why not, naming the article. */
    private String publishOne(EditableArticle article, Staff staff, Locale locale) {
        String title = article.draft().title();
        try {
            workflow.checkPublishable(article.id());
            WorkflowState state = article.workflowState();
            if (state != WorkflowState.APPROVED && state != WorkflowState.SCHEDULED) {
                return message("editor.bulk.reason.state", locale, title, message("editor.workflow." + state, locale));
            }
            workflow.publish(article.id(), article.version(), staff);
            return null;
        } catch (RuntimeException refused) {
            return reason(refused, title, locale);
        }
    }

    private String unpublishOne(EditableArticle article, Staff staff, Locale locale) {
        String title = article.draft().title();
        if (!article.isLive()) {
            return message("editor.bulk.reason.notLive", locale, title);
        }
        try {
            workflow.unpublish(article.id(), article.version(), staff, null);
            return null;
        } catch (RuntimeException refused) {
            return reason(refused, title, locale);
        }
    }

    private String reason(RuntimeException refused, String title, Locale locale) {
        if (refused instanceof NotPermittedException) {
            return message("editor.bulk.reason.role", locale, title);
        }
        if (refused instanceof ArticleConflictException || refused instanceof OptimisticLockingFailureException
                || refused instanceof WorkflowException) {
            return message("editor.bulk.reason.conflict", locale, title);
        }
        if (refused instanceof IncompleteReferencesException incomplete) {
            return message("editor.bulk.reason.incomplete", locale, title, String.join(" ", incomplete.unknownCitations()));
        }
        if (refused instanceof UnpublishableArticleException) {
            return message("editor.bulk.reason.citations", locale, title);
        }
        throw refused;
    }

    /**
     * Each ticked box is "id:version", the version the list showed: an article changed since is
     * left alone and named, the others are done.
     */
    private static Map<Long, Long> listedVersions(List<String> ids) {
        Map<Long, Long> chosen = new LinkedHashMap<>();
        if (ids == null) {
            return chosen;
        }
        if (ids.size() > MAX_ARTICLES) {
            throw new BadRequestException("At most " + MAX_ARTICLES + " articles at once");
        }
        for (String id : ids) {
            String[] parts = id.strip().split(":", -1);
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                chosen.put(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            } catch (NumberFormatException notANumber) {
                throw new BadRequestException("Not an article with its listed version: " + id);
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
