package com.hcpress.admin.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.hcpress.admin.ReviewChart;
import com.hcpress.verification.ReviewDay;
import com.hcpress.verification.ReviewStatistics;

/** The reviewer dashboard: the last 30 days of queue size and time to decision, drawn on the server. */
@Controller
class ReviewDashboardController {

    static final int DAYS = 30;

    private final ReviewStatistics statistics;

    ReviewDashboardController(ReviewStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/admin/reviews")
    String dashboard(Model model) {
        List<ReviewDay> days = statistics.lastDays(DAYS);
        model.addAttribute("days", days);
        model.addAttribute("chart", ReviewChart.of(days));
        model.addAttribute("today", days.get(days.size() - 1));
        LocalDate first = days.get(0).day();
        LocalDate last = days.get(days.size() - 1).day();
        model.addAttribute("reviewerTimes", statistics.decisionTimes(first, last, false));
        model.addAttribute("reviewerDays", statistics.decisionTimes(first, last, true));
        return "admin/reviews";
    }
}
