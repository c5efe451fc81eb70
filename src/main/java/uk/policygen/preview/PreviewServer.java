package uk.policygen.preview;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import uk.policygen.profile.PolicyDate;
import uk.policygen.profile.Problem;
import uk.policygen.profile.ProfileLoader;
import uk.policygen.profile.SignOff;
import uk.policygen.publish.PackBuilder;

/**
 * A local preview, like {@code hugo server}: builds every school into a private folder, serves it
 * on 127.0.0.1 only, and rebuilds a school when its profile, its own folder, a shared layer or a
 * template changes. Served pages (never the files written) get a panel of the school's problems,
 * each at its file:line, and a small script that reloads the page after a rebuild.
 */
public final class PreviewServer implements Closeable {
    static final String LIVE_PATH = "/_policygen/";
    private static final Pattern CSP = Pattern.compile("(?is)<meta\\s+http-equiv=\"?content-security-policy\"?[^>]*>");

    private final Path schools;
    private final Path templates;
    private final LocalDate today;
    private final Path site;
    private final Consumer<String> log;
    private final AtomicLong generation = new AtomicLong();
    private final Map<String, SchoolState> states = new ConcurrentHashMap<>();
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> daemon(r, "policygen-preview-build"));
    private final ExecutorService serving = Executors.newFixedThreadPool(4, r -> daemon(r, "policygen-preview-http"));
    private HttpServer http;
    private WatchService watcher;
    private Thread watching;

    /** What the preview knows about one school after its last build. */
    record SchoolState(String id, String name, Optional<String> ratifiedOn, boolean built, List<Problem> problems) {
        boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /**
     * @param site where the preview's files are written: a folder of its own, never the real output,
     *             so a preview cannot add to a ratified record
     */
    public PreviewServer(Path schools, Path templates, LocalDate today, Path site, Consumer<String> log) {
        this.schools = schools;
        this.templates = templates;
        this.today = today;
        this.site = site;
        this.log = log;
    }

    /** Builds everything, starts watching and serving; port 0 picks a free port. Returns the address. */
    public URI start(int port) throws IOException {
        watcher = FileSystems.getDefault().newWatchService();
        registerTree(schools);
        registerTree(templates);
        watching = daemon(this::watch, "policygen-preview-watch");
        watching.start();
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        http.createContext("/", this::handle);
        http.setExecutor(serving);
        http.start();
        // Serve at once (the home page says it is building), then build everything.
        builder.submit(() -> rebuild(null));
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
    }

    public InetSocketAddress address() {
        return http.getAddress();
    }

    /** How many rebuilds have finished; the pages reload when it changes. */
    public long generation() {
        return generation.get();
    }

    @Override
    public void close() throws IOException {
        if (http != null) http.stop(0);
        if (watcher != null) watcher.close();
        builder.shutdownNow();
        serving.shutdownNow();
    }

    // ---- building

    /**
     * Copies the ratified records of the real output folder into the preview's folder, so that a
     * preview compares with what governors ratified (changes report, refusal of an unratified change)
     * while it can never add to or alter those records.
     */
    public void copyArchives(Path output) throws IOException {
        if (!Files.isDirectory(output)) return;
        try (var schoolsOut = Files.list(output)) {
            for (Path school : schoolsOut.toList()) {
                Path archive = school.resolve("archive");
                if (!Files.isDirectory(archive)) continue;
                Path to = site.resolve(school.getFileName().toString()).resolve("archive");
                try (var walk = Files.walk(archive)) {
                    for (Path p : walk.toList()) {
                        Path target = to.resolve(archive.relativize(p).toString());
                        if (Files.isDirectory(p)) Files.createDirectories(target);
                        else if (Files.isRegularFile(p)) Files.copy(p, target);
                    }
                }
            }
        }
    }

    /** Rebuilds one school, or every school when {@code id} is null. */
    synchronized void rebuild(String id) {
        try {
            rebuildNow(id);
        } catch (RuntimeException e) {
            // A fault in one build must not stop the preview: say so and keep serving.
            log.accept("internal error while building " + (id == null ? "the schools" : id) + ": " + e);
        }
    }

    private void rebuildNow(String id) {
        long started = System.nanoTime();
        PackBuilder pack = new PackBuilder(schools, templates, site, today);
        ProfileLoader loader = pack.loader();
        List<Path> profiles;
        try {
            profiles = id == null ? loader.allProfiles() : List.of(loader.profileOf(id));
        } catch (IOException e) {
            log.accept("cannot read " + schools + ": " + e.getMessage());
            return;
        }
        if (id == null) states.clear();
        for (Path profile : profiles) {
            String schoolId = profile.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            if (!Files.isRegularFile(profile)) {
                states.remove(schoolId);
                continue;
            }
            PackBuilder.Outcome o = pack.build(profile);
            ProfileLoader.Result r = loader.load(profile);
            String name = r.ok() ? r.school().profile().school().name() : schoolId;
            Optional<String> ratified = r.ok() ? r.school().profile().signOff().flatMap(SignOff::approvedOn).map(PolicyDate::display) : Optional.empty();
            states.put(schoolId, new SchoolState(schoolId, name, ratified, o.ok(), o.problems()));
            // The terminal shows what the page shows, in check's words.
            for (Problem p : o.problems()) {
                log.accept(p.at() + ": " + (p.isError() ? "error: " : "warning: ") + (p.field().isEmpty() ? "" : p.field() + ": ") + p.message());
            }
        }
        generation.incrementAndGet();
        long ms = (System.nanoTime() - started) / 1_000_000;
        log.accept("built " + (id == null ? profiles.size() + " schools" : id) + " in " + ms + " ms"
                + states.values().stream().filter(SchoolState::hasErrors).map(s -> "; " + s.id() + " has errors").reduce("", String::concat));
    }

    // ---- watching

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                Set<String> affected = new TreeSet<>();
                collect(key, affected);
                // Editors write a file in several steps: wait for the burst to end, then build once.
                WatchKey more;
                while ((more = watcher.poll(250, TimeUnit.MILLISECONDS)) != null) collect(more, affected);
                if (affected.isEmpty()) continue;
                String only = affected.contains("*") || affected.size() > 1 ? null : affected.iterator().next();
                if (affected.size() > 1 && !affected.contains("*")) {
                    for (String id : affected) builder.submit(() -> rebuild(id));
                } else {
                    builder.submit(() -> rebuild(only));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        }
    }

    private void collect(WatchKey key, Set<String> affected) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                affected.add("*");
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    log.accept("cannot watch " + changed + ": " + e.getMessage());
                }
            }
            String school = schoolOf(changed);
            if (school != null) affected.add(school);
        }
        key.reset();
    }

    /** The school a changed file belongs to, "*" when it can change every school, or null when it changes none. */
    String schoolOf(Path changed) {
        Path abs = changed.toAbsolutePath().normalize();
        Path s = schools.toAbsolutePath().normalize();
        if (!abs.startsWith(s) || abs.equals(s)) return "*";
        Path rel = s.relativize(abs);
        String first = rel.getName(0).toString();
        if (first.equals(ProfileLoader.SHARED)) return "*";
        if (first.endsWith(".yml")) return rel.getNameCount() == 1 ? first.substring(0, first.length() - 4) : null;
        // Anything else is a school's own folder, or an editor's temporary file (sed's, vim's 4913), which changes nothing.
        return Files.isRegularFile(s.resolve(first + ".yml")) ? first : null;
    }

    // ---- serving

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!localHost(ex.getRequestHeaders().getFirst("Host"))) {
                // A web page elsewhere can point its own name at 127.0.0.1 (DNS rebinding) and read the preview from the
                // browser: only a request addressed to this computer by name or number is answered.
                send(ex, 403, "text/plain", "policygen's preview answers only http://127.0.0.1:PORT/ or http://localhost:PORT/"
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                send(ex, 405, "text/plain", "only GET".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = ex.getRequestURI().getPath();
            if (path.equals(LIVE_PATH + "generation")) {
                ex.getResponseHeaders().add("Cache-Control", "no-store");
                send(ex, 200, "text/plain", Long.toString(generation.get()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(LIVE_PATH + "live.js")) {
                send(ex, 200, "text/javascript", Page.LIVE_JS.getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals("/") || path.equals("/index.html")) {
                send(ex, 200, "text/html; charset=utf-8", Page.home(sorted(), generation.get()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = site.resolve(path.substring(1)).normalize();
            if (!file.startsWith(site) || path.contains("..") || path.contains("/private/") || path.contains("\\")) {
                send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) file = file.resolve("index.html");
            String id = site.relativize(file).getName(0).toString();
            SchoolState state = states.get(id);
            if (!Files.isRegularFile(file)) {
                if (state != null) {
                    send(ex, 404, "text/html; charset=utf-8", Page.missing(state, generation.get()).getBytes(StandardCharsets.UTF_8));
                } else {
                    send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                }
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            String type = typeOf(file);
            if (type.startsWith("text/html")) {
                // Only the served copy gets the panel and the script; the file written stays as it is.
                String html = new String(bytes, StandardCharsets.UTF_8);
                html = CSP.matcher(html).replaceAll("");
                bytes = Page.inject(html, state, generation.get()).getBytes(StandardCharsets.UTF_8);
            }
            ex.getResponseHeaders().add("Cache-Control", "no-store");
            send(ex, 200, type, bytes);
        }
    }

    /** A Host header naming this computer: localhost, 127.0.0.1 or [::1], with or without a port. */
    static boolean localHost(String host) {
        if (host == null) return false;
        String h = host.strip().toLowerCase(java.util.Locale.ROOT);
        String name;
        String port;
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            if (end < 0) return false;
            name = h.substring(0, end + 1);
            port = h.substring(end + 1);
        } else {
            int colon = h.indexOf(':');
            name = colon < 0 ? h : h.substring(0, colon);
            port = colon < 0 ? "" : h.substring(colon);
        }
        return LOCAL_NAMES.contains(name) && port.matches("(:\\d{1,5})?");
    }

    private static final Set<String> LOCAL_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private List<SchoolState> sorted() {
        List<SchoolState> list = new ArrayList<>(states.values());
        list.sort(Comparator.comparing(SchoolState::id));
        return list;
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static final Map<String, String> TYPES = new TreeMap<>(Map.of(
            "html", "text/html; charset=utf-8", "pdf", "application/pdf", "css", "text/css", "png", "image/png",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "svg", "image/svg+xml", "json", "application/json", "ics", "text/calendar"));

    private static String typeOf(Path file) {
        String n = file.getFileName().toString();
        String ext = n.contains(".") ? n.substring(n.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT) : "";
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
