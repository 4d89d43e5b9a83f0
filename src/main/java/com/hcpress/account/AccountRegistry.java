package com.hcpress.account;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.audit.AuditLog;
import com.hcpress.shared.web.NotFoundException;

/** Creating accounts, changing their roles and disabling them. */
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

    AccountRegistry(Accounts accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
                    SessionTerminator sessions, AuditLog audit, SignInThrottle throttle) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** Signs a reader up; answers the id, or the message key of what is wrong per field. */
    public SignUpResult signUp(String identifierText, String password) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<SignInIdentifier> identifier = SignInIdentifier.parse(identifierText);
        if (identifier.isEmpty()) {
            errors.put("username", "signup.username.invalid");
        } else if (accounts.findByIdentifier(identifier.get()).isPresent()) {
            errors.put("username", "signup.username.taken");
        }
        passwordPolicy.problem(password).ifPresent(problem -> errors.put("password", problem));
        if (!errors.isEmpty()) {
            return SignUpResult.rejected(errors);
        }
        long id = create(identifier.get(), password, EnumSet.of(Role.READER));
        audit.record(id, "account.signed-up", "user:" + id);
        return SignUpResult.created(id);
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

    public void disable(long actorId, long userId) {
        Account account = existing(userId);
        account.disable();
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
        accounts.delete(account);
        accounts.flush();
        throttle.forgetFailures(identifier);
        sessions.endAll(userId);
    }

    public void changeRoles(long actorId, long userId, Set<Role> roles) {
        Account account = existing(userId);
        String before = account.roles().toString();
        account.changeRoles(roles);
        sessions.endAll(userId);
        audit.record(actorId, "account.roles-changed", "user:" + userId, before, List.copyOf(roles).toString());
    }

    /** The account, or a 404 for an id no account has (never a 500). */
    private Account existing(long userId) {
        return accounts.findById(userId).orElseThrow(() -> NotFoundException.of("Account", userId));
    }
}
