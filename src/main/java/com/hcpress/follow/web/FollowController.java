package com.hcpress.follow.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.follow.DigestFrequency;
import com.hcpress.follow.FollowView;
import com.hcpress.follow.Follows;
import com.hcpress.gate.Gate;
import com.hcpress.shared.web.NotFoundException;

/**
 * {@code /me/follows}: the zones and experts a reader follows, each removable, and the email
 * digest's frequency (also offered on the notification settings page, loaded from here).
 */
@Controller
class FollowController {

    static final String VIEW = "follow/follows";

    private final Follows follows;
    private final Gate gate;

    FollowController(Follows follows, Gate gate) {
        this.follows = follows;
        this.gate = gate;
    }

    /**
     * A follow as listed: an expert's name only when the reader may open one of the zones where it is
     * on a published article; otherwise the name is withheld.
     */
    record Shown(FollowView follow, boolean nameShown) {
    }

    @GetMapping("/me/follows")
    String list(@AuthenticationPrincipal AccountPrincipal reader, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        Map<Long, Boolean> admitted = new HashMap<>();
        List<Shown> shown = follows.list(reader.id()).stream()
                .map(follow -> new Shown(follow, follow.isZone() || follow.expertZoneIds().stream()
                        .anyMatch(zoneId -> admitted.computeIfAbsent(zoneId, id -> gate.admits(reader, id)))))
                .toList();
        model.addAttribute("follows", shown);
        digestModel(reader, model);
        return VIEW;
    }

    @PostMapping("/me/follows/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal reader) {
        if (!follows.remove(reader.id(), id)) {
            throw NotFoundException.of("Follow", id);
        }
        return "redirect:/me/follows";
    }

    /** The digest form alone, for the notification settings page. */
    @GetMapping("/me/follows/digest")
    String digest(@AuthenticationPrincipal AccountPrincipal reader, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        digestModel(reader, model);
        return VIEW + " :: digest";
    }

    @PostMapping("/me/follows/digest")
    String saveDigest(@RequestParam(required = false) String frequency, @RequestParam(required = false) String back,
                      @AuthenticationPrincipal AccountPrincipal reader, Model model, HttpServletRequest request,
                      HttpServletResponse response) {
        Optional<DigestFrequency> chosen = DigestFrequency.fromParam(frequency);
        if (chosen == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            model.addAttribute("digestError", true);
            digestModel(reader, model);
            return request.getHeader("HX-Request") != null ? VIEW + " :: digest" : list(reader, model, response);
        }
        follows.setDigest(reader.id(), chosen);
        if (request.getHeader("HX-Request") != null) {
            model.addAttribute("digestSaved", true);
            return digest(reader, model, response);
        }
        return "preferences".equals(back) ? "redirect:/notifications/preferences?saved" : "redirect:/me/follows?saved";
    }

    private void digestModel(AccountPrincipal reader, Model model) {
        model.addAttribute("digest", follows.digest(reader.id()).map(DigestFrequency::param).orElse("none"));
        model.addAttribute("frequencies", List.of("none", "daily", "weekly"));
    }
}
