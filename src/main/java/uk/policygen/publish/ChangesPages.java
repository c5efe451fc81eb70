package uk.policygen.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import uk.policygen.pdf.PdfWriter;
import uk.policygen.profile.PolicyDate;
import uk.policygen.profile.Problems;
import uk.policygen.profile.ProfileLoader;
import uk.policygen.profile.School;
import uk.policygen.record.Decisions;
import uk.policygen.record.Manifest;
import uk.policygen.record.ModelEdition;
import uk.policygen.record.ModelEditions;
import uk.policygen.record.Records;
import uk.policygen.render.ChangesReport;
import uk.policygen.render.PolicyPage;
import uk.policygen.render.Publication;
import uk.policygen.render.TemplateEngine;

/**
 * The governors' view of what changes between a record and the documents as the profile and
 * model now give them: for a draft, {@code changes-since-<date>}; for a ratified school whose
 * sources moved on, {@code pending-changes}. First what governors are asked to approve, then the
 * decisions old → new, then the text, split where it can be told into changes in the model or
 * national guidance (the recorded profile rendered with today's model and shared layers) and changes
 * the school made (that against the profile as it now stands).
 */
final class ChangesPages {
    private final TemplateEngine templates;
    private final Path templatesDir;
    private final ModelEditions editions;
    private final LocalDate today;

    ChangesPages(TemplateEngine templates, Path templatesDir, ModelEditions editions, LocalDate today) {
        this.templates = templates;
        this.templatesDir = templatesDir;
        this.editions = editions;
        this.today = today;
    }

    /**
     * How many changes wait: decisions, editions, and listed text changes (at least one if any page differs); with the
     * comparison itself, so the report of them ({@link #pendingReport}) does not render the recorded profile again.
     */
    record Count(int total, Comparison comparison) {
    }

    Count count(School school, Records.Entry entry, Records records, Map<String, byte[]> now) throws TemplateEngine.TemplateProblem, PdfWriter.RenderWarning {
        Comparison c = compare(school, entry, records, now);
        return new Count(c.total(), c);
    }

    /** The report of what waits for the next review, from a count already made: a web page only, named {@code base}.html. */
    Map<String, byte[]> pendingReport(School school, Records.Entry entry, Count counted, String base) throws TemplateEngine.TemplateProblem {
        return page(school, entry, counted.comparison(), base, true, new PdfWriter.Batch());
    }

    /** The report as HTML and PDF, named {@code base}.html / .pdf. */
    Map<String, byte[]> report(School school, Records.Entry entry, Records records, Map<String, byte[]> now, String base, boolean pending)
            throws TemplateEngine.TemplateProblem, PdfWriter.RenderWarning {
        PdfWriter.Batch pdfs = new PdfWriter.Batch();
        Map<String, byte[]> out = report(school, entry, records, now, base, pending, pdfs);
        out.putAll(pdfs.write());
        return out;
    }

    /** As above, with the PDF queued in {@code pdfs}: named in the files, with no content until {@code pdfs} is written. */
    Map<String, byte[]> report(School school, Records.Entry entry, Records records, Map<String, byte[]> now, String base, boolean pending,
                               PdfWriter.Batch pdfs) throws TemplateEngine.TemplateProblem, PdfWriter.RenderWarning {
        return page(school, entry, compare(school, entry, records, now), base, pending, pdfs);
    }

