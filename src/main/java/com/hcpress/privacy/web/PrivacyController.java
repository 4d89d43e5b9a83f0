package com.hcpress.privacy.web;

import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.AccountRegistry;
import com.hcpress.privacy.AccountErasure;
import com.hcpress.privacy.PersonalDataExport;

/** "Download my data" and "delete my account", always for the signed-in user only. */
@Controller
class PrivacyController {

    private final PersonalDataExport export;
    private final AccountErasure erasure;
    private final AccountRegistry accounts;

    PrivacyController(PersonalDataExport export, AccountErasure erasure, AccountRegistry accounts) {
        this.export = export;
        this.erasure = erasure;
        this.accounts = accounts;
    }

    @GetMapping("/account/export")
    ResponseEntity<Map<String, Object>> export(@AuthenticationPrincipal AccountPrincipal user) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("hcpress-my-data-" + LocalDate.now() + ".json").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(export.export(user.id()));
    }

    /** Asks for the password again, so a session left open elsewhere cannot delete the account. */
    @PostMapping("/account/delete")
    String delete(@RequestParam(required = false) String password, @AuthenticationPrincipal AccountPrincipal user,
                  HttpServletRequest request, HttpServletResponse response) {
        if (!accounts.passwordMatches(user.id(), password)) {
            return "redirect:/account?deleteError=password#delete-account";
        }
        try {
            erasure.erase(user.id());
        } catch (AccountErasure.StaffAccountException e) {
            return "redirect:/account?deleteError=staff#delete-account";
        }
        new SecurityContextLogoutHandler().logout(request, response, null);
        return "redirect:/?accountDeleted";
    }
}
