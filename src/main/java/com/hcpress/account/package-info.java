/**
 * Accounts: sign-up that verifies the email or mobile by a one-time code, sign-in by password or
 * code, forgotten and changed passwords, roles, sessions kept in PostgreSQL and listed to their
 * owner, a security stamp that every request is checked against so that disabling, a role or
 * password change or erasure ends sessions and tokens at once, throttling counted in PostgreSQL,
 * and personal access tokens with expiry and scope.
 */
package com.hcpress.account;
