/** Copies of values that are costly to make and the same for many requests. */
package com.hcpress.shared.cache;
