/**
 * Messages to people by email and SMS, through a PostgreSQL outbox.
 *
 * <p>{@link com.hcpress.message.Messages#send} renders a template and writes the message to the
 * {@code message_outbox} table in the caller's transaction. A worker on each instance claims due rows
 * with {@code FOR UPDATE SKIP LOCKED} and a lease, delivers them, and marks each sent once; a failed
 * attempt is retried with exponential backoff, and a row whose lease ran out (its instance died) is
 * claimed again. A row marked sent is never delivered again.
 *
 * <p>Templates: Thymeleaf TEXT templates {@code templates/message/<template>_zh.txt} and
 * {@code <template>_en.txt}. The first line is the email subject, the rest the body; an SMS carries the
 * body. A provider that sends only registered templates (Alibaba Cloud SMS) maps the template name to its
 * template code by property ({@code hcpress.sms.aliyun.template-codes.<template>=SMS_...}) and receives the
 * values as the template's parameters.
 *
 * <p>Email goes through {@code spring.mail.*} (JavaMailSender); SMS through an {@link
 * com.hcpress.message.SmsSender}. With neither configured, messages are kept for administrators to read
 * at {@code /admin/outbox} (the embedded demo).
 */
package com.hcpress.message;
