/**
 * Demo content and demo accounts, loaded on the first start of the embedded database only and
 * never against an external one. It writes through the other features' public APIs, like an
 * editor would.
 */
package com.hcpress.demo;
