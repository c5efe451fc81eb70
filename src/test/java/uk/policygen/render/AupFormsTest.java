package uk.policygen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uk.policygen.publish.PackBuilder;
import uk.policygen.profile.Fixture;
import uk.policygen.profile.PhoneRule;
import uk.policygen.profile.Profile;
import uk.policygen.profile.ProfileLoader;
import uk.policygen.profile.YearGroup;
import uk.policygen.profile.YearGroups;

/**
 * The Acceptable Use Policy forms: each seed school gets the forms its year groups call for, and
 * what a form says agrees with the school's own policies: the phone rule for the year groups the
 * form is for, the official channels, the school's words for its children, setting and leader, and
 * the people it names. A form fits on a few A4 pages and its slip is never split.
 */
class AupFormsTest {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path TEMPLATES = PROJECT.resolve("templates");
    static final List<String> SEEDS = List.of("whitstable-seasalter", "littlebourne", "hildenborough", "jubilee", "hythe-bay");
    static final List<String> ADULT_FORMS = List.of("staff", "visitors-volunteers", "parents-carers");
    static final List<String> LEARNER_FORMS = List.of("learners-early-years-ks1", "learners-ks2", "learners-ks3-ks4", "learners-send");
    static final List<String> PLATFORMS = List.of("Facebook", "Instagram", "Twitter", "X (Twitter)", "YouTube", "TikTok", "LinkedIn", "Tapestry", "Class Dojo", "Seesaw");
    static final List<String> LEFTOVERS = List.of("[Insert", "Amend as appropriate", "${", "<#", "null", "  ,", " ,");

    @TempDir
    static Path temp;
    static Path out;
    static final Map<String, PackBuilder.Outcome> outcomes = new LinkedHashMap<>();
    static final Map<String, Profile> profiles = new LinkedHashMap<>();

    @BeforeAll
    static void buildSeeds() {
        out = temp.resolve("seeds");
        PackBuilder builder = new PackBuilder(PROJECT.resolve("schools"), TEMPLATES, out, Fixture.TODAY);
        ProfileLoader loader = new ProfileLoader(PROJECT.resolve("schools"), Fixture.TODAY);
        for (String id : SEEDS) {
            outcomes.put(id, builder.build(builder.loader().profileOf(id)));
            profiles.put(id, loader.load(PROJECT.resolve("schools/" + id + ".yml")).school().profile());
        }
    }

    static Stream<String> seeds() {
        return SEEDS.stream();
    }

    // ---- which forms ---------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("seeds")
    void eachSeedGetsTheFormsItsYearGroupsCallFor(String id) {
        PackBuilder.Outcome o = outcomes.get(id);
        assertThat(o.problems().stream().filter(p -> p.isError()).map(Object::toString)).isEmpty();
        List<String> expected = new ArrayList<>(switch (id) {
            case "whitstable-seasalter" -> List.of("learners-ks2");
            case "littlebourne", "hildenborough", "hythe-bay" -> List.of("learners-early-years-ks1", "learners-ks2");
            case "jubilee" -> List.<String>of();
            default -> throw new IllegalArgumentException(id);
        });
        expected.addAll(ADULT_FORMS);
        for (String form : expected) {
            assertThat(o.written()).as(id).contains("aup/" + form + ".html", "aup/" + form + ".pdf");
        }
        for (String form : LEARNER_FORMS) {
            if (!expected.contains(form)) {
                assertThat(o.written()).as(id).doesNotContain("aup/" + form + ".html", "aup/" + form + ".pdf");
            }
        }
    }

    @Test
    void aJuniorSchoolHasNoEarlyYearsFormAndJubileeNoLearnersForms() {
        assertThat(Files.exists(out.resolve("whitstable-seasalter/aup/learners-ks2.pdf"))).isTrue();
        assertThat(Files.exists(out.resolve("whitstable-seasalter/aup/learners-early-years-ks1.html"))).isFalse();
        assertThat(Files.exists(out.resolve("hythe-bay/aup/learners-early-years-ks1.pdf"))).isTrue();
        for (String form : LEARNER_FORMS) {
            assertThat(Files.exists(out.resolve("jubilee/aup/" + form + ".html"))).as(form).isFalse();
        }
    }

    // ---- the phone rule --------------------------------------------------------------------------

