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
            for (TemplateEngine.Section section : templates.sections(chain, kind)) {
                String md = templates.render(chain, section.templateName(), partModel);
                if (md.isBlank()) continue;
                md = md.stripTrailing() + extraClauses(school, kind, section.id());
                sectionNo++;
                add(container, contents, markdown.render(md), prefix(kind) + section.id(), String.valueOf(sectionNo), level, true);
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
        String width = "number-width-" + widestNumber(body);
        for (Element list : body.select("ol.clauses")) list.addClass(width);
        Typography.keepTogether(body);
        return new PolicyBody(body, contents);
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
        return kind == DocumentKind.MOBILE ? "mobile-" : "social-media-";
    }

    private String extraClauses(School school, DocumentKind kind, String sectionId) {
        StringBuilder md = new StringBuilder();
        for (ExtraClause c : school.profile().extraClauses()) {
            if (c.document() == kind && c.section().equals(sectionId)) {
                md.append("\n- ").append(c.text().strip().replace("\n", " "));
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
            text = Files.readString(file);
        } catch (IOException e) {
            throw new TemplateEngine.TemplateProblem(new Location(file.toString(), 1, 1),
                    "cannot be read as UTF-8 text (" + e.getMessage() + "); expected a Markdown file saved as UTF-8");
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
                        // In a loose list the text is in a paragraph: the number goes into it, so
                        // the two share a line and cannot be parted by a page break.
                        Element first = li.children().first();
                        boolean para = first != null && first.tagName().equals("p")
                                && li.childNodes().stream().takeWhile(c -> c != first).allMatch(c -> c instanceof org.jsoup.nodes.TextNode t && t.isBlank());
                        Element into = para ? first : li;
                        Element no = into.prependElement("span").addClass("clause-no").text(n);
                        no.after(" ");
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
