package com.hcpress.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Accounts extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    Optional<Account> findByMobile(String mobile);

    default Optional<Account> findByIdentifier(SignInIdentifier identifier) {
        return identifier.isEmail() ? findByEmail(identifier.value()) : findByMobile(identifier.value());
    }
}
