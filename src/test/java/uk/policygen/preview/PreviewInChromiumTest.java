package uk.policygen.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.policygen.profile.Fixture;

/**
 * The preview in a real browser, where one is installed (Debian's chromium): the page loads, and
 * after the profile is edited the open page reloads by itself and shows the change. Skipped
 * without Chromium; the HTTP test covers the rest.
 */
class PreviewInChromiumTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void anOpenPageShowsAnEditWithoutBeingTouched() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium here");
        Fixture fx = new Fixture(temp);
        fx.write("good", Fixture.VALID);
        Files.createDirectories(temp.resolve("site"));
        try (PreviewServer server = new PreviewServer(fx.schools(), Fixture.PROJECT.resolve("templates"), Fixture.TODAY, temp.resolve("site"), s -> { })) {
            URI base = server.start(0);
            HttpClient http = HttpClient.newHttpClient();
            long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (server.generation() == 0 && System.nanoTime() < until) Thread.sleep(200);
            assertThat(server.generation()).isPositive();

            Path port = temp.resolve("chrome/DevToolsActivePort");
            ProcessBuilder launch = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                    "--no-first-run", "--user-data-dir=" + temp.resolve("chrome"), "--remote-debugging-port=0",
                    base.resolve("/good/mobile-and-smart-technology-policy.html").toString()))
                    .redirectErrorStream(true).redirectOutput(temp.resolve("chrome.log").toFile());
            // Chromium keeps its sockets in TMPDIR: keep them inside this test's folder, which is removed after.
            Files.createDirectories(temp.resolve("tmp"));
            launch.environment().put("TMPDIR", temp.resolve("tmp").toString());
            Process chrome = launch.start();
            try {
                while (!Files.exists(port) && System.nanoTime() < until) Thread.sleep(200);
                assumeTrue(Files.exists(port), "Chromium did not start");
                int devtools = Integer.parseInt(Files.readAllLines(port).get(0).strip());
                String pageSocket = null;
                while (pageSocket == null && System.nanoTime() < until) {
                    JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + devtools + "/json/list")).build(),
                            HttpResponse.BodyHandlers.ofString()).body());
                    for (JsonNode t : targets) {
                        if (t.path("type").asText().equals("page") && t.path("url").asText().contains("/good/")) {
                            pageSocket = t.path("webSocketDebuggerUrl").asText();
                        }
                    }
                    if (pageSocket == null) Thread.sleep(200);
                }
                assertThat(pageSocket).isNotNull();
                Devtools page = new Devtools(http, URI.create(pageSocket));
                String text = "";
                while (!text.contains("Test Primary School") && System.nanoTime() < until) {
                    text = page.evaluate("document.body ? document.body.innerText : ''");
                    Thread.sleep(200);
                }
                assertThat(text).contains("Test Primary School").contains("Preview of good");

                Files.writeString(fx.schools().resolve("good.yml"), Fixture.VALID.replace("Test Primary School", "Oakfield Renamed School"));
                // The page is not asked to reload: its own script notices the rebuild. A reload drops the
                // DevTools session's page context, so each look is a fresh evaluation.
                while (!text.contains("Oakfield Renamed School") && System.nanoTime() < until) {
                    Thread.sleep(300);
                    try {
                        text = page.evaluate("document.body ? document.body.innerText : ''");
                    } catch (IOException reloading) {
                        // the page was between documents
                    }
                }
                assertThat(text).contains("Oakfield Renamed School").doesNotContain("Test Primary School");
                page.close();
            } finally {
                chrome.destroy();
                if (!chrome.waitFor(10, TimeUnit.SECONDS)) chrome.destroyForcibly();
            }
        }
    }

    /** Just enough of the Chrome DevTools Protocol to evaluate an expression in a page. */
    static final class Devtools implements WebSocket.Listener {
        private final WebSocket socket;
        private final AtomicInteger ids = new AtomicInteger();
        private final StringBuilder partial = new StringBuilder();
        private volatile CompletableFuture<JsonNode> pending;
        private volatile int pendingId;

        Devtools(HttpClient http, URI uri) {
            socket = http.newWebSocketBuilder().buildAsync(uri, this).join();
        }

        String evaluate(String expression) throws IOException {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            pendingId = id;
            pending = answer;
            var msg = JSON.createObjectNode().put("id", id).put("method", "Runtime.evaluate");
            msg.putObject("params").put("expression", expression).put("returnByValue", true);
            socket.sendText(msg.toString(), true).join();
            try {
                JsonNode r = answer.get(10, TimeUnit.SECONDS);
                if (r.has("error")) throw new IOException(r.get("error").toString());
                return r.at("/result/result/value").asText("");
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException | InterruptedException e) {
                throw new IOException(e);
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode m = JSON.readTree(partial.toString());
                    if (m.path("id").asInt(-1) == pendingId && pending != null) pending.complete(m);
                } catch (IOException e) {
                    // not a reply we wait for
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }
}
