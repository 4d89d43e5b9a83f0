package com.hcpress.content.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.hcpress.content.ContentCatalog;

@Controller
class HomeController {

    static final String VIEW = "content/home";

    private final ContentCatalog catalog;

    HomeController(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("zones", catalog.listedZones());
        return VIEW;
    }
}
