/**
 * Accounts: sign-up and sign-in with a mobile number or email and a password, roles, sessions
 * kept in PostgreSQL so any instance can serve a user, sign-in throttling counted in PostgreSQL,
 * and ending a user's sessions everywhere.
 */
package com.hcpress.account;
