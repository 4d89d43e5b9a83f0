package com.hcpress.verification;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;

/** Real accounts for the tests, each with a fresh email, as the session principal that signs them in. */
public final class TestAccounts {

    public static final String PASSWORD = "verification-test-password";

    private final AccountRegistry registry;

    public TestAccounts(AccountRegistry registry) {
        this.registry = registry;
    }

    public AccountPrincipal reader() {
        return create(Role.READER);
    }

    public AccountPrincipal reviewer() {
        return create(Role.READER, Role.REVIEWER);
    }

    public AccountPrincipal create(Role first, Role... more) {
        Set<Role> roles = EnumSet.of(first, more);
        String email = first.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@hcpress.test";
        long id = registry.create(SignInIdentifier.parse(email).orElseThrow(), PASSWORD, roles);
        return registry.principal(id).orElseThrow();
    }

    public static String email(AccountPrincipal principal) {
        return principal.displayName();
    }

    public static ProfileForm nurseForm() {
        return new ProfileForm(Profession.NURSE, "李静", "市第一人民医院", "肝胆外科", "主管护师", "NUR-2024-0001");
    }
}
