package com.hcpress.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "app_user")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String email;
    private String mobile;
    private String passwordHash;
    private boolean enabled;
    private Instant createdAt;
    private UUID securityStamp;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected Account() {
    }

    Account(SignInIdentifier identifier, String passwordHash, Set<Role> roles) {
        if (identifier.isEmail()) {
            this.email = identifier.value();
        } else {
            this.mobile = identifier.value();
        }
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.enabled = true;
        this.createdAt = Instant.now();
        this.securityStamp = UUID.randomUUID();
    }

    Long id() {
        return id;
    }

    boolean enabled() {
        return enabled;
    }

    Set<Role> roles() {
        return Set.copyOf(roles);
    }

    String displayName() {
        return email != null ? email : mobile;
    }

    void enable() {
        this.enabled = true;
    }

    void disable() {
        this.enabled = false;
        renewStamp();
    }

    void changeRoles(Set<Role> newRoles) {
        this.roles.clear();
        this.roles.addAll(newRoles);
        renewStamp();
    }

    void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        renewStamp();
    }

    String passwordHash() {
        return passwordHash;
    }

    String email() {
        return email;
    }

    String mobile() {
        return mobile;
    }

    UUID securityStamp() {
        return securityStamp;
    }

    /** Every session and token made under the old stamp stops opening anything. */
    void renewStamp() {
        this.securityStamp = UUID.randomUUID();
    }

    AccountPrincipal toPrincipal() {
        return new AccountPrincipal(id, displayName(), passwordHash, roles, enabled, securityStamp.toString());
    }

    AccountSummary toSummary() {
        return new AccountSummary(id, displayName(), Set.copyOf(roles), enabled, createdAt);
    }
}
