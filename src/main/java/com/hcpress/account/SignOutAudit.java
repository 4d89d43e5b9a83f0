package com.hcpress.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

import com.hcpress.audit.AuditLog;

/** Sign-outs go to the audit log like sign-ins do. */
@Component
class SignOutAudit {

    private final AuditLog audit;

    SignOutAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            audit.record(principal.id(), "sign-out", "user:" + principal.id());
        }
    }
}
