package uk.policygen.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import uk.policygen.profile.DocumentKind;
import uk.policygen.profile.ExtraClause;
import uk.policygen.profile.LocalSection;
import uk.policygen.profile.School;
import uk.policygen.profile.yaml.Location;

/**
 * Builds a publication's body: each policy's section templates in order, the school's extra
 * clauses and local sections in their places, appendices last, then numbers everything, so a
 * number can never restart, jump or repeat.
 */
public final class DocumentAssembler {
    private final TemplateEngine templates;
    private final MarkdownToHtml markdown = new MarkdownToHtml();

    public DocumentAssembler(TemplateEngine templates) {
        this.templates = templates;
    }

    public PolicyBody assemble(School school, Publication pub, Map<String, Object> model)
            throws TemplateEngine.TemplateProblem {
        List<Path> chain = templates.chainFor(school);
        Element body = new Element("div").addClass("policy-body");
        List<PolicyBody.Heading> contents = new ArrayList<>();
        int sectionNo = 0;
        int level = pub.combined() ? 3 : 2;
        for (int part = 0; part < pub.parts().size(); part++) {
            DocumentKind kind = pub.parts().get(part);
            Element container = body;
            if (pub.combined()) {
                String partId = "part-" + (char) ('a' + part);
                container = body.appendElement("section").addClass("part").attr("aria-labelledby", partId);
                container.appendElement("h2").attr("id", partId).addClass("part-title").text(pub.partTitle(part));
                contents.add(new PolicyBody.Heading(partId, "", pub.partTitle(part), 2));
            }
            Map<String, Object> partModel = new LinkedHashMap<>(model);
            partModel.put("doc", new DocView(kind.name(), pub.combined(), pub.title()));
            String word = uk.policygen.profile.ProfileBinder.wordOf(kind);
            java.util.Set<String> overridden = templates.overriddenClauses(chain);
            for (TemplateEngine.Section section : templates.sections(chain, kind)) {
                if (school.profile().clauses().omit().contains(word + "." + section.id())) continue;
                partModel.put("clause", ClauseDirective.forSection(school.profile(), word, section.id(), overridden));
                String md = templates.render(chain, section.templateName(), partModel);
                if (md.isBlank()) continue;
                md = md.stripTrailing() + extraClauses(school, kind, section.id());
                sectionNo++;
                add(container, contents, schoolMarked(markdown.render(md)), prefix(kind) + section.id(), String.valueOf(sectionNo), level, true);
                for (LocalSection local : localAfter(school, kind, section.id())) {
                    sectionNo++;
                    add(container, contents, local(school, local), prefix(kind) + slug(local.title()), String.valueOf(sectionNo), level, false);
                }
            }
        }
        int appendixNo = 0;
        for (LocalSection local : school.profile().localSections()) {
            if (local.after().equals("appendix") && pub.parts().contains(local.document())) {
                appendixNo++;
                Element html = local(school, local);
                Element h = html.selectFirst("h2");
                h.text("Appendix " + appendixNo + ": " + h.text());
                add(body, contents, html, "appendix-" + appendixNo, "", 2, false);
            }
        }
        provenanceNote(school, chain, body, model, "policy");
        String width = "number-width-" + widestNumber(body);
        for (Element list : body.select("ol.clauses")) list.addClass(width);
        Typography.keepTogether(body);
        return new PolicyBody(body, contents);
    }

    /**
     * Once, after the text: what the † on this project's own clauses means and which guidance they
     * meet, from {@code _provenance.ftl} (the model supplies it; an edition may reword it). Nothing when
     * no clause of the document is marked.
     */
    void provenanceNote(School school, List<Path> chain, Element body, Map<String, Object> model, String what)
            throws TemplateEngine.TemplateProblem {
        java.util.Set<String> cited = new java.util.LinkedHashSet<>();
        for (Element e : body.select(".policygen-wording[data-meets]")) {
            for (String c : e.attr("data-meets").split(",")) cited.add(c);
        }
        if (cited.isEmpty()) return;
        java.util.Map<String, uk.policygen.profile.Guidance.Edition> all = school.profile().guidance().byKey();
        List<uk.policygen.profile.Guidance.Edition> editions = new ArrayList<>();
        for (String c : cited) {
            uk.policygen.profile.Guidance.Edition e = all.get(uk.policygen.profile.Guidance.key(c));
            if (e != null && !editions.contains(e)) editions.add(e);
        }
        Map<String, Object> m = new LinkedHashMap<>(model);
        m.put("cited", editions);
        m.put("what", what);
        m.put("edition", templates.editions().of(school).edition());
        if (!templates.exists(chain, "_provenance.ftl")) return;
        String md = templates.render(chain, "_provenance.ftl", m);
        if (md.isBlank()) return;
        Element note = markdown.render(md);
        body.appendElement("div").addClass("provenance-note").appendChildren(note.childNodesCopy());
    }

