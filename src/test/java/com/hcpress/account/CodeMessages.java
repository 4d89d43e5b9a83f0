package com.hcpress.account;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.hcpress.support.HttpUser;

/**
 * What the account flows' tests read: the newest message of a template sent to an address, as
 * the outbox holds it (administrators read the same at /admin/outbox), and the code in it.
 */
final class CodeMessages {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final JdbcClient jdbc;

    CodeMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> latestBody(String address, String template) {
        return jdbc.sql("select body from message_outbox where address = ? and template = ? order by id desc limit 1")
                .params(address, template).query(String.class).optional();
    }

    String code(String address, String template) {
        String body = latestBody(address, template).orElseThrow(() -> new AssertionError("no " + template + " to " + address));
        Matcher matcher = CODE.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("no code in " + body);
        }
        return matcher.group(1);
    }

    long count(String address) {
        return jdbc.sql("select count(*) from message_outbox where address = ?").param(address).query(Long.class).single();
    }

    static String email() {
        return "code-" + UUID.randomUUID().toString().substring(0, 8) + "@hcpress.test";
    }

    /** A client address of its own, so that tests do not share the per-address limits. */
    static Map<String, String> from() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Map.of("X-Forwarded-For", "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255));
    }

    /** Posts a form of the page at {@code formPath} with its CSRF token. */
    static java.net.http.HttpResponse<String> post(HttpUser user, String formPath, String action, Map<String, String> form,
                                                   Map<String, String> headers) {
        String page = user.get(formPath).body();
        Matcher csrf = CSRF_INPUT.matcher(page);
        if (!csrf.find()) {
            throw new AssertionError("no CSRF token on " + formPath + ": " + page.substring(0, Math.min(300, page.length())));
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>(form);
        fields.put("_csrf", csrf.group(1).replace("&#45;", "-"));
        return user.postForm(action, fields, headers);
    }
}
