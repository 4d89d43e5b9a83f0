/** The request id every log line and answer of a request carries (X-Request-Id). */
package com.hcpress.operations.web;
