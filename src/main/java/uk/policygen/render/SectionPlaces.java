package uk.policygen.render;

import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.policygen.profile.DidYouMean;
import uk.policygen.profile.DocumentKind;
import uk.policygen.profile.ExtraClause;
import uk.policygen.profile.LocalSection;
import uk.policygen.profile.Problems;
import uk.policygen.profile.School;

/**
 * Checks that the school's own sections and clauses name a section the model has, in a document
 * the school publishes. Section ids come from the templates, so {@code check} and {@code build}
 * both ask here.
 */
public final class SectionPlaces {
    private SectionPlaces() {
    }

    public static void check(School school, Map<DocumentKind, Set<String>> ids, Problems problems) {
        List<DocumentKind> published = Publication.of(school.profile()).stream().flatMap(p -> p.parts().stream()).toList();
        List<LocalSection> locals = school.profile().localSections();
        for (int i = 0; i < locals.size(); i++) {
            LocalSection l = locals.get(i);
            if (!published.contains(l.document())) {
                notPublished(school, "local_sections[" + i + "].document", l.document(), problems);
            } else if (!l.after().equals("appendix")) {
                place(school, "local_sections[" + i + "].after", l.after(), l.document(), ids.get(l.document()), "appendix or ", problems);
            }
        }
        List<ExtraClause> extras = school.profile().extraClauses();
        for (int i = 0; i < extras.size(); i++) {
            ExtraClause c = extras.get(i);
            if (!published.contains(c.document())) {
                notPublished(school, "extra_clauses[" + i + "].document", c.document(), problems);
            } else {
                place(school, "extra_clauses[" + i + "].section", c.section(), c.document(), ids.get(c.document()), "", problems);
            }
        }
    }

    /** Every omitted or reworded clause names a clause the school's templates have. */
    public static void checkClauses(School school, Set<String> clauseIds, Problems problems) {
        var c = school.profile().clauses();
        Set<String> sections = new java.util.TreeSet<>();
        for (String id : clauseIds) if (id.indexOf('.') == id.lastIndexOf('.')) sections.add(id);
        for (int i = 0; i < c.omit().size(); i++) {
            clauseId(school, "clauses.omit[" + i + "]", c.omit().get(i), clauseIds, problems);
        }
        for (int i = 0; i < c.replace().size(); i++) {
            String id = c.replace().get(i).id();
            String field = "clauses.replace[" + i + "].id";
            if (!clauseId(school, field, id, clauseIds, problems)) continue;
            if (sections.contains(id)) {
                problems.error(school.at(field), field, "'" + id + "' is a whole section; expected the id of one clause in it, or a"
                        + " section of the school's own (local_sections)");
            } else if (c.omit().contains(id)) {
                problems.error(school.at(field), field, "'" + id + "' is both omitted and reworded; expected one or the other");
            } else if (firstReplacing(c.replace(), id) < i) {
                // Two wordings of one clause: the last had silently won.
                problems.error(school.at(field), field, "'" + id + "' is reworded twice (also clauses.replace[" + firstReplacing(c.replace(), id)
                        + "]); expected one wording of each clause");
            }
        }
    }

    private static int firstReplacing(List<uk.policygen.profile.Clauses.ClauseWording> replace, String id) {
        for (int i = 0; i < replace.size(); i++) if (replace.get(i).id().equals(id)) return i;
        return -1;
    }

    private static boolean clauseId(School school, String field, String id, Set<String> ids, Problems problems) {
        if (ids.contains(id)) return true;
        String suggestion = DidYouMean.closest(id, ids).map(s -> "did you mean '" + s + "'? ").orElse("");
        problems.error(school.at(field), field, "'" + id + "' is not a clause of the model; " + suggestion
                + "expected an id such as mobile.learners-use.searching (docs/CLAUSES.md lists them all)");
        return false;
    }

    private static void place(School school, String field, String id, DocumentKind kind, Set<String> ids, String also, Problems problems) {
        if (ids.contains(id)) return;
        String suggestion = DidYouMean.closest(id, ids).map(s -> "did you mean '" + s + "'? ").orElse("");
        problems.error(school.at(field), field, "'" + id + "' is not a section of the " + kind.defaultTitle() + "; " + suggestion
                + "expected " + also + "one of " + String.join(", ", ids));
    }

    private static void notPublished(School school, String field, DocumentKind kind, Problems problems) {
        problems.error(school.at(field), field, "the " + kind.defaultTitle() + " is not published (documents.arrangement: "
                + uk.policygen.profile.ProfileBinder.wordOf(school.profile().documents().arrangement())
                + "); expected text for a document the school publishes, or a different arrangement");
    }
}
