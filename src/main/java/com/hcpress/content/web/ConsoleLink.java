package com.hcpress.content.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ZoneGrants;

/**
 * Whether the header shows the 编辑 link: to content staff, and to accounts holding only a zone
 * role (an author or a medical reviewer of one zone), whom the article console admits too.
 */
@Component("consoleLink")
public class ConsoleLink {

    private final ZoneGrants grants;

    ConsoleLink(ZoneGrants grants) {
        this.grants = grants;
    }

    public boolean shows(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal account)) {
            return false;
        }
        return account.isContentStaff() || grants.holdsAny(account.id());
    }
}
