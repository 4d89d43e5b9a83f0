import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Crash consistency of HCPress: starts the packaged application on its own embedded PostgreSQL,
 * drives comments, likes, consents and review decisions from several clients that record every
 * acknowledged write, kills the JVM with SIGKILL at random moments, restarts it, and finally checks
 * the database: every acknowledged write present, nothing duplicated, no review half-applied.
 *
 * Run through bench/crash/run.sh (docs/reliability.md). Arguments: jar, work directory, kills, seed,
 * and minutes after which no more kills are sent (default 120).
 */
public class CrashConsistency {

    static final String ARTICLE = "tace-haic-2025-review";
    static final String ZONE = "liver-intervention";
    static final String PASSWORD = "hcpress-demo";
    /** Generous: on a busy 2-core machine the first start (initdb, migrations, demo content) takes minutes. */
    static final Duration START_LIMIT = Duration.ofMinutes(15);
    static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern DOCUMENT_ID = Pattern.compile("name=\"documentId\" value=\"(\\d+)\"");
    static final Pattern WITHDRAW_ACTION = Pattern.compile("action=\"/account/consents/(\\d+)/withdraw\"");
    static final Pattern QUEUE_LINK = Pattern.compile("href=\"/review/(\\d+)\"");
    static final Pattern NOTICE = Pattern.compile("class=\"notice (ok|warn)\"");
    static final Pattern STATUS_CARD = Pattern.compile("class=\"status-card (approved|rejected|pending)\"");
    static final String CONSENTER = "crash-consenter@hcpress.test";
    static final String APPLICANT_PASSWORD = "crash-test-applicant-2026";
    static final int SUBMISSIONS = 150;
    /** The reviewer waits this long and up to twice as long between decisions, to decide throughout the run. */
    static final int REVIEW_PAUSE_MS = 400;
    /**
     * A kill comes 1 to 7 s after the application answers its health check: a freshly started JVM
     * is slow, and a shorter window let the clients that need several requests per write (consents,
     * reviews) get nothing done in most lifetimes.
     */
    static final int KILL_AFTER_MIN_MS = 1000;
    static final int KILL_AFTER_SPREAD_MS = 6000;
    static final int FINAL_WRITES_MS = 10_000;
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    final Path jar;
    final Path work;
    final int kills;
    /** Kills stop when this is spent, so that a slow machine still ends with a verified result. */
    final Duration budget;
    int survived;
    final Random random;
    final int httpPort = freePort();
    final int pgPort = freePort();
    final String base = "http://127.0.0.1:" + httpPort;
    final AtomicBoolean running = new AtomicBoolean(true);
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger connectionFailures = new AtomicInteger();
    final List<Long> startMillis = Collections.synchronizedList(new ArrayList<>());
    /** Counts the starts of the application: the lifetime in which each write was acknowledged. */
    final AtomicInteger lifetime = new AtomicInteger();
    final List<Client> clientList = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger decidedByThisRequest = new AtomicInteger();
    final AtomicInteger decidedEarlier = new AtomicInteger();
    final Set<String> stopped = ConcurrentHashMap.newKeySet();
    Process app;

    // What the clients were told succeeded, and what they tried without knowing the outcome.
    final Map<String, String> ackedComments = new ConcurrentHashMap<>();      // idempotency key -> body
    final Map<String, String> triedComments = new ConcurrentHashMap<>();
    final Map<String, LikeState> likes = new ConcurrentHashMap<>();           // "user:comment" -> last state
    final Map<String, int[]> consents = new ConcurrentHashMap<>();            // choice -> {acked, tried}
    final Map<Long, String> ackedDecisions = new ConcurrentHashMap<>();       // submission -> APPROVED/REJECTED

    record LikeState(boolean liked, boolean known) {
    }

