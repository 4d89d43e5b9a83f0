package com.hcpress.comment.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Comment times as templates show them ({@code ${@commentTimes.shown(c.createdAt)}}), in China time. */
@Component("commentTimes")
class CommentTimes {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    public String shown(Instant at) {
        return at == null ? "" : SHOWN.format(at);
    }
}
