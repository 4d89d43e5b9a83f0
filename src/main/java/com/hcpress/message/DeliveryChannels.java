package com.hcpress.message;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Which channels this instance can deliver through: mail when spring.mail.host is set, SMS when a provider is. */
@Component
class DeliveryChannels {

    private final ObjectProvider<JavaMailSender> mail;
    private final ObjectProvider<SmsSender> sms;

    DeliveryChannels(ObjectProvider<JavaMailSender> mail, ObjectProvider<SmsSender> sms) {
        this.mail = mail;
        this.sms = sms;
    }

    Optional<JavaMailSender> mail() {
        return Optional.ofNullable(mail.getIfAvailable());
    }

    Optional<SmsSender> sms() {
        return Optional.ofNullable(sms.getIfAvailable());
    }

    /** Neither configured, and only then, messages are held for the outbox view. */
    boolean noneConfigured() {
        return mail().isEmpty() && sms().isEmpty();
    }
}
