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

import uk.policygen.Policygen;
import uk.policygen.pdf.PdfWriter;
import uk.policygen.profile.Guidance;
import uk.policygen.profile.PolicyDate;
import uk.policygen.profile.Problem;
import uk.policygen.profile.Problems;
import uk.policygen.profile.ProfileLoader;
import uk.policygen.profile.School;
import uk.policygen.profile.SignOff;
import uk.policygen.profile.VersionEntry;
import uk.policygen.record.Manifest;
import uk.policygen.record.ModelEdition;
import uk.policygen.record.ModelEditions;
import uk.policygen.record.RecordRules;
import uk.policygen.record.Records;
import uk.policygen.render.AupForm;
import uk.policygen.render.DocumentAssembler;
import uk.policygen.render.FormPage;
import uk.policygen.render.PolicyBody;
import uk.policygen.render.PolicyPage;
import uk.policygen.render.Publication;
import uk.policygen.render.SectionPlaces;
import uk.policygen.render.TemplateEngine;

/**
 * The pipeline, top to bottom, for each school: load → check (profile and records) → render in
 * memory → record → write. What is written depends on the school's state ({@link RecordRules.State}):
 * a draft is rendered with a changes report against its last record; a ratifying build writes the
 * record; a ratified school publishes its recorded files unchanged, with the changes that wait for
 * its next review listed beside them. Only a school with no error is written.
 */
public final class PackBuilder {
    /** Where a draft's public index finds the documents still in force, under output/<id>/. */
    static final String IN_FORCE = "ratified";
    static final String PENDING = "pending-changes.html";

    private final ProfileLoader loader;
    private final TemplateEngine templates;
    private final DocumentAssembler assembler;
    private final PolicyPage page;
    private final FormPage formPage;
    private final Path outDir;
    private final Path templatesDir;
    private final LocalDate today;
    private final ModelEditions editions;
    private final OutputFolder output;

    /**
     * What happened to one school: the files written, or, when {@code unchanged}, the files the last build
     * wrote and left as they are; {@code printedAgain}, the PDFs of those written that were taken from the
     * last build because what they are printed from had not changed.
     */
    public record Outcome(String id, List<Problem> problems, List<String> written, boolean unchanged, Throwable crash,
                          List<String> printedAgain) {
        public Outcome(String id, List<Problem> problems, List<String> written) {
            this(id, problems, written, false, null, List.of());
        }

        public Outcome(String id, List<Problem> problems, List<String> written, boolean unchanged) {
            this(id, problems, written, unchanged, null, List.of());
        }

        /** policygen itself failed on this school (a bug): nothing of it was changed, and the run goes on. */
        public static Outcome crashed(Path profile, Throwable e) {
            return new Outcome(profile.getFileName().toString().replaceFirst("\\.ya?ml$", ""), List.of(), List.of(), false, e, List.of());
        }

        public boolean crashed() {
            return crash != null;
        }

        public boolean ok() {
            return crash == null && problems.stream().noneMatch(Problem::isError);
        }
    }

    public PackBuilder(Path schoolsDir, Path templatesDir, Path outDir, LocalDate today) {
        this(schoolsDir, new TemplateEngine(templatesDir), templatesDir, outDir, today);
    }

    /**
     * A builder of another folder of profiles with templates already read ({@code templates}, of
     * {@code templatesDir}): a changes report renders the recorded profile so, rather than parse every
     * template again for it.
     */
    PackBuilder(Path schoolsDir, TemplateEngine templates, Path templatesDir, Path outDir, LocalDate today) {
        this.loader = new ProfileLoader(schoolsDir, today);
        this.templates = templates;
        this.assembler = new DocumentAssembler(templates);
        this.page = new PolicyPage(templates);
        this.formPage = new FormPage(templates);
        this.outDir = outDir;
        this.templatesDir = templatesDir;
        this.today = today;
        this.editions = templates.editions();
        this.output = new OutputFolder(outDir, List.of(schoolsDir, templatesDir));
    }

    /** The templates this builder reads (for tests). */
    TemplateEngine templates() {
        return templates;
    }

    public ProfileLoader loader() {
        return loader;
    }

    /**
     * A profile with errors, checked further on what did bind: its clause ids and section places against the templates,
     * and its sign-off against its records, so a business manager hears of every problem in one run (the profile's
     * email address was wrong; an omitted clause's misspelt id waited for the next run). A problem about a field that
     * failed, or at the place of an error already reported, could only echo it, and is left out; a check the partial
     * profile cannot feed is skipped.
     */
    private List<Problem> withLaterChecks(ProfileLoader.Result loaded, List<Problem> problems) {
        if (loaded.bound() == null || !editions.problems().isEmpty()) return problems;
        School school = loaded.bound();
        Problems later = new Problems();
        try {
            SectionPlaces.check(school, templates.sectionIds(templates.chainFor(school)), later);
            SectionPlaces.checkClauses(school, templates.clauseIds(templates.chainFor(school)), later);
        } catch (RuntimeException | TemplateEngine.TemplateProblem partialProfile) {
            // what failed to bind is missing here: these checks wait for the next run
        }
        try {
            RecordRules.check(school, Records.of(school.ownFolder()), editions, today, later);
        } catch (RuntimeException partialProfile) {
            // as above
        }
        java.util.Set<uk.policygen.profile.yaml.Location> reported = new java.util.HashSet<>();
        problems.stream().filter(Problem::isError).forEach(p -> reported.add(p.at()));
        List<Problem> all = new ArrayList<>(problems);
        for (Problem p : later.all()) {
            if (!loaded.touchesFailed(p.field()) && !reported.contains(p.at()) && !all.contains(p)) all.add(p);
        }
        return all;
    }

