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
        List<Long> submissions = seedSubmissions(40);
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
            Thread.sleep(500 + random.nextInt(4000));
            long pid = app.pid();
            new ProcessBuilder("kill", "-9", String.valueOf(pid)).inheritIO().start().waitFor();
            app.waitFor();
            System.out.printf("kill %d/%d: SIGKILL to pid %d after %d requests%n", kill, kills, pid, requests.get());
            start();
        }
        survived = kill;
        Thread.sleep(3000);
        running.set(false);
        for (Thread client : clients) {
            client.join(60_000);
        }
        writeAcknowledged();
        boolean ok = verify(submissions);
        System.out.printf("%d kills survived in %d s; %d requests, %d refused connections while down; "
                        + "app start to healthy: median %d ms, max %d ms%n", survived,
                (System.nanoTime() - started) / 1_000_000_000, requests.get(), connectionFailures.get(),
                median(startMillis), Collections.max(startMillis));
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

    /** New accounts, each with a pending submission, for the reviewer to decide. */
    List<Long> seedSubmissions(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            signUp("crash-applicant-" + i + "@hcpress.test", "crash-test-password-" + i);
        }
        psql("insert into licence_photo (owner_user_id, content_type, width, height, bytes) "
                + "select id, 'image/jpeg', 1, 1, '\\xffd8ffd9'::bytea from app_user where email like 'crash-applicant-%'");
        psql("insert into verification_submission (user_id, profession, real_name, institution, department, title, "
                + "licence_number, licence_photo_id, status) select u.id, 'DOCTOR', 'Applicant', 'Test Hospital', "
                + "'Hepatology', 'Attending', 'L' || u.id, p.id, 'SUBMITTED' from app_user u "
                + "join licence_photo p on p.owner_user_id = u.id where u.email like 'crash-applicant-%'");
        return psql("select s.id from verification_submission s join app_user u on u.id = s.user_id "
                + "where u.email like 'crash-applicant-%' order by s.id").stream().map(Long::parseLong).toList();
    }

    /** Signs an account up, trying again while the application is slow or down; an existing account is fine. */
    void signUp(String email, String password) throws InterruptedException {
        while (true) {
            try {
                Browser anonymous = new Browser();
                String token = anonymous.find(CSRF_INPUT, anonymous.get("/signup").body());
                anonymous.form("/signup", Map.of("username", email, "password", password, "_csrf", token));
                return;
            } catch (Down down) {
                awaitUp();
            }
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
            } catch (Exception e) {
                System.out.println(name + " stopped: " + e);
                e.printStackTrace(System.out);
            }
        }, name);
    }

    void postComments(String poster) throws Exception {
        Browser browser = signedIn(poster);
        int n = 0;
        String pendingKey = null;
        while (running.get()) {
            String key = pendingKey != null ? pendingKey : poster + "-" + UUID.randomUUID();
            String body = "Crash test comment " + key;
            triedComments.put(key, body);
            try {
                HttpResponse<String> answer = browser.api("POST", "/api/v1/articles/" + ARTICLE + "/comments",
                        "{\"body\":\"" + body + "\"}", Map.of("Idempotency-Key", key));
                pendingKey = null;
                if (answer.statusCode() == 201 || answer.statusCode() == 200) {
                    ackedComments.put(key, body);
                } else if (answer.statusCode() == 401 || answer.statusCode() == 403) {
                    browser = signedIn(poster);
                } else if (answer.statusCode() == 429) {
                    Thread.sleep(300);
                }
            } catch (Down down) {
                pendingKey = key; // the same key again once the application is back: at most one comment
                awaitUp();
            }
            if (++n % 50 == 0) {
                Thread.sleep(10);
            }
        }
    }

    void like(String user, List<Long> comments) throws Exception {
        Browser browser = signedIn(user);
        while (running.get()) {
            long comment = comments.get(random.nextInt(comments.size()));
            boolean like = random.nextBoolean();
            String pair = user + ":" + comment;
            String path = "/api/v1/articles/" + ARTICLE + "/comments/" + comment + "/like";
            try {
                HttpResponse<String> answer = browser.api(like ? "POST" : "DELETE", path, null, Map.of());
                if (answer.statusCode() == 200) {
                    likes.put(pair, new LikeState(like, true));
                } else {
                    likes.put(pair, new LikeState(like, false));
                    if (answer.statusCode() == 401 || answer.statusCode() == 403) {
                        browser = signedIn(user);
                    }
                }
            } catch (Down down) {
                likes.put(pair, new LikeState(like, false));
                awaitUp();
            }
        }
    }

    void consents() throws Exception {
        signUp("crash-consenter@hcpress.test", "crash-test-consent");
        Browser browser = signedIn("crash-consenter@hcpress.test", "crash-test-consent");
        String document = null;
        while (document == null) {
            try {
                document = browser.find(DOCUMENT_ID, browser.get("/gate/" + ZONE).body());
            } catch (Down down) {
                awaitUp();
            }
        }
        consents.put("AGREED", new int[2]);
        consents.put("WITHDRAWN", new int[2]);
        boolean agree = true;
        while (running.get()) {
            String choice = agree ? "AGREED" : "WITHDRAWN";
            try {
                String csrf = browser.csrf();
                consents.get(choice)[1]++;
                HttpResponse<String> answer = agree
                        ? browser.form("/gate/" + ZONE + "/agreement", Map.of("documentId", document, "choice", "agree", "_csrf", csrf))
                        : browser.form("/account/consents/" + document + "/withdraw", Map.of("_csrf", csrf));
                if (answer.statusCode() == 302 && !answer.headers().firstValue("Location").orElse("").contains("/login")) {
                    consents.get(choice)[0]++;
                    agree = !agree;
                } else {
                    browser = signedIn("crash-consenter@hcpress.test", "crash-test-consent");
                }
            } catch (Down down) {
                awaitUp();
                browser = signedIn("crash-consenter@hcpress.test", "crash-test-consent");
                agree = psql("select choice from consent_event e join app_user u on u.id = e.user_id where "
                        + "u.email = 'crash-consenter@hcpress.test' order by e.id desc limit 1").stream()
                        .noneMatch("AGREED"::equals);
            }
            Thread.sleep(20);
        }
    }

    void review(List<Long> submissions) throws Exception {
        Browser browser = signedIn("reviewer");
        for (long submission : submissions) {
            boolean approve = submission % 3 != 0;
            while (running.get()) {
                try {
                    String csrf = browser.csrf();
                    HttpResponse<String> answer = approve
                            ? browser.form("/review/" + submission + "/approve", Map.of("_csrf", csrf))
                            : browser.form("/review/" + submission + "/reject",
                            Map.of("_csrf", csrf, "reason", "PHOTO_UNREADABLE", "note", ""));
                    String location = answer.headers().firstValue("Location").orElse("");
                    if (answer.statusCode() == 302 && location.endsWith("/review")) {
                        ackedDecisions.put(submission, approve ? "APPROVED" : "REJECTED");
                        break;
                    }
                    browser = signedIn("reviewer");
                } catch (Down down) {
                    awaitUp();
                    browser = signedIn("reviewer");
                }
            }
            Thread.sleep(100 + random.nextInt(400));
        }
    }

    Browser signedIn(String demoUser) throws Exception {
        return signedIn(demoUser + "@hcpress.test", PASSWORD);
    }

    Browser signedIn(String email, String password) throws Exception {
        while (true) {
            try {
                Browser browser = new Browser();
                String token = browser.find(CSRF_INPUT, browser.get("/login").body());
                HttpResponse<String> answer = browser.form("/login",
                        Map.of("username", email, "password", password, "_csrf", token));
                if (answer.statusCode() == 302 && !answer.headers().firstValue("Location").orElse("").contains("error")) {
                    return browser;
                }
                Thread.sleep(1000); // throttled or still starting
            } catch (Down down) {
                awaitUp();
            }
        }
    }

    void awaitUp() throws InterruptedException {
        HttpClient probe = HttpClient.newHttpClient();
        while (true) {
            try {
                if (probe.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException down) {
                // still down
            }
            Thread.sleep(200);
        }
    }

    /** The application could not be reached, or the connection broke: the outcome is unknown. */
    static final class Down extends Exception {
        Down(Throwable cause) {
            super(cause);
        }
    }

    final class Browser {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();

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
                return client.send(request.timeout(Duration.ofSeconds(90)).build(), HttpResponse.BodyHandlers.ofString());
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

    boolean verify(List<Long> submissions) throws Exception {
        List<String> problems = new ArrayList<>();
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
        for (String choice : List.of("AGREED", "WITHDRAWN")) {
            int[] counts = consents.get(choice);
            int rows = Integer.parseInt(psql("select count(*) from consent_event e join app_user u on u.id = e.user_id "
                    + "where u.email = 'crash-consenter@hcpress.test' and e.choice = '" + choice + "'").get(0));
            if (rows < counts[0] || rows > counts[1]) {
                problems.add(choice + ": " + rows + " consent events stored, " + counts[0] + " acknowledged, " + counts[1] + " tried");
            }
        }
        int decided = 0;
        for (long submission : submissions) {
            List<String> row = psql("select status || '|' || coalesce(decided_by::text, '') from verification_submission where id = " + submission);
            String[] state = row.get(0).split("\\|", -1);
            int audits = Integer.parseInt(psql("select count(*) from audit_log where subject = 'submission:" + submission
                    + "' and action like 'verification.%' and action <> 'verification.submitted'").get(0));
            String acked = ackedDecisions.get(submission);
            if (acked != null && !acked.equals(state[0])) {
                problems.add("submission " + submission + " acknowledged " + acked + ", stored " + state[0]);
            }
            boolean decidedNow = !state[0].equals("SUBMITTED");
            if (decidedNow != (audits == 1) || audits > 1) {
                problems.add("submission " + submission + " half-applied: status " + state[0] + " with " + audits + " audit entries");
            }
            decided += decidedNow ? 1 : 0;
        }
        System.out.printf("verified: %d acknowledged comments of %d tried (%d stored, none twice: %s), %d like states, "
                        + "consents agreed %s / withdrawn %s (acknowledged, tried), %d of %d submissions decided (%d acknowledged)%n",
                ackedComments.size(), triedComments.size(), stored.size(), stored.values().stream().allMatch(c -> c == 1),
                verifiedLikes, toString(consents.get("AGREED")), toString(consents.get("WITHDRAWN")), decided,
                submissions.size(), ackedDecisions.size());
        problems.forEach(problem -> System.out.println("PROBLEM " + problem));
        System.out.println(problems.isEmpty() ? "RESULT consistent" : "RESULT " + problems.size() + " problems");
        return problems.isEmpty();
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
        Process process = new ProcessBuilder("psql", "-h", "127.0.0.1", "-p", String.valueOf(pgPort), "-U", "postgres",
                "-d", "postgres", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql).redirectErrorStream(true).start();
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
