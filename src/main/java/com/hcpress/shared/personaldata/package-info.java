/**
 * The contract by which each feature exports and erases its own rows about an account
 * ({@link com.hcpress.shared.personaldata.PersonalDataHolder}); the privacy feature drives it.
 */
package com.hcpress.shared.personaldata;
