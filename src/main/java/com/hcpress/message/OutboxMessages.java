package com.hcpress.message;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

/** Renders the message now and writes it to the outbox in the caller's transaction. */
@Service
class OutboxMessages implements Messages {

    private final JdbcClient jdbc;
    private final MessageTemplates templates;
    private final DeliveryChannels channels;
    private final ObjectMapper json;

    OutboxMessages(JdbcClient jdbc, MessageTemplates templates, DeliveryChannels channels, ObjectMapper json) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.channels = channels;
        this.json = json;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void send(Recipient to, String template, Map<String, Object> values) {
        enqueue(to, template, values, null);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void send(Recipient to, String template, Map<String, Object> values, String unsubscribeCategory) {
        enqueue(to, template, values, unsubscribeCategory);
    }

    long enqueue(Recipient to, String template, Map<String, Object> values, String category) {
        Map<String, Object> safeValues = values == null ? Map.of() : values;
        MessageTemplates.RenderedMessage rendered = templates.render(template, to.locale(), safeValues);
        Map<String, String> parameters = new LinkedHashMap<>();
        safeValues.forEach((name, value) -> parameters.put(name, value == null ? "" : String.valueOf(value)));
        MessageState state = channels.noneConfigured() ? MessageState.HELD : MessageState.QUEUED;
        return jdbc.sql("""
                        insert into message_outbox (account_id, channel, address, locale, template, subject, body,
                                                    parameters, category, state)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(to.accountId(), to.channel().name(), to.address(), to.locale().toLanguageTag(), template,
                        abbreviate(rendered.subject(), 400), rendered.body(), json.writeValueAsString(parameters),
                        category, state.name())
                .query(Long.class).single();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
