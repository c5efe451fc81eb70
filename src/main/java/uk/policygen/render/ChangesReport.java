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
    /** A numbered clause; {@code marked} is its text with each inner list item's start marked ({@link #ITEM}), for splitting into sentences. */
    record Clause(String number, String marked) {
        /** The clause as it reads. */
        String text() {
            return marked.replace(ITEM, "").strip();
        }
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
                for (int i = 0; i < paired; i++) out.add(new Change(reworded(olds.get(i), news.get(i)), now.clauses().get(tgt + i).number(), words(olds.get(i), news.get(i))));
                for (int i = paired; i < news.size(); i++) out.add(new Change("Added", now.clauses().get(tgt + i).number(), "<ins>" + esc(news.get(i)) + "</ins>"));
                for (int i = paired; i < olds.size(); i++) out.add(new Change("Removed", "was " + then.clauses().get(src + i).number(), "<del>" + esc(olds.get(i)) + "</del>"));
            }
        }
        return out;
    }

    /**
     * "Reworded", or "Rule reworded" where a word that says who, when, where or whether was added or taken out ("and" became
     * "and/or", "free time" became "break or free time", "the DSL" became "the headteacher"): a rewording governors should read
     * as a possible change of rule, not of style.
     */
    static String reworded(String before, String after) {
        java.util.Set<String> a = new java.util.HashSet<>(List.of(key(before).split(" ")));
        java.util.Set<String> b = new java.util.HashSet<>(List.of(key(after).split(" ")));
        java.util.Set<String> changed = new java.util.HashSet<>(a);
        changed.addAll(b);
        java.util.Set<String> both = new java.util.HashSet<>(a);
        both.retainAll(b);
        changed.removeAll(both);
        boolean andOr = before.contains("and/or") != after.contains("and/or");
        return andOr || changed.stream().anyMatch(RULE_WORDS::contains) ? "Rule reworded" : "Reworded";
    }

    /** Words that say who, when, where or whether: a rewording that adds or drops one may change the rule. */
    private static final java.util.Set<String> RULE_WORDS = java.util.Set.of(
            "headteacher", "principal", "manager", "dsl", "ddsl", "deputy", "leader", "leadership", "governors", "governing", "parents",
            "parent", "carers", "teacher", "teachers", "senco", "sendco", "police", "lado",
            "day", "week", "term", "break", "lunch", "free", "hours", "lessons", "immediately", "always", "never",
            "not", "no", "only", "must", "may", "should", "permitted", "allowed", "forbidden", "unless", "except", "consent",
            "permission", "written", "approved", "approval", "confiscated", "searched", "deleted", "banned");

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

    /**
     * A form (or any page without numbered policy sections) compared block by block under its
     * {@code h2} headings: the AUP forms governors approve with the policies.
     */
    public static List<SectionChanges> compareBlocks(String beforeHtml, String afterHtml) {
        Map<String, Section> before = blockSections(Jsoup.parse(beforeHtml));
        Map<String, Section> after = blockSections(Jsoup.parse(afterHtml));
        List<SectionChanges> out = new ArrayList<>();
        for (Section now : after.values()) {
            Section then = before.getOrDefault(now.id(), new Section(now.id(), now.heading(), List.of()));
            List<Change> changes = clauses(then, now);
            if (!changes.isEmpty()) out.add(new SectionChanges(now.heading(), before.containsKey(now.id()) ? "Changed" : "New part", changes));
        }
        for (Section then : before.values()) {
            if (!after.containsKey(then.id())) {
                out.add(new SectionChanges(then.heading(), "Part removed", clauses(then, new Section(then.id(), then.heading(), List.of()))));
            }
        }
        return out;
    }

    private static Map<String, Section> blockSections(Document doc) {
        Map<String, Section> out = new LinkedHashMap<>();
        Element main = doc.selectFirst("main");
        if (main == null) main = doc.body();
        String heading = "Introduction";
        List<Clause> clauses = new ArrayList<>();
        for (Element e : main.select("h2, h3, p, li, td")) {
            // A draft's notice is not the form's text: a draft and its ratified record read the same.
            if (e.closest(".draft-banner") != null) continue;
            if (e.is("h2")) {
                if (!clauses.isEmpty()) out.putIfAbsent(heading, new Section(heading, heading, clauses));
                heading = e.text();
                clauses = new ArrayList<>();
            } else if (!e.is("li") || e.select("p, li").size() == 1) {
                // A list item is read unless it holds paragraphs or a list of its own, which are read instead (select counts
                // the item itself: an item with none is a size of one; every item was skipped while it was not counted).
                if (!e.text().isBlank()) clauses.add(new Clause("", e.text()));
            }
        }
        if (!clauses.isEmpty()) out.putIfAbsent(heading, new Section(heading, heading, clauses));
        return out;
    }

    /** One sentence: the document and section of the draft it sits in, its clause number, its words (and as a set, to compare). */
    private record Sentence(String doc, String heading, String number, String text, String key, java.util.Set<String> words) {
        static Sentence of(String doc, String heading, String number, String text) {
            String key = ChangesReport.key(text);
            return new Sentence(doc, heading, number, text, key, java.util.Set.copyOf(List.of(key.split(" "))));
        }
    }

    /** One place where the draft and the earlier text differ: a draft sentence and what it was (if anything), or a sentence gone, reported at {@code at}. */
    private record Found(Sentence after, Sentence before, Sentence at) {
    }

    /** A draft section's changes against an earlier policy that exists only as text. */
    public record TextSectionChanges(String document, String heading, int unchanged, List<Change> changes) {
    }

    /**
     * The drafts (title → HTML, in order) compared sentence by sentence with a school's earlier
     * policy as it published it (plain text). Sentences the draft keeps are counted, wherever they
     * now stand; sentences added, removed or reworded are listed under the draft section they belong
     * to, with its numbers. A removed sentence is listed where it would have stood in the draft.
     */
    public static List<TextSectionChanges> againstText(String importedText, Map<String, String> drafts) {
        List<Sentence> old = new ArrayList<>();
        for (String para : importedText.replace("\r", "").split("\n")) {
            String clean = LEAD.matcher(LINK.matcher(MARKUP.matcher(para).replaceAll("")).replaceAll("$1").replace("*", "")).replaceFirst("").strip();
            for (String sentence : split(clean)) old.add(Sentence.of("", "", "", sentence));
        }
        List<Sentence> now = new ArrayList<>();
        Map<String, TextSectionChanges> byHeading = new LinkedHashMap<>();
        // Text the draft prints outside its numbered clauses (its cover, vision and values, key details, section headings):
        // a line of the earlier policy found there is kept, not removed, though no clause holds it.
        java.util.Set<String> elsewhere = new java.util.HashSet<>();
        List<java.util.Set<String>> headings = new ArrayList<>();
        for (Map.Entry<String, String> d : drafts.entrySet()) {
            Document page = Jsoup.parse(d.getValue());
            // Each numbered section is skipped whole (its clauses are compared one by one below), its heading kept.
            page.body().filter(new org.jsoup.select.NodeFilter() {
                @Override
                public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                    if (!(node instanceof Element e)) return FilterResult.SKIP_ENTIRELY;
                    if (e.is("section.policy-section")) return FilterResult.SKIP_ENTIRELY;
                    if (e.is("p, h1, h2, h3, h4, li, dt, dd, td, th, caption")) {
                        if (e.hasText()) elsewhere.add(key(LEAD.matcher(e.text()).replaceFirst("")));
                        return FilterResult.SKIP_CHILDREN;
                    }
                    return FilterResult.CONTINUE;
                }
            });
            for (Section sec : sections(page).values()) {
                elsewhere.add(key(LEAD.matcher(sec.heading()).replaceFirst("")));
                headings.add(Sentence.of("", "", "", LEAD.matcher(sec.heading()).replaceFirst("")).words());
                byHeading.put(d.getKey() + "\u0000" + sec.heading(), new TextSectionChanges(d.getKey(), sec.heading(), 0, new ArrayList<>()));
                for (Clause c : sec.clauses()) {
                    for (String sentence : split(c.marked())) now.add(Sentence.of(d.getKey(), sec.heading(), c.number(), sentence));
                }
            }
        }
        Map<String, int[]> unchanged = new LinkedHashMap<>();
        var patch = DiffUtils.diff(old, now, (a, b) -> a.key().equals(b.key()));
        int pos = 0;
        java.util.function.BiConsumer<Sentence, Change> put = (at, change) ->
                byHeading.get(at.doc() + "\u0000" + at.heading()).changes().add(change);
        java.util.function.Consumer<Sentence> same = s -> unchanged.computeIfAbsent(s.doc() + "\u0000" + s.heading(), k -> new int[1])[0]++;
        // The diff reads both policies in order, so a sentence the draft keeps in another place (a section moved, or
        // reordered) comes out as removed in one place and added in another. Those are found across the whole policy
        // before anything is reported: the same sentence is counted as kept, a close one as reworded.
        List<Found> found = new ArrayList<>();
        for (AbstractDelta<Sentence> d : patch.getDeltas()) {
            for (; pos < d.getTarget().getPosition(); pos++) same.accept(now.get(pos));
            List<Sentence> olds = new ArrayList<>(d.getSource().getLines());
            List<Sentence> news = d.getTarget().getLines();
            int tgt = d.getTarget().getPosition();
            Sentence anchor = !news.isEmpty() ? news.get(0) : tgt < now.size() ? now.get(tgt) : now.isEmpty() ? null : now.get(now.size() - 1);
            for (Sentence n : news) {
                Sentence match = null;
                double best = 0.5;
                for (Sentence o : olds) {
                    double sim = similarity(o.words(), n.words());
                    if (sim >= best) {
                        best = sim;
                        match = o;
                    }
                }
                if (match != null) olds.remove(match);
                found.add(new Found(n, match, n));
            }
            if (anchor != null) {
                for (Sentence o : olds) found.add(new Found(null, o, anchor));
            }
            pos = tgt + news.size();
        }
        java.util.Map<Found, Found> movedFrom = matchAcross(found);
        // A fragment of a line printed outside the clauses ("Love." of the values "Love · Compassion · ...").
        String elsewhereText = " " + String.join(" \n ", elsewhere) + " ";
        java.util.Set<Found> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        taken.addAll(movedFrom.values());
        // A line of the earlier policy that was only a web address (a channel's) is kept wherever the draft prints that address;
        // any line is kept that the draft prints outside its clauses, whole or as part of a longer line (its values, its motto).
        String draftKeys = now.stream().map(Sentence::key).collect(java.util.stream.Collectors.joining("\n"));
        for (Found f : found) {
            if (f.after() == null) {
                boolean keptElsewhere = (BARE_ADDRESS.matcher(f.before().text()).matches() && !f.before().key().isEmpty()
                        && draftKeys.contains(f.before().key())) || elsewhere.contains(f.before().key())
                        || (!f.before().key().isEmpty() && elsewhereText.contains(" " + f.before().key() + " "))
                        || renamedHeading(f.before(), headings);
                if (!taken.contains(f) && !keptElsewhere) put.accept(f.at(), new Change("Removed", "", "<del>" + esc(f.before().text()) + "</del>"));
                continue;
            }
            Sentence n = f.after();
            Sentence was = f.before() != null ? f.before() : movedFrom.containsKey(f) ? movedFrom.get(f).before() : null;
            if (was == null) {
                put.accept(n, new Change("Added", n.number(), "<ins>" + esc(n.text()) + "</ins>"));
            } else if (was.key().equals(n.key())) {
                same.accept(n);
            } else {
                put.accept(n, new Change(reworded(was.text(), n.text()), n.number(), words(was.text(), n.text())));
            }
        }
        for (; pos < now.size(); pos++) same.accept(now.get(pos));
        List<TextSectionChanges> out = new ArrayList<>();
        byHeading.forEach((k, v) -> out.add(new TextSectionChanges(v.document(), v.heading(), unchanged.getOrDefault(k, new int[1])[0], v.changes())));
        return out;
    }

    /**
     * Whether a line of the earlier policy is one of its headings that the draft keeps under other words ("Learners' use of
     * personal devices" as "Pupils' use of personal devices"): a short line, without a full stop, with most of a draft
     * heading's words. A heading names a section; it states no rule for governors to see removed.
     */
    private static boolean renamedHeading(Sentence line, List<java.util.Set<String>> headings) {
        String t = line.text().strip();
        if (t.isEmpty() || t.endsWith(".") || line.words().size() > 10) return false;
        for (java.util.Set<String> h : headings) if (similarity(line.words(), h) >= 0.7) return true;
        return false;
    }

    /**
     * Each sentence found added, paired with a sentence found removed elsewhere that it is: the same words first,
     * then 70% of them in common (stricter than the 50% used in place, as it stood somewhere else).
     */
    private static java.util.Map<Found, Found> matchAcross(List<Found> found) {
        List<Found> added = found.stream().filter(f -> f.before() == null).toList();
        List<Found> removed = found.stream().filter(f -> f.after() == null).toList();
        java.util.Map<Found, Found> movedFrom = new java.util.IdentityHashMap<>();
        java.util.Set<Found> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (double needed : new double[] {1.0, 0.7}) {
            for (Found a : added) {
                if (movedFrom.containsKey(a)) continue;
                Found best = null;
                double bestSim = needed;
                for (Found r : removed) {
                    if (taken.contains(r)) continue;
                    double sim = r.before().key().equals(a.after().key()) ? 1.0 : needed < 1.0 ? similarity(r.before().words(), a.after().words()) : 0;
                    if (sim >= bestSim) {
                        bestSim = sim;
                        best = r;
                        if (sim == 1.0) break;
                    }
                }
                if (best != null) {
                    taken.add(best);
                    movedFrom.put(a, best);
                }
            }
        }
        return movedFrom;
    }

    // Compiled once: a changes report compares a few thousand sentences, and String.replaceAll compiles its pattern at every call.
    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("</?i>|\\[bookmark: [^\\]]*\\]");
    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    // A bullet, a clause number, or both ("- 10.2.1 The safe ..."): the earlier policy's own numbering is not a change of words.
    private static final java.util.regex.Pattern LEAD = java.util.regex.Pattern.compile("^\\s*(?:(?:[-•▪◦·]|\\d+(?:\\.\\d+)*\\.?)\\s+)+");
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d“‘\"(])|\\s*\u2029\\s*");
    /** Marks where a list item starts inside a clause's text (a character jsoup's text() keeps, and no policy contains). */
    private static final String ITEM = "\u2029";
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}']+");

    /** Sentences of a paragraph: split after . ! ? followed by a space and a capital, digit or quote. */
    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text.strip())) {
            if (s.chars().anyMatch(Character::isLetterOrDigit)) out.add(s.strip());
        }
        return out;
    }

    /** Words only, lower case: punctuation, quotes and spacing do not make a sentence different. */
    private static String key(String s) {
        // A web address kept but moved from http to https, or written with or without "www.", is the same address.
        String lower = WEB_PREFIX.matcher(s.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
        return NOT_WORD.matcher(lower.replace('’', '\'')).replaceAll(" ").strip();
    }

    private static final java.util.regex.Pattern BARE_ADDRESS = java.util.regex.Pattern.compile("\\s*<?(https?://|www\\.)\\S+?>?[.,;]?\\s*");
    private static final java.util.regex.Pattern WEB_PREFIX = java.util.regex.Pattern.compile("\\bhttps?://(www\\.)?|\\bwww\\.");

    /** Share of words in common (Dice coefficient on word sets). */
    private static double similarity(java.util.Set<String> x, java.util.Set<String> y) {
        int both = 0;
        for (String w : x) if (y.contains(w)) both++;
        return 2.0 * both / (x.size() + y.size());
    }

    /** The total number of changes listed. */
    public static int count(List<SectionChanges> sections) {
        return sections.stream().mapToInt(s -> Math.max(1, s.changes().size())).sum();
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
                        // Each item of a list inside the clause ("Pupils will be advised: - to ...") is a sentence of its
                        // own, as the earlier policy's lines are, though it starts in lower case.
                        for (Element item : copy.select("li")) if (item != copy) item.prependText(ITEM);
                        clauses.add(new Clause(number, copy.text()));
                    }
                } else if (e.is("p, h3, h4, h5, h6")) {
                    Element no = e.selectFirst("span.num");
                    // The number apart from the words, as for the clauses: a renumbered subheading is not reworded.
                    Element copy = e.clone();
                    copy.select("span.num").remove();
                    clauses.add(new Clause(no == null ? "" : no.text(), copy.text()));
                } else if (e.is("ul, ol")) {
                    for (Element li : e.children()) {
                        Element copy = li.clone();
                        for (Element item : copy.select("li")) if (item != copy) item.prependText(ITEM);
                        clauses.add(new Clause("", copy.text()));
                    }
                } else if (e.is("table")) {
                    for (Element tr : e.select("tr")) clauses.add(new Clause("", tr.text()));
                } else if (e.is("section, div") && !e.is(".policy-section") && !e.text().isBlank()) {
                    clauses.add(new Clause("", e.text()));
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
