package com.hcpress.demo;

import org.springframework.stereotype.Component;

/** Licence submissions and review decisions for the demo accounts. */
@Component
class DemoVerifications {

    long submit(long userId, String realName, String institution) {
        return 0;
    }

    void approve(long reviewerId, long submissionId) {
    }

    void reject(long reviewerId, long submissionId, String reason) {
    }
}
