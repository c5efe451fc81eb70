package uk.policygen.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * What changed between the last ratified version of a policy and the draft, section by section,
 * for governors: added, removed and reworded clauses, with the draft's section numbers. Changes
 * are marked with {@code <ins>} and {@code <del>} and with words, never by colour alone.
 */
public final class ChangesReport {
    private ChangesReport() {
    }

    /** One clause or paragraph: its number in its version ("" for a paragraph) and its words. */
    record Clause(String number, String text) {
    }

    /** A section as it reads in one version. */
    record Section(String id, String heading, List<Clause> clauses) {
    }

    /** One change, already as safe HTML for the report. */
    public record Change(String kind, String where, String html) {
    }

    /** The changes to one section, under the draft's heading (or the old one, if removed). */
    public record SectionChanges(String heading, String status, List<Change> changes) {
    }

    public static List<SectionChanges> compare(String ratifiedHtml, String draftHtml) {
        Map<String, Section> before = sections(Jsoup.parse(ratifiedHtml));
        Map<String, Section> after = sections(Jsoup.parse(draftHtml));
        List<SectionChanges> out = new ArrayList<>();
        for (Section now : after.values()) {
            Section then = before.get(now.id());
            if (then == null) {
                List<Change> all = new ArrayList<>();
                for (Clause c : now.clauses()) all.add(new Change("Added", c.number(), "<ins>" + esc(c.text()) + "</ins>"));
                out.add(new SectionChanges(now.heading(), "New section", all));
                continue;
            }
            List<Change> changes = clauses(then, now);
            if (!changes.isEmpty() || !strip(then.heading()).equals(strip(now.heading()))) {
                String status = strip(then.heading()).equals(strip(now.heading())) ? "Changed" : "Renamed from \u201c" + strip(then.heading()) + "\u201d";
                out.add(new SectionChanges(now.heading(), status, changes));
            }
        }
        for (Section then : before.values()) {
            if (!after.containsKey(then.id())) {
                List<Change> all = new ArrayList<>();
                for (Clause c : then.clauses()) all.add(new Change("Removed", "", "<del>" + esc(c.text()) + "</del>"));
                out.add(new SectionChanges(then.heading(), "Section removed", all));
            }
        }
        return out;
    }

    private static List<Change> clauses(Section then, Section now) {
        List<String> a = then.clauses().stream().map(Clause::text).toList();
        List<String> b = now.clauses().stream().map(Clause::text).toList();
        List<Change> out = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            int src = d.getSource().getPosition();
            int tgt = d.getTarget().getPosition();
            List<String> olds = d.getSource().getLines();
            List<String> news = d.getTarget().getLines();
            if (d.getType() == DeltaType.INSERT) {
                for (int i = 0; i < news.size(); i++) out.add(new Change("Added", now.clauses().get(tgt + i).number(), "<ins>" + esc(news.get(i)) + "</ins>"));
            } else if (d.getType() == DeltaType.DELETE) {
                for (int i = 0; i < olds.size(); i++) out.add(new Change("Removed", "was " + then.clauses().get(src + i).number(), "<del>" + esc(olds.get(i)) + "</del>"));
            } else {
                int paired = Math.min(olds.size(), news.size());
                for (int i = 0; i < paired; i++) out.add(new Change("Reworded", now.clauses().get(tgt + i).number(), words(olds.get(i), news.get(i))));
                for (int i = paired; i < news.size(); i++) out.add(new Change("Added", now.clauses().get(tgt + i).number(), "<ins>" + esc(news.get(i)) + "</ins>"));
                for (int i = paired; i < olds.size(); i++) out.add(new Change("Removed", "was " + then.clauses().get(src + i).number(), "<del>" + esc(olds.get(i)) + "</del>"));
            }
        }
        return out;
    }

    /** A word-level diff of a reworded clause. */
    private static String words(String before, String after) {
        List<String> a = List.of(before.split(" "));
        List<String> b = List.of(after.split(" "));
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            for (; pos < d.getSource().getPosition(); pos++) sb.append(esc(a.get(pos))).append(' ');
            if (!d.getSource().getLines().isEmpty()) sb.append("<del>").append(esc(String.join(" ", d.getSource().getLines()))).append("</del> ");
            if (!d.getTarget().getLines().isEmpty()) sb.append("<ins>").append(esc(String.join(" ", d.getTarget().getLines()))).append("</ins> ");
            pos += d.getSource().size();
        }
        for (; pos < a.size(); pos++) sb.append(esc(a.get(pos))).append(' ');
        return sb.toString().strip();
    }

    private static Map<String, Section> sections(Document doc) {
        Map<String, Section> out = new LinkedHashMap<>();
        for (Element s : doc.select("section.policy-section")) {
            Element h = s.selectFirst("h2[id], h3[id]");
            if (h == null) continue;
            List<Clause> clauses = new ArrayList<>();
            for (Element e : s.children()) {
                if (e == h) continue;
                if (e.is("ol.clauses")) {
                    for (Element li : e.children()) {
                        // The number leads the item, or its first paragraph in a loose list.
                        Element no = li.selectFirst("> span.clause-no, > p:first-child > span.clause-no");
                        String number = no == null ? "" : no.text();
                        Element copy = li.clone();
                        copy.select("> span.clause-no, > p:first-child > span.clause-no").remove();
                        clauses.add(new Clause(number, copy.text()));
                    }
                } else if (e.is("p, h3, h4, h5, h6, table")) {
                    Element no = e.selectFirst("span.num");
                    clauses.add(new Clause(no == null ? "" : no.text(), e.text()));
                }
            }
            out.put(h.id(), new Section(h.id(), h.text(), clauses));
        }
        return out;
    }

    /** The heading without its number, to tell a renamed section from a renumbered one. */
    private static String strip(String heading) {
        return heading.replaceFirst("^[0-9.]+\\s+", "");
    }

    private static String esc(String s) {
        return Entities.escape(s);
    }
}
