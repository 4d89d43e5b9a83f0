package com.hcpress.account;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import com.hcpress.audit.AuditLog;

/**
 * Password sign-in that refuses to try while an account or address is throttled, and audits. A
 * disabled account is named so only after its password was right: a wrong password and an unknown
 * account answer alike, so the form tells a stranger nothing about who has an account.
 */
@Component
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final SignInThrottle throttle;
    private final AuditLog audit;

    ThrottledAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder passwordEncoder,
                                    SignInThrottle throttle, AuditLog audit) {
        super(users);
        setPasswordEncoder(passwordEncoder);
        UserDetailsChecker accountChecks = new AccountStatusUserDetailsChecker();
        setPreAuthenticationChecks(user -> { });
        setPostAuthenticationChecks(accountChecks);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String accountKey = SignInIdentifier.parse(String.valueOf(authentication.getPrincipal()))
                .map(SignInIdentifier::value).orElse(String.valueOf(authentication.getPrincipal()));
        if (accountKey.length() > 254) {
            accountKey = accountKey.substring(0, 254);
        }
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        var blockedUntil = throttle.blockedUntil(accountKey, address);
        if (blockedUntil.isPresent()) {
            audit.record(null, "sign-in.throttled", "login:" + accountKey);
            throw new SignInThrottledException(blockedUntil.get());
        }
        try {
            Authentication result = super.authenticate(authentication);
            throttle.forgetFailures(accountKey);
            audit.record(((AccountPrincipal) result.getPrincipal()).id(), "sign-in.succeeded", "login:" + accountKey);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(accountKey, address);
            audit.record(null, "sign-in.failed", "login:" + accountKey);
            throw e;
        }
    }
}
