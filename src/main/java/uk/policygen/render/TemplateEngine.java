package uk.policygen.render;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import uk.policygen.profile.DocumentKind;
import uk.policygen.profile.Problem;
import uk.policygen.profile.ProfileLoader;
import uk.policygen.profile.yaml.Location;
import uk.policygen.profile.School;

/**
 * FreeMarker, configured once and locked down, behind the two things the build needs: the
 * ordered section templates of a document for a school, and rendering a template. Templates are
 * looked up school → group → model ({@code schools/<id>/templates}, {@code templates/groups/<group>},
 * {@code templates/model}), so a school or a trust overrides one section and keeps the rest.
 */
public final class TemplateEngine {
    public static final String MODEL = "model";
    public static final String GROUPS = "groups";
    private static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;

    /** A template may run this long (seconds) before it is stopped: a loop of a billion steps is a mistake, not a policy. */
    static final String SECONDS_PROPERTY = "policygen.template.seconds";
    private static final long DEFAULT_SECONDS = 20;
    /** The most characters one template may write; the longest model document is well under 1 MB. */
    static final int MAX_OUTPUT_CHARS = 8 * 1024 * 1024;
    private static final java.util.concurrent.ScheduledExecutorService WATCHDOG =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "policygen-template-watchdog");
                t.setDaemon(true);
                return t;
            });

    private final Path templatesDir;
    private volatile uk.policygen.record.ModelEditions editions;
    private final Map<List<Path>, Configuration> byChain = new ConcurrentHashMap<>();
    /** Templates already given their interruption checks (a check added twice only costs time). */
    private final Set<Template> checked = java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));

    public TemplateEngine(Path templatesDir) {
        this.templatesDir = templatesDir;
    }

    /**
     * Lets go of the templates read from folders under {@code dir} (a temporary copy of a school's own
     * folder, deleted after use), so an engine shared for a whole build does not keep them.
     */
    public void forgetUnder(Path dir) {
        java.util.Set<Configuration> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        byChain.entrySet().removeIf(e -> {
            boolean under = e.getKey().stream().anyMatch(p -> p.startsWith(dir));
            if (under) gone.add(e.getValue());
            return under;
        });
        if (!gone.isEmpty()) checked.removeIf(t -> gone.contains(t.getConfiguration()));
    }

    /** The lookup orders whose templates the engine holds, read so far (a build's tests check none is left from a temporary folder). */
    public Set<List<Path>> chainsHeld() {
        return Set.copyOf(byChain.keySet());
    }

    /** A section template: its id (from {@code NN-<id>.ftl}) and its name for the loader. */
    public record Section(String id, String templateName) {
    }

    /** A template went wrong: where (the template file, line and column), and what; printed without a stack trace. */
    public static final class TemplateProblem extends Exception {
        private final Location at;

        public TemplateProblem(Location at, String message) {
            super(message);
            this.at = at;
        }

        public Problem problem() {
            return Problem.error(at, "", getMessage());
        }
    }

    /**
     * A template's error in the words of the one who wrote the override, not FreeMarker's ("The following has evaluated
     * to null or missing: ==> … Tip: It's the step after the last dot…"): what the expression is, and what it should be.
     */
    static String inPlainWords(TemplateException e) {
        String blamed = e.getBlamedExpressionString();
        if (blamed != null) {
            if (e instanceof freemarker.core.InvalidReferenceException) {
                return "'" + blamed + "' is not a fact of the profile, or has no value for this school; expected a name listed in"
                        + " docs/TEMPLATES.md, or '" + blamed + "!\"\"' for a fact a school may leave out";
            }
            String message = e.getMessageWithoutStackTop();
            if (message.contains("evaluated to a sequence")) {
                return "'" + blamed + "' is a list, not text; expected ${fmt.list(" + blamed + ")} or <#list " + blamed + " as item>…</#list>";
            }
            if (message.contains("evaluated to a hash") || message.contains("evaluated to an extended_hash")) {
                return "'" + blamed + "' is a group of facts, not text; expected one of its parts, e.g. " + blamed + ".name (docs/TEMPLATES.md lists them)";
            }
        }
        String message = e.getMessageWithoutStackTop().lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("----") && !l.startsWith("Tip:") && !l.startsWith("[in template")).limit(2)
                .reduce((a, b) -> a + " " + b).orElse("template error");
        Throwable cause = e.getCause();
        return message + (cause != null && cause.getMessage() != null ? " (" + cause.getMessage() + ")" : "");
    }

    /** The editions of the model side by side (read once). */
    public uk.policygen.record.ModelEditions editions() {
        if (editions == null) editions = uk.policygen.record.ModelEditions.of(templatesDir);
        return editions;
    }

    /**
     * The folders searched for this school, most specific first: the school's own, its group's, the
     * overlay of the model edition it adopted (and the editions between), then the base model.
     */
    public List<Path> chainFor(School school) {
        List<Path> chain = new ArrayList<>();
        Path own = school.ownFolder().resolve("templates");
        if (Files.isDirectory(own)) chain.add(own);
        school.profile().group().ifPresent(g -> {
            Path group = templatesDir.resolve(GROUPS).resolve(g.id());
            if (Files.isDirectory(group)) chain.add(group);
        });
        chain.addAll(editions().overlayFolders(editions().of(school).edition()));
        chain.add(templatesDir.resolve(MODEL));
        return List.copyOf(chain);
    }

    /** The document's sections in order of their {@code NN-} prefix, each resolved through the chain. */
    public List<Section> sections(List<Path> chain, DocumentKind kind) throws TemplateProblem {
        TreeMap<String, Section> byFile = new TreeMap<>();
        for (Path dir : chain) {
            Path folder = dir.resolve(kind.folder());
            if (!Files.isDirectory(folder)) continue;
            try (var files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    String file = f.getFileName().toString();
                    // "05a-generative-ai.ftl": an edition may add a section between two of the model's.
                    if (file.matches("\\d\\d[a-z]?-[a-z0-9-]+\\.ftl")) {
                        String id = file.substring(file.indexOf('-') + 1, file.length() - 4);
                        byFile.putIfAbsent(file, new Section(id, kind.folder() + "/" + file));
                    }
                }
            } catch (IOException e) {
                throw new TemplateProblem(new Location(folder.toString(), 1, 1), "cannot be listed: " + e.getMessage());
            }
        }
        if (byFile.isEmpty() && !java.nio.file.Files.isDirectory(templatesDir.resolve(MODEL))) {
            // Run from another folder: say where the templates are looked for, not that a file is misnamed.
            throw new TemplateProblem(new Location(templatesDir.toString(), 1, 1), "no model templates here (" + templatesDir.toAbsolutePath().normalize()
                    + "/" + MODEL + " does not exist); expected policygen to be run from the project folder, which holds templates/,"
                    + " or --templates giving that folder");
        }
        if (byFile.isEmpty()) {
            throw new TemplateProblem(new Location(templatesDir.resolve(MODEL).resolve(kind.folder()).toString(), 1, 1),
                    "no section templates found; expected files named like 01-aims-and-scope.ftl");
        }
        return List.copyOf(byFile.values());
    }

    /** The section ids of every document, for checking where a school's own text may go. */
    public Map<DocumentKind, Set<String>> sectionIds(List<Path> chain) throws TemplateProblem {
        Map<DocumentKind, Set<String>> out = new java.util.EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : DocumentKind.values()) {
            Set<String> ids = new java.util.LinkedHashSet<>();
            for (Section s : sections(chain, kind)) ids.add(s.id());
            out.put(kind, ids);
        }
        return out;
    }

    /** A later edition's phone statements for every learners' form (templates/editions/<edition>/aup/). */
    public static final String LEARNER_PHONES_EDITION = "aup/_learner-phones-edition.ftl";

    /** A later edition's phone statement for the parents' and carers' form. */
    public static final String PARENT_PHONES_EDITION = "aup/_parent-phones-edition.ftl";

    private static final java.util.regex.Pattern CLAUSE = java.util.regex.Pattern.compile("<@clause\\s+id=\"([a-z0-9.-]+)\"");

    /**
     * Every clause id the school's templates define, read from the templates themselves (a clause
     * inside a condition the school does not meet is still a clause it may omit or reword).
     * Sections count as ids too ({@code mobile.learners-use}).
     */
    public Set<String> clauseIds(List<Path> chain) throws TemplateProblem {
        Set<String> ids = new java.util.TreeSet<>();
        for (DocumentKind kind : DocumentKind.values()) {
            String word = uk.policygen.profile.ProfileBinder.wordOf(kind);
            for (Section s : sections(chain, kind)) {
                String prefix = word + "." + s.id();
                ids.add(prefix);
                scanClauses(chain, s.templateName(), prefix, ids);
            }
        }
        for (AupForm form : AupForm.values()) {
            scanClauses(chain, "aup/" + form.id() + ".ftl", "aup." + form.id(), ids);
            scanClauses(chain, "aup/" + form.id() + "-edition.ftl", "aup." + form.id(), ids);
            // An edition's phone statements for every learners' form, included by the model's learners' phone macro.
            if (form.forLearners()) {
                scanClauses(chain, LEARNER_PHONES_EDITION, "aup." + form.id(), ids);
                // The learners' phone statements every learners' form prints (_macros-aup.ftl).
                scanClauses(chain, "_macros-aup.ftl", "aup." + form.id(), ids);
            }
            if (form == AupForm.PARENTS_CARERS) scanClauses(chain, PARENT_PHONES_EDITION, "aup." + form.id(), ids);
        }
        // The clauses an edition's or a layer's rewording of one clause holds (clauses/<id>.ftl).
        for (String id : overriddenClauses(chain)) {
            int dot = id.lastIndexOf('.');
            if (dot > 0) scanClauses(chain, ClauseDirective.CLAUSE_FOLDER + "/" + id + ".ftl", id.substring(0, dot), ids);
        }
        for (String macros : List.of("_macros.ftl", "_macros-social.ftl", "_macros-aup.ftl")) {
            scanClauses(chain, macros, "", ids);
        }
        return ids;
    }

    /** The clause ids that a group or the school words in a file of its own ({@code clauses/<id>.ftl}). */
    public Set<String> overriddenClauses(List<Path> chain) {
        Set<String> ids = new java.util.TreeSet<>();
        for (Path dir : chain) {
            if (dir.equals(templatesDir.resolve(MODEL))) continue;
            Path folder = dir.resolve(ClauseDirective.CLAUSE_FOLDER);
            if (!Files.isDirectory(folder)) continue;
            try (var files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".ftl")) ids.add(name.substring(0, name.length() - 4));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return ids;
    }

    private static void scanClauses(List<Path> chain, String name, String prefix, Set<String> ids) throws TemplateProblem {
        for (Path dir : chain) {
            Path f = dir.resolve(name);
            if (!Files.isRegularFile(f)) continue;
            try {
                var m = CLAUSE.matcher(Files.readString(f));
                while (m.find()) {
                    if (prefix.isEmpty() && !ClauseDirective.isAbsolute(m.group(1))) continue;
                    ids.add(ClauseDirective.fullId(prefix, m.group(1)));
                }
            } catch (IOException e) {
                throw new TemplateProblem(new Location(f.toString(), 1, 1), "cannot be read: " + e.getMessage());
            }
            return; // the first folder of the chain that has the file is the one used
        }
    }

    /**
     * Renders a template with the data model; Markdown for {@code .ftl}, HTML for {@code .ftlh}.
     * A template that runs too long, writes too much, recurses too deeply or fills memory (a school's
     * override can hold any of these) is stopped and reported at the template, not a crash.
     */
    public String render(List<Path> chain, String templateName, Map<String, Object> data) throws TemplateProblem {
        Configuration cfg = byChain.computeIfAbsent(chain, this::configure);
        long seconds = Long.getLong(SECONDS_PROPERTY, DEFAULT_SECONDS);
        Thread self = Thread.currentThread();
        java.util.concurrent.atomic.AtomicBoolean expired = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.ScheduledFuture<?> alarm = null;
        try {
            Template t = cfg.getTemplate(templateName, Locale.UK);
            withChecks(t);
            LimitedWriter out = new LimitedWriter(MAX_OUTPUT_CHARS);
            synchronized (expired) {
                alarm = WATCHDOG.schedule(() -> {
                    synchronized (expired) {
                        if (!expired.get()) {
                            expired.set(true);
                            self.interrupt();
                        }
                    }
                }, seconds, java.util.concurrent.TimeUnit.SECONDS);
            }
            t.process(data, out);
            return out.toString();
        } catch (ParseException e) {
            // The parser's first line only: the rest is a list of every token it could have taken.
            String first = String.valueOf(e.getEditorMessage()).lines().findFirst().orElse("").replaceAll(",? but was expecting.*", "").strip();
            throw new TemplateProblem(new Location(fileOf(chain, e.getTemplateName()), e.getLineNumber(), e.getColumnNumber()),
                    "template syntax: " + first + "; expected a complete ${…} or <#…> here (docs/TEMPLATES.md shows how)");
        } catch (TemplateException e) {
            Location where = e.getTemplateSourceName() == null ? new Location(fileOf(chain, templateName), 1, 1)
                    : new Location(fileOf(chain, e.getTemplateSourceName()), e.getLineNumber(), e.getColumnNumber());
            if (interrupted(e) || expired.get()) {
                throw new TemplateProblem(where, "the template ran for over " + seconds + " seconds and was stopped (a loop that never"
                        + " ends, or over too many items?); expected a template that finishes in well under a second");
            }
            if (causedBy(e, LimitedWriter.TooMuch.class)) throw tooMuch(where);
            throw new TemplateProblem(where, inPlainWords(e));
        } catch (LimitedWriter.TooMuch e) {
            throw tooMuch(new Location(fileOf(chain, templateName), 1, 1));
        } catch (SecurityException e) {
            // FreeMarker refuses a template that is a link leading out of its folder.
            throw new TemplateProblem(new Location(fileOf(chain, templateName), 1, 1), "a template is a link leading outside its"
                    + " templates folder (" + e.getMessage() + "); policygen reads only templates inside the folder: copy the file there");
        } catch (StackOverflowError e) {
            throw new TemplateProblem(new Location(fileOf(chain, templateName), 1, 1), "the template calls itself (or its macros call"
                    + " each other) without end; expected a macro that stops recursing");
        } catch (OutOfMemoryError e) {
            throw new TemplateProblem(new Location(fileOf(chain, templateName), 1, 1), "the template builds a value too large for memory"
                    + " (a string or list doubled in a loop?); expected a template that writes a document");
        } catch (RuntimeException e) {
            if (interrupted(e) || expired.get()) {
                throw new TemplateProblem(new Location(fileOf(chain, templateName), 1, 1), "the template ran for over " + seconds
                        + " seconds and was stopped (a loop that never ends, or over too many items?); expected a template that finishes in well under a second");
            }
            throw e;
        } catch (IOException e) {
            throw new TemplateProblem(new Location(fileOf(chain, templateName), 1, 1), "cannot be read: " + e.getMessage());
        } finally {
            synchronized (expired) {
                if (alarm != null) alarm.cancel(false);
                expired.set(true); // a late alarm no longer interrupts
            }
            Thread.interrupted(); // clear an interrupt the alarm delivered
        }
    }

    private static TemplateProblem tooMuch(Location where) {
        return new TemplateProblem(where, "the template writes over " + MAX_OUTPUT_CHARS / (1024 * 1024) + " million characters and was stopped;"
                + " expected a template that writes one document (a loop over too many items?)");
    }

    private static boolean interrupted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getName().contains("ThreadInterrupted") || t instanceof InterruptedException) return true;
        }
        return false;
    }

    private static boolean causedBy(Throwable e, Class<?> type) {
        for (Throwable t = e; t != null; t = t.getCause()) if (type.isInstance(t)) return true;
        return false;
    }

    /** Lets the watchdog stop a template: FreeMarker checks the thread's interrupt flag in every loop and macro. */
    private void withChecks(Template t) {
        if (checked.add(t)) freemarker.core._CoreAPI.addThreadInterruptedChecks(t);
    }

    /** A writer that stops a template writing without end. */
    static final class LimitedWriter extends java.io.Writer {
        static final class TooMuch extends IOException {
            TooMuch() {
                super("too much output");
            }
        }

        private final StringBuilder out = new StringBuilder();
        private final int max;

        LimitedWriter(int max) {
            this.max = max;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            if (out.length() + (long) len > max) throw new TooMuch();
            out.append(cbuf, off, len);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            if (out.length() + (long) len > max) throw new TooMuch();
            out.append(str, off, off + len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

    /** Whether any folder of the chain has this template. */
    public boolean exists(List<Path> chain, String name) {
        for (Path dir : chain) if (Files.isRegularFile(dir.resolve(name))) return true;
        return false;
    }

    /** The file a template name was loaded from: the first folder of the chain that has it. */
    private static String fileOf(List<Path> chain, String name) {
        String n = name == null ? "" : name.replaceFirst("^/", "");
        for (Path dir : chain) {
            Path f = dir.resolve(n);
            if (Files.isRegularFile(f)) return ProfileLoader.display(f);
        }
        return n;
    }

    private Configuration configure(List<Path> chain) {
        try {
            Configuration cfg = new Configuration(VERSION);
            List<TemplateLoader> loaders = new ArrayList<>();
            for (Path dir : chain) loaders.add(new FileTemplateLoader(dir.toFile()));
            cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
            cfg.setDefaultEncoding("UTF-8");
            cfg.setLocale(Locale.UK);
            cfg.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
            TemplateConfiguration markdown = new TemplateConfiguration();
            markdown.setOutputFormat(MarkdownOutputFormat.INSTANCE);
            TemplateConfiguration html = new TemplateConfiguration();
            html.setOutputFormat(HTMLOutputFormat.INSTANCE);
            cfg.setTemplateConfigurations(new freemarker.cache.FirstMatchTemplateConfigurationFactory(
                    new ConditionalTemplateConfigurationFactory(new FileExtensionMatcher("ftl"), markdown),
                    new ConditionalTemplateConfigurationFactory(new FileExtensionMatcher("ftlh"), html)).allowNoMatch(true));
            cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
            // Locked down: templates cannot create Java objects or reach the Java API of a value.
            cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
            cfg.setAPIBuiltinEnabled(false);
            cfg.setObjectWrapper(new PolicyObjectWrapper(VERSION));
            cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
            cfg.setLogTemplateExceptions(false);
            cfg.setWrapUncheckedExceptions(true);
            cfg.setFallbackOnNullLoopVariable(false);
            cfg.setNumberFormat("computer");
            cfg.setWhitespaceStripping(true);
            if (Files.exists(templatesDir.resolve(MODEL).resolve("_macros.ftl"))) {
                cfg.addAutoImport("m", "_macros.ftl");
            }
            // Kept, never dropped under memory pressure, so each keeps the interruption checks added below.
            cfg.setCacheStorage(new freemarker.cache.StrongCacheStorage());
            // The macro libraries are imported, not rendered directly: give them their checks now.
            for (Path dir : chain) {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        String n = f.getFileName().toString();
                        if (n.startsWith("_") && n.endsWith(".ftl") && Files.isRegularFile(f)) {
                            try {
                                withChecks(cfg.getTemplate(n, Locale.UK));
                            } catch (IOException | SecurityException e) {
                                // reported when a document uses it
                            }
                        }
                    }
                }
            }
            return cfg;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
