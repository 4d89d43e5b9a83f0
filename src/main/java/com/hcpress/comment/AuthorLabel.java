package com.hcpress.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.hcpress.account.AccountDirectory;
import com.hcpress.account.AccountHandles;
import com.hcpress.verification.VerifiedProfiles;
import com.hcpress.verification.VerifiedProfiles.VerifiedProfile;

/**
 * How an author is named to other readers, from the columns {@link #COLUMNS} and {@link #JOINS}
 * add to a query over comments {@code c}, completed for all rows of a list at once
 * ({@link #resolve}): the approved verification profile (name, title, institution) for a reader
 * who chose it and whose approval is in force; else the handle they chose; else "用户" and a short
 * handle derived from the account id. None is made from the email or mobile number. A deleted
 * account has no label (null): pages name it "deleted user". The account and the verification
 * are asked through their public classes, one query each per list.
 */
@Component
class AuthorLabel {

    /** Adds the columns read by {@link #pending}. */
    static final String COLUMNS = """
            , c.author_id as author_account, pn.handle as author_handle,
              coalesce(pn.shows = 'VERIFIED', false) as author_wants_verified
            """;
    /** The author's choice of name (comment's own table). */
    static final String JOINS = """
             left join public_name pn on pn.user_id = c.author_id
            """;

    /** What a row says of its author before the account and verification are asked. */
    record Pending(Long account, String handle, boolean wantsVerified) {
    }

    /** The labels and staff marks of the authors of one list. */
    final class Resolved {

        private final Map<Long, VerifiedProfile> verified;
        private final Set<Long> staff;

        private Resolved(Map<Long, VerifiedProfile> verified, Set<Long> staff) {
            this.verified = verified;
            this.staff = staff;
        }

        /** The label of the author, or null when the author's account is gone. */
        AuthorName label(Pending author) {
            if (author.account() == null) {
                return null;
            }
            VerifiedProfile profile = author.wantsVerified() ? verified.get(author.account()) : null;
            if (profile != null) {
                return new AuthorName(profile.realName(), profile.title() + " · " + profile.institution(), true);
            }
            return AuthorName.handle(author.handle() != null ? author.handle() : derived(author.account()));
        }

        /** Whether the author is an editor or administrator. */
        boolean staff(Pending author) {
            return author.account() != null && staff.contains(author.account());
        }
    }

    private final AccountHandles handles;
    private final AccountDirectory accounts;
    private final VerifiedProfiles profiles;

    AuthorLabel(AccountHandles handles, AccountDirectory accounts, VerifiedProfiles profiles) {
        this.handles = handles;
        this.accounts = accounts;
        this.profiles = profiles;
    }

    /** The row's author as the columns of {@link #COLUMNS} give it. */
    static Pending pending(ResultSet rs) throws SQLException {
        return new Pending(rs.getObject("author_account", Long.class), rs.getString("author_handle"),
                rs.getBoolean("author_wants_verified"));
    }

    /** Labels for these authors; with {@code withStaff}, their staff marks too. */
    Resolved resolve(Collection<Pending> authors, boolean withStaff) {
        Set<Long> wantVerified = authors.stream().filter(Pending::wantsVerified).map(Pending::account)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Set<Long> all = authors.stream().map(Pending::account).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return new Resolved(profiles.inForce(wantVerified), withStaff ? accounts.staff(all) : Set.of());
    }

    /** The profile in force of one reader, if any. */
    Optional<AuthorName> verifiedName(long accountId) {
        VerifiedProfile profile = profiles.inForce(Set.of(accountId)).get(accountId);
        return Optional.ofNullable(profile)
                .map(p -> new AuthorName(p.realName(), p.title() + " · " + p.institution(), true));
    }

    /** The name every account has until its reader chooses one. */
    String derived(long accountId) {
        return "用户 " + handles.of(accountId);
    }
}
