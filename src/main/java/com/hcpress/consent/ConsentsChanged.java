package com.hcpress.consent;

/**
 * Published after a user's choice is recorded ({@code userId} set) or a new version of a document
 * is published ({@code userId} null: everyone's standing may have changed). Listeners drop what
 * they remember about those users' consents.
 */
public record ConsentsChanged(Long userId) {

    public static ConsentsChanged forUser(long userId) {
        return new ConsentsChanged(userId);
    }

    public static ConsentsChanged forEveryone() {
        return new ConsentsChanged(null);
    }

    public boolean concerns(long user) {
        return userId == null || userId == user;
    }
}
