package com.hcpress.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.HttpUser;

/**
 * Every static file a page links to carries its content hash and is served under that name with a
 * year-long cache lifetime; ordinary links are written as they are.
 */
@HcpressIntegrationTest
class VersionedStaticFilesTest {

    private static final Pattern STATIC_LINK = Pattern.compile(
            "(?:href|src)=\"(/(?:css|js|webjars|favicon|apple-touch-icon|icon-|manifest)[^\"]*)\"");

    @LocalServerPort
    int port;

    @Test
    void everyLinkedStaticFileIsVersionedAndServedForAYear() {
        HttpUser browser = new HttpUser("http://localhost:" + port);
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        List<String> links = new ArrayList<>();
        Matcher link = STATIC_LINK.matcher(home.body());
        while (link.find()) {
            links.add(link.group(1));
        }
        assertThat(links).anyMatch(l -> l.startsWith("/css/app-")).anyMatch(l -> l.startsWith("/favicon-"))
                .anyMatch(l -> l.startsWith("/manifest-")).anyMatch(l -> l.startsWith("/webjars/"));
        for (String path : links) {
            assertThat(path).as("versioned").matches(".*-[0-9a-f]{32}\\.[a-z]+$");
            HttpResponse<String> file = browser.get(path);
            assertThat(file.statusCode()).as(path).isEqualTo(200);
            assertThat(file.headers().firstValue("Cache-Control").orElse("")).as(path).contains("max-age=31536000");
        }
        assertThat(browser.get("/icon-192.png").statusCode()).as("the manifest's icons by their plain name").isEqualTo(200);
        assertThat(home.body()).contains("href=\"/zones/");
    }
}
