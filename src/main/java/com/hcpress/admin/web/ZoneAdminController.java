package com.hcpress.admin.web;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.admin.ZoneAdministration;
import com.hcpress.admin.ZoneDraft;
import com.hcpress.admin.ZoneSaved;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ZoneView;

/** Editors' list of zones, and creating and changing one. */
@Controller
@RequestMapping("/editor/zones")
class ZoneAdminController {

    static final String LIST = "admin/zones";
    static final String FORM = "admin/zone-form";

    private final ContentCatalog catalog;
    private final ZoneAdministration zones;
    private final EditorZones editorZones;

    ZoneAdminController(ContentCatalog catalog, ZoneAdministration zones, EditorZones editorZones) {
        this.catalog = catalog;
        this.zones = zones;
        this.editorZones = editorZones;
    }

    @InitBinder
    void fields(WebDataBinder binder) {
        binder.setAllowedFields("slug", "nameZh", "nameEn", "descriptionZh", "descriptionEn", "position");
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("zones", catalog.zones());
        model.addAttribute("listed", catalog.listedZones().stream().map(ZoneView::id).collect(Collectors.toSet()));
        return LIST;
    }

    @GetMapping("/new")
    String newZone(Model model) {
        model.addAttribute("draft", ZoneDraft.empty());
        return FORM;
    }

    @PostMapping
    String create(@ModelAttribute("draft") ZoneDraft draft, @AuthenticationPrincipal AccountPrincipal editor,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ZoneSaved saved;
        try {
            saved = zones.create(editor.id(), draft);
        } catch (DataIntegrityViolationException e) {
            // Another editor took the slug between the check and the insert.
            saved = new ZoneSaved(null, Map.of("slug", "zones.error.slug.taken"));
        }
        if (!saved.succeeded()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", saved.problems());
            return FORM;
        }
        redirect.addFlashAttribute("notice", "zones.created");
        return "redirect:/editor/zones/" + draft.slug().strip();
    }

    @GetMapping("/{slug}")
    String edit(@PathVariable String slug, Model model) {
        ZoneView zone = editorZones.bySlug(slug);
        model.addAttribute("zone", zone);
        model.addAttribute("draft", ZoneDraft.of(catalog.zoneDetails(zone.id()).orElseThrow()));
        return FORM;
    }

    @PostMapping("/{slug}")
    String update(@PathVariable String slug, @ModelAttribute("draft") ZoneDraft draft,
                  @AuthenticationPrincipal AccountPrincipal editor, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        ZoneView zone = editorZones.bySlug(slug);
        ZoneSaved saved = zones.update(editor.id(), zone.id(), draft);
        if (!saved.succeeded()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("zone", zone);
            model.addAttribute("errors", saved.problems());
            return FORM;
        }
        redirect.addFlashAttribute("notice", "zones.saved");
        return "redirect:/editor/zones/" + zone.slug();
    }
}
