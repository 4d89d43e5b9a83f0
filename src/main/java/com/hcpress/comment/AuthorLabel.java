package com.hcpress.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Period;

import org.springframework.stereotype.Component;

import com.hcpress.account.AccountHandles;
import com.hcpress.verification.ApprovalValidity;

/**
 * How an author is named to other readers, from the columns {@link #COLUMNS} and {@link #JOINS}
 * add to a query over comments {@code c} and their authors {@code u}: the approved verification
 * profile (name, title, institution) for a reader who chose it and whose approval is in force; else
 * the handle they chose; else "用户" and a short handle derived from the account id. None is made
 * from the email or mobile number. A deleted account has no label (null): pages name it "deleted user".
 */
@Component
class AuthorLabel {

    /** Adds the columns read by {@link #of}; the query binds {@code :validity} ({@link #validity()}). */
    static final String COLUMNS = """
            , u.id as author_account, pn.handle as author_handle,
              vs.real_name as author_real_name, vs.title as author_title, vs.institution as author_institution,
              (vs.status = 'APPROVED' and vs.revocation_reason is null
               and vs.decided_at > now() - cast(:validity as interval)) as author_verified
            """;
    /** The author, their choice and (only when they chose it) their latest verification submission. */
    static final String JOINS = """
             left join app_user u on u.id = c.author_id
             left join public_name pn on pn.user_id = u.id
             left join lateral (select s.status, s.revocation_reason, s.decided_at, s.real_name, s.title, s.institution
                                from verification_submission s
                                where s.user_id = u.id and pn.shows = 'VERIFIED'
                                order by s.id desc limit 1) vs on true
            """;

    private final AccountHandles handles;
    private final String validity;

    AuthorLabel(AccountHandles handles, ApprovalValidity validity) {
        this.handles = handles;
        Period period = validity.validity();
        this.validity = period.getYears() + " years " + period.getMonths() + " mons " + period.getDays() + " days";
    }

    /** The value for {@code :validity}. */
    String validity() {
        return validity;
    }

    /** The label of the row's author, or null when the author's account is gone. */
    AuthorName of(ResultSet rs) throws SQLException {
        Long account = rs.getObject("author_account", Long.class);
        if (account == null) {
            return null;
        }
        if (rs.getBoolean("author_verified")) {
            return new AuthorName(rs.getString("author_real_name"),
                    rs.getString("author_title") + " · " + rs.getString("author_institution"), true);
        }
        String chosen = rs.getString("author_handle");
        return AuthorName.handle(chosen != null ? chosen : derived(account));
    }

    /** The name every account has until its reader chooses one. */
    String derived(long accountId) {
        return "用户 " + handles.of(accountId);
    }
}