    @Test
    void hildenboroughKs2SaysWhatItsPolicySaysForYears3To6() throws IOException {
        String ks2 = form("hildenborough", "learners-ks2");
        assertThat(ks2).contains("Learners in Year 5 and Year 6 may bring a mobile phone to school if they are walking to and from school alone.")
                .contains("If I am in Year 5 or Year 6 and bring one, I take it to the office as soon as I arrive and collect it at the end of the day")
                .contains("Learners in Year 3 and Year 4 are not allowed mobile phones in school at any time.")
                .doesNotContain("Year 3 to Year 6 may bring");
        assertThat(pdf(out.resolve("hildenborough/aup/learners-ks2.pdf"))).contains("Year 5 and Year 6 may bring a mobile phone").contains("the office");
        // The policy says the same.
        assertThat(policies("hildenborough")).contains("Learners in Year 5 and Year 6 are permitted to bring their phone to school if they are walking to and from school alone")
                .contains("bring their mobile phone to the office on arrival");
        // Reception to Year 2 may not bring one.
        String eyks1 = form("hildenborough", "learners-early-years-ks1");
        assertThat(eyks1).contains("I do not bring a mobile phone to school.").doesNotContain("may bring");
        // The parents' form gives the whole rule.
        assertThat(form("hildenborough", "parents-carers"))
                .contains("Learners in Year 5 and Year 6 are permitted to bring their phone to school if they are walking to and from school alone")
                .contains("the office on arrival")
                .contains("All other learners are not allowed mobile phones within school at any time.")
                .contains("basic phone");
    }

    @Test
    void whereNoRuleAllowsPhonesTheFormsSaySo() throws IOException {
        // Littlebourne: no phones or personal devices are used on site by children.
        assertThat(form("littlebourne", "learners-ks2")).contains("I do not use a mobile phone or other personal device in school.").doesNotContain("may bring");
        assertThat(form("littlebourne", "learners-early-years-ks1")).contains("I do not use a mobile phone or other personal device in school.");
        assertThat(form("littlebourne", "parents-carers")).contains("Mobile phones and personal devices are not used on site by children.");
        // Whitstable: every phone is switched off and handed to a teacher; a breach bans it for the term.
        assertThat(form("whitstable-seasalter", "learners-ks2"))
                .contains("If I bring a mobile phone to school, I keep it switched off and hand it to a teacher")
                .contains("will not be permitted to bring the device into school again for the remainder of the term")
                .doesNotContain("may bring");
        // Hythe Bay: only with a member of staff's permission.
        assertThat(form("hythe-bay", "learners-ks2")).contains("I only use a mobile phone or other personal device in the setting when a member of staff says I can.");
        // Jubilee: handed in to the school office.
        assertThat(form("jubilee", "parents-carers")).contains("hand it to the school office");
    }

    /** Every learners' form, at every seed: a permission is stated exactly for the year groups it reaches. */
    @ParameterizedTest
    @MethodSource("seeds")
    void learnersFormsStateThePhoneRuleForTheirOwnYearGroups(String id) throws IOException {
        Profile p = profiles.get(id);
        String children = capitalise(p.words().children());
        for (String formId : LEARNER_FORMS) {
            Path file = out.resolve(id).resolve("aup/" + formId + ".html");
            if (!Files.exists(file)) continue;
            String text = form(id, formId);
            List<YearGroup> years = AupForm.byId(formId).orElseThrow().yearGroups(p.yearGroups().orElseThrow());
            List<YearGroup> allowed = new ArrayList<>();
            for (PhoneRule rule : p.learnerPhones().allowed()) {
                List<YearGroup> here = rule.yearGroups().groups().stream().filter(years::contains).toList();
                if (here.isEmpty()) continue;
                allowed.addAll(here);
                assertThat(text).as(id + " " + formId).contains(children + " in " + new YearGroups(here) + " may bring a mobile phone");
                rule.handIn().ifPresent(h -> assertThat(text).as(id + " " + formId).contains(h.replace("their", "my")));
            }
            if (allowed.isEmpty()) {
                assertThat(text).as(id + " " + formId).doesNotContain("may bring");
            }
            List<YearGroup> others = years.stream().filter(y -> !allowed.contains(y)).toList();
            if (!allowed.isEmpty() && !others.isEmpty()) {
                assertThat(text).as(id + " " + formId).contains(children + " in " + new YearGroups(others) + " are not allowed mobile phones");
            }
        }
    }

