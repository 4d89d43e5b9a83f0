package com.hcpress.comment;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

/**
 * The key each comment form carries, so that a form sent again (a retry after a lost answer) posts
 * once. A key only has to differ from the author's other keys, it is no secret (the unique index is
 * on author and key), so a fast generator serves: the article page carries one per comment, and a
 * SecureRandom call per character made the keys the page's main cost under load.
 */
@Component("idempotencyKeys")
public final class IdempotencyKeys {

    public String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + "-" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
    }
}
