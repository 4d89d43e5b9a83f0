package com.hcpress.verification.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
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
import com.hcpress.shared.web.NotFoundException;
import com.hcpress.verification.ReasonTemplate;
import com.hcpress.verification.ReasonTemplates;

/**
 * 审核原因模板: the reasons reviewers pick for a wrong field. Administrators add, change, disable
 * and enable them; none is deleted. Under /admin, so only admins get here.
 */
@Controller
@RequestMapping("/admin/review-reasons")
class ReasonTemplateAdminController {

    static final String VIEW = "admin/review-reasons";

    private final ReasonTemplates templates;

    ReasonTemplateAdminController(ReasonTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    String list(Model model) {
        return show(model, null, null, null, Map.of());
    }

    @PostMapping
    String create(@AuthenticationPrincipal AccountPrincipal admin, @RequestParam(required = false) String textZh,
                  @RequestParam(required = false) String textEn, Model model, RedirectAttributes flash,
                  HttpServletResponse response) {
        return saved(templates.save(admin.id(), null, textZh, textEn, true), null, textZh, textEn, model, flash, response);
    }

    @PostMapping("/{id}")
    String change(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id,
                  @RequestParam(required = false) String textZh, @RequestParam(required = false) String textEn,
                  @RequestParam(defaultValue = "false") boolean enabled, Model model, RedirectAttributes flash,
                  HttpServletResponse response) {
        ReasonTemplate before = templates.find(id).orElseThrow(() -> NotFoundException.of("Reason template", id));
        return saved(templates.save(admin.id(), before.id(), textZh, textEn, enabled), id, textZh, textEn, model, flash, response);
    }

    private String saved(Map<String, String> errors, Long id, String textZh, String textEn, Model model,
                         RedirectAttributes flash, HttpServletResponse response) {
        if (errors.isEmpty()) {
            flash.addFlashAttribute("notice", "reviewReasons.saved");
            return "redirect:/admin/review-reasons";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(model, id, textZh, textEn, errors);
    }

    /** {@code editing}: the template whose form shows {@code errors} and what was typed (null: the new one). */
    private String show(Model model, Long editing, String textZh, String textEn, Map<String, String> errors) {
        model.addAttribute("templates", templates.all());
        model.addAttribute("editing", editing);
        model.addAttribute("typedZh", textZh);
        model.addAttribute("typedEn", textEn);
        model.addAttribute("errors", errors);
        model.addAttribute("maxZh", ReasonTemplate.MAX_ZH);
        model.addAttribute("maxEn", ReasonTemplate.MAX_EN);
        return VIEW;
    }
}
