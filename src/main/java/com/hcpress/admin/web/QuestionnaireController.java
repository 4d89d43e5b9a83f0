package com.hcpress.admin.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ZoneView;
import com.hcpress.questionnaire.ItemChange;
import com.hcpress.questionnaire.QuestionDraft;
import com.hcpress.questionnaire.QuestionItem;
import com.hcpress.questionnaire.QuestionType;
import com.hcpress.questionnaire.QuestionnaireBuilder;
import com.hcpress.shared.web.NotFoundException;

/**
 * The questionnaire builder: items in order with up / down / remove buttons (plain forms), a form
 * to add one, and a form to edit one. Editing an answered item makes its next version.
 */
@Controller
@RequestMapping("/editor/zones/{slug}/questions")
class QuestionnaireController {

    static final String VIEW = "admin/questions";
    static final String ITEM = "admin/question-form";

    private final QuestionnaireBuilder builder;
    private final EditorZones zones;

    QuestionnaireController(QuestionnaireBuilder builder, EditorZones zones) {
        this.builder = builder;
        this.zones = zones;
    }

    @GetMapping
    String page(@PathVariable String slug, Model model) {
        return list(zones.bySlug(slug), QuestionDraft.empty(), Map.of(), model);
    }

    @PostMapping
    String add(@PathVariable String slug, @ModelAttribute("draft") QuestionDraft draft,
               @AuthenticationPrincipal AccountPrincipal editor, Model model, HttpServletResponse response,
               RedirectAttributes redirect) {
        ZoneView zone = zones.bySlug(slug);
        ItemChange change = builder.add(editor.id(), zone.id(), draft);
        if (!change.succeeded()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return list(zone, draft, change.problems(), model);
        }
        redirect.addFlashAttribute("notice", "questionnaire.added");
        return back(zone);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable String slug, @PathVariable long id, Model model) {
        ZoneView zone = zones.bySlug(slug);
        QuestionItem item = builder.item(zone.id(), id).orElseThrow(() -> NotFoundException.of("question", id));
        return form(zone, item, QuestionDraft.of(item.question()), Map.of(), model);
    }

    @PostMapping("/{id}")
    String save(@PathVariable String slug, @PathVariable long id, @ModelAttribute("draft") QuestionDraft draft,
                @AuthenticationPrincipal AccountPrincipal editor, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        ZoneView zone = zones.bySlug(slug);
        ItemChange change = builder.edit(editor.id(), zone.id(), id, draft);
        if (change.outcome() == ItemChange.Outcome.NOT_FOUND) {
            throw NotFoundException.of("question", id);
        }
        if (!change.succeeded()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            QuestionItem item = builder.item(zone.id(), id).orElseThrow(() -> NotFoundException.of("question", id));
            return form(zone, item, draft, change.problems(), model);
        }
        redirect.addFlashAttribute("notice", change.outcome() == ItemChange.Outcome.NEW_VERSION
                ? "questionnaire.versioned" : "questionnaire.saved");
        redirect.addFlashAttribute("noticeVersion", change.version());
        return back(zone);
    }

    @PostMapping("/{id}/up")
    String up(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal editor) {
        ZoneView zone = zones.bySlug(slug);
        builder.move(editor.id(), zone.id(), id, -1);
        return back(zone);
    }

    @PostMapping("/{id}/down")
    String down(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal editor) {
        ZoneView zone = zones.bySlug(slug);
        builder.move(editor.id(), zone.id(), id, 1);
        return back(zone);
    }

    @PostMapping("/{id}/remove")
    String remove(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal editor,
                  RedirectAttributes redirect) {
        ZoneView zone = zones.bySlug(slug);
        if (!builder.remove(editor.id(), zone.id(), id)) {
            throw NotFoundException.of("question", id);
        }
        redirect.addFlashAttribute("notice", "questionnaire.removed");
        return back(zone);
    }

    private String list(ZoneView zone, QuestionDraft draft, Map<String, String> errors, Model model) {
        model.addAttribute("zone", zone);
        model.addAttribute("items", builder.items(zone.id()));
        model.addAttribute("draft", draft);
        model.addAttribute("errors", errors);
        model.addAttribute("types", QuestionType.values());
        return VIEW;
    }

    private String form(ZoneView zone, QuestionItem item, QuestionDraft draft, Map<String, String> errors, Model model) {
        model.addAttribute("zone", zone);
        model.addAttribute("item", item);
        model.addAttribute("draft", draft);
        model.addAttribute("errors", errors);
        model.addAttribute("types", QuestionType.values());
        return ITEM;
    }

    private static String back(ZoneView zone) {
        return "redirect:/editor/zones/" + zone.slug() + "/questions";
    }
}