    /** The checks {@code check} runs, as build runs them: the profile, its records, the templates. Writes nothing. */
    public Outcome check(Path profile) {
        ProfileLoader.Result loaded = loader.load(profile);
        List<Problem> problems = new ArrayList<>(loaded.problems());
        // A model edition file that cannot be used stops every school: their documents are written from it.
        problems.addAll(editions.problems());
        if (!loaded.ok() || !editions.problems().isEmpty()) return new Outcome(loaded.id(), withLaterChecks(loaded, problems), List.of());
        Problems more = new Problems();
        Records records = Records.of(loaded.school().ownFolder());
        RecordRules.check(loaded.school(), records, editions, today, more);
        if (!more.hasErrors()) {
            // The web pages are rendered (not the PDFs, not written) so a template problem is found here as in build.
            try {
                Map<String, byte[]> pages = render(loaded.school(), records, Optional.empty(), more, false);
                // The verdict build will give on a ratification: the same comparison with the draft last built.
                RecordRules.State state = RecordRules.state(loaded.school(), records);
                if (!more.hasErrors() && state == RecordRules.State.RATIFYING) asDrafted(loaded.school(), pages, more);
                if (!more.hasErrors() && state == RecordRules.State.RATIFIED) {
                    Records.Entry entry = records.at(RecordRules.approvedOn(loaded.school()).orElseThrow()).orElseThrow();
                    pendingChanges(new ChangesPages(templates, templatesDir, editions, today), loaded.school(), entry, records, pages, false, more);
                }
            } catch (TemplateEngine.TemplateProblem e) {
                more.add(e.problem());
            } catch (PdfWriter.RenderWarning e) {
                throw new IllegalStateException("no PDF is printed by check", e);
            }
        }
        if (!more.hasErrors() && problems.stream().noneMatch(Problem::isError)) newerEdition(loaded.school(), more);
        problems.addAll(more.all());
        return new Outcome(loaded.id(), problems, List.of());
    }

    /** The filtering and monitoring roles clause (edition 2026.12 on) names a role without a person: say which. */
    static final String FILTERING_ROLES = "mobile.filtering-and-monitoring.roles";

    private static void filteringRoles(School school, java.util.Set<String> clauseIds, Problems problems) {
        // Who holds the roles is a decision: where no document prints it, say so rather than drop it without a word.
        if (school.wrote("filtering_and_monitoring") && !clauseIds.contains(FILTERING_ROLES)) {
            problems.warning(school.at("filtering_and_monitoring"), "filtering_and_monitoring", "names who holds the filtering and monitoring"
                    + " roles, but no document of this " + school.profile().words().setting() + " prints them: the policy's 'Filtering and"
                    + " monitoring' section is for schools and colleges (the DfE's standards are written for them), from model edition 2026.12;"
                    + " expected the roles left out, or that section printed");
            return;
        }
        // The section prints only where the school's guidance layer gives the standards it follows.
        if (school.profile().guidance().filteringMonitoring().isEmpty()) return;
        if (!clauseIds.contains(FILTERING_ROLES) || school.profile().clauses().omit().contains(FILTERING_ROLES)
                || school.profile().clauses().omit().contains("mobile.filtering-and-monitoring")) return;
        var fm = school.profile().filteringAndMonitoring();
        List<String> missing = new ArrayList<>();
        if (fm.governorLead().isEmpty()) missing.add("governor_lead (name: and role:)");
        if (fm.seniorLeader().isEmpty()) missing.add("senior_leader (name: and role:)");
        if (fm.itProvider().isEmpty()) missing.add("it_provider (the provider's name)");
        if (missing.isEmpty()) return;
        problems.warning(school.at("filtering_and_monitoring"), "filtering_and_monitoring", "the policy describes "
                + (missing.size() == 1 ? "a filtering and monitoring role" : missing.size() + " filtering and monitoring roles")
                + " without saying who holds " + (missing.size() == 1 ? "it" : "them") + ", and the DfE's filtering and monitoring"
                + " standards expect each role to be held by someone; expected filtering_and_monitoring: with " + String.join(", ", missing));
    }

    /**
     * Proposed, not imposed: a school on an older edition is told that a newer one exists and what
     * adopting it would change for this school (the changelog lines whose clauses its documents would
     * print, found by rendering them with the newer edition in memory).
     */
    private void newerEdition(School school, Problems problems) {
        ModelEdition newest = editions.newest();
        String own = editions.of(school).edition();
        if (own.equals(newest.edition()) || school.profile().modelEdition().filter(e -> editions.find(e).isEmpty()).isPresent()) return;
        School adopting = new School(school.id(), school.file(), school.ownFolder(),
                school.profile().withModelEdition(Optional.of(newest.edition())), school.where(), school.layers(), school.written());
        List<String> lines = new ArrayList<>();
        try {
            Problems ignored = new Problems();
            Map<String, byte[]> files = render(adopting, Records.of(school.ownFolder()), Optional.empty(), ignored, false);
            java.util.Set<String> printed = printedOwnClauses(files);
            for (ModelEdition.Change c : editions.between(own, newest.edition())) lines.addAll(c.applying(printed));
        } catch (TemplateEngine.TemplateProblem | PdfWriter.RenderWarning e) {
            lines.clear();
        }
        problems.warning(school.at("model_edition"), "model_edition", "edition " + newest.edition() + " of the model ("
                + newest.date() + ") is available; this school's documents are written from edition " + own + ". Adopting it at the"
                + " next review (model_edition: \"" + newest.edition() + "\") would, for this school: "
                + (lines.isEmpty() ? "change no clause it prints" : String.join(" ", lines.stream().map(l -> "— " + l).toList())));
    }

