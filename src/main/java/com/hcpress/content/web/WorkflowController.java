package com.hcpress.content.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ArticleConflictException;
import com.hcpress.content.ArticleTrash;
import com.hcpress.content.EditableArticle;
import com.hcpress.content.EditorCatalog;
import com.hcpress.content.EditorialWorkflow;
import com.hcpress.content.NotPermittedException;
import com.hcpress.content.Staff;
import com.hcpress.content.IncompleteReferencesException;
import com.hcpress.content.UnpublishableArticleException;
import com.hcpress.content.WorkflowException;
import com.hcpress.content.ZoneGrants;
import com.hcpress.shared.web.NotFoundException;

/**
 * The workflow panel's steps on one article: submit, approve, return, schedule, publish,
 * unpublish, remark, delete. Each sends the version the page was opened at; a refused step
 * answers the article page again with the reason (409 for a state or version that moved, 422 for
 * citations without references, 400 for a missing message or a bad time, 403 without the role).
 */
@Controller
class WorkflowController {

    /** Times typed into the schedule field are China time, as every time the console shows. */
    static final ZoneId TIMES_IN = ZoneId.of("Asia/Shanghai");

    private final EditorialWorkflow workflow;
    private final ArticleTrash trash;
    private final EditorCatalog desk;
    private final EditorPages pages;
    private final MessageSource messages;
    private final ZoneGrants grants;

    WorkflowController(EditorialWorkflow workflow, ArticleTrash trash, EditorCatalog desk, EditorPages pages,
                       MessageSource messages, ZoneGrants grants) {
        this.grants = grants;
        this.workflow = workflow;
        this.trash = trash;
        this.desk = desk;
        this.pages = pages;
        this.messages = messages;
    }

    /** The steps that take the page's version and an optional message: submit, approve, return, unpublish. */
    @PostMapping({"/editor/articles/{id}/submit", "/editor/articles/{id}/approve", "/editor/articles/{id}/return",
            "/editor/articles/{id}/unpublish"})
    String messageStep(@PathVariable long id, @RequestParam(required = false) Long version,
                       @RequestParam(required = false) String message, @AuthenticationPrincipal AccountPrincipal account,
                       Locale locale, Model model, HttpServletRequest request, HttpServletResponse response,
                       RedirectAttributes redirect) {
        String path = request.getRequestURI();
        String step = path.substring(path.lastIndexOf('/') + 1);
        Consumer<Staff> change;
        String done;
        switch (step) {
            case "submit" -> {
                done = "submitted";
                change = staff -> workflow.submit(id, version, staff, message);
            }
            case "approve" -> {
                done = "approved";
                change = staff -> workflow.approve(id, version, staff, message);
            }
            case "return" -> {
                done = "returned";
                change = staff -> workflow.returnToDraft(id, version, staff, message);
            }
            default -> {
                done = "unpublished";
                change = staff -> workflow.unpublish(id, version, staff, message);
            }
        }
        return step(id, version, message, account, locale, model, response, redirect, done, change);
    }

    @PostMapping("/editor/articles/{id}/schedule")
    String schedule(@PathVariable long id, @RequestParam(required = false) Long version,
                    @RequestParam(required = false) String publishAt, @RequestParam(required = false) String message,
                    @AuthenticationPrincipal AccountPrincipal account, Locale locale, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        Instant at = time(publishAt);
        if (at == null) {
            return refused(id, HttpStatus.BAD_REQUEST, "editor.workflow.problem.time", new Object[0], locale, model, response);
        }
        return step(id, version, message, account, locale, model, response, redirect, "scheduled",
                staff -> workflow.schedule(id, version, staff, at, message));
    }

    @PostMapping("/editor/articles/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) Long version,
                   @AuthenticationPrincipal AccountPrincipal account, Locale locale, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, version, null, account, locale, model, response, redirect, "published",
                staff -> workflow.publish(id, version, staff));
    }

    @PostMapping("/editor/articles/{id}/comment")
    String comment(@PathVariable long id, @RequestParam(required = false) String message,
                   @AuthenticationPrincipal AccountPrincipal account, Locale locale, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, 0L, message, account, locale, model, response, redirect, "commented",
                staff -> workflow.comment(id, staff, message));
    }

    @PostMapping("/editor/articles/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version,
                  @AuthenticationPrincipal AccountPrincipal account, Locale locale, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        String answer = step(id, version, null, account, locale, model, response, redirect, "deleted",
                staff -> trash.delete(id, version, staff));
        return answer.startsWith("redirect:") ? "redirect:/editor/trash" : answer;
    }

    private String step(long id, Long version, String message, AccountPrincipal account, Locale locale, Model model,
                        HttpServletResponse response, RedirectAttributes redirect, String done,
                        Consumer<Staff> change) {
        if (!grants.mayDoAnything(EditorPages.staff(account), article(id).zoneId())) {
            throw new AccessDeniedException("No role in the article's zone");
        }
        if (version == null) {
            return refused(id, HttpStatus.BAD_REQUEST, "editor.problem.version", new Object[0], locale, model, response);
        }
        if (message != null && message.length() > EditorialWorkflow.MAX_MESSAGE) {
            return refused(id, HttpStatus.BAD_REQUEST, "editor.workflow.problem.messageLength",
                    new Object[] {EditorialWorkflow.MAX_MESSAGE}, locale, model, response);
        }
        try {
            change.accept(EditorPages.staff(account));
        } catch (ArticleConflictException | OptimisticLockingFailureException conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", true);
            EditableArticle latest = article(id);
            return pages.form(model, ArticleForm.of(latest), latest, List.of(), account);
        } catch (IncompleteReferencesException incomplete) {
            return refused(id, HttpStatus.UNPROCESSABLE_CONTENT, "editor.problem.incompleteReferences",
                    new Object[] {String.join(" ", incomplete.unknownCitations())}, locale, model, response);
        } catch (UnpublishableArticleException unpublishable) {
            return refused(id, HttpStatus.UNPROCESSABLE_CONTENT, "editor.problem.unknownCitations",
                    new Object[] {String.join(" ", unpublishable.unknownCitations())}, locale, model, response);
        } catch (WorkflowException refused) {
            HttpStatus status = refused.messageKey().equals("editor.workflow.problem.state")
                    || refused.messageKey().equals("editor.workflow.problem.notLive")
                    || refused.messageKey().equals("editor.workflow.problem.deleted")
                    ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
            Object[] arguments = refused.arguments();
            if (refused.messageKey().equals("editor.workflow.problem.state") && arguments.length == 1) {
                arguments = new Object[] {messages.getMessage("editor.workflow." + arguments[0], null, locale)};
            }
            return refused(id, status, refused.messageKey(), arguments, locale, model, response);
        } catch (NotPermittedException notPermitted) {
            throw new AccessDeniedException(notPermitted.getMessage());
        }
        redirect.addFlashAttribute("done", done);
        return "redirect:/editor/articles/" + id;
    }

    private String refused(long id, HttpStatus status, String key, Object[] arguments, Locale locale, Model model,
                           HttpServletResponse response) {
        response.setStatus(status.value());
        EditableArticle article = article(id);
        return pages.form(model, ArticleForm.of(article), article, List.of(messages.getMessage(key, arguments, locale)));
    }

    /** A {@code datetime-local} value, China time; null when it is not one. */
    static Instant time(String value) {
        if (value == null || value.isBlank() || value.length() > 40) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(TIMES_IN).toInstant();
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }

    private EditableArticle article(long id) {
        return desk.article(id).orElseThrow(() -> NotFoundException.of("Article", id));
    }
}
