package com.hcpress.admin.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrators' landing page: links to every back-office tool. */
@Controller
class AdminHomeController {

    @GetMapping("/admin")
    String home() {
        return "admin/home";
    }
}
