package com.hcpress.message;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Hands one message to its channel; throws with the reason when the channel refuses it. */
@Component
class MessageDelivery {

    private final DeliveryChannels channels;
    private final List<EmailHeaders> headers;
    private final MessageProperties properties;

    MessageDelivery(DeliveryChannels channels, List<EmailHeaders> headers, MessageProperties properties) {
        this.channels = channels;
        this.headers = headers;
        this.properties = properties;
    }

    void deliver(OutboxMessage message) throws MessagingException {
        if (message.channel() == Channel.EMAIL) {
            email(message);
        } else {
            SmsSender sms = channels.sms().orElseThrow(() -> new IllegalStateException("No SMS provider is configured"));
            sms.send(new SmsMessage(message.id(), message.address(), message.body(), message.template(),
                    message.parameters()));
        }
    }

    private void email(OutboxMessage message) throws MessagingException {
        JavaMailSender mail = channels.mail().orElseThrow(() -> new IllegalStateException("No mail server is configured"));
        MimeMessage mime = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(message.address());
        helper.setSubject(message.subject());
        helper.setText(message.body(), false);
        for (EmailHeaders extra : headers) {
            for (var header : extra.headersFor(message).entrySet()) {
                mime.setHeader(header.getKey(), header.getValue());
            }
        }
        // The same id on every attempt, so a receiver can drop a copy sent again after a crash.
        mime.saveChanges();
        mime.setHeader("Message-ID", "<outbox-" + message.id() + "@" + host() + ">");
        mail.send(mime);
    }

    private String host() {
        return java.net.URI.create(properties.publicUrl()).getHost();
    }
}
