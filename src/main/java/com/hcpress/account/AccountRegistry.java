package com.hcpress.account;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.audit.AuditLog;
import com.hcpress.message.Messages;
import com.hcpress.shared.web.NotFoundException;

/**
 * Creating accounts, changing their roles and passwords, and disabling them. Each change that must
 * end the account's sessions and tokens renews its security stamp in the same transaction.
 */
@Service
@Transactional
public class AccountRegistry {

    /**
     * The cache topic of account changes (closed, deleted, roles changed); the key is the user id.
     * Whatever an instance remembers of that user (a gate pass, say) is dropped when it hears it.
     */
    public static final String CHANGES = "account";

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final SessionTerminator sessions;
    private final AuditLog audit;
    private final SignInThrottle throttle;
    private final Messages messages;
    private final OneTimeCodes codes;

    AccountRegistry(Accounts accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
                    SessionTerminator sessions, AuditLog audit, SignInThrottle throttle, Messages messages,
                    OneTimeCodes codes) {
        this.throttle = throttle;
        this.messages = messages;
        this.codes = codes;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** For staff accounts and demo data: no password policy beyond the length. */
    public long create(SignInIdentifier identifier, String password, Set<Role> roles) {
        return create(identifier, hash(password), roles);
    }

    public long create(SignInIdentifier identifier, PasswordHash password, Set<Role> roles) {
        return accounts.save(new Account(identifier, password.encoded(), roles)).id();
    }

    public PasswordHash hash(String password) {
        return new PasswordHash(passwordEncoder.encode(password));
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> find(long id) {
        return accounts.findById(id).map(Account::toSummary);
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> find(SignInIdentifier identifier) {
        return accounts.findByIdentifier(identifier).map(Account::toSummary);
    }

    /** Whether {@code password} is the account's own, for actions that ask for it again. */
    @Transactional(readOnly = true)
    public boolean passwordMatches(long userId, String password) {
        return password != null && accounts.findById(userId)
                .map(account -> passwordEncoder.matches(password, account.toPrincipal().getPassword()))
                .orElse(false);
    }

    /** The account as a session principal, with its current security stamp. */
    @Transactional(readOnly = true)
    public Optional<AccountPrincipal> principal(long id) {
        return accounts.findById(id).map(Account::toPrincipal);
    }

    /**
     * Changes the password if {@code currentPassword} is right; every session but {@code keptSessionId}
     * ends. Answers the message key of what is wrong, if anything.
     */
    public Optional<String> changePassword(long userId, String currentPassword, String newPassword,
                                           String keptSessionId, Locale locale) {
        if (!passwordMatches(userId, currentPassword)) {
            return Optional.of("password.current.wrong");
        }
        Optional<String> problem = passwordPolicy.problem(newPassword);
        if (problem.isPresent()) {
            return problem;
        }
        setPassword(userId, newPassword, keptSessionId, locale);
        audit.record(userId, "password.changed", "user:" + userId);
        return Optional.empty();
    }

    /** Sets a new password (already checked against the policy) and tells the account's owner. */
    void setPassword(long userId, String newPassword, String keptSessionId, Locale locale) {
        Account account = existing(userId);
        account.changePassword(hash(newPassword).encoded());
        accounts.flush();
        sessions.endAllExcept(userId, keptSessionId);
        throttle.forgetFailures(account.toSummary().displayName());
        SignInIdentifier identifier = SignInIdentifier.parse(account.toSummary().displayName()).orElseThrow();
        messages.send(OneTimeCodes.recipient(userId, identifier, locale), "password-changed", Map.of());
    }

    public void disable(long actorId, long userId) {
        Account account = existing(userId);
        account.disable();
        accounts.flush();
        sessions.endAll(userId);
        audit.record(actorId, "account.disabled", "user:" + userId, "enabled", "disabled");
    }

    /** Lets a disabled account sign in again; it starts with no session, as after any sign-out. */
    public void enable(long actorId, long userId) {
        Account account = existing(userId);
        account.enable();
        audit.record(actorId, "account.enabled", "user:" + userId, "disabled", "enabled");
    }

    /**
     * Removes the account row itself, its roles, tokens and sign-in failures, and ends its sessions
     * everywhere. The caller has already erased or released what other features hold of the user.
     */
    public void erase(long userId) {
        Account account = existing(userId);
        String identifier = account.toSummary().displayName();
        // The row and its stamp go: a session or token of the account finds nothing to match.
        accounts.delete(account);
        accounts.flush();
        throttle.forgetFailures(identifier);
        codes.forget(identifier);
        sessions.endAll(userId);
    }

    public void changeRoles(long actorId, long userId, Set<Role> roles) {
        Account account = existing(userId);
        String before = account.roles().toString();
        account.changeRoles(roles);
        accounts.flush();
        sessions.endAll(userId);
        audit.record(actorId, "account.roles-changed", "user:" + userId, before, List.copyOf(roles).toString());
    }

    /** The account, or a 404 for an id no account has (never a 500). */
    private Account existing(long userId) {
        return accounts.findById(userId).orElseThrow(() -> NotFoundException.of("Account", userId));
    }
}
