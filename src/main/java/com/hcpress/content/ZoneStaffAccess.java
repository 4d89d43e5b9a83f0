package com.hcpress.content;

import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.shared.web.ConsoleAccess;

/** The article console opens to content staff and to whoever holds a role in some zone ({@link ZoneGrants}). */
@Component
class ZoneStaffAccess implements ConsoleAccess {

    private final ZoneGrants grants;

    ZoneStaffAccess(ZoneGrants grants) {
        this.grants = grants;
    }

    @Override
    public AuthorizationManager<RequestAuthorizationContext> articles() {
        return (Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) -> {
            Authentication who = authentication.get();
            if (who == null || !(who.getPrincipal() instanceof AccountPrincipal account)) {
                return new AuthorizationDecision(false);
            }
            return new AuthorizationDecision(account.isContentStaff() || grants.holdsAny(account.id()));
        };
    }
}
