/**
 * The data subject's rights over their own account: a copy of all their data as JSON, and deleting
 * the account. Both read and change rows that other features own, in one place and one transaction,
 * because erasure must be complete or not happen at all; what each table keeps and why is in the
 * README ("Your data").
 */
package com.hcpress.privacy;
