package uk.policygen.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;

import uk.policygen.pdf.PdfWriter;
import uk.policygen.profile.Problem;
import uk.policygen.profile.ProfileLoader;
import uk.policygen.profile.School;
import uk.policygen.render.AupForm;
import uk.policygen.render.FormPage;
import uk.policygen.render.PolicyPage;
import uk.policygen.render.TemplateEngine;

/** Prints class packs of Acceptable Use Policy forms from a class list. */
public final class ClassPackPrinter {
    private final ProfileLoader loader;
    private final TemplateEngine templates;
    private final FormPage formPage;
    private final Path templatesDir;
    private final Path outDir;
    private final Path privateDir;

    /** Class packs go in {@code private/} beside the output folder. */
    public ClassPackPrinter(Path schoolsDir, Path templatesDir, Path outDir, LocalDate today) {
        this(schoolsDir, templatesDir, outDir, defaultPrivate(outDir), today);
    }

    /**
     * @param privateDir where class packs go ({@code <privateDir>/<id>/}): never inside {@code outDir},
     *                   the folder that is published, because they hold children's names
     */
    public ClassPackPrinter(Path schoolsDir, Path templatesDir, Path outDir, Path privateDir, LocalDate today) {
        this.loader = new ProfileLoader(schoolsDir, today);
        this.templates = new TemplateEngine(templatesDir);
        this.formPage = new FormPage(templates);
        this.templatesDir = templatesDir;
        this.outDir = outDir;
        this.privateDir = privateDir;
    }

    /** {@code private} beside the output folder: {@code output} → {@code private}. */
    public static Path defaultPrivate(Path outDir) {
        Path abs = outDir.toAbsolutePath().normalize();
        return abs.getParent() == null ? abs.resolve("private") : abs.resolveSibling("private");
    }

    /** The folder a school's class packs go in. */
    public Path folderFor(String id) {
        return privateDir.resolve(id);
    }

    public ProfileLoader loader() {
        return loader;
    }