    public static void main(String[] args) throws Exception {
        CrashConsistency run = new CrashConsistency(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]),
                args.length > 3 ? Long.parseLong(args[3]) : System.nanoTime(),
                Duration.ofMinutes(args.length > 4 ? Long.parseLong(args[4]) : 120));
        boolean consistent;
        try {
            consistent = run.run();
        } finally {
            run.stopApplication();
        }
        System.exit(consistent ? 0 : 1);
    }

    CrashConsistency(Path jar, Path work, int kills, long seed, Duration budget) {
        this.jar = jar;
        this.work = work;
        this.kills = kills;
        this.budget = budget;
        this.random = new Random(seed);
        System.out.println("seed " + seed + ", work directory " + work);
    }

    boolean run() throws Exception {
        Files.createDirectories(work);
        start();
        List<Long> submissions = seedSubmissions(SUBMISSIONS);
        List<Long> comments = psql("select id from comment where parent_id is null order by id limit 20").stream()
                .map(Long::parseLong).toList();
        List<Thread> clients = new ArrayList<>();
        for (String poster : List.of("reader", "editor", "admin")) {
            clients.add(client("comments-" + poster, () -> postComments(poster)));
        }
        clients.add(client("likes-reader", () -> like("reader", comments)));
        clients.add(client("likes-editor", () -> like("editor", comments)));
        clients.add(client("consents", this::consents));
        clients.add(client("reviews", () -> review(submissions)));
        clients.forEach(Thread::start);

        long started = System.nanoTime();
        int kill = 0;
        while (kill < kills && System.nanoTime() - started < budget.toNanos()) {
            kill++;
            Thread.sleep(KILL_AFTER_MIN_MS + random.nextInt(KILL_AFTER_SPREAD_MS));
            long pid = app.pid();
            new ProcessBuilder("kill", "-9", String.valueOf(pid)).inheritIO().start().waitFor();
            app.waitFor();
            System.out.printf("kill %d/%d: SIGKILL to pid %d after %d requests%n", kill, kills, pid, requests.get());
            start();
        }
        survived = kill;
        Thread.sleep(FINAL_WRITES_MS); // every client writes again after the last restart
        running.set(false);
        List<String> stuck = new ArrayList<>();
        for (Thread client : clients) {
            client.join(120_000);
            if (client.isAlive()) {
                stuck.add(client.getName());
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        writeAcknowledged();
        boolean ok = verify(submissions, stuck);
        System.out.printf("%d kills survived in %d s; %d requests, %d refused connections while down; "
                        + "app start to healthy: median %d ms, max %d ms%n", survived, seconds, requests.get(),
                connectionFailures.get(), median(startMillis), Collections.max(startMillis));
        return ok;
    }

    // ---- the application ------------------------------------------------------------------

    /** A normal stop, so that the embedded PostgreSQL stops with it. */
    void stopApplication() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroy();
            app.waitFor();
        }
    }

    void start() throws Exception {
        long begin = System.currentTimeMillis();
        // C1 only: a faster start matters more here than peak speed.
        ProcessBuilder command = new ProcessBuilder("java", "-Xmx768m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                "--server.port=" + httpPort, "--hcpress.embedded-db.port=" + pgPort,
                // Many writes in a short run: the posting limits are not what is tested here.
                "--hcpress.comments.per-minute=1000000", "--hcpress.comments.per-day=1000000")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("app.log").toFile()))
                .directory(work.toFile());
        command.environment().put("HCPRESS_DATA_DIR", work.resolve("data").toString());
        app = command.start();
        lifetime.incrementAndGet();
        HttpClient probe = HttpClient.newHttpClient();
        while (System.currentTimeMillis() - begin < START_LIMIT.toMillis()) {
            try {
                HttpResponse<String> health = probe.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    startMillis.add(System.currentTimeMillis() - begin);
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            if (!app.isAlive()) {
                throw new IllegalStateException("The application exited; see " + work.resolve("app.log"));
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The application did not become healthy in " + START_LIMIT);
    }

    /**
     * New accounts, each with a pending submission, for the reviewer to decide. The first signs up
     * through the application; the others are copies of it (same password hash and roles), which
     * spares a password hash per account on a busy machine.
     */
    List<Long> seedSubmissions(int count) throws Exception {
        while (true) {
            try {
                signUp(applicant(0), APPLICANT_PASSWORD);
                break;
            } catch (Down | SetUpFailed notYet) {
                awaitUp();
                pause(500);
            }
        }
        psql("insert into app_user (email, password_hash) select 'crash-applicant-' || n || '@hcpress.test', u.password_hash "
                + "from app_user u, generate_series(1, " + (count - 1) + ") n where u.email = '" + applicant(0) + "'");
        psql("insert into user_role (user_id, role) select c.id, r.role from app_user c, user_role r join app_user u "
                + "on u.id = r.user_id where u.email = '" + applicant(0) + "' and c.email like 'crash-applicant-%' "
                + "and c.id <> u.id");
        psql("insert into licence_photo (owner_user_id, content_type, width, height, bytes) "
                + "select id, 'image/jpeg', 1, 1, '\\xffd8ffd9'::bytea from app_user where email like 'crash-applicant-%'");
        psql("insert into verification_submission (user_id, profession, real_name, institution, department, title, "
                + "licence_number, licence_photo_id, status) select u.id, 'DOCTOR', 'Applicant', 'Test Hospital', "
                + "'Hepatology', 'Attending', 'L' || u.id, p.id, 'SUBMITTED' from app_user u "
                + "join licence_photo p on p.owner_user_id = u.id where u.email like 'crash-applicant-%'");
        List<Long> ids = psql("select s.id from verification_submission s join app_user u on u.id = s.user_id "
                + "where u.email like 'crash-applicant-%' order by s.id").stream().map(Long::parseLong).toList();
        if (ids.size() != count) {
            throw new IllegalStateException(ids.size() + " submissions seeded, " + count + " wanted");
        }
        return ids;
    }

    static String applicant(int n) {
        return "crash-applicant-" + n + "@hcpress.test";
    }

    /** One sign-up attempt; an account that already exists is fine, any other refusal is not. */
    void signUp(String email, String password) throws Down, SetUpFailed {
        Browser anonymous = new Browser();
        HttpResponse<String> form = anonymous.get("/signup");
        Matcher token = CSRF_INPUT.matcher(form.body());
        if (form.statusCode() != 200 || !token.find()) {
            throw new SetUpFailed("sign-up page answered " + form.statusCode());
        }
        HttpResponse<String> answer = anonymous.form("/signup", Map.of("username", email, "password", password,
                "_csrf", token.group(1)));
        if (answer.statusCode() != 302 && !answer.body().contains("name=\"username\"")) {
            throw new SetUpFailed("sign-up of " + email + " answered " + answer.statusCode());
        }
    }

    // ---- the clients ----------------------------------------------------------------------

    interface Work {
        void run() throws Exception;
    }

    Thread client(String name, Work work) {
        return new Thread(() -> {
            try {
                work.run();
            } catch (Throwable e) {
                stopped.add(name);
                System.out.println(name + " stopped: " + e);
                e.printStackTrace(System.out);
            }
        }, name);
    }

    /**
     * One client: its account, its signed-in browser (null while it must sign in again), what it
     * acknowledged and in which lifetimes of the application. Every step that fails is retried,
     * set-up included, until the run ends: a crash or a slow start never ends a client.
     */
    final class Client {
        final String name;
        final String email;
        final String password;
        Browser browser;
        final AtomicInteger acknowledged = new AtomicInteger();
        final AtomicInteger tried = new AtomicInteger();
        final Set<Integer> lifetimes = ConcurrentHashMap.newKeySet();
        final AtomicInteger setUpFailures = new AtomicInteger();
        long lastNote;

        Client(String name, String email, String password) {
            this.name = name;
            this.email = email;
            this.password = password;
            clientList.add(this);
        }

        /** The signed-in browser, signing in first if needed; a refused sign-in is a {@link SetUpFailed}. */
        Browser browser() throws Down, SetUpFailed {
            if (browser == null) {
                browser = signIn(email, password);
            }
            return browser;
        }

        void acknowledged() {
            acknowledged.incrementAndGet();
            lifetimes.add(lifetime.get());
        }

        /** Says why a step failed, at most every ten seconds, so that a stuck client shows in the output. */
        void note(String why) {
            long now = System.currentTimeMillis();
            if (now - lastNote > 10_000) {
                lastNote = now;
                System.out.println(name + ": " + why + " (retrying)");
            }
        }

        /** Runs the step again and again until the run ends, whatever it meets. */
        void repeat(Step step) {
            while (running.get()) {
                try {
                    step.run();
                } catch (Down down) {
                    awaitUp(); // the session is stored in PostgreSQL: the same browser carries on
                } catch (SetUpFailed | RuntimeException e) {
                    setUpFailures.incrementAndGet();
                    note(e.getMessage());
                    browser = null;
                    pause(2000); // slowly: repeated failed sign-ins would throttle the address

                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    interface Step {
        void run() throws Down, SetUpFailed, InterruptedException;
    }

    /** A set-up step (sign-in, token, finding what to act on) that did not succeed this time. */
    static final class SetUpFailed extends Exception {
        SetUpFailed(String message) {
            super(message);
        }
    }

    void postComments(String poster) {
        Client client = new Client("comments-" + poster, poster + "@hcpress.test", PASSWORD);
        String[] pendingKey = {null};
        client.repeat(() -> {
            // A post whose outcome is unknown is sent again with the same key: at most one comment.
            if (pendingKey[0] == null) {
                pendingKey[0] = poster + "-" + UUID.randomUUID();
            }
            String key = pendingKey[0];
            String body = "Crash test comment " + key;
            Browser browser = client.browser();
            if (triedComments.put(key, body) == null) {
                client.tried.incrementAndGet();
            }
            HttpResponse<String> answer = browser.api("POST", "/api/v1/articles/" + ARTICLE + "/comments",
                    "{\"body\":\"" + body + "\"}", Map.of("Idempotency-Key", key));
            int status = answer.statusCode();
            if (status == 201 || status == 200) {
                ackedComments.put(key, body);
                client.acknowledged();
                pendingKey[0] = null;
            } else if (status == 401 || status == 403) {
                throw new SetUpFailed("comment refused with " + status + ": signing in again");
            } else if (status == 429) {
                pause(300);
            } else if (status >= 400 && status < 500) {
                pendingKey[0] = null; // refused as it is: nothing stored, a new comment next
                client.note("comment refused with " + status + ": " + abbreviate(answer.body()));
            } else {
                client.note("comment answered " + status); // outcome unknown: same key again
            }
        });
    }

    void like(String user, List<Long> comments) {
        Client client = new Client("likes-" + user, user + "@hcpress.test", PASSWORD);
        client.repeat(() -> {
            Browser browser = client.browser();
            long comment = comments.get(random.nextInt(comments.size()));
            boolean like = random.nextBoolean();
            String pair = user + ":" + comment;
            String path = "/api/v1/articles/" + ARTICLE + "/comments/" + comment + "/like";
            likes.put(pair, new LikeState(like, false)); // unknown until acknowledged
            client.tried.incrementAndGet();
            HttpResponse<String> answer = browser.api(like ? "POST" : "DELETE", path, null, Map.of());
            if (answer.statusCode() == 200) {
                likes.put(pair, new LikeState(like, true));
                client.acknowledged();
            } else if (answer.statusCode() == 401 || answer.statusCode() == 403) {
                throw new SetUpFailed("like refused with " + answer.statusCode() + ": signing in again");
            } else {
                client.note("like answered " + answer.statusCode());
            }
        });
    }

    /**
     * A new account agreeing to the identity agreement and withdrawing it, in turn. After any
     * answer it did not get, it reads its own account page to learn whether it agreed.
     */
    void consents() {
        Client client = new Client("consents", CONSENTER, "crash-test-consent-2026");
        consents.put("AGREED", new int[2]);
        consents.put("WITHDRAWN", new int[2]);
        boolean[] accountExists = {false};
        String[] document = {null};
        Boolean[] agreedNow = {null}; // null: not known
        client.repeat(() -> {
            if (!accountExists[0]) {
                signUp(client.email, client.password);
                accountExists[0] = true;
            }
            Browser browser;
            try {
                browser = client.browser();
            } catch (SetUpFailed refused) {
                accountExists[0] = false; // signing up again is harmless if the account is there
                throw refused;
            }
            if (document[0] == null || agreedNow[0] == null) {
                HttpResponse<String> account = browser.get("/account");
                if (account.statusCode() != 200) {
                    throw new SetUpFailed("account page answered " + account.statusCode());
                }
                Matcher withdraw = WITHDRAW_ACTION.matcher(account.body());
                agreedNow[0] = withdraw.find();
                if (agreedNow[0]) {
                    document[0] = withdraw.group(1);
                } else if (document[0] == null) {
                    HttpResponse<String> gate = browser.get("/gate/" + ZONE);
                    Matcher id = DOCUMENT_ID.matcher(gate.body());
                    if (gate.statusCode() != 200 || !id.find()) {
                        throw new SetUpFailed("no agreement form on the gate page (status " + gate.statusCode() + ")");
                    }
                    document[0] = id.group(1);
                }
            }
            boolean agree = !agreedNow[0];
            String choice = agree ? "AGREED" : "WITHDRAWN";
            String csrf = browser.csrf();
            synchronized (consents) {
                consents.get(choice)[1]++;
            }
            client.tried.incrementAndGet();
            agreedNow[0] = null; // until the answer says otherwise
            HttpResponse<String> answer = agree
                    ? browser.form("/gate/" + ZONE + "/agreement", Map.of("documentId", document[0], "choice", "agree", "_csrf", csrf))
                    : browser.form("/account/consents/" + document[0] + "/withdraw", Map.of("_csrf", csrf));
            String location = answer.headers().firstValue("Location").orElse("");
            boolean done = answer.statusCode() == 302
                    && (agree ? location.contains("/gate/" + ZONE) : location.contains("/account?withdrawn"));
            if (done) {
                synchronized (consents) {
                    consents.get(choice)[0]++;
                }
                client.acknowledged();
                agreedNow[0] = agree;
            } else {
                throw new SetUpFailed(choice + " answered " + answer.statusCode() + " " + location + ": signing in again");
            }
            pause(20);
        });
    }

    /**
     * The reviewer takes the oldest of the crash applicants' submissions from the queue page and
     * decides it (approve, or reject every third), paced so that it decides throughout the run.
     * The queue page after each decision says whether this request decided it or an earlier one
     * whose answer was lost had already done so.
     */
    void review(List<Long> submissions) {
        Client client = new Client("reviews", "reviewer@hcpress.test", PASSWORD);
        Set<Long> ours = Set.copyOf(submissions);
        Set<Long> skipped = ConcurrentHashMap.newKeySet();
        String[] queuePage = {null}; // the queue as last read; read again after a failure
        client.repeat(() -> {
            Browser browser = client.browser();
            if (queuePage[0] == null) {
                HttpResponse<String> queue = browser.get("/review");
                if (queue.statusCode() != 200) {
                    throw new SetUpFailed("review queue answered " + queue.statusCode());
                }
                queuePage[0] = queue.body();
            }
            Long next = null;
            Matcher link = QUEUE_LINK.matcher(queuePage[0]);
            while (next == null && link.find()) {
                long id = Long.parseLong(link.group(1));
                if (ours.contains(id) && !skipped.contains(id) && !ackedDecisions.containsKey(id)) {
                    next = id;
                }
            }
            if (next == null) {
                queuePage[0] = null;
                pause(1000); // all decided
                return;
            }
            long submission = next;
            boolean approve = approves(submission);
            String csrf = browser.csrf();
            queuePage[0] = null;
            client.tried.incrementAndGet();
            HttpResponse<String> answer = approve
                    ? browser.form("/review/" + submission + "/approve", Map.of("_csrf", csrf))
                    : browser.form("/review/" + submission + "/reject",
                    Map.of("_csrf", csrf, "reason", "PHOTO_UNREADABLE", "note", ""));
            String location = answer.headers().firstValue("Location").orElse("");
            if (answer.statusCode() == 302 && location.endsWith("/review")) {
                String decision = approve ? "APPROVED" : "REJECTED";
                ackedDecisions.put(submission, decision);
                client.acknowledged();
                HttpResponse<String> after = browser.get("/review");
                Matcher notice = NOTICE.matcher(after.body());
                if (after.statusCode() == 200 && notice.find()) {
                    (notice.group(1).equals("ok") ? decidedByThisRequest : decidedEarlier).incrementAndGet();
                    queuePage[0] = after.body();
                }
            } else if (answer.statusCode() == 302 && location.contains("/review/" + submission)) {
                skipped.add(submission); // the decision itself was refused: a fault of this script
                client.note("decision on " + submission + " refused: " + location);
            } else {
                throw new SetUpFailed("decision on " + submission + " answered " + answer.statusCode() + " "
                        + location + ": signing in again");
            }
            pause(REVIEW_PAUSE_MS + random.nextInt(REVIEW_PAUSE_MS));
        });
    }

    static boolean approves(long submission) {
        return submission % 3 != 0;
    }

    /** One sign-in attempt: the form's token, the form, then the page token the API calls send. */
    Browser signIn(String email, String password) throws Down, SetUpFailed {
        Browser browser = new Browser();
        HttpResponse<String> form = browser.get("/login");
        Matcher token = CSRF_INPUT.matcher(form.body());
        if (form.statusCode() != 200 || !token.find()) {
            throw new SetUpFailed("sign-in page answered " + form.statusCode());
        }
        HttpResponse<String> answer = browser.form("/login",
                Map.of("username", email, "password", password, "_csrf", token.group(1)));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new SetUpFailed("sign-in of " + email + " refused: " + answer.statusCode() + " " + location);
        }
        browser.csrf();
        return browser;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    /** Waits until the application answers its health check, or the run ends. */
    void awaitUp() {
        HttpClient probe = HttpClient.newHttpClient();
        while (running.get()) {
            try {
                if (probe.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException down) {
                // still down
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause(200);
        }
    }

    /** The application could not be reached, or the connection broke: the outcome is unknown. */
    static final class Down extends Exception {
        Down(Throwable cause) {
            super(cause);
        }
    }

    final class Browser {
        // HTTP/1.1 as browsers speak to HCPress behind its proxy (no h2c upgrade attempts).
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(2)).build();

        HttpResponse<String> get(String path) throws Down {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        HttpResponse<String> form(String path, Map<String, String> fields) throws Down {
            String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        HttpResponse<String> api(String method, String path, String json, Map<String, String> headers) throws Down {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("X-CSRF-TOKEN", csrf());
            headers.forEach(request::header);
            return send(request);
        }

        String csrfToken;

        String csrf() throws Down {
            if (csrfToken == null) {
                csrfToken = find(CSRF_META, get("/").body());
            }
            return csrfToken;
        }

        String find(Pattern pattern, String html) {
            Matcher matcher = pattern.matcher(html);
            if (!matcher.find()) {
                throw new IllegalStateException("Not found on the page: " + pattern);
            }
            return matcher.group(1);
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws Down {
            requests.incrementAndGet();
            try {
                // A request accepted into the socket backlog of a starting application waits for the
                // start; a shorter wait lets the client retry (and count a failed step) instead.
                return client.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (e instanceof ConnectException) {
                    connectionFailures.incrementAndGet();
                }
                throw new Down(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Down(e);
            }
        }
    }

    // ---- verification ---------------------------------------------------------------------

    boolean verify(List<Long> submissions, List<String> stuck) throws Exception {
        List<String> problems = new ArrayList<>();
        stopped.forEach(name -> problems.add("client " + name + " stopped before the end of the run"));
        stuck.forEach(name -> problems.add("client " + name + " did not end with the run"));
        for (Client client : clientList) {
            System.out.printf("client %s: %d writes acknowledged of %d sent, in %d of %d application lifetimes; "
                            + "%d failed steps retried%n", client.name, client.acknowledged.get(), client.tried.get(),
                    client.lifetimes.size(), lifetime.get(), client.setUpFailures.get());
            if (client.acknowledged.get() == 0) {
                problems.add("client " + client.name + " had no write acknowledged: its kind of write was not exercised");
            }
        }
        Map<String, Integer> stored = new LinkedHashMap<>();
        for (String line : psql("select body, count(*) from comment where body like 'Crash test comment %' group by body")) {
            String[] parts = line.split("\\|");
            stored.put(parts[0], Integer.parseInt(parts[1]));
        }
        ackedComments.values().stream().filter(body -> !stored.containsKey(body))
                .forEach(body -> problems.add("acknowledged comment missing: " + body));
        stored.forEach((body, count) -> {
            if (count > 1) {
                problems.add("comment stored " + count + " times: " + body);
            }
        });
        int verifiedLikes = 0;
        for (Map.Entry<String, LikeState> entry : likes.entrySet()) {
            if (!entry.getValue().known()) {
                continue;
            }
            String[] pair = entry.getKey().split(":");
            boolean present = !psql("select 1 from comment_like l join app_user u on u.id = l.user_id where u.email = '"
                    + pair[0] + "@hcpress.test' and l.comment_id = " + pair[1]).isEmpty();
            if (present != entry.getValue().liked()) {
                problems.add("like of " + entry.getKey() + " acknowledged as " + entry.getValue().liked() + ", stored " + present);
            }
            verifiedLikes++;
        }
        psql("select c.id || ' ' || c.like_count || ' ' || count(l.comment_id) from comment c left join comment_like l "
                + "on l.comment_id = c.id group by c.id having c.like_count <> count(l.comment_id)")
                .forEach(line -> problems.add("like count differs from the likes (id, count, likes): " + line));
        psql("select c.id || ' ' || c.reply_count from comment c where c.reply_count <> (select count(*) from comment r "
                + "where r.parent_id = c.id)").forEach(line -> problems.add("reply count off: " + line));
        Map<String, Integer> storedConsents = new LinkedHashMap<>();
        for (String choice : List.of("AGREED", "WITHDRAWN")) {
            int[] counts = consents.getOrDefault(choice, new int[2]);
            int rows = Integer.parseInt(psql("select count(*) from consent_event e join app_user u on u.id = e.user_id "
                    + "where u.email = '" + CONSENTER + "' and e.choice = '" + choice + "'").get(0));
            storedConsents.put(choice, rows);
            if (rows < counts[0] || rows > counts[1]) {
                problems.add(choice + ": " + rows + " consent events stored, " + counts[0] + " acknowledged, " + counts[1] + " tried");
            }
        }
        int decided = 0;
        int undecidedShown = 0;
        int statusPagesChecked = 0;
        String reviewer = psql("select id from app_user where email = 'reviewer@hcpress.test'").get(0);
        for (long submission : submissions) {
            String[] state = psql("select s.status || '|' || coalesce(s.decided_by::text, '') || '|' "
                    + "|| (s.decided_at is not null) || '|' || coalesce(s.rejection_reason, '') || '|' || u.email || '|' "
                    + "|| (select count(*) from verification_submission o where o.user_id = s.user_id and o.id > s.id) "
                    + "from verification_submission s join app_user u on u.id = s.user_id where s.id = " + submission)
                    .get(0).split("\\|", -1);
            String status = state[0];
            List<String> audits = psql("select action || '|' || coalesce(before, '') || '|' || coalesce(after, '') || '|' "
                    + "|| coalesce(actor_id::text, '') from audit_log where subject = 'submission:" + submission
                    + "' and action like 'verification.%' and action <> 'verification.submitted'");
            String acked = ackedDecisions.get(submission);
            if (acked != null && !acked.equals(status)) {
                problems.add("submission " + submission + " acknowledged " + acked + ", stored " + status);
            }
            boolean decidedNow = !status.equals("SUBMITTED");
            String expectedAudit = "verification." + status.toLowerCase() + "|SUBMITTED|" + status + "|" + reviewer;
            if (decidedNow ? audits.size() != 1 || !audits.get(0).equals(expectedAudit) : !audits.isEmpty()) {
                problems.add("submission " + submission + " half-applied: status " + status + " with audit entries " + audits);
            }
            boolean columnsAgree = decidedNow
                    ? state[1].equals(reviewer) && state[2].equals("true")
                    && (status.equals("REJECTED") == !state[3].isEmpty())
                    : state[1].isEmpty() && state[2].equals("false") && state[3].isEmpty();
            if (!columnsAgree || (decidedNow && !status.equals(approves(submission) ? "APPROVED" : "REJECTED"))) {
                problems.add("submission " + submission + " stored inconsistently: " + String.join("|", state));
            }
            if (!state[5].equals("0")) {
                problems.add("submission " + submission + " has later submissions of the same applicant");
            }
            // What the gate decides by, seen as the applicant: every decided one, and some still waiting.
            if (decidedNow || undecidedShown < 10) {
                undecidedShown += decidedNow ? 0 : 1;
                statusPagesChecked++;
                String seen = statusSeenBy(state[4]);
                String expected = switch (status) {
                    case "APPROVED" -> "approved";
                    case "REJECTED" -> "rejected";
                    default -> "pending";
                };
                if (!expected.equals(seen)) {
                    problems.add("submission " + submission + " is " + status + " but its applicant is shown " + seen);
                }
            }
            decided += decidedNow ? 1 : 0;
        }
        System.out.printf("verified: %d acknowledged comments of %d tried (%d stored, none twice: %s), %d like states, "
                        + "consents agreed %s / withdrawn %s (acknowledged/sent; stored %s), %d of %d submissions decided "
                        + "(%d acknowledged: %d by the request answered, %d by an earlier one whose answer was lost), "
                        + "each with one audit entry; %d applicants' status pages checked%n",
                ackedComments.size(), triedComments.size(), stored.size(), stored.values().stream().allMatch(c -> c == 1),
                verifiedLikes, toString(consents.get("AGREED")), toString(consents.get("WITHDRAWN")), storedConsents,
                decided, submissions.size(), ackedDecisions.size(), decidedByThisRequest.get(), decidedEarlier.get(),
                statusPagesChecked);
        problems.forEach(problem -> System.out.println("PROBLEM " + problem));
        System.out.println(problems.isEmpty() ? "RESULT consistent" : "RESULT " + problems.size() + " problems");
        return problems.isEmpty();
    }

    /** What the application shows the applicant on the status page, which the gate decides by. */
    String statusSeenBy(String email) {
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                HttpResponse<String> page = signIn(email, APPLICANT_PASSWORD).get("/verification/status");
                Matcher card = STATUS_CARD.matcher(page.body());
                return card.find() ? card.group(1) : "nothing (status " + page.statusCode() + ")";
            } catch (Down | SetUpFailed e) {
                pause(1000);
            }
        }
        return "unknown (could not sign in)";
    }

    void writeAcknowledged() throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(work.resolve("acknowledged.txt")))) {
            ackedComments.forEach((key, body) -> out.println("comment " + key));
            likes.forEach((pair, state) -> out.println("like " + pair + " " + state));
            consents.forEach((choice, counts) -> out.println("consent " + choice + " " + toString(counts)));
            ackedDecisions.forEach((id, decision) -> out.println("decision " + id + " " + decision));
        }
    }

    List<String> psql(String sql) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("psql", "-h", "127.0.0.1", "-p", String.valueOf(pgPort), "-U", "postgres",
                "-d", "postgres", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql).redirectErrorStream(true);
        // The embedded database asks for the password HCPress generated beside its files.
        Path password = work.resolve("data").resolve("postgres.password");
        if (Files.exists(password)) {
            builder.environment().put("PGPASSWORD", Files.readString(password).trim());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + sql + "\n" + output);
        }
        return output.lines().filter(line -> !line.isBlank() && !line.startsWith("INSERT")).toList();
    }

    static String toString(int[] counts) {
        return counts == null ? "-" : counts[0] + "/" + counts[1];
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
