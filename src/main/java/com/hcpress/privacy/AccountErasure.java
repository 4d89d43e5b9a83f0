package com.hcpress.privacy;

import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.account.AccountRegistry;
import com.hcpress.account.AccountSummary;
import com.hcpress.account.Role;
import com.hcpress.audit.AuditLog;

/**
 * Deletes an account at its owner's request, in one transaction: personal data and licence photos
 * are deleted; comments stay, shown as by a deleted user; the consent ledger and the audit log keep
 * their rows without the identity (see V51 for the one narrow exception their triggers allow).
 */
@Service
public class AccountErasure {

    /** Staff accounts decide on others' submissions and content; an administrator closes them. */
    public static final class StaffAccountException extends RuntimeException {

        StaffAccountException() {
            super("Staff accounts are closed by an administrator");
        }
    }

    private final JdbcClient jdbc;
    private final AccountRegistry accounts;
    private final AuditLog audit;

    AccountErasure(JdbcClient jdbc, AccountRegistry accounts, AuditLog audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional
    public void erase(long userId) {
        AccountSummary account = accounts.find(userId).orElseThrow();
        if (!Set.of(Role.READER).containsAll(account.roles())) {
            throw new StaffAccountException();
        }
        audit.record(userId, "account.deleted", "user:" + userId);
        jdbc.sql("select set_config('hcpress.erasing_identity', 'on', true)").query().singleValue();

        jdbc.sql("update consent_event set user_id = null, address = null, user_agent = null, subject = ? "
                + "where user_id = ?").params(UUID.randomUUID(), userId).update();
        jdbc.sql("update audit_log set address = null where actor_id = ? and address is not null")
                .param(userId).update();
        jdbc.sql("update audit_log set subject = ?, address = null where subject = ?")
                .params("login:erased-" + userId, "login:" + account.displayName()).update();

        jdbc.sql("update comment set author_id = null, idempotency_key = null where author_id = ?").param(userId).update();
        jdbc.sql("update comment set like_count = like_count - 1 "
                + "where id in (select comment_id from comment_like where user_id = ?)").param(userId).update();
        jdbc.sql("delete from comment_like where user_id = ?").param(userId).update();
        jdbc.sql("update comment_report set reporter_id = null where reporter_id = ?").param(userId).update();

        jdbc.sql("delete from verification_submission where user_id = ?").param(userId).update();
        jdbc.sql("delete from notification where account_id = ?").param(userId).update();
        jdbc.sql("delete from notification_preference where account_id = ?").param(userId).update();
        jdbc.sql("delete from notification_language where account_id = ?").param(userId).update();
        jdbc.sql("delete from message_outbox where account_id = ?").param(userId).update();
        jdbc.sql("delete from licence_photo where owner_user_id = ?").param(userId).update();
        // What they read and which gates they opened: the newsroom's counts lose this reader.
        jdbc.sql("delete from article_reading where user_id = ?").param(userId).update();
        jdbc.sql("delete from gate_visit where user_id = ?").param(userId).update();
        // A former editor's name on the article revisions they saved (the id is cleared by the foreign key).
        jdbc.sql("update article_revision set edited_by_name = null where edited_by = ?").param(userId).update();

        accounts.erase(userId);
        jdbc.sql("select set_config('hcpress.erasing_identity', 'off', true)").query().singleValue();
    }
}
