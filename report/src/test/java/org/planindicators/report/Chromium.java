package org.planindicators.report;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol (a WebSocket from {@code java.net.http}; no WebDriver):
 * open a page, wait for its load event, evaluate JavaScript, read the console, take a screenshot.
 *
 * <p>Which browser: the system property {@code report.browser} (a path), else {@code chromium} on the {@code PATH},
 * else {@code /usr/bin/chromium}. {@code -Dreport.browser=skip} skips the tests that need it; without it, a missing
 * browser fails them (CI installs Debian's {@code chromium} package).
 */
final class Chromium implements AutoCloseable {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = Collections.synchronizedList(new ArrayList<>());
    private final String session;

    private Chromium(Process process, Path profile, WebSocket socket, Listener listener) throws Exception {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
        listener.owner = this;
        ObjectNode create = JSON.createObjectNode().put("url", "about:blank");
        String target = call(null, "Target.createTarget", create).path("targetId").asString();
        this.session = call(null, "Target.attachToTarget", JSON.createObjectNode().put("targetId", target)
                .put("flatten", true)).path("sessionId").asString();
        call("Runtime.enable", JSON.createObjectNode());
        call("Log.enable", JSON.createObjectNode());
        call("Page.enable", JSON.createObjectNode());
        call("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", 1280).put("height", 1600)
                .put("deviceScaleFactor", 1).put("mobile", false));
    }

    /** The browser to run, or a failure saying how to get one; an aborted test with {@code -Dreport.browser=skip}. */
    static Path executable() {
        String property = System.getProperty("report.browser", "").strip();
        Assumptions.assumeFalse(property.equals("skip"), "-Dreport.browser=skip: the browser test is skipped");
        if (!property.isEmpty()) {
            Path p = Path.of(property);
            if (!Files.isExecutable(p)) {
                throw new AssertionError("-Dreport.browser=" + property + " is not an executable file");
            }
            return p;
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        Path debian = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(debian)) {
            return debian;
        }
        throw new AssertionError("no Chromium found (chromium on the PATH or /usr/bin/chromium): install it "
                + "(apt-get install -y chromium), name it with -Dreport.browser=/path/to/chromium, or skip the "
                + "browser test with -Dreport.browser=skip");
    }

    /** Starts a headless browser with a new, empty profile. */
    static Chromium start() throws Exception {
        Path exe = executable();
        Path profile = Files.createTempDirectory("report-chromium-");
        Path log = profile.resolveSibling(profile.getFileName() + ".log");
        Process process = new ProcessBuilder(exe.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile, "--remote-debugging-port=0",
                "--remote-debugging-address=127.0.0.1", "about:blank")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path port = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!Files.exists(port) || Files.readAllLines(port).size() < 2) {
            if (!process.isAlive()) {
                throw new AssertionError("chromium exited with " + process.exitValue() + ": "
                        + Files.readString(log));
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new AssertionError("chromium did not open its DevTools port in " + TIMEOUT + ": "
                        + Files.readString(log));
            }
            Thread.sleep(50);
        }
        List<String> lines = Files.readAllLines(port);
        URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
        Listener listener = new Listener();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                .buildAsync(uri, listener).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        return new Chromium(process, profile, socket, listener);
    }

    /** Sends a command to the page's session and waits for its result. */
    JsonNode call(String method, ObjectNode params) throws Exception {
        return call(session, method, params);
    }

    private JsonNode call(String sessionId, String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new AssertionError(method + ": " + answer.get("error"));
        }
        return answer.path("result");
    }

    /** Opens {@code file} and waits for its load event; returns the milliseconds from navigation to the event. */
    long open(Path file) throws Exception {
        events.clear();
        long start = System.nanoTime();
        call("Page.navigate", JSON.createObjectNode().put("url", file.toUri().toString()));
        long deadline = start + TIMEOUT.toNanos();
        while (events().stream().noneMatch(e -> e.path("method").asString().equals("Page.loadEventFired"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no load event for " + file + " in " + TIMEOUT);
            }
            Thread.sleep(10);
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** Evaluates {@code expression} in the page; its value, returned by value (JSON). */
    JsonNode eval(String expression) throws Exception {
        JsonNode r = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new AssertionError("JavaScript failed: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Console errors, uncaught exceptions and log entries of level error since the page was opened. */
    List<String> errors() {
        List<String> out = new ArrayList<>();
        for (JsonNode e : events()) {
            String method = e.path("method").asString();
            JsonNode p = e.path("params");
            if (method.equals("Runtime.consoleAPICalled") && p.path("type").asString().equals("error")
                    || method.equals("Runtime.exceptionThrown")
                    || method.equals("Log.entryAdded") && p.path("entry").path("level").asString().equals("error")) {
                out.add(method + ": " + p);
            }
        }
        return out;
    }

    /** A PNG of the page: the viewport, or the whole page with {@code fullPage}. */
    byte[] screenshot(boolean fullPage) throws Exception {
        ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", fullPage);
        if (fullPage) {
            JsonNode size = eval("({w: document.documentElement.scrollWidth, h: document.documentElement"
                    + ".scrollHeight})");
            params.putObject("clip").put("x", 0).put("y", 0).put("width", size.path("w").asInt())
                    .put("height", Math.min(size.path("h").asInt(), 16_000)).put("scale", 1);
        }
        return java.util.Base64.getDecoder().decode(call("Page.captureScreenshot", params).path("data")
                .asString());
    }

    private List<JsonNode> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    private void received(String text) {
        JsonNode node = JSON.readTree(text);
        if (node.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(node.get("id").asInt());
            if (f != null) {
                f.complete(node);
            }
        } else if (node.has("method")) {
            events.add(node);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            socket.sendText(JSON.writeValueAsString(JSON.createObjectNode().put("id", ids.incrementAndGet())
                    .put("method", "Browser.close")), true);
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(profile.resolveSibling(profile.getFileName() + ".log"));
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Joins a message's frames, hands each message over. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();
        private volatile Chromium owner;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                while (owner == null) {
                    Thread.onSpinWait();
                }
                owner.received(text);
            }
            webSocket.request(1);
            return null;
        }
    }
}
