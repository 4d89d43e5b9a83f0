/**
 * Follows: a reader follows a zone or an expert (by the name an article gives its expert or
 * author). The first publication of an article is announced once to everyone following its zone
 * or one of its names, in the notification centre, and, for readers who chose it, gathered into a
 * daily or weekly email digest that one instance at a time sends.
 */
package com.hcpress.follow;
