package com.hcpress.comment;

import java.util.HashSet;
import java.util.Set;

/** Which of the comments on a shared page one account wrote and which it liked. */
record Participation(Set<Long> wrote, Set<Long> liked) {

    Participation() {
        this(new HashSet<>(), new HashSet<>());
    }
}
