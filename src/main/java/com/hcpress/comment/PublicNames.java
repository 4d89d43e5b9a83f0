package com.hcpress.comment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.account.AccountDirectory;
import com.hcpress.shared.cache.CacheChanges;

/**
 * How each reader chooses to be named beside their comments (on the account page): their
 * approved verification profile, or a handle. A handle is 2–20 letters, digits, "_" or "-",
 * with at most {@value #MAX_DIGITS} digits (so no phone number fits), nothing like an email, no part
 * of the reader's own email or mobile, no name reserved for the site, and unique whatever the case.
 */
@Service
public class PublicNames {

    /** Topic of the cache change bus: an account chose another public name (key: the account id). */
    public static final String CHANGES = "public-name";

    static final int MAX_DIGITS = 4;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}_-]{2,20}");
    private static final Set<String> RESERVED = Set.of("hcpress", "admin", "administrator", "editor", "reviewer",
            "staff", "system", "认证", "编辑", "管理员", "审核", "官方");

    public enum Shows { HANDLE, VERIFIED }

    /** A reader's choice; {@code verifiedName} is what VERIFIED would show, empty without an approval in force. */
    public record Choice(Shows shows, String handle, String derived, Optional<AuthorName> verifiedName) {
    }

    private final JdbcClient jdbc;
    private final AuthorLabel labels;
    private final AccountDirectory accounts;
    private final CacheChanges changes;

    PublicNames(JdbcClient jdbc, AuthorLabel labels, AccountDirectory accounts, CacheChanges changes) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.labels = labels;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Choice choice(long userId) {
        record Row(String shows, String handle) {
        }
        Row row = jdbc.sql("select shows, handle from public_name where user_id = ?").param(userId)
                .query((rs, n) -> new Row(rs.getString("shows"), rs.getString("handle"))).optional()
                .orElse(new Row(Shows.HANDLE.name(), null));
        Optional<AuthorName> verified = labels.verifiedName(userId);
        return new Choice(Shows.valueOf(row.shows()), row.handle(), labels.derived(userId), verified);
    }

    /**
     * Stores the reader's choice. VERIFIED needs an approval in force; a handle, when given, is
     * checked and kept for either choice (blank removes it). Throws {@link InvalidPublicNameException}.
     */
    @Transactional
    public void choose(long userId, String shows, String typedHandle) {
        Shows choice;
        try {
            choice = Shows.valueOf(shows == null ? "" : shows.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidPublicNameException("publicName.error.choice");
        }
        String handle = normalise(typedHandle);
        if (handle != null) {
            check(userId, handle);
        }
        if (choice == Shows.VERIFIED && choice(userId).verifiedName().isEmpty()) {
            throw new InvalidPublicNameException("publicName.error.notVerified");
        }
        try {
            jdbc.sql("""
                            insert into public_name (user_id, shows, handle) values (?, ?, ?)
                            on conflict (user_id) do update set shows = excluded.shows, handle = excluded.handle,
                                                                updated_at = now()
                            """)
                    .params(userId, choice.name(), handle).update();
            changes.announce(CHANGES, Long.toString(userId));
        } catch (DuplicateKeyException e) {
            throw new InvalidPublicNameException("publicName.error.taken");
        }
    }

    /** Full-width letters and digits folded (NFKC), trimmed; null when blank. */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String handle = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        return handle.isEmpty() ? null : handle;
    }

    private void check(long userId, String handle) {
        if (!ALLOWED.matcher(handle).matches()) {
            throw new InvalidPublicNameException("publicName.error.format");
        }
        if (handle.chars().filter(Character::isDigit).count() > MAX_DIGITS) {
            throw new InvalidPublicNameException("publicName.error.digits");
        }
        String lower = handle.toLowerCase(Locale.ROOT);
        if (RESERVED.contains(lower) || lower.startsWith("用户") || lower.startsWith("user")) {
            throw new InvalidPublicNameException("publicName.error.reserved");
        }
        if (revealsContact(userId, lower)) {
            throw new InvalidPublicNameException("publicName.error.contact");
        }
        boolean taken = jdbc.sql("select exists (select 1 from public_name where lower(handle) = ? and user_id <> ?)")
                .params(lower, userId).query(Boolean.class).single();
        if (taken) {
            throw new InvalidPublicNameException("publicName.error.taken");
        }
    }

    /**
     * Whether the handle holds part of the reader's email (a word of its local part or its domain
     * name, 3+ characters, or the handle inside the local part) or a run of 3+ digits found in their mobile.
     */
    private boolean revealsContact(long userId, String lowerHandle) {
        record Contact(String email, String mobile) {
        }
        Contact contact = accounts.contact(userId).map(found -> new Contact(found.email(), found.mobile()))
                .orElse(new Contact(null, null));
        if (contact.mobile() != null) {
            for (String digits : lowerHandle.split("\\D+")) {
                if (digits.length() >= 3 && contact.mobile().contains(digits)) {
                    return true;
                }
            }
        }
        String email = contact.email();
        if (email == null || !email.contains("@")) {
            return false;
        }
        String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
        String domain = email.substring(email.indexOf('@') + 1).split("\\.")[0].toLowerCase(Locale.ROOT);
        for (String part : local.split("[^\\p{L}\\p{Nd}]+")) {
            if (contains(lowerHandle, part)) {
                return true;
            }
        }
        return contains(lowerHandle, domain) || contains(local, lowerHandle);
    }

    private static boolean contains(String outer, String inner) {
        return inner.length() >= 3 && outer.contains(inner);
    }
}