    private static final java.util.regex.Pattern SCHOOL = java.util.regex.Pattern.compile(
            " ?" + java.util.regex.Pattern.quote(ClauseDirective.SCHOOL_MARK) + "([a-z0-9.-]+)\u27E7");
    private static final java.util.regex.Pattern POLICYGEN = java.util.regex.Pattern.compile(
            " ?" + java.util.regex.Pattern.quote(ClauseDirective.POLICYGEN_MARK) + "([a-z0-9.-]+);([A-Za-z,]+)\u27E7");

    /**
     * The school's own wording of a model clause keeps a class saying so (see {@link ClauseDirective});
     * this project's own wording gets a class, its clause id and the guidance it meets as data, and a
     * visible † that the provenance note explains.
     */
    static Element schoolMarked(Element html) {
        for (org.jsoup.nodes.TextNode t : collectText(html)) {
            java.util.regex.Matcher m = POLICYGEN.matcher(t.getWholeText());
            if (!m.find()) continue;
            String whole = t.getWholeText();
            Element block = t.parent() instanceof Element ? (Element) t.parent() : null;
            while (block != null && !block.tagName().matches("li|p|h[1-6]")) block = block.parent();
            t.text(whole.substring(0, m.start()));
            Element mark = new Element("span").addClass("provenance-mark").attr("title", "policygen's own wording").text("\u2020");
            t.after(mark);
            String rest = whole.substring(m.end());
            if (!rest.isEmpty()) mark.after(new org.jsoup.nodes.TextNode(rest));
            if (block != null) block.addClass("policygen-wording").attr("data-clause", m.group(1)).attr("data-meets", m.group(2));
        }
        for (org.jsoup.nodes.TextNode t : collectText(html)) {
            java.util.regex.Matcher m = SCHOOL.matcher(t.getWholeText());
            if (!m.find()) continue;
            String id = m.group(1);
            t.text(SCHOOL.matcher(t.getWholeText()).replaceAll(""));
            Element block = t.parent() instanceof Element ? (Element) t.parent() : null;
            while (block != null && !block.tagName().matches("li|p|h[1-6]")) block = block.parent();
            // The id lets the build find a school's wording that no document printed (PackBuilder.unprintedWordings).
            if (block != null) block.addClass("school-wording").attr("data-school-clause", id);
        }
        return html;
    }