    @Test
    void aFixtureSchoolLettingYear6BringPhonesSaysSoOnItsKs2FormOnly(@TempDir Path dir) throws IOException {
        Fixture fx = new Fixture(dir);
        fx.write("year6", Fixture.VALID + """
                learner_phones:
                  allowed:
                    - year_groups: Year 6
                      condition: if they walk home alone
                      hand_in: their class teacher
                      returned: at home time
                documents:
                  simplified_send_form: true
                """);
        PackBuilder b = new PackBuilder(fx.schools(), TEMPLATES, dir.resolve("out"), Fixture.TODAY);
        PackBuilder.Outcome o = b.build(b.loader().profileOf("year6"));
        assertThat(o.ok()).as(o.problems().toString()).isTrue();
        assertThat(o.written()).contains("aup/learners-early-years-ks1.pdf", "aup/learners-ks2.pdf", "aup/learners-send.pdf")
                .doesNotContain("aup/learners-ks3-ks4.pdf");
        Path aup = dir.resolve("out/year6/aup");
        String ks2 = formText(aup.resolve("learners-ks2.html"));
        assertThat(ks2).contains("Pupils in Year 6 may bring a mobile phone to school if they walk home alone.")
                .contains("I take it to my class teacher as soon as I arrive and collect it at home time")
                .contains("Pupils in Year 3 to Year 5 are not allowed mobile phones in school at any time.")
                .doesNotContain("Year 3 to Year 6 may bring");
        assertThat(pdf(aup.resolve("learners-ks2.pdf"))).contains("Pupils in Year 6 may bring a mobile phone");
        assertThat(formText(aup.resolve("learners-early-years-ks1.html"))).contains("I do not bring a mobile phone to school.").doesNotContain("may bring");
        assertThat(formText(aup.resolve("learners-send.html"))).contains("Pupils in Year 6 may bring a mobile phone to school")
                .contains("Pupils in Reception to Year 5 are not allowed mobile phones");
        assertThat(formText(aup.resolve("parents-carers.html"))).contains("Pupils in Year 6 are permitted to bring their phone to school if they walk home alone");
    }

    @Test
    void aSecondaryGetsTheKs3Ks4FormWithItsSixthFormRuleAndExams(@TempDir Path dir) throws IOException {
        Fixture fx = new Fixture(dir);
        fx.write("academy", Fixture.VALID.replace("type: primary", "type: secondary").replace("Reception to Year 6", "Year 7 to Year 13") + """
                words:
                  children: students
                  leader: principal
                learner_phones:
                  allowed:
                    - year_groups: Year 12 and Year 13
                      hand_in: their tutor
                      returned: at the end of the day
                  exams: true
                """);
        PackBuilder b = new PackBuilder(fx.schools(), TEMPLATES, dir.resolve("out"), Fixture.TODAY);
        PackBuilder.Outcome o = b.build(b.loader().profileOf("academy"));
        assertThat(o.ok()).as(o.problems().toString()).isTrue();
        // Its address names the stages it has, as its title does.
        assertThat(o.written()).contains("aup/learners-ks3-ks4-sixth-form.pdf").doesNotContain("aup/learners-ks3-ks4.pdf", "aup/learners-ks2.html",
                "aup/learners-early-years-ks1.html");
        String ks3 = formText(dir.resolve("out/academy/aup/learners-ks3-ks4-sixth-form.html"));
        assertThat(ks3).contains("Students in Year 12 and Year 13 may bring a mobile phone to school.")
                .contains("I take it to my tutor")
                .contains("Students in Year 7 to Year 11 are not allowed mobile phones in school at any time.")
                .contains("into an exam")
                .contains("agreed with the principal")
                .doesNotContainIgnoringCase("pupil").doesNotContainIgnoringCase("headteacher");
    }

    @Test
    void staffPersonalSocialMediaUseIsPrintedOnlyAsTheSchoolChoseIt(@TempDir Path dir) throws IOException {
        // The model offers three rules and prefers none: a school that chose none is told, and nothing is printed as its choice.
        Fixture fx = new Fixture(dir).withoutFixtureChoices();
        String returned = "learner_phones:\n  confiscated_returned_to: parents\n";
        fx.write("unchosen", Fixture.VALID + returned);
        fx.write("lunch", Fixture.VALID + returned + "social_media:\n  staff_personal_use: lunch-break\n");
        PackBuilder b = new PackBuilder(fx.schools(), TEMPLATES, dir.resolve("out"), Fixture.TODAY);
        PackBuilder.Outcome unchosen = b.build(b.loader().profileOf("unchosen"));
        assertThat(unchosen.problems().toString()).contains("warning: social_media.staff_personal_use: is not given");
        assertThat(formText(dir.resolve("out/unchosen/aup/staff.html"))).doesNotContain("for personal use");
        assertThat(Files.readString(dir.resolve("out/unchosen/social-media-policy.html"))).doesNotContain("for personal use is not permitted for staff");
        PackBuilder.Outcome lunch = b.build(b.loader().profileOf("lunch"));
        assertThat(lunch.problems().toString()).doesNotContain("staff_personal_use");
        assertThat(formText(dir.resolve("out/lunch/aup/staff.html")))
                .contains("I will not use social media for personal use during school hours, unless this takes place during a lunch break.");
    }

