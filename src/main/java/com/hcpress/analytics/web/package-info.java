/** The statistics pages of the back office. */
package com.hcpress.analytics.web;