    private Map<String, byte[]> page(School school, Records.Entry entry, Comparison c, String base, boolean pending, PdfWriter.Batch pdfs)
            throws TemplateEngine.TemplateProblem {
        Manifest man = entry.manifest();
        Map<String, Object> m = new LinkedHashMap<>(PolicyPage.model(school));
        m.put("pending", pending);
        m.put("since", PolicyDate.parse(man.date()).display());
        m.put("sinceOn", PackBuilder.on(PolicyDate.parse(man.date())));
        m.put("sinceBy", man.approvedBy() == null ? "" : man.approvedBy());
        m.put("sinceRatified", man.ratified());
        m.put("imported", man.imported());
        m.put("draftNotice", PackBuilder.draftNotice(school, Optional.of(entry)));
        m.put("approvedBy", PolicyPage.approvedBy(school.profile()));
        m.put("asked", c.asked());
        m.put("decisions", c.decisions());
        m.put("editions", c.editions());
        m.put("changelog", c.changelog());
        m.put("redecide", c.redecide());
        m.put("documents", c.documents());
        m.put("forms", c.forms());
        m.put("split", c.split());
        m.put("total", c.total());
        String html = templates.render(templates.chainFor(school), "_layout/changes.ftlh", m);
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        uk.policygen.render.Typography.page(doc);
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put(base + ".html", WebPage.of(doc));
        if (!pending) {
            out.put(base + ".pdf", null);
            pdfs.add(base + ".pdf", doc, PackBuilder.pagedCss(templates, school), List.of(), school.profile().review().lastReviewed().date());
        }
        return out;
    }

    private record Comparison(List<String> asked, List<Decisions.Row> decisions, List<Map<String, Object>> editions,
                              List<ModelEdition.Change> changelog, List<Map<String, Object>> documents,
                              List<Map<String, Object>> forms, boolean split, int total, List<Map<String, Object>> redecide) {
    }