    @Test
    void aNameWithItsOwnArticleGetsNoSecondAndACollegesOneRuleNamesNoYearGroups(@TempDir Path dir) throws IOException {
        Fixture fx = new Fixture(dir);
        fx.write("college", Fixture.VALID.replace("short_name: Test", "short_name: The Downs").replace("type: primary", "type: secondary")
                .replace("Reception to Year 6", "Year 12 and Year 13") + """
                words:
                  children: students
                  setting: college
                learner_phones:
                  allowed:
                    - year_groups: Year 12 and Year 13
                      on_arrival: switched-off
                      may_use_in: [the common room]
                  confiscated_returned_to: learner
                  confiscated_returned: at the end of the day
                """);
        PackBuilder b = new PackBuilder(fx.schools(), TEMPLATES, dir.resolve("out"), Fixture.TODAY);
        PackBuilder.Outcome o = b.build(b.loader().profileOf("college"));
        assertThat(o.ok()).as(o.problems().toString()).isTrue();
        String policy = Jsoup.parse(Files.readString(dir.resolve("out/college/mobile-and-smart-technology-policy.html"))).text();
        assertThat(policy).contains("all members of the Downs community").doesNotContain("the The")
                .contains("released to the student at the end of the day")
                .as("its summary asks about students, not 'my child'").contains("Can students bring a mobile phone?").doesNotContain("Can my child");
        String social = Jsoup.parse(Files.readString(dir.resolve("out/college/social-media-policy.html"))).text();
        assertThat(social).contains("is not permitted for students, except in the common room, where").doesNotContain("the The");
        assertThat(formText(dir.resolve("out/college/aup/learners-sixth-form.html")))
                .contains("during the college day, except in the common room, where I may use my own phone")
                .contains("If I am under 18, I will not meet anyone I only know online without a parent or carer's permission");
    }

    @Test
    void aPrepSchoolEndingAtYear8HasAKeyStage3FormThatSpeaksForThePupil(@TempDir Path dir) throws IOException {
        Fixture fx = new Fixture(dir);
        fx.write("prep", Fixture.VALID.replace("Reception to Year 6", "Reception to Year 8") + """
                learner_phones:
                  allowed:
                    - year_groups: Year 7 and Year 8
                      hand_in: reception
                      returned: when they leave at the end of the day
                """);
        PackBuilder b = new PackBuilder(fx.schools(), TEMPLATES, dir.resolve("out"), Fixture.TODAY);
        PackBuilder.Outcome o = b.build(b.loader().profileOf("prep"));
        assertThat(o.ok()).as(o.problems().toString()).isTrue();
        assertThat(dir.resolve("out/prep/aup/learners-ks3-ks4.html")).as("no Key Stage 4 in its address either").doesNotExist();
        String ks3 = formText(dir.resolve("out/prep/aup/learners-ks3.html"));
        assertThat(Jsoup.parse(dir.resolve("out/prep/aup/learners-ks3.html").toFile(), "UTF-8").title())
                .startsWith("Acceptable Use Policy: Key Stage 3 Pupils");
        assertThat(ks3).contains("collect it when I leave at the end of the day").doesNotContain("when they leave");
    }

    @Test
    void aTrustsPageNotYetRunningIsNamedAsComingAndNoEmptyLineIsPrinted(@TempDir Path dir) throws IOException {
        Fixture fx = new Fixture(dir);
        Files.writeString(fx.schools().resolve("shared/federation.yml"), """
                social_media:
                  channels:
                    - platform: facebook
                      status: planned
                      access: closed
                      audience: parents and carers at both schools
                """);
        fx.write("village", Fixture.VALID.replace("inherits: [kent]", "inherits: [kent, federation]"));
        PackBuilder b = new PackBuilder(fx.schools(), TEMPLATES, dir.resolve("out"), Fixture.TODAY);
        PackBuilder.Outcome o = b.build(b.loader().profileOf("village"));
        assertThat(o.ok()).as(o.problems().toString()).isTrue();
        String policy = Jsoup.parse(dir.resolve("out/village/social-media-policy.html").toFile(), "UTF-8").text();
        assertThat(policy).contains("has no official social media channels of its own; it will soon share")
                .as("nothing is set up yet").doesNotContain("have been set up").doesNotContain("are suitably protected");
        var parents = Jsoup.parse(dir.resolve("out/village/aup/parents-carers.html").toFile(), "UTF-8");
        assertThat(parents.text()).contains("We will soon share");
        assertThat(parents.select("li").eachText()).as("no empty bullet").noneMatch(String::isBlank);
    }

