package com.hcpress.search.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.search.EditorSynonyms;
import com.hcpress.search.InvalidSynonymsException;

/** Editors' own synonym groups, added to the shipped dictionary, paged newest first. */
@Controller
@RequestMapping("/editor/synonyms")
class SynonymEditorController {

    static final String VIEW = "search/synonyms";

    private final EditorSynonyms synonyms;
    private final MessageSource messages;

    SynonymEditorController(EditorSynonyms synonyms, MessageSource messages) {
        this.synonyms = synonyms;
        this.messages = messages;
    }

    @GetMapping
    String page(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("synonyms", synonyms.page(page));
        return VIEW;
    }

    @PostMapping
    String add(@RequestParam(required = false) String terms, @RequestParam(required = false) String note,
               @AuthenticationPrincipal AccountPrincipal editor, Model model, HttpServletResponse response,
               java.util.Locale locale, RedirectAttributes redirect) {
        try {
            synonyms.add(editor.id(), EditorSynonyms.split(terms), note);
        } catch (InvalidSynonymsException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("synonyms", synonyms.page(1));
            model.addAttribute("terms", terms);
            model.addAttribute("note", note);
            model.addAttribute("synonymError", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return VIEW;
        }
        redirect.addFlashAttribute("synonymsAdded", true);
        return "redirect:/editor/synonyms";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal editor, java.util.Locale locale,
                  RedirectAttributes redirect) {
        try {
            synonyms.remove(editor.id(), id);
            redirect.addFlashAttribute("synonymsRemoved", true);
        } catch (InvalidSynonymsException e) {
            redirect.addFlashAttribute("synonymError", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/editor/synonyms";
    }
}
