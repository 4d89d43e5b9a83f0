package com.hcpress.message;

/** How a message reaches a person. */
public enum Channel {
    EMAIL,
    SMS
}
