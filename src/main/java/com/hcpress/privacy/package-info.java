/**
 * The data subject's rights over their own account: a copy of all their data as JSON, and deleting
 * the account. Each feature that keeps rows about an account reads and erases its own, as a
 * {@link com.hcpress.shared.personaldata.PersonalDataHolder}; privacy asks them all in one
 * transaction, because erasure must be complete or not happen at all. What each table keeps and
 * why is in docs/api-and-data.md ("Your data").
 */
package com.hcpress.privacy;
