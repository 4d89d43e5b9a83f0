/**
 * The notification centre: a notification per event for the account concerned, read at
 * {@code /notifications} with an unread count in the header, and sent by email or SMS per category as
 * the account chose on {@code /account}. Every email carries a one-click unsubscribe link for its
 * category (RFC 8058), signed so that it works without signing in.
 */
package com.hcpress.notification;
