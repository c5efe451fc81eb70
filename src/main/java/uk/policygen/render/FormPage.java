package uk.policygen.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import uk.policygen.profile.School;
import uk.policygen.profile.YearGroup;

/**
 * An Acceptable Use Policy form as one HTML page (and so one PDF): the form's statements from
 * {@code aup/<form>.ftl}, then a sign-and-return slip. A class pack is the same page with one
 * copy per learner, their name and class printed on it.
 */
public final class FormPage {
    private final TemplateEngine templates;
    private final MarkdownToHtml markdown = new MarkdownToHtml();

    public FormPage(TemplateEngine templates) {
        this.templates = templates;
    }

    /** One printed copy; blank name and class give lines to write on. */
    public record Copy(String name, String className) {
        public static final Copy BLANK = new Copy("", "");
    }

    /** What templates call {@code form}; {@code adults}: some of its learners may be 18 or over and sign for themselves. */
    public record FormView(String id, String title, boolean forLearners, String yearGroups, String audience, boolean adults) {
    }

    public static FormView view(AupForm form, School school) {
        // "Year 12 and Year 13", "Year 7 to Year 11": the year groups' own wording, as every other sentence names them.
        String years = school.profile().yearGroups().map(form::yearGroups)
                .map(l -> l.isEmpty() ? "" : new uk.policygen.profile.YearGroups(l).toString()).orElse("");
        boolean adults = form.forLearners() && school.profile().yearGroups()
                .map(y -> form.yearGroups(y).stream().anyMatch(YearGroup::hasAdults)).orElse(false);
        return new FormView(form.id(), form.title(school.profile().words().children(), school.profile().yearGroups()), form.forLearners(), years, form.audience(), adults);
    }

    private static boolean includesItself(List<java.nio.file.Path> chain, AupForm form) {
        for (java.nio.file.Path dir : chain) {
            java.nio.file.Path f = dir.resolve("aup").resolve(form.id() + ".ftl");
            if (!java.nio.file.Files.isRegularFile(f)) continue;
            try {
                return java.nio.file.Files.readString(f).contains(form.id() + "-edition.ftl");
            } catch (java.io.IOException e) {
                return false;
            }
        }
        return false;
    }

    public Document render(School school, AupForm form, List<Copy> copies, Map<String, Object> base) throws TemplateEngine.TemplateProblem {
        List<java.nio.file.Path> chain = templates.chainFor(school);
        Map<String, Object> m = new LinkedHashMap<>(base);
        // As the policies: a draft's forms carry its notice (the build puts draftNotice in the model).
        m.put("ratified", school.profile().signOff().flatMap(uk.policygen.profile.SignOff::approvedOn).isPresent());
        m.putIfAbsent("draftNotice", PolicyPage.draftNotice(school.profile())); // a class pack's too
        FormView view = view(form, school);
        m.put("form", view);
        m.put("clause", new ClauseDirective("aup." + form.id(), school.profile().clauses(), templates.overriddenClauses(chain),
                ClauseDirective.guidanceNames(school.profile())));
        String md = templates.render(chain, "aup/" + form.id() + ".ftl", m);
        // A later model edition's statements for this form (aup/<form>-edition.ftl): after the form's own, unless
        // the form places them itself (the staff form includes them before its closing section).
        String edition = "aup/" + form.id() + "-edition.ftl";
        if (templates.exists(chain, edition) && !includesItself(chain, form)) md = md.stripTrailing() + "\n\n" + templates.render(chain, edition, m);
        Element body = DocumentAssembler.schoolMarked(markdown.render(md));
        new DocumentAssembler(templates).provenanceNote(school, chain, body, m, "form");
        // The form's own headings sit under its title (h1) as h2, h3 …
        int top = 7;
        for (Element h : body.select("h1, h2, h3, h4, h5, h6")) top = Math.min(top, h.tagName().charAt(1) - '0');
        for (Element h : body.select("h1, h2, h3, h4, h5, h6")) h.tagName("h" + Math.min(6, 2 + (h.tagName().charAt(1) - '0') - top));
        m.put("body", body.html());
        m.put("copies", copies);
        m.put("policyTitles", new Fmt().list(Publication.of(school.profile()).stream().map(Publication::title).toList()));
        String html = templates.render(chain, "_layout/form.ftlh", m);
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        Typography.page(doc);
        return doc;
    }
}
