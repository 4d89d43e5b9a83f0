package com.hcpress.follow;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.hcpress.message.Channel;
import com.hcpress.message.EmailHeaders;
import com.hcpress.message.MessageProperties;
import com.hcpress.message.OutboxMessage;
import com.hcpress.notification.UnsubscribeLinks;

/**
 * One-click unsubscribe (RFC 8058) for the follow digest: each digest email names
 * {@code /unsubscribe/digest?token=…}, a token signed with the notification centre's key (HMAC-SHA256)
 * that names the account, so nobody can guess another reader's link.
 */
@Component
public class DigestUnsubscribeLinks implements EmailHeaders {

    /** The outbox category of digest emails. */
    static final String CATEGORY = "follow-digest";
    private static final String PURPOSE = "digest";

    private final UnsubscribeLinks signer;
    private final MessageProperties properties;

    DigestUnsubscribeLinks(UnsubscribeLinks signer, MessageProperties properties) {
        this.signer = signer;
        this.properties = properties;
    }

    @Override
    public Map<String, String> headersFor(OutboxMessage message) {
        if (message.channel() != Channel.EMAIL || message.accountId() == null || !CATEGORY.equals(message.category())) {
            return Map.of();
        }
        return Map.of("List-Unsubscribe", "<" + url(message.accountId()) + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    public String url(long accountId) {
        return properties.publicUrl() + "/unsubscribe/digest?token=" + signer.token(PURPOSE, accountId);
    }

    /** The account a digest link names, when its signature holds. */
    public Optional<Long> account(String token) {
        return signer.account(PURPOSE, token);
    }
}
