package com.hcpress.account;

/** Sends a one-time code by SMS or email. Production plugs in a real gateway. */
public interface OneTimeCodeSender {

    void send(SignInIdentifier destination, String code);
}
