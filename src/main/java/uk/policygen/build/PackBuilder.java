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
