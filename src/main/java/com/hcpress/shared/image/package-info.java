/** Images as uploaded bytes: what they are, and whether they carry markup. */
package com.hcpress.shared.image;
