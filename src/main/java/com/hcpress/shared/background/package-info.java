/** Work taken off the request thread: bounded queues written by a background thread. */
package com.hcpress.shared.background;
