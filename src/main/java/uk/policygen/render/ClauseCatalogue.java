package uk.policygen.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.policygen.profile.DocumentKind;
import uk.policygen.profile.ProfileBinder;

/**
 * The list of the model's clause ids with the opening words of each, for business managers who
 * omit or reword a clause ({@code docs/CLAUSES.md}). Read from the templates, so it cannot drift:
 * a test fails when the file is stale, and running this class writes it again.
 */
public final class ClauseCatalogue {
    private static final Pattern CLAUSE = Pattern.compile("<@clause\\s+id=\"([a-z0-9.-]+)\"(?:\\s+source=\"policygen\"\\s+meets=\"[A-Za-z,]+\")?>");
    private static final Pattern HEADING = Pattern.compile("(?m)^##\\s+(.+)$");

    private ClauseCatalogue() {
    }

    public static void main(String[] args) throws IOException {
        Path templates = Path.of(args.length > 0 ? args[0] : "templates");
        Path out = Path.of(args.length > 1 ? args[1] : "docs/CLAUSES.md");
        Files.writeString(out, markdown(templates), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }

    /** The catalogue as Markdown. */
    public static String markdown(Path templates) throws IOException {
        Path model = templates.resolve(TemplateEngine.MODEL);
        StringBuilder md = new StringBuilder("""
                # The model's clauses

                Every clause of the model has an id. A school's profile keeps every clause (the default),
                leaves one out, or gives its own wording for it:

                ```yaml
                clauses:
                  omit:
                    - mobile.visitors-use.start-each-event      # one clause
                    - social-media.learners-use                 # a whole section
                  replace:
                    - id: mobile.staff-use.keep-personal-mobile
                      text: Keep personal mobile phones switched off during lesson times.
                ```

                A trust or a school can also word one clause in a template of its own,
                `templates/groups/<group>/clauses/<id>.ftl` or `schools/<school>/templates/clauses/<id>.ftl`;
                every other clause keeps the model's wording and its updates.

                This file is generated from the templates; do not edit it by hand. To write it again after changing
                a template: `mvn -q -DskipTests package && java -cp target/policygen.jar uk.policygen.render.ClauseCatalogue`.
                Text in «guillemets» is filled in from the profile.
                """);
        Map<String, String> libraries = new java.util.HashMap<>();
        for (String prefix : List.of("m", "ld")) {
            Path lib = model.resolve(prefix.equals("m") ? "_macros.ftl" : "_learner-devices.ftl");
            libraries.put(prefix, Files.isRegularFile(lib) ? Files.readString(lib) : "");
        }
        for (DocumentKind kind : DocumentKind.values()) {
            String word = ProfileBinder.wordOf(kind);
            md.append("\n## ").append(kind.defaultTitle()).append(" (`").append(word).append("`)\n");
            List<Path> files = new ArrayList<>();
            try (var list = Files.list(model.resolve(kind.folder()))) {
                list.filter(f -> f.getFileName().toString().matches("\\d\\d-[a-z0-9-]+\\.ftl")).sorted().forEach(files::add);
            }
            for (Path f : files) {
                String name = f.getFileName().toString();
                String section = name.substring(3, name.length() - 4);
                String text = Files.readString(f);
                Matcher h = HEADING.matcher(text);
                md.append("\n### `").append(word).append('.').append(section).append('`');
                if (h.find()) md.append(" — ").append(plain(h.group(1)));
                md.append("\n\n");
                appendClauses(md, word + "." + section, withSharedMacros(text, libraries));
            }
        }
        md.append("\n## Acceptable Use Policy forms (`aup`)\n");
        for (AupForm form : AupForm.values()) {
            Path f = model.resolve("aup").resolve(form.id() + ".ftl");
            if (!Files.isRegularFile(f)) continue;
            String text = Files.readString(f);
            if (!CLAUSE.matcher(text).find()) continue;
            md.append("\n### `aup.").append(form.id()).append("`\n\n");
            appendClauses(md, "aup." + form.id(), text);
        }
        Path phones = model.resolve("_macros-aup.ftl");
        if (Files.isRegularFile(phones) && CLAUSE.matcher(Files.readString(phones)).find()) {
            md.append("\n### `aup.<learners' form>` (the phone statements every learners' form prints, e.g. `aup.learners-ks2`)\n\n");
            appendClauses(md, "aup.<form>", Files.readString(phones));
        }
        editions(md, templates);
        return md.toString();
    }

    private static final java.util.regex.Pattern MEETS = java.util.regex.Pattern.compile("meets=\"([A-Za-z,]+)\"");

    /** Each later edition's clauses (policygen's own wording), for schools that adopt it. */
    private static void editions(StringBuilder md, Path templates) throws IOException {
        uk.policygen.record.ModelEditions editions = uk.policygen.record.ModelEditions.of(templates);
        for (String name : editions.names()) {
            if (name.equals(editions.base().edition())) continue;
            Path dir = templates.resolve(uk.policygen.record.ModelEditions.FOLDER).resolve(name);
            md.append("\n## Edition ").append(name).append(": the clauses it adds\n\n")
                    .append("A school that names `model_edition: \"").append(name).append("\"` also has these clauses, each this project's own")
                    .append(" wording, written to meet the guidance named (keys of `schools/shared/guidance.yml`).\n");
            for (DocumentKind kind : DocumentKind.values()) {
                Path folder = dir.resolve(kind.folder());
                if (!Files.isDirectory(folder)) continue;
                String word = ProfileBinder.wordOf(kind);
                List<Path> files = new ArrayList<>();
                try (var list = Files.list(folder)) {
                    list.filter(f -> f.getFileName().toString().matches("\\d\\d[a-z]?-[a-z0-9-]+\\.ftl")).sorted().forEach(files::add);
                }
                for (Path f : files) {
                    String fname = f.getFileName().toString();
                    String section = fname.substring(fname.indexOf('-') + 1, fname.length() - 4);
                    String text = Files.readString(f);
                    Matcher h = HEADING.matcher(text);
                    md.append("\n### `").append(word).append('.').append(section).append('`');
                    if (h.find()) md.append(" — ").append(plain(h.group(1)));
                    md.append("\n\n");
                    appendClauses(md, word + "." + section, text);
                }
            }
            for (AupForm form : AupForm.values()) {
                Path f = dir.resolve("aup").resolve(form.id() + "-edition.ftl");
                if (!Files.isRegularFile(f)) continue;
                md.append("\n### `aup.").append(form.id()).append("` (added statements)\n\n");
                appendClauses(md, "aup." + form.id(), Files.readString(f));
            }
            Path phones = dir.resolve(TemplateEngine.LEARNER_PHONES_EDITION);
            if (Files.isRegularFile(phones)) {
                md.append("\n### `aup.<learners' form>` (added to every learners' form's phone statements, e.g. `aup.learners-ks2`)\n\n");
                appendClauses(md, "aup.<form>", Files.readString(phones));
            }
            Path parents = dir.resolve(TemplateEngine.PARENT_PHONES_EDITION);
            if (Files.isRegularFile(parents)) {
                md.append("\n### `aup.parents-carers` (added to its phone statements)\n\n");
                appendClauses(md, "aup.parents-carers", Files.readString(parents));
            }
            Path reworded = dir.resolve(ClauseDirective.CLAUSE_FOLDER);
            if (Files.isDirectory(reworded)) {
                List<Path> files = new ArrayList<>();
                try (var list = Files.list(reworded)) {
                    list.filter(f -> f.getFileName().toString().endsWith(".ftl")).sorted().forEach(files::add);
                }
                for (Path f : files) {
                    String id = f.getFileName().toString().replaceFirst("\\.ftl$", "");
                    md.append("\n### `").append(id).append("` (the model's clause, reworded)\n\n");
                    appendClauses(md, id.substring(0, id.lastIndexOf('.')), Files.readString(f));
                }
            }
        }
    }

    private static final Pattern MACRO_CALL = Pattern.compile("<@(m|ld)\\.(\\w+)[^>]*/>");

    /**
     * The section's text with the shared macros it calls written out ({@code <@m.visitorClauses/>}),
     * so the clauses they hold are listed under the section that prints them.
     */
    private static String withSharedMacros(String text, Map<String, String> libraries) {
        Matcher call = MACRO_CALL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (call.find()) {
            // Only a macro that holds clauses is written out; any other call (a link, a list) stays as it is.
            String body = call.group();
            Matcher def = Pattern.compile("(?s)<#macro " + call.group(2) + "\\b[^>]*>(.*?)</#macro>").matcher(libraries.get(call.group(1)));
            if (def.find() && def.group(1).contains("<@clause")) body = def.group(1);
            call.appendReplacement(out, Matcher.quoteReplacement(body));
        }
        call.appendTail(out);
        return out.toString();
    }

    private static void appendClauses(StringBuilder md, String prefix, String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = CLAUSE.matcher(lines.get(i));
            if (!m.find()) continue;
            // A clause inside a sentence: its own words follow the tag on the same line.
            String inline = lines.get(i).substring(m.end()).replaceFirst("</@clause>.*$", "");
            String opening = inline.isBlank() ? "" : plain(inline.replaceFirst("^[,;]?\\s*", ""));
            for (int j = i + 1; j < lines.size() && opening.isEmpty(); j++) {
                String l = lines.get(j).strip();
                if (l.startsWith("<#") || l.startsWith("</#") || l.startsWith("<@clause") || l.startsWith("</@")) continue;
                opening = plain(l.replaceFirst("^[-#]+\\s*", ""));
            }
            String id = ClauseDirective.fullId(prefix, m.group(1));
            Matcher meets = MEETS.matcher(lines.get(i));
            String source = meets.find() ? " (policygen's own; meets " + String.join(", ",
                    java.util.Arrays.stream(meets.group(1).split(",")).map(uk.policygen.profile.Guidance::key).toList()) + ")" : "";
            md.append("- `").append(id).append("`").append(source).append(": ").append(shorten(opening)).append('\n');
        }
    }

    /** Template text as a reader sees it: expressions as «…», directives left out. */
    static String plain(String line) {
        String s = line.replaceAll("\\$\\{([^}]*)}", "«$1»").replaceAll("</?[#@][^>]*>", "");
        s = s.replaceAll("«school\\.theShortName\\(\\)\\?cap_first»", "The «shortName»").replaceAll("«school\\.theShortName\\(\\)»", "the «shortName»");
        s = s.replaceAll("«w\\.(\\w+)[^»]*»", "«$1»").replaceAll("«[^»]*?(\\w+)\\)?»", "«$1»");
        return s.strip();
    }

    private static String shorten(String s) {
        return s.length() <= 140 ? s : s.substring(0, s.lastIndexOf(' ', 137)) + " …";
    }
}
