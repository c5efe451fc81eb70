package uk.policygen.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import uk.policygen.pdf.PdfWriter;
import uk.policygen.profile.Problem;
import uk.policygen.profile.Problems;
import uk.policygen.profile.ProfileLoader;
import uk.policygen.profile.School;
import uk.policygen.profile.SignOff;
import uk.policygen.render.AupForm;
import uk.policygen.render.DocumentAssembler;
import uk.policygen.render.FormPage;
import uk.policygen.render.PolicyBody;
import uk.policygen.render.PolicyPage;
import uk.policygen.render.Publication;
import uk.policygen.render.TemplateEngine;

/**
 * The pipeline, top to bottom, for each school: load → validate → derive → render → write.
 * Everything for a school is rendered in memory first; only a school with no error is written.
 */
public final class PackBuilder {
    private final ProfileLoader loader;
    private final TemplateEngine templates;
    private final DocumentAssembler assembler;
    private final PolicyPage page;
    private final FormPage formPage;
    private final Path outDir;

    /** What happened to one school. */
    public record Outcome(String id, List<Problem> problems, List<String> written) {
        public boolean ok() {
            return problems.stream().noneMatch(Problem::isError);
        }
    }

    public PackBuilder(Path schoolsDir, Path templatesDir, Path outDir, LocalDate today) {
        this.loader = new ProfileLoader(schoolsDir, today);
        this.templates = new TemplateEngine(templatesDir);
        this.assembler = new DocumentAssembler(templates);
        this.page = new PolicyPage(templates);
        this.formPage = new FormPage(templates);
        this.outDir = outDir;
    }

    public ProfileLoader loader() {
        return loader;
    }

    public Outcome build(Path profile) {
        ProfileLoader.Result loaded = loader.load(profile);
        List<Problem> problems = new ArrayList<>(loaded.problems());
        if (!loaded.ok()) {
            return new Outcome(loaded.id(), problems, List.of());
        }
        School school = loaded.school();
        Problems later = new Problems();
        Map<String, byte[]> files;
        try {
            files = render(school, later);
        } catch (TemplateEngine.TemplateProblem e) {
            later.error(school.at(""), "", "a template failed: " + e.getMessage());
            files = Map.of();
        } catch (PdfWriter.RenderWarning e) {
            later.error(school.at(""), "", "the PDF renderer warned (text may be lost): " + e.getMessage());
            files = Map.of();
        }
        problems.addAll(later.all());
        if (later.hasErrors()) {
            return new Outcome(school.id(), problems, List.of());
        }
        try {
            OutputFolder.write(outDir.resolve(school.id()), files);
        } catch (IOException e) {
            problems.add(Problem.error(school.at(""), "", "cannot write " + outDir.resolve(school.id()) + ": " + e.getMessage()));
            return new Outcome(school.id(), problems, List.of());
        }
        return new Outcome(school.id(), problems, List.copyOf(files.keySet()));
    }

    /**
     * A class pack: one printed form per learner, name and class on it, in
     * {@code output/<id>/private/} (children's names: never linked, never to be published).
     * Without {@code chosen}, each learner's form follows the year group at the start of their class.
     */
    public Outcome classPack(Path profile, Path csv, java.util.Optional<AupForm> chosen) {
        ProfileLoader.Result loaded = loader.load(profile);
        List<Problem> problems = new ArrayList<>(loaded.problems());
        if (!loaded.ok()) return new Outcome(loaded.id(), problems, List.of());
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
            return new Outcome(school.id(), problems, List.of());
        }
        String base = csv.getFileName().toString().replaceFirst("\\.[^.]*$", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            Map<String, Object> model = PolicyPage.model(school);
            LocalDate stamp = school.profile().review().lastReviewed().date();
            for (Map.Entry<AupForm, List<FormPage.Copy>> e : byForm.entrySet()) {
                Document html = formPage.render(school, e.getKey(), e.getValue(), model);
                files.put("private/class-pack-" + base + "-" + e.getKey().id() + ".pdf", PdfWriter.write(html, List.of(), stamp));
            }
            files.put("private/DO-NOT-PUBLISH.txt", ("This folder holds children's names (class packs of Acceptable Use Policy forms).\n"
                    + "Print them; never upload this folder to the school website.\n").getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                OutputFolder.writeAtomically(outDir.resolve(school.id()).resolve(f.getKey()), f.getValue());
            }
        } catch (TemplateEngine.TemplateProblem | PdfWriter.RenderWarning e) {
            problems.add(Problem.error(school.at(""), "", "a form failed: " + e.getMessage()));
            return new Outcome(school.id(), problems, List.of());
        } catch (IOException e) {
            problems.add(Problem.error(school.at(""), "", "cannot write the class pack: " + e.getMessage()));
            return new Outcome(school.id(), problems, List.of());
        }
        return new Outcome(school.id(), problems, List.copyOf(files.keySet()));
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

    /** Every file of the school's pack, by path relative to {@code output/<id>/}. */
    Map<String, byte[]> render(School school, Problems problems) throws TemplateEngine.TemplateProblem, PdfWriter.RenderWarning {
        Map<String, Object> model = PolicyPage.model(school);
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Map<String, Object>> listed = new ArrayList<>();
        LocalDate stamp = school.profile().signOff().flatMap(SignOff::approvedOn)
                .orElse(school.profile().review().lastReviewed()).date();
        for (Publication pub : Publication.of(school.profile())) {
            PolicyBody body = assembler.assemble(school, pub, model, problems);
            if (problems.hasErrors()) return Map.of();
            Document html = page.render(school, pub, body, model);
            files.put(pub.slug() + ".html", html.outerHtml().getBytes(StandardCharsets.UTF_8));
            files.put(pub.slug() + ".pdf", PdfWriter.write(html, body.contents(), stamp));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", pub.title());
            entry.put("html", pub.slug() + ".html");
            entry.put("pdf", pub.slug() + ".pdf");
            listed.add(entry);
        }
        List<Map<String, Object>> forms = new ArrayList<>();
        for (AupForm form : AupForm.forSchool(school.profile())) {
            Document html = formPage.render(school, form, List.of(FormPage.Copy.BLANK), model);
            String base = "aup/" + form.id();
            files.put(base + ".html", html.outerHtml().getBytes(StandardCharsets.UTF_8));
            files.put(base + ".pdf", PdfWriter.write(html, List.of(), stamp));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", FormPage.view(form, school).title());
            entry.put("html", base + ".html");
            entry.put("pdf", base + ".pdf");
            forms.add(entry);
        }
        Map<String, Object> indexModel = new LinkedHashMap<>(model);
        indexModel.put("documents", listed);
        indexModel.put("forms", forms);
        indexModel.put("ratified", school.profile().signOff().flatMap(SignOff::approvedOn).isPresent());
        indexModel.put("draftNotice", PolicyPage.draftNotice(school.profile()));
        String index = templates.render(templates.chainFor(school), "_layout/index.ftlh", indexModel);
        Document doc = Jsoup.parse(index);
        doc.outputSettings().prettyPrint(false);
        files.put("index.html", doc.outerHtml().getBytes(StandardCharsets.UTF_8));
        return files;
    }
}
