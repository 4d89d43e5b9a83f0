package com.hcpress.notification;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.hcpress.comment.CommentModerated;
import com.hcpress.comment.CommentReplied;
import com.hcpress.consent.Consents;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ZoneView;
import com.hcpress.consent.DocumentKind;
import com.hcpress.consent.DocumentPublished;
import com.hcpress.verification.ReverificationDue;
import com.hcpress.verification.SubmissionApproved;
import com.hcpress.verification.SubmissionRejected;

/**
 * Turns what happened elsewhere into notifications. The events are published inside the transaction
 * of the change, and these listeners run there too, so the notification and its outbox rows commit
 * or roll back with the decision, reminder, reply, moderation or new version.
 */
@Component
class NotifyingListeners {

    private final Notifications notifications;
    private final Consents consents;
    private final ContentCatalog content;

    NotifyingListeners(Notifications notifications, Consents consents, ContentCatalog content) {
        this.notifications = notifications;
        this.consents = consents;
        this.content = content;
    }

    @EventListener
    void approved(SubmissionApproved event) {
        notifications.notify(event.userId(), NotificationCategory.REVIEW_APPROVED, "/verification/status", Map.of());
    }

    @EventListener
    void rejected(SubmissionRejected event) {
        notifications.notify(event.userId(), NotificationCategory.REVIEW_REJECTED, "/verification/profile",
                Map.of("reason", event.reason() == null ? "" : event.reason(),
                        "reasonEn", event.reasonEn() == null ? "" : event.reasonEn()));
    }

    @EventListener
    void reverificationDue(ReverificationDue event) {
        notifications.notify(event.userId(), NotificationCategory.REVERIFY_REMINDER, "/verification/status",
                Map.of("due", event.ends().toString()));
    }

    @EventListener
    void replied(CommentReplied event) {
        notifications.notify(event.parentAuthorId(), NotificationCategory.COMMENT_REPLY,
                "/articles/" + event.articleSlug() + "#comments-heading", Map.of("article", event.articleTitle()));
    }

    @EventListener
    void moderated(CommentModerated event) {
        notifications.notify(event.authorId(), NotificationCategory.COMMENT_MODERATED,
                "/articles/" + event.articleSlug(), Map.of("article", event.articleTitle(), "reason", event.reason(),
                        "removed", Boolean.toString(event.removed())));
    }

    /** Everyone who agreed to the version before is told to read the new one. */
    @EventListener
    void republished(DocumentPublished event) {
        if (event.version() == 1) {
            return;
        }
        String link = event.kind() == DocumentKind.ZONE_CONSENT ? "/gate/" + zoneSlug(event.zoneId()) : "/account";
        Map<String, Object> values = Map.of("document", event.titleZh(), "documentEn", event.titleEn(),
                "version", event.version());
        for (long accountId : consents.agreedToEarlierVersion(event.kind(), event.zoneId())) {
            notifications.notify(accountId, NotificationCategory.DOCUMENT_NEW_VERSION, link, values);
        }
    }

    private String zoneSlug(Long zoneId) {
        return content.zone(zoneId).map(ZoneView::slug).orElseThrow();
    }
}
