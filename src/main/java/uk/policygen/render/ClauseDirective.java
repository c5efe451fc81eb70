package uk.policygen.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import freemarker.core.Environment;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import uk.policygen.profile.Clauses;
import uk.policygen.profile.Profile;

/**
 * {@code <@clause id="searching">…</@clause>} in a section template: one model clause with a stable
 * id. The body prints unless the school omits the clause or gives its own wording for it; the
 * school's wording is marked so the page (and the changes report) can tell it from the model's.
 * A local id is completed with the document and section ({@code mobile.learners-use.searching});
 * an id that already starts with a document ({@code mobile.visitors-use.signage}) is used as it is.
 */
public final class ClauseDirective implements TemplateDirectiveModel {
    /** The folder, in a group's or school's templates, of single-clause overrides. */
    public static final String CLAUSE_FOLDER = "clauses";

    /** Marks a school's own wording in the Markdown; {@link DocumentAssembler} turns it into a class. */
    public static final String SCHOOL_MARK = "\u27E6school\u27E7";

    private final String prefix;
    private final Set<String> omit;
    private final Map<String, String> replace;
    private final Set<String> overridden;

    public ClauseDirective(String prefix, Clauses clauses) {
        this(prefix, clauses, Set.of());
    }

    /**
     * {@code overridden}: the clause ids a group or the school words differently in a template
     * file of their own, {@code clauses/<id>.ftl}, found through the lookup order.
     */
    public ClauseDirective(String prefix, Clauses clauses, Set<String> overridden) {
        this.overridden = Set.copyOf(overridden);
        this.prefix = prefix;
        this.omit = Set.copyOf(clauses.omit());
        Map<String, String> r = new java.util.HashMap<>();
        for (Clauses.ClauseWording w : clauses.replace()) r.put(w.id(), w.text());
        this.replace = Map.copyOf(r);
    }

    public static ClauseDirective forSection(Profile p, String documentWord, String sectionId, Set<String> overridden) {
        return new ClauseDirective(documentWord + "." + sectionId, p.clauses(), overridden);
    }

    /** The full id of a clause written in a template as {@code local}. */
    public static String fullId(String prefix, String local) {
        return isAbsolute(local) || prefix.isEmpty() ? local : prefix + "." + local;
    }

    public static boolean isAbsolute(String id) {
        return id.startsWith("mobile.") || id.startsWith("social-media.") || id.startsWith("aup.");
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        Object raw = params.get("id");
        if (!(raw instanceof SimpleScalar s) || params.size() != 1) {
            throw new TemplateModelException("clause needs exactly one parameter, id=\"a-clause-id\"");
        }
        String id = fullId(prefix, s.getAsString());
        if (omit.contains(id) || body == null) return;
        String own = replace.get(id);
        if (own == null && !SHOW_IDS && !overridden.contains(id)) {
            body.render(env.getOut());
            return;
        }
        StringWriter model = new StringWriter();
        if (overridden.contains(id)) {
            // A group's or the school's own template for this one clause; every other clause keeps the model's.
            Writer saved = env.getOut();
            env.setOut(model);
            try {
                env.include(env.getTemplateForInclusion(CLAUSE_FOLDER + "/" + id + ".ftl", null, true));
            } finally {
                env.setOut(saved);
            }
        } else {
            body.render(model);
        }
        List<String> lines = new ArrayList<>(model.toString().lines().toList());
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) first++;
        if (first == lines.size()) return;
        String marker = lines.get(first).replaceFirst("^(\\s*(?:[-*+]\\s+|#{1,6}\\s+)?).*$", "$1");
        String text = lines.get(first).substring(marker.length());
        if (own != null) {
            // The school's wording takes the place of the clause's own text; clauses nested under it stay.
            text = MarkdownOutputFormat.escape(own.strip()) + " " + SCHOOL_MARK;
        }
        if (SHOW_IDS) text = "{{" + id + "}} " + text;
        lines.set(first, marker + text);
        Writer out = env.getOut();
        for (String l : lines) out.write(l + "\n");
    }

    /** For template authors: {@code -Dpolicygen.clauseIds=true} prints each clause's id before it. */
    private static final boolean SHOW_IDS = Boolean.getBoolean("policygen.clauseIds");
}
