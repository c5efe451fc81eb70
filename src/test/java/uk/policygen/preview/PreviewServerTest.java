package uk.policygen.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.policygen.profile.Fixture;
import uk.policygen.profile.Problem;
import uk.policygen.profile.yaml.Location;

/** The preview through HTTP, as a browser sees it: pages, problems at their lines, and a rebuild after an edit. */
class PreviewServerTest {
    static final Duration PATIENCE = Duration.ofSeconds(120); // a shared two-core machine can be slow to rebuild

    @TempDir
    Path temp;
    Fixture fx;
    PreviewServer server;
    URI base;
    final List<String> log = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        fx = new Fixture(temp);
        fx.write("good", Fixture.VALID);
        Files.createDirectories(temp.resolve("site"));
        server = new PreviewServer(fx.schools(), Fixture.PROJECT.resolve("templates"), Fixture.TODAY, temp.resolve("site"), log::add);
        base = server.start(0);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    String await(String path, Predicate<String> ready) throws IOException, InterruptedException {
        long until = System.nanoTime() + PATIENCE.toNanos();
        String body = "";
        while (System.nanoTime() < until) {
            HttpResponse<String> r = get(path);
            body = r.body();
            if (r.statusCode() == 200 && ready.test(body)) return body;
            Thread.sleep(200);
        }
        throw new AssertionError("timed out waiting for " + path + "; last saw: " + body + "; log: " + log);
    }

    @Test
    void servesEverySchoolOnTheLoopbackOnlyAndReloadsAfterAnEdit() throws Exception {
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(base.getHost()).isEqualTo("127.0.0.1");
        String home = await("/", b -> b.contains("Test Primary School"));
        assertThat(home).contains("href=\"/good/index.html\"").contains("<strong>draft</strong>");

        String index = await("/good/index.html", b -> true);
        assertThat(index).contains("id=\"policygen-preview\"").contains("/_policygen/live.js");
        // Only the served copy is changed: the file written is the real page.
        assertThat(Files.readString(temp.resolve("site/good/index.html"))).doesNotContain("policygen-preview").doesNotContain("live.js");
        assertThat(get("/_policygen/live.js").body()).contains("location.reload()");
        long before = Long.parseLong(get("/_policygen/generation").body());

        Files.writeString(fx.schools().resolve("good.yml"), Fixture.VALID.replace("Test Primary School", "Oakfield Renamed School"));
        String changed = await("/good/mobile-and-smart-technology-policy.html", b -> b.contains("Oakfield Renamed School"));
        assertThat(changed).contains("/_policygen/live.js");
        // The page's script reloads when the rebuild counter moves on, which it does once the school's state is recorded.
        await("/_policygen/generation", g -> Long.parseLong(g) > before);

        Files.writeString(fx.schools().resolve("good.yml"), Fixture.VALID.replace("type: primary", "type: primry"));
        String broken = await("/good/index.html", b -> b.contains("error: school.type"));
        assertThat(broken).contains("good.yml:5:9</code>").contains("not built: it has errors")
                .contains("the pages below are from its last good build");
    }

    @Test
    void nothingOutsideThePreviewIsServed() throws Exception {
        await("/", b -> b.contains("Test Primary School"));
        assertThat(get("/../good.yml").statusCode()).isEqualTo(404);
        assertThat(get("/good/../../schools/good.yml").statusCode()).isEqualTo(404);
        assertThat(get("/nowhere/index.html").statusCode()).isEqualTo(404);
        assertThat(http.send(HttpRequest.newBuilder(base.resolve("/")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
    }

    /** One request as a browser sends it, with the Host header it would give: the status line of the answer. */
    String statusFor(String host) throws IOException {
        try (java.net.Socket socket = new java.net.Socket(server.address().getAddress(), server.address().getPort())) {
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII)).readLine();
        }
    }

    /** A page on another site that points its own name at 127.0.0.1 (DNS rebinding) gets nothing from the preview. */
    @Test
    void onlyRequestsAddressedToThisComputerAreAnswered() throws Exception {
        int port = server.address().getPort();
        for (String other : List.of("evil.example:" + port, "evil.example", "127.0.0.1.evil.example:" + port, "localhost.evil.example", "")) {
            assertThat(statusFor(other)).as(other).startsWith("HTTP/1.1 403");
        }
        for (String local : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port)) {
            assertThat(statusFor(local)).as(local).startsWith("HTTP/1.1 200");
        }
        assertThat(PreviewServer.localHost(null)).isFalse();
        assertThat(PreviewServer.localHost("localhost:80:80")).isFalse();
    }

    @Test
    void problemsAreEscapedOnThePage() {
        PreviewServer.SchoolState s = new PreviewServer.SchoolState("x", "<b>X</b>", Optional.empty(), false,
                List.of(Problem.error(new Location("schools/x.yml", 3, 9), "school.name", "\"<script>alert(1)</script>\" is odd")));
        String page = Page.panel(s) + Page.home(List.of(s), 1);
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>X</b>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("schools/x.yml:3:9");
    }

    @Test
    void aChangedFileRebuildsOnlyItsSchool() {
        assertThat(server.schoolOf(fx.schools().resolve("good.yml"))).isEqualTo("good");
        assertThat(server.schoolOf(fx.schools().resolve("good/local.md"))).isEqualTo("good");
        assertThat(server.schoolOf(fx.schools().resolve("sedX1b2c3"))).as("an editor's temporary file").isNull();
        assertThat(server.schoolOf(fx.schools().resolve("4913"))).isNull();
        assertThat(server.schoolOf(fx.schools().resolve("shared/kent.yml"))).isEqualTo("*");
        assertThat(server.schoolOf(Fixture.PROJECT.resolve("templates/model/x.ftl"))).isEqualTo("*");
    }
}
