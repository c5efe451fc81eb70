package uk.policygen.preview;

import java.util.List;

import uk.policygen.profile.Problem;

/** The preview's own pages and the panel it adds to served pages. Every value shown is escaped. */
final class Page {
    private Page() {
    }

    /** Polls the rebuild counter and reloads the page when it changes: no connection kept open, nothing to install. */
    static final String LIVE_JS = """
            (function () {
              var seen = document.currentScript.getAttribute('data-generation');
              setInterval(function () {
                fetch('/_policygen/generation', {cache: 'no-store'}).then(function (r) { return r.text(); }).then(function (g) {
                  if (g !== seen) location.reload();
                }).catch(function () {});
              }, 700);
            })();
            """;

    private static final String STYLE = "<style>#policygen-preview{font:15px/1.4 sans-serif;background:#fff8e1;color:#222;"
            + "border:3px solid #b35c00;padding:.6em 1em;margin:0 0 1em}#policygen-preview ul{margin:.3em 0;padding-left:1.2em}"
            + "#policygen-preview .error{color:#9b1c1c}#policygen-preview code{font-size:13px}</style>";

    static String home(List<PreviewServer.SchoolState> schools, long generation) {
        if (generation == 0) {
            return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>policygen preview</title></head><body><main>"
                    + "<h1>policygen preview</h1><p>Building every school; this page reloads when they are ready.</p></main>"
                    + script(generation) + "</body></html>";
        }
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>policygen preview</title>")
                .append(STYLE).append("</head><body><main><h1>policygen preview</h1>")
                .append("<p>Every school in the schools folder. Pages rebuild and reload when a profile, section or template changes."
                        + " This preview is not the published site: build with <code>policygen build</code> to publish.</p><ul>");
        for (PreviewServer.SchoolState s : schools) {
            b.append("<li>");
            if (s.built()) b.append("<a href=\"/").append(esc(s.id())).append("/index.html\">").append(esc(s.name())).append("</a>");
            else b.append(esc(s.name()));
            b.append(" (").append(esc(s.id())).append(") — ").append(status(s)).append("</li>");
        }
        b.append("</ul>");
        for (PreviewServer.SchoolState s : schools) {
            if (!s.problems().isEmpty()) b.append(panel(s));
        }
        return b.append("</main>").append(script(generation)).append("</body></html>").toString();
    }

    /** A page the school does not have: it was not built, or it publishes no such document (a combined one, say). */
    static String missing(PreviewServer.SchoolState s, long generation) {
        String say = s.built() ? "<p>" + esc(s.id()) + " publishes no such page. <a href=\"/" + esc(s.id()) + "/index.html\">Its index page</a>"
                + " lists the documents it publishes.</p>" : "";
        return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>" + esc(s.id()) + ": no such page</title>" + STYLE
                + "</head><body><main>" + panel(s) + say + "<p><a href=\"/\">All schools</a></p></main>" + script(generation) + "</body></html>";
    }

    /** The served page with the problems panel after {@code <body>} and the reload script before {@code </body>}. */
    static String inject(String html, PreviewServer.SchoolState s, long generation) {
        String panel = s == null ? "" : panel(s);
        String head = STYLE;
        int h = html.indexOf("</head>");
        if (h >= 0) html = html.substring(0, h) + head + html.substring(h);
        java.util.regex.Matcher body = java.util.regex.Pattern.compile("<body[^>]*>").matcher(html);
        if (body.find()) html = html.substring(0, body.end()) + panel + html.substring(body.end());
        int end = html.lastIndexOf("</body>");
        return end >= 0 ? html.substring(0, end) + script(generation) + html.substring(end) : html + script(generation);
    }

    private static String status(PreviewServer.SchoolState s) {
        if (!s.built()) return "<strong class=\"error\">not built: it has errors</strong>";
        String ratified = s.ratifiedOn().map(d -> "ratified " + esc(d)).orElse("<strong>draft</strong> (not yet ratified)");
        long warnings = s.problems().stream().filter(p -> !p.isError()).count();
        return ratified + (warnings > 0 ? ", " + warnings + (warnings == 1 ? " warning" : " warnings") : "");
    }

    /** The school's status and problems, as check prints them, each a link that opens the line in VS Code. */
    static String panel(PreviewServer.SchoolState s) {
        StringBuilder b = new StringBuilder("<aside id=\"policygen-preview\" aria-label=\"Preview notes\"><p><strong>Preview of ")
                .append(esc(s.id())).append("</strong>: ").append(status(s)).append(". <a href=\"/\">All schools</a></p>");
        if (!s.problems().isEmpty()) {
            b.append("<ul>");
            for (Problem p : s.problems()) {
                String where = p.at().file() + ":" + p.at().line() + ":" + p.at().column();
                String href = "vscode://file" + java.nio.file.Path.of(p.at().file()).toAbsolutePath().toUri().getPath() + ":" + p.at().line() + ":" + p.at().column();
                b.append("<li class=\"").append(p.isError() ? "error" : "warning").append("\"><a href=\"").append(esc(href)).append("\"><code>")
                        .append(esc(where)).append("</code></a> ").append(p.isError() ? "error: " : "warning: ")
                        .append(esc(p.field().isEmpty() ? "" : p.field() + ": ")).append(esc(p.message())).append("</li>");
            }
            b.append("</ul>");
            if (s.hasErrors()) b.append("<p>This school was not rebuilt: the pages below are from its last good build, if any.</p>");
        }
        return b.append("</aside>").toString();
    }

    private static String script(long generation) {
        return "<script src=\"/_policygen/live.js\" data-generation=\"" + generation + "\"></script>";
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
