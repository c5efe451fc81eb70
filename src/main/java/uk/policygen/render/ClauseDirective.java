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
    public static final String SCHOOL_MARK = "\u27E6school:";

    /**
     * Marks this project's own wording in the Markdown: {@code ⟦policygen:<id>;<guidance,…>⟧};
     * {@link DocumentAssembler} turns it into a class, the clause's id and the guidance it meets, and a †.
     */
    public static final String POLICYGEN_MARK = "\u27E6policygen:";

    /** In a clause's override template, {@code <@modelClause/>} prints the model's own wording of that clause. */
    public static final String MODEL_CLAUSE = "modelClause";

    /** Where a clause's wording comes from, as a template declares it ({@code source="policygen"}). */
    public static final String SOURCE_POLICYGEN = "policygen";

    private final String prefix;
    private final Set<String> guidance;
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
        this(prefix, clauses, overridden, null);
    }

    /**
     * {@code guidance}: the guidance a clause may say it meets ({@code meets="mobilePhones"}), as the
     * templates name them; null accepts any name (a test's own templates).
     */
    public ClauseDirective(String prefix, Clauses clauses, Set<String> overridden, Set<String> guidance) {
        this.guidance = guidance == null ? null : Set.copyOf(guidance);
        this.overridden = Set.copyOf(overridden);
        this.prefix = prefix;
        this.omit = Set.copyOf(clauses.omit());
        Map<String, String> r = new java.util.HashMap<>();
        for (Clauses.ClauseWording w : clauses.replace()) r.put(w.id(), w.text());
        this.replace = Map.copyOf(r);
    }

    public static ClauseDirective forSection(Profile p, String documentWord, String sectionId, Set<String> overridden) {
        return new ClauseDirective(documentWord + "." + sectionId, p.clauses(), overridden, guidanceNames(p));
    }

    /** The guidance a clause may cite: every edition the school's guidance layer gives, by its template name. */
    public static Set<String> guidanceNames(Profile p) {
        Set<String> out = new java.util.TreeSet<>();
        for (String key : p.guidance().byKey().keySet()) out.add(camel(key));
        return out;
    }

    static String camel(String key) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : key.toCharArray()) {
            if (c == '_') up = true;
            else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
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
        Object source = params.get("source");
        Object meets = params.get("meets");
        int expected = 1 + (source != null ? 1 : 0) + (meets != null ? 1 : 0);
        if (!(raw instanceof SimpleScalar s) || params.size() != expected) {
            throw new TemplateModelException("clause takes id=\"a-clause-id\", and for this project's own wording"
                    + " source=\"policygen\" meets=\"guidanceName\"; nothing else");
        }
        String id = fullId(prefix, s.getAsString());
        List<String> cites = List.of();
        if (source != null || meets != null) {
            if (!(source instanceof SimpleScalar src) || !SOURCE_POLICYGEN.equals(src.getAsString())) {
                throw new TemplateModelException("clause " + id + ": source=\"policygen\" is the only source a template declares"
                        + " (The Education People's wording is the default; the school's own comes from its profile)");
            }
            if (!(meets instanceof SimpleScalar m) || m.getAsString().isBlank()) {
                throw new TemplateModelException("clause " + id + ": this project's own wording says which guidance it meets,"
                        + " e.g. meets=\"mobilePhones\" (names from guidance.yml in camelCase, separated by commas)");
            }
            cites = java.util.Arrays.stream(m.getAsString().split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
            for (String c : cites) {
                if (guidance != null && !guidance.contains(c)) {
                    throw new TemplateModelException("clause " + id + ": meets=\"" + c + "\" names no guidance edition the school's"
                            + " guidance layer gives; expected one of " + String.join(", ", guidance));
                }
            }
        }
        if (omit.contains(id) || body == null) return;
        String own = replace.get(id);
        if (own == null && !SHOW_IDS && !overridden.contains(id) && cites.isEmpty()) {
            body.render(env.getOut());
            return;
        }
        StringWriter model = new StringWriter();
        if (overridden.contains(id)) {
            // A group's or the school's own template for this one clause; every other clause keeps the model's.
            // It may print the model's own wording with <@modelClause/> (a later model edition keeps it where the
            // school's guidance layer lacks what its rewording meets).
            Writer saved = env.getOut();
            TemplateModel before = env.getGlobalVariable(MODEL_CLAUSE);
            env.setOut(model);
            env.setGlobalVariable(MODEL_CLAUSE, (TemplateDirectiveModel) (e, p, l, b) -> {
                if (body != null) body.render(e.getOut());
            });
            try {
                env.include(env.getTemplateForInclusion(CLAUSE_FOLDER + "/" + id + ".ftl", null, true));
            } finally {
                env.setGlobalVariable(MODEL_CLAUSE, before);
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
            text = MarkdownOutputFormat.escape(own.strip()) + " " + SCHOOL_MARK + id + "\u27E7";
        } else if (!cites.isEmpty() && !text.isBlank() && !overridden.contains(id)) {
            // (A layer's or a later edition's rewording carries its own mark, if any, in the clauses it holds.)
            text = text + " " + POLICYGEN_MARK + id + ";" + String.join(",", cites) + "\u27E7";
        }
        if (SHOW_IDS) text = "{{" + id + "}} " + text;
        lines.set(first, marker + text);
        Writer out = env.getOut();
        // A clause inside a sentence (no line of its own) stays inside it: no line break added.
        if (!model.toString().contains("\n")) {
            out.write(String.join("", lines));
            return;
        }
        for (String l : lines) out.write(l + "\n");
    }

    /** For template authors: {@code -Dpolicygen.clauseIds=true} prints each clause's id before it. */
    private static final boolean SHOW_IDS = Boolean.getBoolean("policygen.clauseIds");
}
