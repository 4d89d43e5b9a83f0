package com.hcpress.shared.web;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Spring's message source, but a message with arguments is formatted with a copy of the parsed
 * {@link MessageFormat} of this call rather than with the one copy every thread shares. Spring
 * formats under a lock on the shared copy (a {@code MessageFormat} is not thread-safe), and a page
 * renders dozens of such messages: under load the request threads queued on that lock. The parsed
 * formats are still cached by Spring; a copy costs a few small arrays (and a copy of a number or
 * date sub-format where the pattern has one), and the text is exactly what Spring's would be.
 */
class UnsharedFormatMessageSource extends ResourceBundleMessageSource {

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        MessageFormat shared = super.resolveCode(code, locale);
        // The cached formats are only ever cloned, never formatted with, so reading them needs no lock.
        return shared == null ? null : (MessageFormat) shared.clone();
    }
}
