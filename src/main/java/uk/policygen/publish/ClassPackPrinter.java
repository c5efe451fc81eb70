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
    private final Path outDir;

    public ClassPackPrinter(Path schoolsDir, Path templatesDir, Path outDir, LocalDate today) {
        this.loader = new ProfileLoader(schoolsDir, today);
        this.templates = new TemplateEngine(templatesDir);
        this.formPage = new FormPage(templates);
        this.outDir = outDir;
    }

    public ProfileLoader loader() {
        return loader;
    }

    /**
     * A class pack: one printed form per learner, name and class on it, in
     * {@code output/<id>/private/} (children's names: never linked, never to be published).
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
        String base = csv.getFileName().toString().replaceFirst("\\.[^.]*$", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            Map<String, Object> model = PolicyPage.model(school);
            LocalDate stamp = school.profile().review().lastReviewed().date();
            for (Map.Entry<AupForm, List<FormPage.Copy>> e : byForm.entrySet()) {
                Document html = formPage.render(school, e.getKey(), e.getValue(), model);
                files.put("private/class-pack-" + base + "-" + e.getKey().id() + ".pdf", PdfWriter.write(html, PackBuilder.pagedCss(templates, school), List.of(), stamp));
            }
            files.put("private/DO-NOT-PUBLISH.txt", ("This folder holds children's names (class packs of Acceptable Use Policy forms).\n"
                    + "Print them; never upload this folder to the school website.\n").getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                OutputFolder.writeAtomically(outDir.resolve(school.id()).resolve(f.getKey()), f.getValue());
            }
        } catch (TemplateEngine.TemplateProblem e) {
            problems.add(e.problem());
            return new PackBuilder.Outcome(school.id(), problems, List.of());
        } catch (PdfWriter.RenderWarning e) {
            problems.add(Problem.error(school.at(""), "", "the PDF renderer warned (text may be lost): " + e.getMessage()));
            return new PackBuilder.Outcome(school.id(), problems, List.of());
        } catch (IOException e) {
            problems.add(Problem.error(school.at(""), "", "cannot write the class pack: " + e.getMessage()));
            return new PackBuilder.Outcome(school.id(), problems, List.of());
        }
        return new PackBuilder.Outcome(school.id(), problems, List.copyOf(files.keySet()));
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
