package uk.policygen.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import uk.policygen.pdf.PdfWriter;
import uk.policygen.profile.PolicyDate;
import uk.policygen.profile.Problem;
import uk.policygen.profile.Problems;
import uk.policygen.profile.ProfileLoader;
import uk.policygen.profile.School;
import uk.policygen.profile.SignOff;
import uk.policygen.profile.VersionEntry;
import uk.policygen.render.AupForm;
import uk.policygen.render.ChangesReport;
import uk.policygen.render.DocumentAssembler;
import uk.policygen.render.FormPage;
import uk.policygen.render.PolicyBody;
import uk.policygen.render.PolicyPage;
import uk.policygen.render.Publication;
import uk.policygen.render.SectionPlaces;
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
    private final OutputFolder output;

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
        this.output = new OutputFolder(outDir, List.of(schoolsDir, templatesDir));
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
        Path schoolOut = outDir.resolve(school.id());
        RatifiedArchive archive = new RatifiedArchive(schoolOut);
        Optional<String> ratifiedOn = school.profile().signOff().flatMap(SignOff::approvedOn).map(PolicyDate::iso);
        try {
            Problems rendering = new Problems();
            Map<String, byte[]> files = render(school, archive, rendering);
            problems.addAll(rendering.all());
            if (rendering.hasErrors()) {
                return new Outcome(school.id(), problems, List.of());
            }
            Map<String, byte[]> kept = RatifiedArchive.archivable(files);
            if (ratifiedOn.isPresent()) {
                List<String> changed = archive.differences(ratifiedOn.get(), kept);
                if (!changed.isEmpty()) {
                    problems.add(Problem.error(school.at("sign_off.approved_on"), "sign_off.approved_on",
                            refusal(school, ratifiedOn.get(), changed, files, archive)));
                    return new Outcome(school.id(), problems, List.of());
                }
            }
            output.publish(school.id(), files);
            if (ratifiedOn.isPresent() && !archive.exists(ratifiedOn.get())) {
                archive.write(ratifiedOn.get(), PolicyPage.approvedBy(school.profile()), kept, sources(school));
            }
            return new Outcome(school.id(), problems, List.copyOf(files.keySet()));
        } catch (TemplateEngine.TemplateProblem e) {
            problems.add(e.problem());
        } catch (PdfWriter.RenderWarning e) {
            problems.add(Problem.error(school.at(""), "", "the PDF renderer warned (text may be lost): " + e.getMessage()));
        } catch (OutputFolder.Refused e) {
            problems.add(Problem.error(school.at(""), "", e.getMessage()));
        } catch (IOException e) {
            problems.add(Problem.error(school.at(""), "", "cannot write " + schoolOut + ": " + e.getMessage()));
        }
        return new Outcome(school.id(), problems, List.of());
    }

    /** Why a ratified build is refused: which documents and sections would change, and what to do. */
    private String refusal(School school, String date, List<String> changed, Map<String, byte[]> files, RatifiedArchive archive) {
        List<String> sections = new ArrayList<>();
        RatifiedArchive.Entry entry = new RatifiedArchive.Entry(date, "", outDir.resolve(school.id()).resolve(RatifiedArchive.FOLDER).resolve(date));
        for (String f : changed) {
            if (!f.endsWith(".html") || !files.containsKey(f)) continue;
            archive.archivedText(entry, f).ifPresent(old -> {
                for (ChangesReport.SectionChanges c : ChangesReport.compare(old, new String(files.get(f), StandardCharsets.UTF_8))) {
                    sections.add(c.heading());
                }
            });
        }
        String what = sections.isEmpty() ? String.join(", ", changed) : "sections " + String.join("; ", sections.stream().distinct().toList());
        return "the policy ratified on " + date + " is archived in " + entry.folder() + ", and this build would change it ("
                + what + "): the profile or templates changed without a new ratification; expected either a new review"
                + " (remove sign_off.approved_on so the documents become a draft for the " + PolicyPage.approvedBy(school.profile())
                + ", and set the new review dates) or the ratified profile and templates restored (manifest.json keeps the profile as ratified)";
    }

    /** The school's own files and its shared layers, as text, for the ratified record. */
    private static Map<String, String> sources(School school) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        List<Path> all = new ArrayList<>(school.layers());
        all.add(school.file());
        if (Files.isDirectory(school.ownFolder())) {
            try (var walk = Files.walk(school.ownFolder())) {
                walk.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted().forEach(all::add); // never through a link
            }
        }
        Path base = school.file().toAbsolutePath().getParent();
        for (Path p : all) {
            String name = base.relativize(p.toAbsolutePath()).toString().replace('\\', '/');
            out.put(name, uk.policygen.profile.SchoolFiles.forRecord(p)); // text, or a streamed hash: a large video costs no memory
        }
        return out;
    }

    /** changes-since-DATE.html and .pdf: the draft against the last ratified version. */
    private Map<String, byte[]> changesReport(School school, RatifiedArchive.Entry last, Map<String, byte[]> files, RatifiedArchive archive)
            throws TemplateEngine.TemplateProblem, PdfWriter.RenderWarning {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Publication pub : Publication.of(school.profile())) {
            String file = pub.slug() + ".html";
            String now = new String(files.get(file), StandardCharsets.UTF_8);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("title", pub.title());
            Optional<String> before = archive.archivedText(last, file);
            doc.put("isNew", before.isEmpty());
            doc.put("sections", before.map(old -> ChangesReport.compare(old, now)).orElse(List.of()));
            documents.add(doc);
        }
        Map<String, Object> m = new LinkedHashMap<>(PolicyPage.model(school));
        m.put("documents", documents);
        m.put("since", PolicyDate.parse(last.date()));
        m.put("sinceBy", last.approvedBy());
        m.put("draftNotice", PolicyPage.draftNotice(school.profile()));
        String html = templates.render(templates.chainFor(school), "_layout/changes.ftlh", m);
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        String name = "changes-since-" + last.date();
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put(name + ".html", doc.outerHtml().getBytes(StandardCharsets.UTF_8));
        out.put(name + ".pdf", PdfWriter.write(doc, pagedCss(school), List.of(), school.profile().review().lastReviewed().date()));
        return out;
    }

    /**
     * The version history printed in each policy: the profile's own lines, then each archived
     * ratification before this one, then this ratification. It depends only on what was ratified
     * before, so rebuilding a ratified policy gives the same bytes.
     */
    private List<Map<String, Object>> history(School school, RatifiedArchive archive) {
        TreeMap<String, Map<String, Object>> rows = new TreeMap<>();
        String current = school.profile().signOff().flatMap(SignOff::approvedOn).map(PolicyDate::iso).orElse(null);
        for (RatifiedArchive.Entry e : archive.entries()) {
            if (current != null && e.date().compareTo(current) >= 0) continue;
            rows.put(e.date(), row(PolicyDate.parse(e.date()), "Ratified", e.approvedBy()));
        }
        for (VersionEntry v : school.profile().versionHistory()) {
            rows.put(v.date().iso(), row(v.date(), v.change(), v.approvedBy().orElse("")));
        }
        if (current != null && !rows.containsKey(current)) {
            rows.put(current, row(PolicyDate.parse(current), "Reviewed and ratified", PolicyPage.approvedBy(school.profile())));
        }
        return new ArrayList<>(rows.values());
    }

    private static Map<String, Object> row(PolicyDate date, String change, String by) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("date", date.display());
        r.put("change", change);
        r.put("approvedBy", by);
        return r;
    }

    /** The PDF-only page rules, looked up like every layout file (school → group → model). */
    private String pagedCss(School school) throws TemplateEngine.TemplateProblem {
        return pagedCss(templates, school);
    }

    static String pagedCss(TemplateEngine templates, School school) throws TemplateEngine.TemplateProblem {
        return templates.render(templates.chainFor(school), "_layout/pdf.css", Map.of());
    }

    /** Every file of the school's pack, by path relative to {@code output/<id>/}. */
    Map<String, byte[]> render(School school, RatifiedArchive archive, Problems problems)
            throws TemplateEngine.TemplateProblem, PdfWriter.RenderWarning {
        Map<String, Object> model = PolicyPage.model(school);
        model.put("history", history(school, archive));
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Map<String, Object>> listed = new ArrayList<>();
        LocalDate stamp = school.profile().signOff().flatMap(SignOff::approvedOn)
                .orElse(school.profile().review().lastReviewed()).date();
        SectionPlaces.check(school, templates.sectionIds(templates.chainFor(school)), problems);
        if (problems.hasErrors()) return Map.of();
        for (Publication pub : Publication.of(school.profile())) {
            PolicyBody body = assembler.assemble(school, pub, model);
            Document html = page.render(school, pub, body, model);
            files.put(pub.slug() + ".html", html.outerHtml().getBytes(StandardCharsets.UTF_8));
            files.put(pub.slug() + ".pdf", PdfWriter.write(html, pagedCss(school), body.contents(), stamp));
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
            files.put(base + ".pdf", PdfWriter.write(html, pagedCss(school), List.of(), stamp));
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
        if (school.profile().signOff().flatMap(SignOff::approvedOn).isEmpty()) {
            Optional<RatifiedArchive.Entry> last = archive.latestBefore(null);
            if (last.isPresent()) {
                files.putAll(changesReport(school, last.get(), files, archive));
            } else {
                problems.warning(school.at(""), "", "this draft has no changes report for governors: no ratified version is archived"
                        + " yet in " + outDir.resolve(school.id()).resolve(RatifiedArchive.FOLDER) + " (one is kept from the first ratified build)");
            }
        }
        return files;
    }
}
