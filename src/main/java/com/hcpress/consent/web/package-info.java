/** The public pages of the platform-wide legal documents. */
package com.hcpress.consent.web;
