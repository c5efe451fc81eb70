package uk.policygen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uk.policygen.profile.Fixture;
import uk.policygen.publish.PackBuilder;

/**
 * Kinds of school unlike the seeds (src/test/resources/schools): a secondary with a sixth form, an
 * 11-16 secondary where phones are handed in, a sixth-form college, an infant and nursery school
 * outside Kent with a total ban, a special school 4-19 with medical and SEND exceptions, a trust of
 * three sharing a layer, a junior school, a day nursery, an out-of-school club, a children's centre
 * and an all-through school. The learners' phone section and every learners' form are kept as golden text, so any
 * wording change shows in review. Regenerate with {@code mvn test -Dtest=TestSchoolsTest -Dgolden.update=true}.
 */
public class TestSchoolsTest {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path SCHOOLS = PROJECT.resolve("src/test/resources/schools");
    static final Path GOLDEN = PROJECT.resolve("src/test/resources/golden");

    @TempDir
    static Path temp;

    @BeforeAll
    static void build() {
        PackBuilder builder = new PackBuilder(SCHOOLS, PROJECT.resolve("templates"), temp, Fixture.TODAY);
        for (String id : ids()) {
            PackBuilder.Outcome o = builder.build(SCHOOLS.resolve(id + ".yml"));
            assertThat(o.problems().stream().filter(p -> p.toString().contains("error")).toList()).as(id).isEmpty();
        }
    }

