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
    private final Path privateDir;
    private final PrivateFolder place;

    /** Class packs go in {@code private/} beside the output folder. */
    public ClassPackPrinter(Path schoolsDir, Path templatesDir, Path outDir, LocalDate today) {
        this(schoolsDir, templatesDir, outDir, defaultPrivate(outDir), today);
    }

    /**
     * @param privateDir where class packs go ({@code <privateDir>/<id>/}): never inside {@code outDir},
     *                   the folder that is published, nor inside the schools or templates folder, which are
     *                   committed to git, because they hold children's names ({@link PrivateFolder})
     */
    public ClassPackPrinter(Path schoolsDir, Path templatesDir, Path outDir, Path privateDir, LocalDate today) {
        this.loader = new ProfileLoader(schoolsDir, today);
        this.templates = new TemplateEngine(templatesDir);
        this.formPage = new FormPage(templates);
        this.templatesDir = templatesDir;
        this.privateDir = privateDir;
        this.place = new PrivateFolder(privateDir, outDir, List.of(schoolsDir, templatesDir));
    }

    /** Refuses a private folder inside the output folder (published) or the schools or templates folder (committed to git). */
    public void checkPrivateFolder() throws OutputFolder.Refused {
        place.checkPlace();
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
        try {
            place.checkPlace();
        } catch (OutputFolder.Refused e) {
            problems.add(Problem.error(new uk.policygen.profile.yaml.Location(ProfileLoader.display(privateDir), 1, 1), "", e.getMessage()));
            return new PackBuilder.Outcome(school.id(), problems, List.of());
        }
        String base = csv.getFileName().toString().replaceFirst("\\.[^.]*$", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        List<String> names = new ArrayList<>();
        for (Map.Entry<AupForm, List<FormPage.Copy>> e : byForm.entrySet()) {
            int parts = parts(e.getValue().size());
            for (int part = 0; part < parts; part++) names.add(partName(base, e.getKey(), part, parts));
        }
        List<String> written = new ArrayList<>();
        try {
            Map<String, Object> model = PolicyPage.model(school);
            LocalDate stamp = school.profile().review().lastReviewed().date();
            String css = PackBuilder.pagedCss(templates, school);
            ownerOnly(privateDir);
            Path dir = folderFor(school.id());
            ownerOnly(dir);
            // Before any printing: a file of the user's with a pack's name is never replaced.
            List<Problem> taken = PrivateFolder.taken(dir, names);
            if (!taken.isEmpty()) {
                problems.addAll(taken);
                return new PackBuilder.Outcome(school.id(), problems, List.of());
            }
            // A note of the user's by that name stands in for policygen's.
            boolean note = PrivateFolder.mayWrite(dir, PrivateFolder.NOTE);
            // Every pack of this list is finished in a work folder first, then all are moved in: none is half-written.
            Path work = java.nio.file.Files.createTempDirectory(dir, ".class-pack-");
            try {
                List<Part> jobs = new ArrayList<>();
                for (Map.Entry<AupForm, List<FormPage.Copy>> e : byForm.entrySet()) {
                    List<FormPage.Copy> copies = e.getValue();
                    // The setting that places the first copy's slip well serves every copy (they differ only in a name).
                    String fit = PdfWriter.formFit(formPage.render(school, e.getKey(), copies.subList(0, 1), model), css, stamp);
                    int parts = parts(copies.size());
                    for (int part = 0; part < parts; part++) {
                        jobs.add(new Part(e.getKey(), copies.subList(part * LEARNERS_PER_PART, Math.min(copies.size(), (part + 1) * LEARNERS_PER_PART)),
                                work.resolve(partName(base, e.getKey(), part, parts)), fit));
                    }
                }
                Map<String, Path> done = new LinkedHashMap<>();
                printAll(jobs, school, model, css, stamp);
                for (Part j : jobs) done.put(j.target().getFileName().toString(), j.target());
                if (note) {
                    Path text = work.resolve(PrivateFolder.NOTE);
                    java.nio.file.Files.write(text, PrivateFolder.note());
                    done.put(PrivateFolder.NOTE, text);
                }
                for (Path f : done.values()) OutputFolder.setPermissions(f, "rw-------");
                // Asked again now the packs are printed: a file saved there meanwhile is not replaced either.
                taken = PrivateFolder.taken(dir, done.keySet());
                if (!taken.isEmpty()) {
                    problems.addAll(taken);
                    return new PackBuilder.Outcome(school.id(), problems, List.of());
                }
                written.addAll(PrivateFolder.place(dir, done));
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

    /** How many files a form's copies are printed in. */
    private static int parts(int copies) {
        return (copies + LEARNERS_PER_PART - 1) / LEARNERS_PER_PART;
    }

    /** "class-pack-year5-oak-learners-ks2.pdf", or "…-part-01-of-04.pdf" for one of several. */
    private static String partName(String base, AupForm form, int part, int parts) {
        return "class-pack-" + base + "-" + form.id() + (parts == 1 ? "" : String.format(java.util.Locale.ROOT, "-part-%02d-of-%02d", part + 1, parts)) + ".pdf";
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
