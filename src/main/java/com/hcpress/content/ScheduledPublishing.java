package com.hcpress.content;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every instance looks for due scheduled articles every {@code hcpress.editorial.schedule-check}
 * (30 seconds by default); the row claim in {@link EditorialWorkflow#publishDue()} lets each go
 * live once. An article goes live at most that long after its time.
 */
@Component
class ScheduledPublishing {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

    private final EditorialWorkflow workflow;

    ScheduledPublishing(EditorialWorkflow workflow) {
        this.workflow = workflow;
    }

    @Scheduled(initialDelayString = "${hcpress.editorial.schedule-check:PT30S}",
            fixedDelayString = "${hcpress.editorial.schedule-check:PT30S}")
    void publishDue() {
        List<Long> published = workflow.publishDue();
        if (!published.isEmpty()) {
            log.info("Published scheduled articles {}", published);
        }
    }
}