    private static List<org.jsoup.nodes.TextNode> collectText(Element root) {
        List<org.jsoup.nodes.TextNode> out = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t) out.add(t);
        });
        return out;
    }

    /**
     * The characters in the longest clause number ("6.12.10" is 7), so the styles can make the
     * number column wide enough for every number in this document and none prints over its text.
     */
    static int widestNumber(Element body) {
        int widest = 4;
        for (Element n : body.select("span.clause-no")) widest = Math.max(widest, n.text().length());
        return Math.min(widest, 12);
    }

    /** Template data for one part: what the templates call {@code doc}. */
    public record DocView(String kind, boolean combined, String title) {
    }

    private static String prefix(DocumentKind kind) {
        return kind.word() + "-";
    }

    private String extraClauses(School school, DocumentKind kind, String sectionId) {
        StringBuilder md = new StringBuilder();
        for (ExtraClause c : school.profile().extraClauses()) {
            if (c.document() == kind && c.section().equals(sectionId)) {
                // Plain text, as a school's wording of a model clause is: "# Staff must…" had printed a page heading
                // inside the list, and a bracketed address a live link.
                md.append("\n- ").append(MarkdownOutputFormat.escape(c.text().strip()));
            }
        }
        return md.length() == 0 ? "\n" : "\n" + md + "\n";
    }

    private List<LocalSection> localAfter(School school, DocumentKind kind, String sectionId) {
        return school.profile().localSections().stream()
                .filter(l -> l.document() == kind && l.after().equals(sectionId)).toList();
    }

    /** A local Markdown file as a section; its own headings sit below the section's. */
    private Element local(School school, LocalSection local) throws TemplateEngine.TemplateProblem {
        Path file = school.ownFolder().resolve(local.file());
        String text;
        try {
            text = uk.policygen.profile.SchoolFiles.readText(school.ownFolder(), local.file());
        } catch (IOException e) {
            throw new TemplateEngine.TemplateProblem(new Location(file.toString(), 1, 1), e.getMessage());
        }
        Element html = markdown.render(text);
        // The file's own top heading level becomes a subsection (h3), the rest keep their steps.
        int top = 7;
        for (Element h : html.select("h1, h2, h3, h4, h5, h6")) top = Math.min(top, h.tagName().charAt(1) - '0');
        for (Element h : html.select("h1, h2, h3, h4, h5, h6")) {
            h.tagName("h" + Math.min(6, 3 + (h.tagName().charAt(1) - '0') - top));
        }
        html.prependElement("h2").text(local.title());
        return html;
    }

    /**
     * Numbers one section and adds it: the heading gets the section number, top-level list items
     * become clauses (3.1, 3.2 …), a subsection takes the next clause number and numbers its own
     * list items beneath it (3.4.1 …). A school's own Markdown ({@code clauses} false) keeps its
     * lists as lists: its bullet points are fragments of its sentences, not clauses.
     */
    private static void add(Element container, List<PolicyBody.Heading> contents, Element html, String id, String number, int level, boolean clauses) {
        Element section = container.appendElement("section").addClass("policy-section").attr("aria-labelledby", id);
        List<Node> nodes = new ArrayList<>(html.childNodes());
        Element heading = null;
        int clause = 0;
        String sub = null;
        int subClause = 0;
        int subCount = 0;
        for (Node node : nodes) {
            node.remove();
            if (node instanceof Element e) {
                String tag = e.tagName();
                if (heading == null && tag.equals("h2")) {
                    heading = e;
                    String title = e.text();
                    e.tagName("h" + level).attr("id", id).empty();
                    if (!number.isEmpty()) e.appendElement("span").addClass("num").text(number).after(" ");
                    e.appendText(title);
                    contents.add(new PolicyBody.Heading(id, number, title, level));
                } else if (tag.equals("h3")) {
                    clause++;
                    subCount++;
                    sub = number.isEmpty() ? "" : number + "." + clause;
                    subClause = 0;
                    String title = e.text();
                    e.tagName("h" + (level + 1)).attr("id", id + "-" + subCount).empty();
                    if (!sub.isEmpty()) e.appendElement("span").addClass("num").text(sub).after(" ");
                    e.appendText(title);
                } else if ((tag.equals("ul") || tag.equals("ol")) && !number.isEmpty() && clauses) {
                    e.tagName("ol").addClass("clauses");
                    for (Element li : e.children()) {
                        String n;
                        if (sub == null) {
                            clause++;
                            n = number + "." + clause;
                        } else {
                            subClause++;
                            n = sub + "." + subClause;
                        }
                        // The number starts the clause's first line (in a loose list, its first paragraph's),
                        // so the two cannot be parted by a page break. The space after it is its own, inside the
                        // number's fixed width (the styles), so the first line starts where the others do.
                        Element first = li.children().first();
                        boolean para = first != null && first.tagName().equals("p")
                                && li.childNodes().stream().takeWhile(c -> c != first).allMatch(c -> c instanceof org.jsoup.nodes.TextNode t && t.isBlank());
                        Element into = para ? first : li;
                        into.prependElement("span").addClass("clause-no").text(n + " ");
                    }
                } else if (tag.matches("h[4-6]")) {
                    e.tagName("h" + Math.min(6, (tag.charAt(1) - '0') + level - 2)); // keep the steps below a subsection
                }
            }
            section.appendChild(node);
        }
    }

    static String slug(String title) {
        String s = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "section" : s;
    }
}
