package com.hcpress.comment;

import org.springframework.stereotype.Component;

import com.hcpress.account.AccountHandles;

/**
 * How an author is named to other readers: "用户" and a short handle that stays the same for the
 * account but is not made from its email or mobile number, so no label gives away a digit or a
 * letter of either. A deleted account has no label (null): the pages name it "deleted user".
 */
@Component
class AuthorLabel {

    private final AccountHandles handles;

    AuthorLabel(AccountHandles handles) {
        this.handles = handles;
    }

    /** The label of an existing account, or null when the author's account is gone. */
    String of(Long existingAccountId) {
        return existingAccountId == null ? null : "用户 " + handles.of(existingAccountId);
    }
}
