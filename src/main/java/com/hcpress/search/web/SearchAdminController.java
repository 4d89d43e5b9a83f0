package com.hcpress.search.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

import com.hcpress.search.SearchMaintenance;

/** The index as an administrator sees it, with a rebuild whose progress the page polls for. */
@Controller
@RequestMapping("/admin/search")
class SearchAdminController {

    static final String VIEW = "search/admin";
    static final String PROGRESS = VIEW + " :: progress";

    private final SearchMaintenance maintenance;

    SearchAdminController(SearchMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("status", maintenance.status());
        model.addAttribute("progress", maintenance.progress());
        return VIEW;
    }

    @PostMapping("/reindex")
    String reindex(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("progress", maintenance.reindex());
        return htmx == null ? "redirect:/admin/search" : PROGRESS;
    }

    @GetMapping("/progress")
    String progress(Model model) {
        model.addAttribute("progress", maintenance.progress());
        return PROGRESS;
    }
}
