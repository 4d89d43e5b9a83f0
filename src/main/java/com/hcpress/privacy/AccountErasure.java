package com.hcpress.privacy;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.account.AccountRegistry;
import com.hcpress.account.AccountSummary;
import com.hcpress.account.Role;
import com.hcpress.audit.AuditLog;
import com.hcpress.shared.personaldata.DataSubject;
import com.hcpress.shared.personaldata.PersonalDataHolder;

/**
 * Deletes an account at its owner's request, in one transaction: every feature that keeps rows
 * about the account erases its own ({@link PersonalDataHolder}), then the account row goes.
 * Personal data and licence photos are deleted; comments stay, shown as by a deleted user; the
 * consent ledger and the audit log keep their rows without the identity (see V51 for the one
 * narrow exception their triggers allow).
 */
@Service
public class AccountErasure {

    /** Staff accounts decide on others' submissions and content; an administrator closes them. */
    public static final class StaffAccountException extends RuntimeException {

        StaffAccountException() {
            super("Staff accounts are closed by an administrator");
        }
    }

    private final List<PersonalDataHolder> holders;
    private final AccountRegistry accounts;
    private final AuditLog audit;

    AccountErasure(List<PersonalDataHolder> holders, AccountRegistry accounts, AuditLog audit) {
        this.holders = holders;
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
        DataSubject subject = new DataSubject(userId, account.displayName());
        for (PersonalDataHolder holder : holders) {
            holder.erase(subject);
        }
        accounts.erase(userId);
    }
}
