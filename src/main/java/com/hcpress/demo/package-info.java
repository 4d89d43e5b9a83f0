/**
 * Demo content and demo accounts, loaded on the first start of the embedded database only, never
 * against an external one unless {@code hcpress.demo.external-database=true} asks for it (the
 * cluster rehearsal in deploy/cluster, on an empty database). It writes through the other features' public APIs, like an
 * editor would.
 */
package com.hcpress.demo;