    // ---- official channels -----------------------------------------------------------------------

    @Test
    void staffAndParentsFormsNameTheSchoolsOwnChannels() throws IOException {
        for (String formId : List.of("staff", "parents-carers")) {
            assertThat(form("hildenborough", formId)).as(formId)
                    .contains("Our official social media channels are Facebook, and will soon include Instagram.")
                    .contains("Tapestry for EYFS and Year 1");
            assertThat(form("whitstable-seasalter", formId)).as(formId).contains("Our official social media channels are Facebook and Twitter.");
            assertThat(form("hythe-bay", formId)).as(formId).contains("https://www.facebook.com/hythebaynursery").contains("https://www.twitter.com/hythebaynursery");
        }
        assertThat(headings("hildenborough", "staff")).contains("Official social media channels");
    }

    @Test
    void aSchoolWithoutChannelsNamesNone() throws IOException {
        for (String id : List.of("littlebourne", "jubilee")) {
            for (String formId : List.of("staff", "parents-carers", "visitors-volunteers")) {
                String text = form(id, formId);
                for (String platform : PLATFORMS) {
                    assertThat(text).as(id + " " + formId).doesNotContain(platform);
                }
                assertThat(text).as(id + " " + formId).doesNotContain("Our official social media channels");
            }
            assertThat(headings(id, "staff")).doesNotContain("Official social media channels");
        }
    }

    // ---- words, people and facts -------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("seeds")
    void formsUseTheSchoolsOwnWords(String id) throws IOException {
        Profile p = profiles.get(id);
        for (String formId : forms(id)) {
            String text = form(id, formId);
            String children = p.words().children();
            if (!children.equals("pupils")) assertThat(text).as(id + " " + formId).doesNotContainIgnoringCase("pupil");
            if (!children.equals("learners")) assertThat(text).as(id + " " + formId).doesNotContainIgnoringCase("learner");
            if (!p.words().leader().equals("headteacher")) assertThat(text).as(id + " " + formId).doesNotContainIgnoringCase("headteacher");
            if (!p.words().setting().equals("school")) {
                // "out-of-school club" is a channel's own audience, printed as the profile gives it.
                String words = text.replaceAll("(?i)out-of-school|https?://\\S+", "");
                assertThat(words).as(id + " " + formId).doesNotContainPattern(Pattern.compile("(?i)\\bschool\\b"));
                assertThat(words).as(id + " " + formId).doesNotContainPattern(Pattern.compile("(?i)\\bteacher\\b"));
            }
            for (String left : LEFTOVERS) assertThat(text).as(id + " " + formId).doesNotContain(left);
        }
        // A "children" school says "children", a "learners" school "learners" and so on (the youngest
        // children's forms speak only of "I" and "an adult").
        for (String formId : forms(id)) {
            if (formId.equals("learners-early-years-ks1") || formId.equals("learners-send")) continue;
            assertThat(form(id, formId)).as(id + " " + formId).containsIgnoringCase(p.words().children());
        }
    }

    @Test
    void formsNameTheSafeguardingLeadsTheProfileNames() throws IOException {
        assertThat(form("hildenborough", "staff")).contains("the Designated Safeguarding Lead (DSL), Ruth Ardrey (Headteacher)");
        assertThat(form("hildenborough", "learners-ks2")).contains("I know I can talk to Ruth Ardrey");
        assertThat(form("littlebourne", "staff")).contains("Samantha Killick (Headteacher), or a deputy DSL (Charlotte McLean or Kay Pott)");
        assertThat(form("hythe-bay", "visitors-volunteers")).contains("Vicki Dumont, Carolyn Chivers, Radka Davidova or Rebecca Prout");
        // Jubilee names no DSL, so nobody is named; and no deputy, so a reader is never sent to "a deputy" nobody can identify.
        assertThat(form("jubilee", "staff")).contains("to the Designated Safeguarding Lead (DSL).").doesNotContain("(DSL) or a deputy");
        assertThat(form("jubilee", "parents-carers")).contains("the Designated Safeguarding Lead (DSL)").doesNotContain("(DSL) or a deputy");
        assertThat(form("hildenborough", "staff")).doesNotContain("(Headteacher), or a deputy");
    }

