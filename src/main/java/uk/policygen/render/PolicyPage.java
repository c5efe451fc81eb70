package uk.policygen.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import uk.policygen.profile.Profile;
import uk.policygen.profile.School;
import uk.policygen.profile.SignOff;

/**
 * The complete HTML page of a publication, laid out by {@code _layout/policy.ftlh}: cover and
 * sign-off, front matter, contents, numbered body, colophon. The PDF is printed from this page.
 */
public final class PolicyPage {
    private final TemplateEngine templates;

    public PolicyPage(TemplateEngine templates) {
        this.templates = templates;
    }

    /** The data every template sees: {@code p}, {@code w}, {@code school}, {@code g}, {@code fmt}. */
    public static Map<String, Object> model(School school) {
        Profile p = school.profile();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p", p);
        m.put("w", p.words());
        m.put("school", SchoolFacts.of(p));
        m.put("g", p.guidance());
        m.put("fmt", new Fmt());
        // Whether the profile knows who approves the policy: when it does not, no sentence names a body.
        m.put("bodyKnown", !bodyUnknown(p));
        return m;
    }

    /** "Draft for approval by the governing body — not yet ratified", in the school's words. */
    public static String draftNotice(Profile p) {
        return draftFor(p) + " — not yet ratified";
    }

    /** "Draft for approval by the governing body", or only "Draft for approval" when the body is not recorded. */
    public static String draftFor(Profile p) {
        return bodyUnknown(p) ? "Draft for approval" : "Draft for approval by the " + approvedBy(p);
    }

    /** The profile says it does not know who approves the policy: it is shown as missing, never guessed. */
    public static boolean bodyUnknown(Profile p) {
        return p.signOff().map(SignOff::approvingBodyUnknown).orElse(false);
    }

    public static String approvedBy(Profile p) {
        if (bodyUnknown(p)) return "not recorded";
        return p.signOff().flatMap(SignOff::approvedBy).orElse(p.words().governors());
    }

    public Document render(School school, Publication pub, PolicyBody body, Map<String, Object> base) throws TemplateEngine.TemplateProblem {
        Profile p = school.profile();
        Map<String, Object> m = new LinkedHashMap<>(base);
        m.put("pub", pub);
        m.put("body", body.html().html());
        m.put("contents", body.contents());
        m.put("ratified", p.signOff().flatMap(SignOff::approvedOn).isPresent());
        m.put("signOff", p.signOff());
        m.put("approvedBy", approvedBy(p));
        m.putIfAbsent("draftNotice", draftNotice(p)); // the build says what a draft was prepared from
        m.put("frontMatter", p.documents().frontMatter().stream().map(Enum::name).toList());
        logo(school).ifPresent(l -> m.put("logo", l));
        String html = templates.render(templates.chainFor(school), "_layout/policy.ftlh", m);
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        Typography.page(doc);
        return doc;
    }

    /** The logo as a data: address, so the page makes no outside request. */
    private static java.util.Optional<String> logo(School school) {
        return school.profile().school().logo().map(file -> {
            String lower = file.toLowerCase(Locale.ROOT);
            String type = lower.endsWith(".png") ? "image/png" : lower.endsWith(".svg") ? "image/svg+xml" : "image/jpeg";
            try {
                return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(
                        uk.policygen.profile.SchoolFiles.read(school.ownFolder(), file, uk.policygen.profile.SchoolFiles.MAX_IMAGE));
            } catch (IOException e) {
                return null;
            }
        });
    }

    public List<Publication> publications(School school) {
        return Publication.of(school.profile());
    }
}