    public Outcome build(Path profile) {
        return start(profile).finish();
    }

    /**
     * A school's build, begun: what {@link #start} did on the calling thread, and what is left until its
     * PDFs are printed and its files published.
     */
    @FunctionalInterface
    public interface Started {
        /** Waits for the school's PDFs (printing those no helper has begun), then publishes its files. */
        Outcome finish();
    }

    /**
     * Begins one school's build: checks it and writes its web pages, in memory, leaving a draft's PDFs
     * printing on another core (a school being ratified, or ratified, is printed here in full: its
     * record is written before this returns). The next school can then be begun while they print;
     * {@link Started#finish} publishes this one. Nothing is written to the output folder until then.
     */
    public Started start(Path profile) {
        ProfileLoader.Result loaded = loader.load(profile);
        List<Problem> problems = new ArrayList<>(loaded.problems());
        problems.addAll(editions.problems());
        if (!loaded.ok() || !editions.problems().isEmpty()) {
            return done(new Outcome(loaded.id(), withLaterChecks(loaded, problems), List.of()));
        }
        School school = loaded.school();
        Path schoolOut = outDir.resolve(school.id());
        Records records = Records.of(school.ownFolder());
        Problems found = new Problems();
        RecordRules.check(school, records, editions, today, found);
        if (found.hasErrors()) {
            problems.addAll(found.all());
            return done(new Outcome(school.id(), problems, List.of()));
        }
        PdfWriter.Batch pdfs = null;
        try {
            // Incremental: a school whose inputs and files are as the last build left them is not rendered again.
            String inputs = InputFingerprint.of(school, templates.chainFor(school), today);
            Optional<InputFingerprint.Unchanged> same = InputFingerprint.unchanged(schoolOut, inputs);
            if (same.isPresent()) {
                problems.addAll(same.get().warnings());
                return done(new Outcome(school.id(), problems, same.get().files(), true));
            }
            PdfWriter.prepare();
            // A PDF whose page, styles and date are as the last build printed them is taken from that build.
            InputFingerprint.EarlierPrints earlier = InputFingerprint.earlierPrints(schoolOut);
            PdfWriter.Batch queued = pdfs = new PdfWriter.Batch(earlier);
            Map<String, byte[]> files = switch (RecordRules.state(school, records)) {
                case DRAFT -> draft(school, records, found, queued);
                // What becomes the record of what governors ratified is always printed afresh.
                case RATIFYING -> ratifying(school, records, found);
                case RATIFIED -> ratified(school, records, found);
            };
            if (found.hasErrors()) {
                queued.abandon();
                problems.addAll(found.all());
                return done(new Outcome(school.id(), problems, List.of()));
            }
            return () -> {
                try {
                    files.putAll(queued.write());
                    problems.addAll(found.all());
                    InputFingerprint.forget(schoolOut);
                    output.publish(school.id(), files);
                    InputFingerprint.record(inputs, schoolOut, files.keySet(), found.all(), earlier.printed());
                    return new Outcome(school.id(), problems, List.copyOf(files.keySet()), false, null, earlier.taken());
                } catch (PdfWriter.RenderWarning | IOException e) {
                    return failed(school, schoolOut, problems, e);
                }
            };
        } catch (TemplateEngine.TemplateProblem e) {
            abandon(pdfs);
            problems.addAll(found.all());
            problems.add(e.problem());
        } catch (PdfWriter.RenderWarning | IOException e) {
            abandon(pdfs);
            return done(failed(school, schoolOut, problems, e));
        } catch (RuntimeException | Error e) {
            abandon(pdfs);
            throw e;
        }
        return done(new Outcome(school.id(), problems, List.of()));
    }

    /** A school that will not be published: its PDFs not yet begun are not printed (a form's, say, when a policy's template fails). */
    private static void abandon(PdfWriter.Batch pdfs) {
        if (pdfs != null) pdfs.abandon();
    }

    private static Started done(Outcome outcome) {
        return () -> outcome;
    }

    /** A school that could not be printed or published: what went wrong, in the school's terms. */
    private static Outcome failed(School school, Path schoolOut, List<Problem> problems, Exception e) {
        String what = e instanceof PdfWriter.RenderWarning ? "a PDF cannot be printed as written: " + e.getMessage()
                : e instanceof OutputFolder.Refused ? e.getMessage()
                : "cannot write " + schoolOut + ": " + e.getMessage();
        problems.add(Problem.error(school.at(""), "", what));
        return new Outcome(school.id(), problems, List.of());
    }

