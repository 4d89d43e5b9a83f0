package com.hcpress.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.comment.CommentImports;
import com.hcpress.content.ContentCatalog;

/**
 * Comments, replies and likes on the demo article from {@code demo/comments.json}, by the demo
 * accounts and a few commenters made for the purpose, dated over the last weeks.
 */
@Component
class DemoComments {

    private final AccountRegistry accounts;
    private final DemoAccounts demoAccounts;
    private final ContentCatalog catalog;
    private final CommentImports imports;
    private final ObjectMapper json;

    DemoComments(AccountRegistry accounts, DemoAccounts demoAccounts, ContentCatalog catalog, CommentImports imports,
                 ObjectMapper json) {
        this.demoAccounts = demoAccounts;
        this.accounts = accounts;
        this.catalog = catalog;
        this.imports = imports;
        this.json = json;
    }

    @Transactional
    public void load() {
        JsonNode demo = read();
        long articleId = catalog.articleSummary(demo.get("article").asString()).orElseThrow().id();
        Map<String, Long> users = new HashMap<>();
        for (String name : new String[] {"reader", "editor", "admin"}) {
            users.put(name, accounts.find(identifier(name)).orElseThrow().id());
        }
        demo.get("commenters").forEach(name -> users.put(name.asString(), accounts.create(identifier(name.asString()),
                demoAccounts.passwordHash(), EnumSet.of(Role.READER))));
        Instant now = Instant.now();
        for (JsonNode comment : demo.get("comments")) {
            long id = imports.comment(articleId, users.get(comment.get("author").asString()),
                    comment.get("text").asString(), at(now, comment));
            like(id, comment, users);
            for (JsonNode reply : comment.path("replies")) {
                long replyId = imports.reply(articleId, id, users.get(reply.get("author").asString()),
                        reply.get("text").asString(), at(now, reply));
                like(replyId, reply, users);
            }
        }
    }

    private void like(long commentId, JsonNode comment, Map<String, Long> users) {
        comment.get("likes").forEach(name -> imports.like(commentId, users.get(name.asString())));
    }

    private static Instant at(Instant now, JsonNode comment) {
        return now.minus(Duration.ofHours(comment.get("hoursAgo").asLong()));
    }

    private static SignInIdentifier identifier(String name) {
        return SignInIdentifier.parse(name + "@hcpress.test").orElseThrow();
    }

    private JsonNode read() {
        try (InputStream in = new ClassPathResource("demo/comments.json").getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("Demo comments missing", e);
        }
    }
}
