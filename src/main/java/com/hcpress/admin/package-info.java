/**
 * The back office: editors run zones (details, informed-consent versions, questionnaire, answer
 * export) and administrators run the platform (users and roles, legal documents, the audit log,
 * the consent ledger, the reviewer dashboard). It owns no tables: everything goes through the
 * public API of the feature that owns the data.
 */
package com.hcpress.admin;
