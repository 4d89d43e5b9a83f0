package com.hcpress.account;

/** Where an enabled account can be reached: its email, its mobile, either may be absent. */
public record AccountContact(String email, String mobile) {
}