    /**
     * A class pack: one printed form per learner, name and class on it, in {@code private/<id>/}
     * beside the output folder (children's names: never linked, never published), the folder
     * readable by its owner only (0700) and each file too (0600).
     * Without {@code chosen}, each learner's form follows the year group at the start of their class.
     */
    public PackBuilder.Outcome print(Path profile, Path csv, java.util.Optional<AupForm> chosen) {
        ProfileLoader.Result loaded = loader.load(profile);
        List<Problem> problems = new ArrayList<>(loaded.problems());
        if (!loaded.ok()) return new PackBuilder.Outcome(loaded.id(), problems, List.of());
        School school = loaded.school();
        ClassList.Read list = ClassList.read(csv);
        List<Problem> errors = new ArrayList<>(list.problems());
        List<AupForm> offered = AupForm.forSchool(school.profile());
        Map<AupForm, List<FormPage.Copy>> byForm = new LinkedHashMap<>();
        for (ClassList.Learner l : list.learners()) {
            java.util.Optional<AupForm> form = chosen.isPresent() ? chosen : yearGroupOf(l.className()).flatMap(g -> AupForm.forYearGroup(school.profile(), g));
            if (form.isEmpty() || !offered.contains(form.get()) || !form.get().forLearners()) {
                errors.add(Problem.error(new uk.policygen.profile.yaml.Location(csv.toString(), l.line(), 1), "", "cannot tell which form \"" + l.className() + "\" takes; expected a class that starts with"
                        + " a year group this " + school.profile().words().setting() + " has (e.g. \"Year 5 Oak\"), or choose one with --form"));
                continue;
            }
            byForm.computeIfAbsent(form.get(), f -> new ArrayList<>()).add(new FormPage.Copy(l.name(), l.className()));
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(e -> e.at().line()));
            problems.addAll(errors);
            return new PackBuilder.Outcome(school.id(), problems, List.of());
        }
        Path realOut = OutputFolder.realOfNearest(outDir);
        Path realPrivate = OutputFolder.realOfNearest(privateDir);
        if (realPrivate.startsWith(realOut)) {
            problems.add(Problem.error(new uk.policygen.profile.yaml.Location(ProfileLoader.display(privateDir), 1, 1), "",
                    "class packs hold children's names and cannot go inside the output folder " + ProfileLoader.display(outDir)
                            + ", which is published; expected a private folder outside it (the default is private beside it)"));
            return new PackBuilder.Outcome(school.id(), problems, List.of());
        }
        String base = csv.getFileName().toString().replaceFirst("\\.[^.]*$", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        List<String> written = new ArrayList<>();
        try {
            Map<String, Object> model = PolicyPage.model(school);
            LocalDate stamp = school.profile().review().lastReviewed().date();
            String css = PackBuilder.pagedCss(templates, school);
            ownerOnly(privateDir);
            Path dir = folderFor(school.id());
            ownerOnly(dir);
            // Every pack of this list is finished in a work folder first, then all are moved in: none is half-written.
            Path work = java.nio.file.Files.createTempDirectory(dir, ".class-pack-");
            try {
                List<Part> jobs = new ArrayList<>();
                for (Map.Entry<AupForm, List<FormPage.Copy>> e : byForm.entrySet()) {
                    List<FormPage.Copy> copies = e.getValue();
                    // The setting that places the first copy's slip well serves every copy (they differ only in a name).
                    String fit = PdfWriter.formFit(formPage.render(school, e.getKey(), copies.subList(0, 1), model), css, stamp);
                    int parts = (copies.size() + LEARNERS_PER_PART - 1) / LEARNERS_PER_PART;
                    for (int part = 0; part < parts; part++) {
                        String name = "class-pack-" + base + "-" + e.getKey().id()
                                + (parts == 1 ? "" : String.format(java.util.Locale.ROOT, "-part-%02d-of-%02d", part + 1, parts)) + ".pdf";
                        jobs.add(new Part(e.getKey(), copies.subList(part * LEARNERS_PER_PART, Math.min(copies.size(), (part + 1) * LEARNERS_PER_PART)),
                                work.resolve(name), fit));
                    }
                }
                Map<String, Path> done = new LinkedHashMap<>();
                printAll(jobs, school, model, css, stamp);
                for (Part j : jobs) done.put(j.target().getFileName().toString(), j.target());
                Path note = work.resolve("DO-NOT-PUBLISH.txt");
                java.nio.file.Files.writeString(note, "This folder holds children's names (class packs of Acceptable Use Policy forms).\n"
                        + "Print them; never upload this folder to the school website.\n");
                done.put("DO-NOT-PUBLISH.txt", note);
                for (Map.Entry<String, Path> f : done.entrySet()) {
                    OutputFolder.setPermissions(f.getValue(), "rw-------");
                    Path to = dir.resolve(f.getKey());
                    if (java.nio.file.Files.isSymbolicLink(to)) throw new OutputFolder.Refused(ProfileLoader.display(to) + " is a link; policygen never writes through links");
                    java.nio.file.Files.move(f.getValue(), to, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    written.add(f.getKey());
                }
            } finally {
                try (var left = java.nio.file.Files.list(work)) {
                    for (Path p : left.toList()) java.nio.file.Files.deleteIfExists(p);
                }
                java.nio.file.Files.deleteIfExists(work);
            }
        } catch (TemplateEngine.TemplateProblem e) {
            problems.add(e.problem());
            return new PackBuilder.Outcome(school.id(), problems, List.of());
        } catch (PdfWriter.RenderWarning e) {
            problems.add(Problem.error(school.at(""), "", "the PDF cannot be printed as written: " + e.getMessage()));
            return new PackBuilder.Outcome(school.id(), problems, List.of());
        } catch (IOException e) {
            problems.add(Problem.error(school.at(""), "", "cannot write the class pack: " + e.getMessage()));
            return new PackBuilder.Outcome(school.id(), problems, List.of());
        }
        return new PackBuilder.Outcome(school.id(), problems, List.copyOf(written));
    }

    /** One file of a class pack: these learners' copies of one form, set as {@code fit} (the setting the first copy needs). */
    private record Part(AupForm form, List<FormPage.Copy> copies, Path target, String fit) {
    }

    /**
     * Prints the parts on as many threads as the machine has cores (a part is independent of the
     * others: its own document and renderer), each part written to its file as soon as it is done,
     * so memory holds only the parts being printed. The first failure stops the rest and is thrown.
     */
    private void printAll(List<Part> jobs, School school, Map<String, Object> model, String css, LocalDate stamp)
            throws IOException, TemplateEngine.TemplateProblem, PdfWriter.RenderWarning {
        int workers = Math.max(1, Math.min(jobs.size(), Math.min(MAX_WORKERS, Runtime.getRuntime().availableProcessors())));
        if (workers == 1) {
            for (Part j : jobs) print(formPage, j, school, model, css, stamp);
            return;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "policygen-class-pack");
            t.setDaemon(true);
            return t;
        });
        // Each thread its own templates and Markdown renderer, as in a parallel build: template caches are not shared between threads.
        ThreadLocal<FormPage> pages = ThreadLocal.withInitial(() -> new FormPage(new TemplateEngine(templatesDir)));
        try {
            List<java.util.concurrent.Future<Void>> pending = new ArrayList<>();
            for (Part j : jobs) {
                pending.add(pool.submit(() -> {
                    print(pages.get(), j, school, model, css, stamp);
                    return null;
                }));
            }
            for (java.util.concurrent.Future<Void> f : pending) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    pool.shutdownNow();
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) throw io;
                    if (cause instanceof TemplateEngine.TemplateProblem tp) throw tp;
                    if (cause instanceof PdfWriter.RenderWarning rw) throw rw;
                    if (cause instanceof RuntimeException re) throw re;
                    if (cause instanceof Error err) throw err;
                    throw new IllegalStateException(cause);
                } catch (InterruptedException e) {
                    pool.shutdownNow();
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("class pack printing was interrupted");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void print(FormPage page, Part j, School school, Map<String, Object> model, String css, LocalDate stamp)
            throws IOException, TemplateEngine.TemplateProblem, PdfWriter.RenderWarning {
        java.nio.file.Files.write(j.target(), PdfWriter.writeForm(page.render(school, j.form(), j.copies(), model), css, stamp, j.fit()));
    }

    /** Threads printing parts at once: each holds one part's document in memory. */
    static final int MAX_WORKERS = 2;

    /**
     * Learners per file: the renderer holds a whole document in memory (about 2 MB a learner), so a
     * long list is printed as several files of this many learners each, and memory stays flat
     * whatever the length of the list. A class fits in one file.
     */
    static final int LEARNERS_PER_PART = 50;

    /** Creates the folder readable by its owner only; an existing one is tightened, and a link is refused. */
    private static void ownerOnly(Path dir) throws IOException {
        if (java.nio.file.Files.isSymbolicLink(dir)) {
            throw new OutputFolder.Refused(ProfileLoader.display(dir) + " is a link; class packs are written only into a real private folder");
        }
        if (!java.nio.file.Files.isDirectory(dir)) {
            try {
                java.nio.file.Files.createDirectories(dir, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException e) {
                java.nio.file.Files.createDirectories(dir);
            }
        }
        OutputFolder.setPermissions(dir, "rwx------");
    }

    /** "Year 5 Oak" → Year 5; "Reception Robins" → Reception; "5O" → Year 5. */
    static java.util.Optional<uk.policygen.profile.YearGroup> yearGroupOf(String className) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)^\\s*(nursery|reception|year\\s*\\d{1,2}|y\\d{1,2}|\\d{1,2})(?!\\d)")
                .matcher(className);
        if (!m.find()) return java.util.Optional.empty();
        String g = m.group(1).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
        if (g.matches("\\d{1,2}")) g = "year " + g;
        try {
            return java.util.Optional.of(uk.policygen.profile.YearGroup.parse(g.replaceFirst("^(year|y)", "year ")));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

}