    /**
     * A draft: its documents (marked as a draft), a changes report against the last record, and the public
     * index. Its PDFs are queued in {@code pdfs}, named in the files with no content until it is written.
     */
    private Map<String, byte[]> draft(School school, Records records, Problems problems, PdfWriter.Batch pdfs)
            throws TemplateEngine.TemplateProblem, PdfWriter.RenderWarning, IOException {
        Optional<Records.Entry> last = records.latest();
        // The PDFs render on another core while the changes report is worked out (it reads only the web pages).
        Map<String, byte[]> files = render(school, records, last, problems, pdfs, true);
        if (problems.hasErrors()) return Map.of();
        if (last.isPresent()) {
            files.putAll(new ChangesPages(templates, templatesDir, editions, today).report(school, last.get(), records, files,
                    "changes-since-" + last.get().date(), false, pdfs));
            files.putAll(inForce(last.get(), records));
        } else {
            problems.warning(school.at(""), "", "this draft has no changes report for governors: the school has no record yet in "
                    + ProfileLoader.display(records.root()) + " (import the policy the school publishes now, or ratify this draft)");
        }
        files.put("index.html", index(school, last, records, true));
        return files;
    }

    /** The governors have ratified this version and no record holds it yet: write the record, then publish it. */
    private Map<String, byte[]> ratifying(School school, Records records, Problems problems)
            throws TemplateEngine.TemplateProblem, PdfWriter.RenderWarning, IOException {
        Map<String, byte[]> rendered = render(school, records, Optional.empty(), problems, true);
        if (problems.hasErrors()) return Map.of();
        asDrafted(school, rendered, problems);
        if (problems.hasErrors()) return Map.of();
        Map<String, byte[]> kept = new LinkedHashMap<>(rendered);
        kept.remove("index.html");
        String date = RecordRules.approvedOn(school).orElseThrow();
        Manifest m = new Manifest(date, true, false, PolicyPage.approvedBy(school.profile()), null, Policygen.VERSION,
                editions.of(school).edition(), guidance(school, rendered), school.profile().review().lastReviewed().iso(),
                school.profile().review().nextReview().iso(), listed(school), Map.of(), sources(school));
        Records.Entry entry = records.write(m, kept);
        Map<String, byte[]> files = new LinkedHashMap<>(kept);
        files.put("index.html", index(school, Optional.of(entry), records, false));
        return files;
    }

