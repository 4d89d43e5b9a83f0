package com.hcpress.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.hcpress.support.DemoUsers;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.HttpUser;
import com.hcpress.support.PassedReaders;

/**
 * The race a security review found: sign-ins in a loop while an administrator disables the account
 * or removes a role. Whatever sign-in was in flight, within a second no session of the account
 * opens what the change took away: the gated article page and its API, or the editor's desk.
 */
@HcpressIntegrationTest
class RevocationRaceTest {

    private static final int ROUNDS = 50;
    private static final String ARTICLE = "/articles/tace-haic-2025-review";
    private static final String ARTICLE_API = "/api/v1/articles/tace-haic-2025-review";

    @LocalServerPort
    int port;
    @Autowired
    AccountRegistry registry;
    @Autowired
    PassedReaders readers;

    @Test
    void disablingWhileSigningInLeavesNoWorkingSession() throws Exception {
        long admin = registry.find(SignInIdentifier.parse(DemoUsers.email("admin")).orElseThrow()).orElseThrow().id();
        for (int round = 0; round < ROUNDS; round++) {
            AccountPrincipal reader = (AccountPrincipal) readers.create();
            String email = registry.find(reader.id()).orElseThrow().displayName();
            Queue<HttpUser> sessions = race(email, "a-long-passphrase", () -> registry.disable(admin, reader.id()),
                    user -> user.get(ARTICLE).statusCode() == 200);
            int r = round;
            await("round " + r).atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
                for (HttpUser user : sessions) {
                    assertThat(user.get(ARTICLE).statusCode()).as("article page").isNotEqualTo(200);
                    assertThat(user.send("GET", ARTICLE_API, null, null, null).statusCode()).as("API").isEqualTo(401);
                }
            });
        }
    }

    @Test
    void removingTheEditorRoleWhileSigningInClosesTheEditorsDesk() throws Exception {
        long admin = registry.find(SignInIdentifier.parse(DemoUsers.email("admin")).orElseThrow()).orElseThrow().id();
        PasswordHash password = registry.hash("a-long-passphrase");
        for (int round = 0; round < ROUNDS; round++) {
            String email = CodeMessages.email();
            long editor = registry.create(SignInIdentifier.parse(email).orElseThrow(), password,
                    EnumSet.of(Role.READER, Role.EDITOR));
            Queue<HttpUser> sessions = race(email, "a-long-passphrase",
                    () -> registry.changeRoles(admin, editor, Set.of(Role.READER)),
                    user -> user.get("/editor").statusCode() == 200);
            int r = round;
            await("round " + r).atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
                for (HttpUser user : sessions) {
                    assertThat(user.get("/editor").statusCode()).isNotEqualTo(200);
                    assertThat(user.get("/editor/articles/new").statusCode()).isNotEqualTo(200);
                }
            });
        }
    }

    /**
     * Signs in again and again on another thread; once one session works, makes the change while
     * the sign-ins go on, then lets a few more sign-ins (refused now) finish. Answers every session
     * that signed in, before or during the change.
     */
    private Queue<HttpUser> race(String email, String password, Runnable change, Predicate<HttpUser> works)
            throws InterruptedException {
        Queue<HttpUser> sessions = new ConcurrentLinkedQueue<>();
        AtomicBoolean changed = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        Thread signIns = new Thread(() -> {
            int afterChange = 0;
            while (!stop.get() && afterChange < 3) {
                HttpUser user = new HttpUser("http://localhost:" + port);
                String location = user.signIn(email, password).headers().firstValue("Location").orElse("");
                if (!location.contains("error")) {
                    sessions.add(user);
                }
                if (changed.get()) {
                    afterChange++;
                }
            }
        });
        signIns.start();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> sessions.stream().anyMatch(works));
            change.run();
            changed.set(true);
        } finally {
            signIns.join(Duration.ofSeconds(30).toMillis());
            stop.set(true);
        }
        assertThat(sessions).isNotEmpty();
        return sessions;
    }

}