    private Comparison compare(School school, Records.Entry entry, Records records, Map<String, byte[]> now)
            throws TemplateEngine.TemplateProblem, PdfWriter.RenderWarning {
        Manifest man = entry.manifest();
        int total = 0;
        Optional<School> recorded = man.imported() ? Optional.empty() : recordedProfile(school, man);
        Optional<School> old = recorded;
        String editionNow = editions.of(school).edition();
        // A school adopting a new edition: the edition's text is the model's change, not the school's,
        // so the recorded profile is rendered with the edition the school now names.
        old = old.map(o -> new School(o.id(), o.file(), o.ownFolder(), o.profile().withModelEdition(school.profile().modelEdition()),
                o.where(), o.layers(), o.written()));
        Map<String, byte[]> oldWithNewModel = Map.of();
        if (old.isPresent()) {
            Path tmp = old.get().file().getParent().getParent();
            try {
                Problems ignored = new Problems();
                oldWithNewModel = new PackBuilder(old.get().file().getParent(), templates, templatesDir, tmp.resolve("out"), today)
                        .policyPages(old.get(), Records.of(old.get().ownFolder()), ignored);
                if (ignored.hasErrors()) oldWithNewModel = Map.of();
            } finally {
                templates.forgetUnder(tmp);
                deleteTemp(tmp);
            }
        }
        boolean split = !oldWithNewModel.isEmpty();

        List<Decisions.Row> decisions = Decisions.compare(recorded.map(Decisions::of).orElse(null), Decisions.of(school));
        if (!man.imported()) total += (int) decisions.stream().filter(r -> !r.status().equals("Unchanged")).count();

        List<Map<String, Object>> editionRows = new ArrayList<>();
        List<Map<String, Object>> redecide = new ArrayList<>();
        Map<String, String> guidanceNow = PackBuilder.guidance(school, now);
        if (!man.imported()) {
            if (man.modelEdition() != null && !man.modelEdition().equals(editionNow)) {
                editionRows.add(edition("Model policy templates (edition)", man.modelEdition(), editionNow));
            }
            for (Map.Entry<String, String> g : guidanceNow.entrySet()) {
                String before = man.guidance().getOrDefault(g.getKey(), "—");
                if (!year(before).equals(year(g.getValue()))) {
                    editionRows.add(edition(g.getKey(), year(before), year(g.getValue())));
                    // A clause written to meet the earlier edition of this guidance: governors decide it again.
                    if (!before.equals("—")) redecide.addAll(meeting(school, g.getKey(), year(before), year(g.getValue()), now));
                }
            }
            total += editionRows.size();
        }
        // Only the lines that apply to this school: those whose clauses its documents now print.
        java.util.Set<String> printed = PackBuilder.printedOwnClauses(now);
        List<ModelEdition.Change> changelog = man.imported() ? List.of() : editions.between(man.modelEdition(), editionNow).stream()
                .map(c -> new ModelEdition.Change(c.edition(), c.date(), c.applying(printed), c.lines()))
                .filter(c -> !c.changes().isEmpty()).toList();

        List<Map<String, Object>> documents = new ArrayList<>();
        List<Map<String, Object>> forms = new ArrayList<>();
        if (man.imported()) {
            Map<String, String> drafts = new LinkedHashMap<>();
            for (Publication pub : Publication.of(school.profile())) drafts.put(pub.title(), text(now, pub.slug() + ".html"));
            String importedText = man.files().keySet().stream().filter(n -> n.endsWith(".txt")).sorted()
                    .map(n -> records.text(entry, n).orElse("")).reduce("", (a, b) -> a + "\n" + b);
            List<ChangesReport.TextSectionChanges> all = ChangesReport.againstText(importedText, drafts);
            for (Publication pub : Publication.of(school.profile())) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("title", pub.title());
                d.put("text", all.stream().filter(t -> t.document().equals(pub.title())).toList());
                documents.add(d);
            }
            total += all.stream().mapToInt(t -> t.changes().size()).sum();
        } else {
            boolean anyListed = false;
            for (Publication pub : Publication.of(school.profile())) {
                String file = pub.slug() + ".html";
                Optional<String> before = records.text(entry, file);
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("title", pub.title());
                d.put("isNew", before.isEmpty());
                if (before.isPresent()) {
                    List<ChangesReport.SectionChanges> all = ChangesReport.compare(before.get(), text(now, file));
                    d.put("all", all);
                    if (split && oldWithNewModel.containsKey(file)) {
                        d.put("model", ChangesReport.compare(before.get(), text(oldWithNewModel, file)));
                        d.put("school", ChangesReport.compare(text(oldWithNewModel, file), text(now, file)));
                    }
                    total += ChangesReport.count(all);
                    anyListed |= !all.isEmpty();
                } else {
                    total++;
                }
                documents.add(d);
            }
            for (String file : now.keySet()) {
                if (!file.startsWith("aup/") || !file.endsWith(".html")) continue;
                Optional<String> before = records.text(entry, file);
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("title", Jsoup.parse(text(now, file)).title());
                f.put("isNew", before.isEmpty());
                List<ChangesReport.SectionChanges> all = before.map(b -> ChangesReport.compareBlocks(b, text(now, file))).orElse(List.of());
                f.put("sections", all);
                if (before.isEmpty() || !all.isEmpty()) forms.add(f);
                total += before.isEmpty() ? 1 : ChangesReport.count(all);
                anyListed |= !all.isEmpty();
            }
            for (String file : man.files().keySet()) {
                if (file.startsWith("aup/") && file.endsWith(".html") && !now.containsKey(file)) {
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("title", Jsoup.parse(records.text(entry, file).orElse("")).title());
                    f.put("removed", true);
                    f.put("sections", List.of());
                    forms.add(f);
                    total++;
                }
            }
            if (total == 0) {
                // The pages differ only outside the numbered text (cover, contents, layout): still a change governors would see.
                for (String file : now.keySet()) {
                    Optional<String> before = records.text(entry, file);
                    if (before.isPresent() && !before.get().equals(text(now, file))) {
                        total = 1;
                        break;
                    }
                }
            }
        }
        List<String> asked = new ArrayList<>();
        String docs = String.join(" and ", Publication.of(school.profile()).stream().map(Publication::title).toList());
        if (man.imported()) {
            asked.add("Ratify the " + docs + " as drafted, in place of the policy "
                    + (man.ratified() ? "ratified " + PackBuilder.on(PolicyDate.parse(man.date())) : "dated " + PolicyDate.parse(man.date()).display())
                    + ": the draft is written from the model templates, so much of its wording is new.");
            asked.add("Confirm the decisions in the table below (people, dates, review cycle, phone rules, channels).");
            asked.add("Approve the Acceptable Use Policy forms that go with the policies.");
        } else {
            if (decisions.stream().anyMatch(r -> !r.status().equals("Unchanged"))) asked.add("Approve the changed decisions marked in the table below.");
            if (!editionRows.isEmpty()) asked.add("Move to the new editions of the model templates and national guidance listed below.");
            asked.add("Ratify the " + docs + " and the Acceptable Use Policy forms with the changes listed below.");
        }
        return new Comparison(asked, decisions, editionRows, changelog, documents, forms, split, total, redecide);
    }

    /** This project's own clauses in the pages that meet the guidance titled {@code title}: each to re-decide. */
    private static List<Map<String, Object>> meeting(School school, String title, String before, String after, Map<String, byte[]> now) {
        String key = null;
        for (Map.Entry<String, uk.policygen.profile.Guidance.Edition> e : school.profile().guidance().byKey().entrySet()) {
            if (e.getValue().title().equals(title)) key = e.getKey();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        if (key == null) return out;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Map.Entry<String, byte[]> f : now.entrySet()) {
            if (!f.getKey().endsWith(".html")) continue;
            for (org.jsoup.nodes.Element el : Jsoup.parse(new String(f.getValue(), StandardCharsets.UTF_8)).select(".policygen-wording[data-meets]")) {
                boolean cites = false;
                for (String c : el.attr("data-meets").split(",")) cites |= uk.policygen.profile.Guidance.key(c).equals(key);
                if (!cites || !seen.add(el.attr("data-clause"))) continue;
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("guidance", title + " (" + before + " → " + after + ")");
                r.put("id", el.attr("data-clause"));
                org.jsoup.nodes.Element copy = el.clone();
                copy.select("ul, ol, .provenance-mark").remove();
                r.put("text", copy.text());
                out.add(r);
            }
        }
        return out;
    }

    private static Map<String, Object> edition(String what, String before, String after) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("what", what);
        e.put("before", before);
        e.put("after", after);
        return e;
    }

    /** "2025 (checked 2026-11)" → "2025": a new check of the same edition is not a change. */
    private static String year(String s) {
        int i = s.indexOf(" (checked");
        return i < 0 ? s : s.substring(0, i);
    }

    private static String text(Map<String, byte[]> files, String name) {
        byte[] b = files.get(name);
        return b == null ? "" : new String(b, StandardCharsets.UTF_8);
    }

    /**
     * The profile as it stood at the record, loaded from the manifest's copy of every source into
     * a temporary schools folder (empty when it no longer loads under today's rules).
     */
    private Optional<School> recordedProfile(School school, Manifest man) {
        if (man.sources().isEmpty()) return Optional.empty();
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("policygen-record-");
            Path schools = tmp.resolve("schools");
            Files.createDirectories(schools);
            // The school's own files as recorded, over today's shared layers: what differs from the record
            // is then the model's and the guidance's doing; what differs from the draft, the school's.
            Path shared = school.file().toAbsolutePath().getParent().resolve(ProfileLoader.SHARED);
            if (Files.isDirectory(shared)) {
                try (var list = Files.list(shared)) {
                    for (Path f : list.filter(Files::isRegularFile).toList()) {
                        Files.createDirectories(schools.resolve(ProfileLoader.SHARED));
                        Files.copy(f, schools.resolve(ProfileLoader.SHARED).resolve(f.getFileName().toString()));
                    }
                }
            }
            for (Map.Entry<String, String> s : man.sources().entrySet()) {
                Path to = schools.resolve(s.getKey()).normalize();
                if (!to.startsWith(schools) || s.getKey().startsWith(ProfileLoader.SHARED + "/")) continue;
                Files.createDirectories(to.getParent());
                if (s.getValue().startsWith("sha256:")) {
                    Path current = school.file().toAbsolutePath().getParent().resolve(s.getKey());
                    if (Files.isRegularFile(current)) Files.copy(current, to);
                } else {
                    Files.writeString(to, s.getValue(), StandardCharsets.UTF_8);
                }
            }
            ProfileLoader.Result r = new ProfileLoader(schools, today).load(schools.resolve(school.id() + ".yml"));
            if (r.ok()) return Optional.of(r.school());
        } catch (IOException e) {
            // No split: the report then lists every change together.
        }
        if (tmp != null) deleteTemp(tmp);
        return Optional.empty();
    }

    /** Removes the temporary folder this class made (and only that). */
    private static void deleteTemp(Path tmp) {
        if (!tmp.getFileName().toString().startsWith("policygen-record-")) return;
        try (var walk = Files.walk(tmp)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
