package com.hcpress.comment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Posting limits per author, how long an author may still edit, and how much one page shows.
 * Defaults are the product's; properties under {@code hcpress.comments} change them.
 */
@ConfigurationProperties("hcpress.comments")
record CommentSettings(
        @DefaultValue("5") int perMinute,
        @DefaultValue("100") int perDay,
        @DefaultValue("10m") Duration editWindow,
        @DefaultValue("20") int pageSize,
        @DefaultValue("3") int repliesShown,
        @DefaultValue("20") int replyPageSize) {
}
