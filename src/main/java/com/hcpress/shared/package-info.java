/**
 * What every feature may use: the embedded database that runs when no external PostgreSQL is
 * configured, web plumbing (locale, errors, security headers) and small value types. It knows
 * nothing of articles, users or the gate.
 */
package com.hcpress.shared;
