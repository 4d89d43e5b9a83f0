package com.hcpress.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.message.MessageProperties;
import com.hcpress.message.Messages;
import com.hcpress.message.Recipient;

import tools.jackson.databind.ObjectMapper;

/** Writes the notification and, per the account's choice, its email and SMS, all in the caller's transaction. */
@Service
class NotificationCenter implements Notifications {

    static final int MAX_LINK = 500;

    private final JdbcClient jdbc;
    private final NotificationPreferences preferences;
    private final Messages messages;
    private final MessageProperties properties;
    private final ObjectMapper json;

    NotificationCenter(JdbcClient jdbc, NotificationPreferences preferences, Messages messages,
                       MessageProperties properties, ObjectMapper json) {
        this.jdbc = jdbc;
        this.preferences = preferences;
        this.messages = messages;
        this.properties = properties;
        this.json = json;
    }

    @Override
    @Transactional
    public void notify(long accountId, NotificationCategory category, String link, Map<String, Object> values) {
        String localLink = localLink(link);
        Optional<Contact> contact = preferences.contact(accountId);
        if (contact.isEmpty()) {
            return; // erased or disabled: nobody to tell
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        (values == null ? Map.<String, Object>of() : values)
                .forEach((name, value) -> parameters.put(name, value == null ? "" : String.valueOf(value)));
        jdbc.sql("insert into notification (account_id, category, link, parameters) values (?, ?, ?, ?)")
                .params(accountId, category.key(), localLink, json.writeValueAsString(parameters)).update();

        ChannelChoice choice = preferences.choice(accountId, category).orElseThrow();
        Map<String, Object> messageValues = new LinkedHashMap<>(parameters);
        messageValues.put("link", localLink == null ? properties.publicUrl() + "/notifications"
                : properties.publicUrl() + localLink);
        Contact to = contact.get();
        if (choice.email() && to.email() != null) {
            messages.send(Recipient.email(accountId, to.email(), to.locale()), category.template(), messageValues,
                    category.key());
        }
        if (choice.sms() && to.mobile() != null) {
            messages.send(Recipient.sms(accountId, to.mobile(), to.locale()), category.template(), messageValues,
                    category.key());
        }
    }

    /** Only a path on this site, so a notification never leads elsewhere. */
    static String localLink(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        if (!link.startsWith("/") || link.startsWith("//") || link.contains("\\") || link.length() > MAX_LINK) {
            throw new IllegalArgumentException("A notification links to a path on this site");
        }
        return link;
    }
}
