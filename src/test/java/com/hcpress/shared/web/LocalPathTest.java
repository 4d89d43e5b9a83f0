package com.hcpress.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/articles/tace-haic-2025-review", "/zones/liver?page=2#top", "/a%20b"})
    void pathsOnThisSiteAreKept(String next) {
        assertThat(LocalPath.orDefault(next, "/")).isEqualTo(next);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"//evil.example", "/\\evil.example", "https://evil.example/", "evil", "/\t/evil.example",
            "/ok\r\nSet-Cookie: x=1", "javascript:alert(1)", "/{id}", "\\\\evil.example"})
    void anythingElseGoesHome(String next) {
        assertThat(LocalPath.orDefault(next, "/")).isEqualTo("/");
    }
}
