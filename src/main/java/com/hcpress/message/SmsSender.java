package com.hcpress.message;

/** A provider that sends text messages. */
public interface SmsSender {

    /** Sends one message, or throws with the provider's reason. */
    void send(SmsMessage message);
}