    @Test
    void formsCarryTheSchoolsOwnFacts() throws IOException {
        // Littlebourne: filtering by SNS, Weduc and ParentMail, Mrs Pott makes calls home.
        assertThat(form("littlebourne", "staff")).contains("SNS");
        assertThat(form("littlebourne", "parents-carers")).contains("SNS").contains("Weduc or ParentMail");
        assertThat(form("littlebourne", "learners-ks2")).contains("Weduc or ParentMail").contains("Mrs Pott");
        assertThat(form("hildenborough", "staff")).doesNotContain("SNS").doesNotContain("Weduc");
        // Where staff keep their phones, and who may allow their use.
        assertThat(form("hythe-bay", "staff")).contains("a staff room locker, out of sight in my car or the nursery office")
                .contains("written permission has been given by the manager");
        assertThat(form("littlebourne", "staff")).contains("I will not use social media for personal use during school hours, unless this takes place during a lunch break.");
        // Hildenborough words its own rule, and the form quotes it rather than paraphrase the model's.
        assertThat(form("hildenborough", "staff")).contains("“The use of social media during school hours for personal use is permitted for staff"
                + " during the lunch hour or break times and only when in staff only areas, not the classroom where children can access.”");
        // Visitors' phones only where the policy allows them: in the setting's own words of its rule, quoted.
        assertThat(form("hythe-bay", "visitors-volunteers")).contains("I will follow our policy's rule: “Mobile phones and personal devices are not"
                + " permitted in areas with children and are only permitted in the staff room or office.”");
        assertThat(form("hildenborough", "visitors-volunteers")).contains("signage in the entrance to the school");
        // The early years setting's children do not use its devices, so the forms do not say they do.
        assertThat(form("hythe-bay", "learners-ks2")).doesNotContain("setting devices");
        assertThat(form("hildenborough", "learners-ks2")).contains("school devices");
    }

    // ---- print -----------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("seeds")
    void everyFormFitsOnAFewPagesWithItsSlipWhole(String id) throws IOException {
        for (String formId : forms(id)) {
            Path file = out.resolve(id).resolve("aup/" + formId + ".pdf");
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                assertThat(doc.getNumberOfPages()).as(id + " " + formId).isBetween(1, 3);
                int slipPage = -1;
                for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                    if (page(doc, i).contains("Return slip")) slipPage = i;
                }
                assertThat(slipPage).as(id + " " + formId + ": slip heading").isPositive();
                String slip = page(doc, slipPage);
                slip = slip.substring(slip.indexOf("Return slip"));
                assertThat(slip).as(id + " " + formId + ": the whole slip on one page").containsIgnoringCase("signature").contains("Date");
            }
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    static List<String> forms(String id) {
        return outcomes.get(id).written().stream().filter(f -> f.startsWith("aup/") && f.endsWith(".html"))
                .map(f -> f.substring(4, f.length() - 5)).toList();
    }

    /** The form's own text (its statements), without the layout's title, slip and colophon. */
    static String form(String id, String formId) throws IOException {
        return formText(out.resolve(id).resolve("aup/" + formId + ".html"));
    }

    static String formText(Path html) throws IOException {
        var doc = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder();
        for (var body : doc.select(".form-body")) {
            sb.append(body.text()).append('\n');
            body.select("a[href]").forEach(a -> sb.append(a.attr("href")).append('\n'));
        }
        return sb.toString();
    }

    static List<String> headings(String id, String formId) throws IOException {
        var doc = Jsoup.parse(Files.readString(out.resolve(id).resolve("aup/" + formId + ".html"), StandardCharsets.UTF_8));
        return doc.select(".form-body h2, .form-body h3").eachText();
    }

    /** All the school's policy documents' text (not the forms). */
    static String policies(String id) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.list(out.resolve(id))) {
            for (Path f : s.filter(f -> f.toString().endsWith("policy.html")).sorted().toList()) {
                sb.append(Jsoup.parse(Files.readString(f, StandardCharsets.UTF_8)).text()).append('\n');
            }
        }
        return sb.toString();
    }

    static String pdf(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        }
    }

    static String page(PDDocument doc, int n) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(n);
        stripper.setEndPage(n);
        return stripper.getText(doc).replaceAll("\\s+", " ");
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