    /**
     * The governors ratified the draft they were sent, so the record must hold that text. The draft this output folder
     * last published (files policygen wrote and nobody has changed since) is compared with what is about to be recorded:
     * a change of wording made with the date (a rule edited in the same sitting) is refused, not recorded as ratified.
     * With no draft here to compare (a fresh copy of the project), the build says so and records what the profile gives.
     */
    private void asDrafted(School school, Map<String, byte[]> rendered, Problems problems) {
        Path schoolOut = outDir.resolve(school.id());
        Map<String, String> wrote;
        try {
            wrote = OutputFolder.readManifest(schoolOut);
        } catch (OutputFolder.Refused e) {
            wrote = Map.of();
        }
        // The draft's pages: those policygen wrote here, unchanged since, that carry a draft's notice.
        Map<String, String> draft = new TreeMap<>();
        for (Map.Entry<String, String> w : wrote.entrySet()) {
            String name = w.getKey();
            if (!isDocumentPage(name)) continue;
            Path file = schoolOut.resolve(name);
            try {
                if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) || OutputFolder.hasLinkBetween(schoolOut, file)) continue;
                byte[] bytes = Files.readAllBytes(file);
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (w.getValue().equals(OutputFolder.sha256(bytes)) && text.contains("class=\"draft-banner\"")) draft.put(name, text);
            } catch (IOException e) {
                // Unreadable: not part of the draft compared.
            }
        }
        String on = RecordRules.approvedOn(school).map(d -> on(PolicyDate.parse(d))).orElse("");
        if (draft.isEmpty()) {
            problems.warning(school.at("sign_off.approved_on"), "sign_off.approved_on", "no draft built in " + ProfileLoader.display(schoolOut)
                    + " to compare with, so the record of the meeting " + on + " holds the documents as the profile now gives them;"
                    + " check them against the draft the governors ratified");
            return;
        }
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : rendered.entrySet()) {
            String name = f.getKey();
            if (!isDocumentPage(name)) continue;
            String before = draft.get(name);
            if (before == null) {
                differing.add(name + " (not in the draft)");
                continue;
            }
            String now = new String(f.getValue(), StandardCharsets.UTF_8);
            List<uk.policygen.render.ChangesReport.SectionChanges> changes = name.startsWith("aup/")
                    ? uk.policygen.render.ChangesReport.compareBlocks(before, now) : uk.policygen.render.ChangesReport.compare(before, now);
            if (!changes.isEmpty()) {
                differing.add(name + " (" + uk.policygen.render.ChangesReport.count(changes) + " changed, first " + firstChange(changes) + ")");
            }
        }
        for (String name : draft.keySet()) if (!rendered.containsKey(name)) differing.add(name + " (in the draft, not now)");
        if (!differing.isEmpty()) {
            problems.error(school.at("sign_off.approved_on"), "sign_off.approved_on", "the documents now differ from the draft last built in "
                    + ProfileLoader.display(schoolOut) + ": " + String.join("; ", differing) + "; the governors ratified at the meeting " + on
                    + " the draft they were sent, and policygen records only that text; expected approved_on added with no other change:"
                    + " undo the other changes and build again (a change they have not seen waits for the next draft; amendments they"
                    + " approved at the meeting: leave approved_on out, build, check the draft says what they approved, then add it)");
        }
    }

    /** The first change in words a business manager can find in the profile: "the office" → "their class teacher". */
    private static String firstChange(List<uk.policygen.render.ChangesReport.SectionChanges> changes) {
        if (changes.get(0).changes().isEmpty()) return "under \"" + changes.get(0).heading() + "\"";
        Document d = Jsoup.parseBodyFragment(changes.get(0).changes().get(0).html());
        String del = d.select("del").eachText().stream().collect(java.util.stream.Collectors.joining(" … "));
        String ins = d.select("ins").eachText().stream().collect(java.util.stream.Collectors.joining(" … "));
        java.util.function.UnaryOperator<String> cut = t -> "\"" + (t.length() > 80 ? t.substring(0, 80) + "…" : t) + "\"";
        if (!del.isEmpty() && !ins.isEmpty()) return cut.apply(del) + " → " + cut.apply(ins);
        return ins.isEmpty() ? "removed " + cut.apply(del.isEmpty() ? d.text() : del) : "added " + cut.apply(ins);
    }

    /** A policy or form page a governor reads (not the index, a changes report, or a copy of the record in force). */
    private static boolean isDocumentPage(String name) {
        return name.endsWith(".html") && !name.equals("index.html") && !name.startsWith("changes-") && !name.startsWith("pending-")
                && !name.startsWith(IN_FORCE + "/");
    }

    /** Ratified and recorded: the recorded files exactly, and what would change at the next review. */
    private Map<String, byte[]> ratified(School school, Records records, Problems problems)
            throws TemplateEngine.TemplateProblem, PdfWriter.RenderWarning, IOException {
        Records.Entry entry = records.at(RecordRules.approvedOn(school).orElseThrow()).orElseThrow();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : entry.manifest().files().keySet()) files.put(name, records.read(entry, name));
        Map<String, byte[]> now = render(school, records, Optional.empty(), problems, false);
        if (problems.hasErrors()) return Map.of();
        ChangesPages pages = new ChangesPages(templates, templatesDir, editions, today);
        Optional<ChangesPages.Count> pending = pendingChanges(pages, school, entry, records, now, true, problems);
        if (pending.isPresent()) files.putAll(pages.pendingReport(school, entry, pending.get(), PENDING.replace(".html", "")));
        files.put("index.html", index(school, Optional.of(entry), records, false));
        return files;
    }

    /**
     * What the school's files now say that differs from what governors ratified, if anything: said as a warning, by build
     * and by check alike (check said "ok" where build said changes were waiting).
     */
    private Optional<ChangesPages.Count> pendingChanges(ChangesPages pages, School school, Records.Entry entry, Records records,
            Map<String, byte[]> now, boolean writing, Problems problems) throws TemplateEngine.TemplateProblem, PdfWriter.RenderWarning {
        ChangesPages.Count pending = pages.count(school, entry, records, now);
        if (pending.total() == 0) return Optional.empty();
        problems.warning(school.at("sign_off.approved_on"), "sign_off.approved_on", pending.total() + " change"
                + (pending.total() == 1 ? " waits" : "s wait") + " for the next review: " + (writing ? "see " : "build lists them in ")
                + ProfileLoader.display(outDir.resolve(school.id()).resolve(PENDING))
                + " (the documents ratified on " + entry.date() + " are published unchanged)");
        return Optional.of(pending);
    }

    /** While a draft is with the governors, the public index keeps linking the record in force. */
    private Map<String, byte[]> inForce(Records.Entry entry, Records records) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String name : entry.manifest().files().keySet()) {
            out.put(IN_FORCE + "/" + entry.date() + "/" + name, records.read(entry, name));
        }
        return out;
    }

    /** The "At a glance" section of the first recorded policy page that has one (older records may have none). */
    private static Optional<String> recordedGlance(Records.Entry entry, Records records) {
        for (Manifest.Listed l : entry.manifest().documents()) {
            if ("form".equals(l.kind()) || l.html() == null || !l.html().endsWith(".html")) continue;
            Optional<org.jsoup.nodes.Element> glance = recorded(entry, records, l.html(), "section.glance");
            if (glance.isPresent()) return Optional.of(glance.get().outerHtml());
        }
        return Optional.empty();
    }

    /**
     * The first element a recorded page holds for the selector. Only a file the record holds (and whose fingerprint it
     * checked): the record's list of documents is not fingerprinted.
     */
    private static Optional<org.jsoup.nodes.Element> recorded(Records.Entry entry, Records records, String html, String selector) {
        if (!entry.manifest().files().containsKey(html)) return Optional.empty();
        try {
            return Optional.ofNullable(Jsoup.parse(new String(records.read(entry, html), StandardCharsets.UTF_8)).selectFirst(selector));
        } catch (IOException | RuntimeException ex) {
            return Optional.empty();
        }
    }

    /** A recorded form's "For children in Year 3 to Year 6", as ratified; empty where the record holds no such line. */
    private static String recordedForWhom(Records.Entry entry, Records records, String html) {
        return recorded(entry, records, html, "header p.for-whom").map(org.jsoup.nodes.Element::text).orElse("");
    }

    /** The public index: only what is ratified and current, and plainly when a review is under way or overdue. */
    private byte[] index(School school, Optional<Records.Entry> inForce, Records records, boolean underReview) throws TemplateEngine.TemplateProblem {
        Map<String, Object> m = new LinkedHashMap<>(PolicyPage.model(school));
        String prefix = underReview ? IN_FORCE + "/" + inForce.map(Records.Entry::date).orElse("") + "/" : "";
        List<Map<String, Object>> documents = new ArrayList<>();
        List<Map<String, Object>> forms = new ArrayList<>();
        inForce.ifPresent(e -> {
            for (Manifest.Listed l : e.manifest().documents()) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("title", l.title());
                String html = l.html() == null ? "" : l.html();
                d.put("html", html.isEmpty() ? "" : prefix + html);
                d.put("pdf", l.pdf() == null || l.pdf().isEmpty() ? "" : prefix + l.pdf());
                d.put("text", html.endsWith(".txt"));
                if ("form".equals(l.kind())) {
                    // Grouped on the page for the people who sign them: learners' and parents' forms, then staff's and visitors'.
                    d.put("family", !html.startsWith("aup/" + AupForm.STAFF.id()) && !html.startsWith("aup/" + AupForm.VISITORS_VOLUNTEERS.id()));
                    d.put("forWhom", recordedForWhom(e, records, html));
                }
                ("form".equals(l.kind()) ? forms : documents).add(d);
            }
            Manifest man = e.manifest();
            // The summary of the policies in force, as they were ratified: not the profile's, which a review or a pending
            // change has moved on (it showed a rule governors had not ratified above the documents that did not say it).
            if (!man.imported()) recordedGlance(e, records).ifPresent(g -> m.put("recordedGlance", g));
            m.put("recordDate", PolicyDate.parse(man.date()).display());
            m.put("recordOn", on(PolicyDate.parse(man.date())));
            m.put("ratifiedRecord", man.ratified());
            m.put("imported", man.imported());
            m.put("recordBy", man.approvedBy() == null ? "" : man.approvedBy());
            Optional<PolicyDate> next = Optional.ofNullable(man.nextReview()).filter(s -> !s.isEmpty()).map(PolicyDate::parse);
            m.put("nextReview", next.map(PolicyDate::display).orElse(""));
            m.put("overdue", next.map(n -> n.latest().isBefore(today)).orElse(false));
        });
        m.put("hasRecord", inForce.isPresent());
        m.put("approvedBy", PolicyPage.approvedBy(school.profile()));
        m.put("underReview", underReview);
        m.put("documents", documents);
        m.put("forms", forms);
        String html = templates.render(templates.chainFor(school), "_layout/index.ftlh", m);
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        return doc.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    /** What the index lists from a record: each policy, then each form. */
    private static List<Manifest.Listed> listed(School school) {
        List<Manifest.Listed> out = new ArrayList<>();
        for (Publication pub : Publication.of(school.profile())) {
            out.add(new Manifest.Listed("policy", pub.title(), pub.slug() + ".html", pub.slug() + ".pdf"));
        }
        for (AupForm form : AupForm.forSchool(school.profile())) {
            String path = form.path(school.profile().yearGroups());
            out.add(new Manifest.Listed("form", FormPage.view(form, school).title(), path + ".html", path + ".pdf"));
        }
        return out;
    }

    /**
     * The editions of guidance the documents cite, and when each was checked: those every document
     * cites, and those the clauses of this project's own wording meet (their {@code data-meets}).
     */
    static Map<String, String> guidance(School school, Map<String, byte[]> files) {
        Map<String, Guidance.Edition> all = school.profile().guidance().byKey();
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(List.of("keeping_children_safe", "working_together", "early_years",
                "behaviour", "searching", "mobile_phones"));
        keys.addAll(cited(files));
        Map<String, String> out = new TreeMap<>();
        for (String key : keys) {
            Guidance.Edition e = all.get(key);
            if (e != null) out.put(e.title(), e.year() + e.checked().map(c -> " (checked " + c.iso() + ")").orElse(""));
        }
        return out;
    }

    private static final java.util.regex.Pattern MEETS = java.util.regex.Pattern.compile("data-meets=\"([A-Za-z,]+)\"");

    /** The guidance keys (as guidance.yml spells them) that the pages' own-wording clauses meet. */
    static java.util.Set<String> cited(Map<String, byte[]> files) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (!f.getKey().endsWith(".html")) continue;
            var m = MEETS.matcher(new String(f.getValue(), StandardCharsets.UTF_8));
            while (m.find()) for (String c : m.group(1).split(",")) out.add(Guidance.key(c));
        }
        return out;
    }

    /** The clause ids printed in the pages as this project's own wording. */
    static java.util.Set<String> printedOwnClauses(Map<String, byte[]> files) {
        return clauseIdsIn(files, "data-clause");
    }

    /** The clause ids the web pages carry in one attribute: data-clause (policygen's own), data-school-clause (the school's wording). */
    private static java.util.Set<String> clauseIdsIn(Map<String, byte[]> files, String attribute) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        var p = java.util.regex.Pattern.compile(attribute + "=\"([a-z0-9.-]+)\"");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (!f.getKey().endsWith(".html") || f.getValue() == null) continue;
            var m = p.matcher(new String(f.getValue(), StandardCharsets.UTF_8));
            while (m.find()) out.add(m.group(1));
        }
        return out;
    }

    /**
     * The school's profile, its shared layers and the files of its own folder the documents are made from
     * ({@link OwnFiles}: those the profile names, and its own templates; not its records, nor anything else
     * the folder holds), by path under the schools folder: text as it stood, other files by fingerprint.
     */
    static Map<String, String> sources(School school) throws IOException {
        Map<String, String> out = new TreeMap<>();
        List<Path> all = new ArrayList<>(school.layers());
        all.add(school.file());
        for (String name : OwnFiles.named(school)) {
            // Checked by the profile's rules before any build: inside the folder, no link out of it, within its size.
            uk.policygen.profile.SchoolFiles.inside(school.ownFolder(), name, Long.MAX_VALUE);
            all.add(OwnFiles.path(school, name));
        }
        all.addAll(OwnFiles.templates(school));
        Path base = school.file().toAbsolutePath().getParent();
        for (Path p : all) {
            String name = base.relativize(p.toAbsolutePath()).toString().replace('\\', '/');
            out.put(name, uk.policygen.profile.SchoolFiles.forRecord(p)); // text, or a streamed hash: a large video costs no memory
        }
        return out;
    }

    /** A policygen ratification's line in the version history, the same in its own table and in every later one. */
    private static final String REVIEWED_AND_RATIFIED = "Reviewed and ratified";

    /**
     * The version history printed in each policy: each record before this version (the school's
     * imported policy says so), the profile's own lines, then this ratification. It depends only on
     * what was recorded before, so rebuilding a ratified policy gives the same bytes.
     */
    private List<Map<String, Object>> history(School school, Records records) {
        TreeMap<String, Map<String, Object>> rows = new TreeMap<>();
        String current = RecordRules.approvedOn(school).orElse(null);
        String setting = school.profile().words().setting();
        for (Records.Entry e : records.entries()) {
            if (current != null && e.date().compareTo(current) >= 0) continue;
            Manifest m = e.manifest();
            String change = !m.imported() ? REVIEWED_AND_RATIFIED // as its own table printed it
                    : m.ratified() ? "Ratified (the " + setting + "'s earlier policy)" : "Written (the " + setting + "'s earlier policy; no ratification recorded)";
            rows.put(e.date(), row(PolicyDate.parse(e.date()), change, m.approvedBy() == null ? "" : m.approvedBy()));
        }
        for (VersionEntry v : school.profile().versionHistory()) {
            rows.put(v.date().iso(), row(v.date(), v.change(), v.approvedBy().orElse("")));
        }
        if (current != null && !rows.containsKey(current)) {
            rows.put(current, row(PolicyDate.parse(current), REVIEWED_AND_RATIFIED, PolicyPage.approvedBy(school.profile())));
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

    /** "Draft for approval by the governing body — prepared from the policy ratified on 25 September 2024". */
    static String draftNotice(School school, Optional<Records.Entry> from) {
        String by = PolicyPage.draftFor(school.profile());
        if (from.isEmpty()) return PolicyPage.draftNotice(school.profile());
        Manifest m = from.get().manifest();
        PolicyDate date = PolicyDate.parse(m.date());
        return by + " — prepared from the policy " + (m.ratified() ? "ratified " + on(date) : "dated " + date.display());
    }

    /** "on 25 September 2024", or "in March 2024" when only the month is known. */
    static String on(PolicyDate d) {
        return (d.dayKnown() ? "on " : "in ") + d.display();
    }

    /** The PDF-only page rules, looked up like every layout file (school → group → model). */
    static String pagedCss(TemplateEngine templates, School school) throws TemplateEngine.TemplateProblem {
        return templates.render(templates.chainFor(school), "_layout/pdf.css", Map.of());
    }

    /**
     * Every document and form of the school's pack, by path relative to {@code output/<id>/}, and
     * the index as the rendered profile would list it. Without {@code pdf}, only the web pages
     * (all a comparison needs).
     */
    Map<String, byte[]> render(School school, Records records, Optional<Records.Entry> draftFrom, Problems problems, boolean pdf)
            throws TemplateEngine.TemplateProblem, PdfWriter.RenderWarning {
        PdfWriter.Batch pdfs = pdf ? new PdfWriter.Batch() : null;
        Map<String, byte[]> files = render(school, records, draftFrom, problems, pdfs, true);
        if (pdf) files.putAll(pdfs.write());
        return files;
    }

    /**
     * The policies' web pages alone, without their forms or PDFs: all a changes report reads of the
     * recorded profile rendered with today's model ({@link ChangesPages}).
     */
    Map<String, byte[]> policyPages(School school, Records records, Problems problems) throws TemplateEngine.TemplateProblem {
        return render(school, records, Optional.empty(), problems, null, false);
    }

    /**
     * As above, with each PDF queued in {@code pdfs} (none when it is null): its name is in the
     * files, in its place, with no content until {@code pdfs} is written.
     */
    private Map<String, byte[]> render(School school, Records records, Optional<Records.Entry> draftFrom, Problems problems, PdfWriter.Batch pdfs,
                                       boolean withForms) throws TemplateEngine.TemplateProblem {
        boolean pdf = pdfs != null;
        Map<String, Object> model = PolicyPage.model(school);
        model.put("history", history(school, records));
        model.put("draftNotice", draftNotice(school, draftFrom));
        Map<String, byte[]> files = new LinkedHashMap<>();
        LocalDate stamp = school.profile().signOff().flatMap(SignOff::approvedOn)
                .orElse(school.profile().review().lastReviewed()).date();
        SectionPlaces.check(school, templates.sectionIds(templates.chainFor(school)), problems);
        SectionPlaces.checkClauses(school, templates.clauseIds(templates.chainFor(school)), problems);
        if (problems.hasErrors()) return Map.of();
        // Rendered even when nothing is printed: check renders this way, and a school's broken print styles are its to hear about.
        String css = pagedCss(templates, school);
        // The pack lists the documents, then the forms; each file's place is taken now and filled in as it is made.
        List<Publication> publications = Publication.of(school.profile());
        List<AupForm> forms = withForms ? AupForm.forSchool(school.profile()) : List.of();
        for (Publication pub : publications) {
            files.put(pub.slug() + ".html", null);
            if (pdf) files.put(pub.slug() + ".pdf", null);
        }
        for (AupForm form : forms) {
            files.put(form.path(school.profile().yearGroups()) + ".html", null);
            if (pdf) files.put(form.path(school.profile().yearGroups()) + ".pdf", null);
        }
        // Each PDF prints (on another core where there is one) while the next page is written. The forms'
        // pages are written first: the first of them is ready for the helper about half a second sooner, at
        // the start of a build, than the first policy (measured on 2 cores).
        for (AupForm form : forms) {
            Document html = formPage.render(school, form, List.of(FormPage.Copy.BLANK), model);
            String base = form.path(school.profile().yearGroups());
            files.put(base + ".html", WebPage.of(html));
            if (pdf) pdfs.addForm(base + ".pdf", html, css, stamp);
        }
        for (Publication pub : publications) {
            PolicyBody body = assembler.assemble(school, pub, model);
            Document html = page.render(school, pub, body, model);
            files.put(pub.slug() + ".html", WebPage.of(html));
            if (pdf) pdfs.add(pub.slug() + ".pdf", html, css, body.contents(), stamp);
        }
        // From the clauses printed, not those the templates hold: a nursery's policy has no filtering roles section.
        Map<String, byte[]> pages = new LinkedHashMap<>();
        files.forEach((name, bytes) -> { if (bytes != null && name.endsWith(".html")) pages.put(name, bytes); });
        filteringRoles(school, printedOwnClauses(pages), problems);
        unprintedWordings(school, pages, problems);
        unprintedReferrals(school, pages, problems);
        return files;
    }

    /** Whether the school's own profile (not a shared layer) gives this field. */
    private static boolean ownFile(School school, String field) {
        return school.wrote(field) && school.at(field).file().equals(school.at("").file());
    }

    /**
     * Referral contacts the school's own profile gives (a shared layer's are for the templates that print them) that no
     * page prints: the model's policies name the local procedures, not their telephone numbers, and only a group's own
     * template prints them. A middle school's Family Front Door number had vanished without a word.
     */
    static void unprintedReferrals(School school, Map<String, byte[]> pages, Problems problems) {
        boolean own = ownFile(school, "advice.referral_contacts"), notes = ownFile(school, "advice.referral_notes");
        if (!own && !notes) return;
        var advice = school.profile().advice();
        String text = pages.values().stream().map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8)).collect(java.util.stream.Collectors.joining("\n"));
        // By its label, which a page prints as written ("999" alone is in many a page).
        boolean printed = advice.referralContacts().stream().anyMatch(c -> text.contains(org.jsoup.nodes.Entities.escape(c.label().strip())))
                || advice.referralNotes().map(n -> text.contains(org.jsoup.nodes.Entities.escape(n.strip()))).orElse(false);
        if (printed) return;
        String field = own ? "advice.referral_contacts" : "advice.referral_notes";
        problems.warning(school.at(field), field, "no document of this " + school.profile().words().setting() + " prints them: the model's"
                + " policies name the local safeguarding procedures, not referral contacts; expected them left out, or stated in a"
                + " section of the " + school.profile().words().setting() + "'s own (local_sections)");
    }

    /**
     * A school's own wording of a clause its documents do not print (the model leaves the clause out for the school's
     * choices) appears nowhere: said, rather than dropped without a word (a reworded "not during lessons" vanished so).
     */
    static void unprintedWordings(School school, Map<String, byte[]> pages, Problems problems) {
        List<uk.policygen.profile.Clauses.ClauseWording> replace = school.profile().clauses().replace();
        if (replace.isEmpty()) return;
        java.util.Set<String> printed = clauseIdsIn(pages, "data-school-clause");
        for (int i = 0; i < replace.size(); i++) {
            String id = replace.get(i).id();
            if (printed.contains(id)) continue;
            String at = "clauses.replace[" + i + "].id";
            problems.warning(school.at(at), at, id + " is not printed in this " + school.profile().words().setting() + "'s documents (the model"
                    + " leaves it out for the " + school.profile().words().setting() + "'s choices), so this wording appears nowhere; expected"
                    + " it removed from clauses.replace, or the choice that prints the clause");
        }
    }
}
