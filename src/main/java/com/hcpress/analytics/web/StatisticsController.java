package com.hcpress.analytics.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.Role;
import com.hcpress.analytics.AnswerCount;
import com.hcpress.analytics.ArticleEngagement;
import com.hcpress.analytics.DayBars;
import com.hcpress.analytics.ReadingDepth;
import com.hcpress.analytics.GateFunnel;
import com.hcpress.analytics.HorizontalBars;
import com.hcpress.analytics.NewsroomStatistics;
import com.hcpress.analytics.Period;
import com.hcpress.analytics.ReadingTotals;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.EditableArticle;
import com.hcpress.content.EditorCatalog;
import com.hcpress.content.Staff;
import com.hcpress.content.ZoneGrants;
import com.hcpress.content.ZoneView;
import com.hcpress.shared.web.BadRequestException;
import com.hcpress.shared.web.NotFoundException;

/**
 * Statistics pages for staff (the whole of {@code /editor} is theirs): an article's and a zone's
 * reading, a zone's gate funnel and its questionnaire's answers, each drawn as an SVG with the
 * numbers beside it. Nothing here names a reader.
 */
@Controller
class StatisticsController {

    static final String ARTICLE = "analytics/article";
    static final String ZONE = "analytics/zone";
    static final String FUNNEL = "analytics/funnel";

    private final NewsroomStatistics statistics;
    private final EditorCatalog articles;
    private final ContentCatalog catalog;
    private final ZoneGrants grants;
    private final MessageSource messages;
    private final ArticleEngagement engagement;

    StatisticsController(NewsroomStatistics statistics, EditorCatalog articles, ContentCatalog catalog,
                         ZoneGrants grants, MessageSource messages, ArticleEngagement engagement) {
        this.engagement = engagement;
        this.grants = grants;
        this.messages = messages;
        this.statistics = statistics;
        this.articles = articles;
        this.catalog = catalog;
    }

    /** Editors and administrators, and those holding a role in the article's zone. */
    @GetMapping("/editor/articles/{id}/stats")
    String article(@PathVariable long id, @RequestParam(required = false) Integer days,
                   @AuthenticationPrincipal AccountPrincipal account, Locale locale, Model model) {
        EditableArticle article = articles.article(id).orElseThrow(() -> NotFoundException.of("Article", id));
        Staff staff = new Staff(account.id(), account.displayName(), account.hasRole(Role.ADMIN), account.hasRole(Role.EDITOR));
        if (!grants.mayDoAnything(staff, article.zoneId())) {
            throw new AccessDeniedException("No role in the article's zone");
        }
        Period period = period(days);
        ReadingTotals totals = statistics.article(id, period);
        ReadingDepth depth = engagement.depth(id, period);
        model.addAttribute("depth", depth).addAttribute("depthChart", DepthChart.of(depth, messages, locale))
                .addAttribute("exports", engagement.exports(id, period));
        model.addAttribute("article", article).addAttribute("period", period).addAttribute("choices", Period.CHOICES)
                .addAttribute("totals", totals).addAttribute("dayChart", DayBars.of(totals.days()))
                .addAttribute("zone", catalog.zone(article.zoneId()).orElse(null));
        return ARTICLE;
    }

    @GetMapping("/editor/zones/{slug}/stats")
    String zone(@PathVariable String slug, @RequestParam(required = false) Integer days, Locale locale, Model model) {
        ZoneView zone = catalog.zone(slug).orElseThrow(() -> NotFoundException.of("Zone", slug));
        Period period = period(days);
        ReadingTotals totals = statistics.zone(zone.id(), period);
        GateFunnel funnel = statistics.funnel(zone.id(), period);
        List<AnswerCount> answers = statistics.answers(zone.id(), locale);
        model.addAttribute("zone", zone).addAttribute("period", period).addAttribute("choices", Period.CHOICES)
                .addAttribute("totals", totals).addAttribute("dayChart", DayBars.of(totals.days()))
                .addAttribute("articles", statistics.articlesOfZone(zone.id(), period))
                .addAttribute("funnel", funnel).addAttribute("funnelChart", FunnelChart.of(funnel, locale))
                .addAttribute("answers", answers)
                .addAttribute("answerCharts", answers.stream().map(AnswerCharts::of).toList());
        return ZONE;
    }

    /** The gate funnel alone: each step with its share of the first and of the step before. */
    @GetMapping("/editor/zones/{slug}/funnel")
    String funnel(@PathVariable String slug, @RequestParam(required = false) Integer days, Locale locale, Model model) {
        ZoneView zone = catalog.zone(slug).orElseThrow(() -> NotFoundException.of("Zone", slug));
        Period period = period(days);
        GateFunnel funnel = statistics.funnel(zone.id(), period);
        model.addAttribute("zone", zone).addAttribute("period", period).addAttribute("choices", Period.CHOICES)
                .addAttribute("funnel", funnel).addAttribute("funnelChart", FunnelChart.of(funnel, locale));
        return FUNNEL;
    }

    private static Period period(Integer days) {
        return Period.of(days).orElseThrow(() -> new BadRequestException("Not a period"));
    }

    /** Funnel steps as bars, each labelled in the page's language by the template's messages. */
    static final class FunnelChart {

        private FunnelChart() {
        }

        static HorizontalBars of(GateFunnel funnel, Locale locale) {
            return HorizontalBars.of(funnel.steps().stream().map(GateFunnel.Step::key).toList(),
                    funnel.steps().stream().map(GateFunnel.Step::count).toList(),
                    funnel.steps().stream().map(step -> step.count() + " · " + step.percent() + "%").toList());
        }
    }

    /** The share of measured views reaching each mark, as bars labelled in the page's language. */
    static final class DepthChart {

        private DepthChart() {
        }

        static HorizontalBars of(ReadingDepth depth, MessageSource messages, Locale locale) {
            return HorizontalBars.of(depth.marks().stream()
                            .map(mark -> messages.getMessage("stats.depth.mark", new Object[] {mark.depth()}, locale)).toList(),
                    depth.marks().stream().map(ReadingDepth.Mark::views).toList(),
                    depth.marks().stream().map(mark -> mark.views() + " · " + mark.percent() + "%").toList(),
                    depth.measured());
        }
    }

    static final class AnswerCharts {

        private AnswerCharts() {
        }

        static HorizontalBars of(AnswerCount answer) {
            return HorizontalBars.of(answer.options().stream().map(AnswerCount.Bar::label).toList(),
                    answer.options().stream().map(AnswerCount.Bar::count).toList(),
                    answer.options().stream().map(bar -> bar.count() + " · " + bar.percent() + "%").toList());
        }
    }
}
