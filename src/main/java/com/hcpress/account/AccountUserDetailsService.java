package com.hcpress.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds an account by the email or mobile number typed in the sign-in form. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return SignInIdentifier.parse(username)
                .flatMap(accounts::findByIdentifier)
                .map(Account::toPrincipal)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
