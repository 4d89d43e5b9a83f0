package com.hcpress.account;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.account.OneTimeCodes.Outcome;
import com.hcpress.account.OneTimeCodes.Pending;
import com.hcpress.account.OneTimeCodes.Purpose;
import com.hcpress.audit.AuditLog;
import com.hcpress.message.Messages;

/**
 * Everything proved by a one-time code: signing up (the contact is verified before the account
 * exists), resetting a forgotten password, and signing in without the password. Every start answers
 * the same for an identifier that has an account and one that has none: a code form. Only the
 * owner of the address learns which it was, by the message that reaches it.
 */
@Service
@Transactional
public class CodeFlows {

    /** The form's field errors (nothing sent), or the code request. */
    public record Started(Map<String, String> errors, CodeRequest request) {

        public boolean accepted() {
            return errors.isEmpty();
        }
    }

    private final Accounts accounts;
    private final OneTimeCodes codes;
    private final PasswordPolicy passwordPolicy;
    private final AccountRegistry registry;
    private final Messages messages;
    private final AuditLog audit;
    private final String publicUrl;

    CodeFlows(Accounts accounts, OneTimeCodes codes, PasswordPolicy passwordPolicy, AccountRegistry registry,
              Messages messages, AuditLog audit, @Value("${hcpress.messages.public-url:http://localhost:8080}") String publicUrl) {
        this.accounts = accounts;
        this.codes = codes;
        this.passwordPolicy = passwordPolicy;
        this.registry = registry;
        this.messages = messages;
        this.audit = audit;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public Started startSignUp(String username, String password, String address, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<SignInIdentifier> identifier = SignInIdentifier.parse(username);
        if (identifier.isEmpty()) {
            errors.put("username", "signup.username.invalid");
        }
        passwordPolicy.problem(password).ifPresent(problem -> errors.put("password", problem));
        if (!errors.isEmpty()) {
            return new Started(errors, null);
        }
        // Hashed whether or not it is kept, so both answers take as long.
        String passwordHash = registry.hash(password).encoded();
        return new Started(Map.of(), signUpCode(identifier.get(), passwordHash, address, locale));
    }

    public Started startReset(String username, String address, Locale locale) {
        return start(Purpose.RESET, username, address, locale, "password-reset-code");
    }

    public Started startCodeSignIn(String username, String address, Locale locale) {
        return start(Purpose.SIGN_IN, username, address, locale, "sign-in-code");
    }

    /** Another code for the same request, once {@link OneTimeCodes#RESEND_AFTER} has passed. */
    public CodeRequest resend(long codeId, String address, Locale locale) {
        Pending pending = codes.find(codeId).orElse(null);
        if (pending == null) {
            return CodeRequest.waitUntil(java.time.Instant.now());
        }
        if (codes.resendAllowedAt(pending).isAfter(java.time.Instant.now())) {
            return CodeRequest.waitUntil(codes.resendAllowedAt(pending));
        }
        SignInIdentifier identifier = SignInIdentifier.parse(pending.identifier()).orElseThrow();
        if (pending.purpose() == Purpose.SIGN_UP) {
            return signUpCode(identifier, pending.passwordHash(), address, locale);
        }
        String template = pending.purpose() == Purpose.RESET ? "password-reset-code" : "sign-in-code";
        return code(pending.purpose(), identifier, address, locale, template);
    }

    /** The purpose of a stored code, so a form never checks a code meant for another. */
    @Transactional(readOnly = true)
    public boolean isFor(long codeId, String purpose) {
        return codes.find(codeId).map(pending -> pending.purpose().name().equals(purpose)).orElse(false);
    }

    public CodeResult finishSignUp(long codeId, String code) {
        Outcome outcome = codes.verify(codeId, Purpose.SIGN_UP, code);
        if (outcome != Outcome.RIGHT) {
            return CodeResult.of(outcome == Outcome.WRONG ? CodeResult.Status.WRONG_CODE : CodeResult.Status.SPENT);
        }
        Pending pending = codes.find(codeId).orElseThrow();
        SignInIdentifier identifier = SignInIdentifier.parse(pending.identifier()).orElseThrow();
        if (pending.passwordHash() == null || accounts.findByIdentifier(identifier).isPresent()) {
            return CodeResult.of(CodeResult.Status.SPENT);
        }
        long id = registry.create(identifier, new PasswordHash(pending.passwordHash()), EnumSet.of(Role.READER));
        audit.record(id, "account.signed-up", "user:" + id);
        return CodeResult.done(accounts.findById(id).orElseThrow().toPrincipal());
    }

    public CodeResult finishReset(long codeId, String code, String newPassword, Locale locale) {
        Optional<String> problem = passwordPolicy.problem(newPassword);
        if (problem.isPresent()) {
            return CodeResult.invalid(problem.get());
        }
        Outcome outcome = codes.verify(codeId, Purpose.RESET, code);
        if (outcome != Outcome.RIGHT) {
            return CodeResult.of(outcome == Outcome.WRONG ? CodeResult.Status.WRONG_CODE : CodeResult.Status.SPENT);
        }
        Pending pending = codes.find(codeId).orElseThrow();
        if (pending.accountId() == null || accounts.findById(pending.accountId()).isEmpty()) {
            return CodeResult.of(CodeResult.Status.SPENT);
        }
        registry.setPassword(pending.accountId(), newPassword, null, locale);
        audit.record(pending.accountId(), "password.reset", "user:" + pending.accountId());
        return CodeResult.of(CodeResult.Status.DONE);
    }

    public CodeResult finishCodeSignIn(long codeId, String code) {
        Outcome outcome = codes.verify(codeId, Purpose.SIGN_IN, code);
        if (outcome != Outcome.RIGHT) {
            return CodeResult.of(outcome == Outcome.WRONG ? CodeResult.Status.WRONG_CODE : CodeResult.Status.SPENT);
        }
        Pending pending = codes.find(codeId).orElseThrow();
        Optional<Account> account = pending.accountId() == null ? Optional.empty() : accounts.findById(pending.accountId());
        if (account.isEmpty()) {
            return CodeResult.of(CodeResult.Status.SPENT);
        }
        if (!account.get().enabled()) {
            return CodeResult.of(CodeResult.Status.DISABLED);
        }
        audit.record(account.get().id(), "sign-in.succeeded", "code:" + account.get().id());
        return CodeResult.done(account.get().toPrincipal());
    }

    private Started start(Purpose purpose, String username, String address, Locale locale, String template) {
        Optional<SignInIdentifier> identifier = SignInIdentifier.parse(username);
        if (identifier.isEmpty()) {
            return new Started(Map.of("username", "signup.username.invalid"), null);
        }
        return new Started(Map.of(), code(purpose, identifier.get(), address, locale, template));
    }

    private CodeRequest code(Purpose purpose, SignInIdentifier identifier, String address, Locale locale,
                             String template) {
        Optional<Account> account = accounts.findByIdentifier(identifier);
        return codes.issue(purpose, identifier, account.map(Account::id).orElse(null), null, address, locale,
                template, account.isPresent());
    }

    /**
     * A new identifier gets a code; a registered one gets a blank code (the form looks the same) and
     * its owner a notice with links to sign in and to reset the password.
     */
    private CodeRequest signUpCode(SignInIdentifier identifier, String passwordHash, String address, Locale locale) {
        Optional<Account> existing = accounts.findByIdentifier(identifier);
        if (existing.isEmpty()) {
            return codes.issue(Purpose.SIGN_UP, identifier, null, passwordHash, address, locale, "signup-code", true);
        }
        CodeRequest request = codes.issue(Purpose.SIGN_UP, identifier, null, null, address, locale, null, false);
        if (request.issued()) {
            messages.send(OneTimeCodes.recipient(existing.get().id(), identifier, locale), "account-exists",
                    Map.of("signInUrl", publicUrl + "/login", "resetUrl", publicUrl + "/password/forgot"));
        }
        return request;
    }
}
