package com.hcpress.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.hcpress.support.ArticleAnswers;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.HttpUser;
import com.hcpress.support.TestUsers;

/**
 * The race a security review found: sign-ins in a loop while an administrator disables the account
 * or removes a role. Whatever sign-in was in flight, within a second no session of the account
 * opens what the change took away: the gated article page and its API, or the editor's desk.
 */
@HcpressIntegrationTest
class RevocationRaceTest {

    private static final int ROUNDS = 50;
    private static final ExecutorService checkers = Executors.newFixedThreadPool(16);
    private static final String ARTICLE = "/articles/tace-haic-2025-review";
    private static final String ARTICLE_API = "/api/v1/articles/tace-haic-2025-review";

    @LocalServerPort
    int port;
    @Autowired
    AccountRegistry registry;
    @Autowired
    TestUsers readers;

    @Test
    void disablingWhileSigningInLeavesNoWorkingSession() throws Exception {
        long admin = registry.find(SignInIdentifier.parse(TestUsers.demoEmail("admin")).orElseThrow()).orElseThrow().id();
        for (int round = 0; round < ROUNDS; round++) {
            AccountPrincipal reader = (AccountPrincipal) readers.passedReader();
            String email = registry.find(reader.id()).orElseThrow().displayName();
            Queue<HttpUser> sessions = race(email, "a-long-passphrase", () -> registry.disable(admin, reader.id()),
                    user -> ArticleAnswers.isTheArticle(user.get(ARTICLE)));
            int r = round;
            within(r).until(() ->
                    allRefused(sessions, user -> !ArticleAnswers.isTheArticle(user.get(ARTICLE))
                            && user.send("GET", ARTICLE_API, null, null, null).statusCode() == 401));
        }
    }

    @Test
    void removingTheEditorRoleWhileSigningInClosesTheEditorsDesk() throws Exception {
        long admin = registry.find(SignInIdentifier.parse(TestUsers.demoEmail("admin")).orElseThrow()).orElseThrow().id();
        PasswordHash password = registry.hash("a-long-passphrase");
        for (int round = 0; round < ROUNDS; round++) {
            String email = CodeMessages.email();
            long editor = registry.create(SignInIdentifier.parse(email).orElseThrow(), password,
                    EnumSet.of(Role.READER, Role.EDITOR));
            Queue<HttpUser> sessions = race(email, "a-long-passphrase",
                    () -> registry.changeRoles(admin, editor, Set.of(Role.READER)),
                    user -> user.get("/editor").statusCode() == 200);
            int r = round;
            within(r).until(() ->
                    allRefused(sessions, user -> user.get("/editor").statusCode() != 200
                            && user.get("/editor/articles/new").statusCode() != 200));
        }
    }

    /** Within a second of the change, asked at once and then every 50 ms. */
    private static org.awaitility.core.ConditionFactory within(int round) {
        return await("round " + round).atMost(Duration.ofSeconds(1)).pollInSameThread().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50));
    }

    /** Whether every session is refused, asking for all of them at once (the check must take under a second). */
    private boolean allRefused(Queue<HttpUser> sessions, Predicate<HttpUser> refused) throws Exception {
        List<Callable<Boolean>> checks = sessions.stream().<Callable<Boolean>>map(user -> () -> refused.test(user)).toList();
        for (Future<Boolean> check : checkers.invokeAll(checks)) {
            if (!check.get()) {
                return false;
            }
        }
        return true;
    }

    @AfterAll
    static void stopCheckers() {
        checkers.shutdownNow();
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
            while (!stop.get() && afterChange < 2) {
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
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                    .until(() -> !sessions.isEmpty() && works.test(sessions.peek()));
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
