package com.hcpress.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.stereotype.Component;

/** Development stand-in for an SMS or email gateway: the code goes to the log. */
@Component
@ConditionalOnMissingBean(value = OneTimeCodeSender.class, ignored = LoggingOneTimeCodeSender.class)
class LoggingOneTimeCodeSender implements OneTimeCodeSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingOneTimeCodeSender.class);

    @Override
    public void send(SignInIdentifier destination, String code) {
        log.info("One-time code for {}: {}", destination.value(), code);
    }
}
