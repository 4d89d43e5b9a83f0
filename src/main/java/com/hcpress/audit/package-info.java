/**
 * The audit log: who did what to whom, when and from where, for every security-relevant event.
 * Append-only down to the database, which refuses to change or delete a row.
 */
package com.hcpress.audit;
