package com.hcpress.shared.personaldata;

import java.util.Map;

/**
 * A feature that keeps rows about an account answers for them itself: it copies them into the
 * account's data export and erases them when the account is deleted. The privacy feature finds
 * every holder (every Spring bean of this type), asks each in turn and never touches their tables.
 * Both calls run inside the caller's transaction: an erasure that fails anywhere leaves nothing
 * half erased. Holders are asked in their {@link org.springframework.core.annotation.Order}.
 *
 * <p>It lives in {@code shared} rather than in {@code privacy} because privacy depends on the
 * account and audit features, which hold personal rows too: a holder interface inside privacy
 * would make them depend on each other.
 */
public interface PersonalDataHolder {

    /**
     * This feature's rows about the account, each section under its own key of the export
     * document (no two holders use the same key); an empty map when it holds none.
     */
    Map<String, Object> export(long accountId);

    /**
     * Deletes, or strips of the identity, this feature's rows about the account. Called before the
     * account row itself is deleted, so rows that reference it must go or let go of it here (rows
     * whose foreign key cascades go with the account).
     */
    void erase(DataSubject subject);
}
