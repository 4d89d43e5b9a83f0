package com.hcpress.account;

public enum Role {
    READER, REVIEWER, EDITOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
