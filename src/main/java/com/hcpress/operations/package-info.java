/**
 * What an operator watches: the metrics HCPress publishes beyond Spring Boot's own (queues and
 * backlogs read from PostgreSQL), when an instance is ready for traffic, and the request id every
 * log line of a request carries. See docs/operations.md.
 */
package com.hcpress.operations;