    static List<String> ids() {
        try (Stream<Path> files = Files.list(SCHOOLS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml")).map(n -> n.replace(".yml", "")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void phoneSectionAndFormsMatchTheGoldenText(String id) throws IOException {
        String text = phoneText(temp.resolve(id));
        Path golden = GOLDEN.resolve(id + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, text, StandardCharsets.UTF_8);
        }
        // A new test school's text is read before it is kept: a missing golden file fails, as a changed one does.
        assertThat(golden).as("no golden text for " + id + "; run with -Dgolden.update=true, read it and commit it").exists();
        assertThat(text).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /**
     * The school's own words (where phones are handed in, when they come back, where visitors may use them...) that no
     * page of its pack prints: a value the decisions table shows governors but the documents do not say, because the
     * school words or omits the clause that would print it. Empty when every one is printed somewhere.
     */
    public static List<String> unprintedDecisions(uk.policygen.profile.Profile p, Path schoolOut) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(schoolOut)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".html") && !f.getFileName().toString().startsWith("changes-")).toList()) {
                all.append(normal(Jsoup.parse(f.toFile(), "UTF-8").text())).append('\n');
            }
        }
        java.util.Map<String, String> said = new java.util.LinkedHashMap<>();
        var lp = p.learnerPhones();
        lp.handedInTo().ifPresent(v -> said.put("learner_phones.handed_in_to", v));
        lp.confiscatedHeldIn().ifPresent(v -> said.put("learner_phones.confiscated_held_in", v));
        lp.confiscatedReturned().ifPresent(v -> said.put("learner_phones.confiscated_returned", v));
        lp.breachSanction().ifPresent(v -> said.put("learner_phones.breach_sanction", v));
        lp.repeatBreaches().ifPresent(v -> said.put("learner_phones.repeat_breaches", v));
        lp.contactHomeVia().ifPresent(v -> said.put("learner_phones.contact_home_via", v));
        for (int i = 0; i < lp.allowed().size(); i++) {
            var r = lp.allowed().get(i);
            String at = "learner_phones.allowed[" + i + "].";
            r.handIn().ifPresent(v -> said.put(at + "hand_in", v));
            r.returned().ifPresent(v -> said.put(at + "returned", v));
            r.condition().ifPresent(v -> said.put(at + "condition", v));
            for (String place : r.mayUseIn()) said.put(at + "may_use_in " + place, place);
        }
        p.visitors().signage().ifPresent(v -> said.put("visitors.signage", v));
        p.visitors().photographyAtEvents().ifPresent(v -> said.put("visitors.photography_at_events", v));
        for (String place : p.visitors().phonesAllowedIn()) said.put("visitors.phones_allowed_in " + place, place);
        for (String place : p.staffDevices().keptIn()) said.put("staff_devices.kept_in " + place, place);
        p.staffDevices().permissionFrom().ifPresent(v -> said.put("staff_devices.permission_from", v));
        List<String> missing = new java.util.ArrayList<>();
        said.forEach((key, value) -> {
            if (!all.toString().contains(normal(value))) missing.add(key + ": " + value);
        });
        return missing;
    }

    private static String normal(String s) {
        String t = s.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').replace('‘', '\'').replaceAll("\\s+", " ").strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    /** What governors are shown as decided is what the documents say: each of the school's own words is printed somewhere. */
    @ParameterizedTest
    @MethodSource("ids")
    void everyWordTheSchoolDecidedIsPrinted(String id) throws IOException {
        uk.policygen.profile.ProfileLoader.Result r = new uk.policygen.profile.ProfileLoader(SCHOOLS, Fixture.TODAY).load(SCHOOLS.resolve(id + ".yml"));
        assertThat(unprintedDecisions(r.school().profile(), temp.resolve(id))).as(id).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("ids")
    void noPhoneSentenceContradictsAnother(String id) throws IOException {
        String text = phoneText(temp.resolve(id));
        if (text.contains("individual arrangement")) {
            // Every sentence that rules out phones for everyone (on site, in lessons, all day) names the arrangements as its exception.
            java.util.regex.Pattern blanket = java.util.regex.Pattern.compile(
                    "will not be used on site by \\w+|will not be used by \\w+ during lessons|my child does not use a mobile phone in lessons");
            for (String sentence : text.split("(?<=[.!?])\\s+|\\n")) {
                if (blanket.matcher(sentence).find()) {
                    assertThat(sentence).as(id + ": an individual arrangement is an exception to every blanket rule").containsPattern("arrangement|except");
                }
            }
        }
        if (text.contains(", where they may use it")) {
            // A year group's place and time to use phones (a sixth form's study periods) is an exception to "not in lessons" too.
            for (String sentence : text.split("(?<=[.!?])\\s+|\\n")) {
                if (sentence.matches(".*will not be used by \\w+ during lessons.*")) {
                    assertThat(sentence).as(id + ": a place to use phones is an exception to the lessons rule").contains("allows it above");
                }
            }
        }
        if (text.contains("at any time") && text.contains("switched off and out of sight at all times")) {
            assertThat(text).doesNotContain("may use it");
        }
        if (id.equals("oakfield-academy")) assertThat(text).as("every year group has a rule").doesNotContain("All other");
        if (id.equals("sunrise-childrens-centre") || id.equals("meadow-lane-infants")) {
            assertThat(text).contains("do not bring mobile phones, smartwatches or other personal devices");
            assertThat(text).doesNotContain("kept safe and secure when on site");
        }
        if (id.equals("sunrise-childrens-centre")) assertThat(text).doesNotContain("examination");
        if (id.equals("riverside-special") || id.equals("oakfield-academy") || id.equals("hillcrest-school")) {
            assertThat(text).contains("if they are 18 or over").contains("(or to me, if I am 18 or over)")
                    .contains("I have read these rules and I agree to follow them.");
        }
        if (id.equals("riverside-special") || id.equals("oakfield-academy")) {
            assertThat(text).contains("switched on").doesNotContain("switched off and out of sight at all times");
        }
    }

    /** Every parent signs the parents' form: a year group's rule speaks of "they", the pupils it names, never "my child". */
    @ParameterizedTest
    @MethodSource("ids")
    void parentsSignNoRuleOfAnotherYearGroupAsTheirChilds(String id) throws IOException {
        Path form = temp.resolve(id).resolve("aup/parents-carers.html");
        if (!Files.exists(form)) return;
        for (Element li : Jsoup.parse(form.toFile(), "UTF-8").select(".form-body li")) {
            if (li.text().matches("^\\p{Lu}\\p{L}+ in (Nursery|Reception|Year) .*")) {
                assertThat(li.text()).as(id).doesNotContain("my child").doesNotContain("My child");
            }
        }
    }

    /**
     * Every sentence that introduces a list ("Where pupils breach this policy:") has the list under it: a school that
     * leaves out all of a clause's items leaves out the clause too. Used for the seed schools as well (SeedSchoolsTest).
     */
    public static List<String> listsIntroducingNothing(Path folder) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                // A changes report quotes removed sentences, list leads among them, on purpose.
                if (f.getFileName().toString().startsWith("changes-") || f.getFileName().toString().startsWith("pending-")) continue;
                for (Element li : Jsoup.parse(f.toFile(), "UTF-8").select("main li, .form-body li")) {
                    if (ownText(li).strip().endsWith(":") && li.select("ul, ol").isEmpty()) found.add(folder.relativize(f) + ": " + ownText(li));
                }
            }
        }
        return found;
    }

    @ParameterizedTest
    @MethodSource("ids")
    void noSentenceIntroducesAnEmptyList(String id) throws IOException {
        assertThat(listsIntroducingNothing(temp.resolve(id))).isEmpty();
    }

    /** A word printed twice in a row ("the The Weald community", "to to") is a template joining two phrases that each brought it. */
    @ParameterizedTest
    @MethodSource("ids")
    void noWordIsPrintedTwiceInARow(String id) throws IOException {
        java.util.regex.Pattern doubled = java.util.regex.Pattern.compile("\\b(\\p{L}+)\\s+\\1\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(temp.resolve(id))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                // A changes report prints a removed word beside its replacement on purpose.
                if (f.getFileName().toString().startsWith("changes-")) continue;
                for (Element e : Jsoup.parse(f.toFile(), "UTF-8").select("p, li, td, th, h1, h2, h3, h4, dt, dd")) {
                    var m = doubled.matcher(e.ownText().isEmpty() ? "" : e.text());
                    while (m.find()) found.add(temp.resolve(id).relativize(f) + ": " + m.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aTrustsChannelIsPresentedAsTheTrustsAndASchoolAddsOrDropsItsOwn() throws IOException {
        String ashby = Jsoup.parse(temp.resolve("ashby-primary/aup/staff.html").toFile(), "UTF-8").text();
        String carlton = Jsoup.parse(temp.resolve("carlton-primary/aup/staff.html").toFile(), "UTF-8").text();
        String bramblefield = Jsoup.parse(temp.resolve("bramblefield-primary/aup/staff.html").toFile(), "UTF-8").text();
        assertThat(ashby).contains("Our official social media channel is Facebook. We also share The Brook Trust's LinkedIn page.");
        // Carlton runs no channel of its own: its staff sign nothing about running one, and its parents are told of the trust's page.
        assertThat(carlton).doesNotContain("For staff who manage or post");
        assertThat(Jsoup.parse(temp.resolve("carlton-primary/aup/parents-carers.html").toFile(), "UTF-8").text())
                .contains("We share The Brook Trust's LinkedIn page.").contains("When I use The Brook Trust's page");
        assertThat(bramblefield).doesNotContain("LinkedIn");
        String policy = Jsoup.parse(temp.resolve("bramblefield-primary/mobile-and-smart-technology-policy.html").toFile(), "UTF-8").text();
        assertThat(policy).contains("Trust Safeguarding Policy").contains("Bramblefield Behaviour Policy");
    }

    /** Each learners' form says, for its own year groups, what the policy says: permissions, places, the ban and every exception. */
    @ParameterizedTest
    @MethodSource("ids")
    void learnersFormsAgreeWithThePolicyForTheirYearGroups(String id) throws IOException {
        uk.policygen.profile.ProfileLoader.Result r = new uk.policygen.profile.ProfileLoader(SCHOOLS, Fixture.TODAY).load(SCHOOLS.resolve(id + ".yml"));
        uk.policygen.profile.Profile p = r.school().profile();
        var lp = p.learnerPhones();
        String children = p.words().children().substring(0, 1).toUpperCase() + p.words().children().substring(1);
        for (AupForm form : AupForm.values()) {
            // Where the school publishes it (its address names its stages), so no form is skipped for want of its old name.
            Path file = temp.resolve(id + "/" + form.path(p.yearGroups()) + ".html");
            if (!form.forLearners() || !AupForm.forSchool(p).contains(form)) continue;
            String text = Jsoup.parse(file.toFile(), "UTF-8").text();
            List<uk.policygen.profile.YearGroup> years = form.yearGroups(p.yearGroups().orElseThrow());
            for (uk.policygen.profile.PhoneRule rule : lp.allowed()) {
                List<uk.policygen.profile.YearGroup> here = rule.yearGroups().groups().stream().filter(years::contains).toList();
                if (here.isEmpty()) continue;
                assertThat(text).as(id + " " + form.id()).contains(children + " in " + new uk.policygen.profile.YearGroups(here) + " may bring a mobile phone");
                if (rule.usesInAreas()) {
                    List<String> in = rule.mayUseIn();
                    String places = in.size() == 1 ? in.get(0) : String.join(", ", in.subList(0, in.size() - 1)) + " and " + in.get(in.size() - 1);
                    assertThat(text).as(id + " " + form.id()).contains("except in " + places + ", where I may use it");
                }
            }
            if (lp.wholeSchoolBan()) assertThat(text).as(id + " " + form.id()).contains("I do not bring a mobile phone, smartwatch or other personal device");
            for (var e : lp.exceptions()) {
                String said = switch (e.kind()) {
                    case MEDICAL -> "If I need my phone or another device for my health";
                    case SEND -> "If I need a device to communicate or to learn";
                    case YOUNG_CARER -> "If I am a young carer and need to be reachable";
                };
                assertThat(text).as(id + " " + form.id()).contains(said);
            }
            if (lp.exceptions().isEmpty()) assertThat(text).as(id + " " + form.id()).doesNotContain("an arrangement agreed for");
        }
    }

    /** A list item's text without its nested lists (printed as items of their own). */
    static String ownText(Element li) {
        Element copy = li.clone();
        copy.select("ul, ol").remove();
        return copy.text();
    }

    /** The learners' section of the mobile policy and each learners' form, as plain text. */
    static String phoneText(Path out) throws IOException {
        StringBuilder b = new StringBuilder();
        // A school that publishes one combined document has its learners' section there.
        Path separate = out.resolve("mobile-and-smart-technology-policy.html");
        Path file = Files.exists(separate) ? separate : out.resolve("mobile-smart-technology-and-social-media-policy.html");
        Document policy = Jsoup.parse(file.toFile(), "UTF-8");
        boolean on = false;
        for (Element e : policy.select("h2, h3, li")) {
            // Sections are h2 in a document of their own and h3 under a part of a combined one; each has its id.
            if (e.id().startsWith("mobile-") || e.id().startsWith("social-media-") || e.tagName().equals("h2")) {
                on = e.id().startsWith("mobile-learners-use");
            }
            if (!on) continue;
            if (e.tagName().equals("li")) b.append("  ".repeat(e.parents().stream().filter(x -> x.tagName().equals("li")).toList().size())).append("- ").append(ownText(e)).append('\n');
            else b.append(e.text()).append('\n');
        }
        List<Path> forms = new ArrayList<>();
        try (Stream<Path> f = Files.list(out.resolve("aup"))) {
            f.filter(p -> p.getFileName().toString().startsWith("learners-") && p.toString().endsWith(".html")).sorted().forEach(forms::add);
        }
        for (Path form : forms) {
            b.append("\n== ").append(form.getFileName()).append('\n');
            Document d = Jsoup.parse(form.toFile(), "UTF-8");
            for (Element e : d.select(".form-body li, .form-body h2, .slip p, .slip th")) b.append(e.text()).append('\n');
        }
        return b.toString();
    }
}
