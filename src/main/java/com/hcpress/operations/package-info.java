/**
 * What an operator watches: the metrics HCPress publishes beyond Spring Boot's own (queues and
 * backlogs read from PostgreSQL), when an instance is ready for traffic, and what the request
 * metrics record. The request id every log line carries is given in shared/web. See docs/operations.md.
 */
package com.hcpress.operations;
