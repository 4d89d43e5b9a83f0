package com.hcpress.account;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the session keeps it. The user name is the account id, so sessions stay
 * attached to the account whichever identifier (email or mobile) was typed at sign-in. The
 * security stamp is the account's at sign-in: once the account's stamp moves on, the session opens
 * nothing ({@link CurrentAccountFilter}). Roles and the enabled flag of the principal a request
 * sees are the account's current ones, put there by that filter.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    /**
     * The class's identity from before it carried a stamp, so that a session stored then still reads
     * back (instead of failing every request): it has no stamp and is simply signed out.
     */
    private static final long serialVersionUID = 3772553478092065310L;

    private final long id;
    private final String displayName;
    private final Set<Role> roles;
    private final boolean enabled;
    private final String securityStamp;
    private String passwordHash;
    /** The roles as authorities, made once per principal: every request's security chain asks for them. */
    private transient volatile List<GrantedAuthority> authorities;

    /** A principal without a stamp: it never passes the stamp check of a request. */
    public AccountPrincipal(long id, String displayName, String passwordHash, Set<Role> roles, boolean enabled) {
        this(id, displayName, passwordHash, roles, enabled, null);
    }

    public AccountPrincipal(long id, String displayName, String passwordHash, Set<Role> roles, boolean enabled,
                            String securityStamp) {
        this.id = id;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = Set.copyOf(roles);
        this.enabled = enabled;
        this.securityStamp = securityStamp;
    }

    String securityStamp() {
        return securityStamp;
    }

    public long id() {
        return id;
    }

    /** The email or mobile number the account was made with, for the page header. */
    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Editors and admins run the content, so they read every zone without passing its gate. */
    public boolean isContentStaff() {
        return roles.contains(Role.EDITOR) || roles.contains(Role.ADMIN);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> made = authorities;
        if (made == null) {
            made = roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority())).toList();
            authorities = made;
        }
        return made;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return Long.toString(id);
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal principal && principal.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
