package uk.policygen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.policygen.profile.Fixture;
import uk.policygen.profile.Problem;
import uk.policygen.record.ModelEditions;

/**
 * Model editions side by side: a school adopts the 2026.12 edition by naming it, and only then gets
 * its clauses (each marked as policygen's own wording, with the guidance it meets); a school on the
 * base edition is told what adopting it would change for it; a changes report counts the edition's
 * text as the model's change, and lists the clauses written to meet guidance that has a new edition.
 */
class EditionsTest {
    static final String EDITION = "2026.12";
    static final String ADOPT = "model_edition: \"" + EDITION + "\"\n";
    static final String MOBILE = "mobile-and-smart-technology-policy.html";

    @TempDir
    Path temp;

    private PackBuilder builder(Fixture fx) {
        return new PackBuilder(fx.schools(), Fixture.PROJECT.resolve("templates"), temp.resolve("out"), Fixture.TODAY);
    }

    private Document built(Fixture fx, String id, String yaml, String page) throws IOException {
        PackBuilder.Outcome o = builder(fx).build(fx.write(id, yaml));
        assertThat(o.ok()).as(o.problems().toString()).isTrue();
        return Jsoup.parse(Files.readString(temp.resolve("out").resolve(id).resolve(page)));
    }

    @Test
    void theNewestEditionIsTheOverlayAndEveryEditionIsListedOldestFirst() {
        ModelEditions editions = ModelEditions.of(Fixture.PROJECT.resolve("templates"));
        assertThat(editions.newest().edition()).isEqualTo(EDITION);
        assertThat(editions.names()).containsExactly(editions.base().edition(), EDITION);
        assertThat(editions.between(editions.base().edition(), EDITION)).singleElement()
                .satisfies(c -> assertThat(c.lines()).allSatisfy(l -> assertThat(l.meets()).isNotEmpty()));
    }

    @Test
    void aSchoolAdoptingTheEditionGetsItsClausesMarkedAsPolicygensOwnAndTheBaseEditionDoesNot() throws IOException {
        Fixture fx = new Fixture(temp);
        Document base = built(fx, "base", Fixture.VALID, MOBILE);
        Document adopted = built(fx, "adopted", Fixture.VALID + ADOPT, MOBILE);

        assertThat(base.select(".policygen-wording, .provenance-mark, .provenance-note")).isEmpty();
        assertThat(base.text()).doesNotContain("phone-free", "Generative artificial intelligence", "Filtering and monitoring standards");

        assertThat(adopted.select("h2, h3").eachText()).anyMatch(h -> h.endsWith("A phone-free school day"))
                .anyMatch(h -> h.endsWith("Generative artificial intelligence (AI)")).anyMatch(h -> h.endsWith("Filtering and monitoring"))
                .anyMatch(h -> h.endsWith("Online risks"));
        assertThat(adopted.select(".policygen-wording").eachAttr("data-clause")).contains(
                "mobile.phone-free-school-day.whole-day", "mobile.phone-free-school-day.connected-devices",
                "mobile.phone-free-school-day.staff-in-front", "mobile.generative-ai.approval-route",
                "mobile.online-risks.ai-intimate-images", "mobile.online-risks.misinformation", "mobile.filtering-and-monitoring.review");
        assertThat(adopted.select(".policygen-wording")).allSatisfy(e -> {
            assertThat(e.attr("data-meets")).isNotEmpty();
            assertThat(e.select("> .provenance-mark, > p > .provenance-mark").text()).isEqualTo("†");
        });
        assertThat(adopted.text()).contains("Test is phone-free for the whole school day: pupils do not use mobile phones in lessons,"
                + " between lessons, at break or at lunch.")
                .contains("section 550C of the Education Act 1996, inserted by section 36 of the Children's Wellbeing and Schools Act 2026")
                .contains("building on The Education People's mobile and smart technology policy template");
        assertThat(adopted.selectFirst(".provenance-note").text()).startsWith("† Clauses marked † are policygen's own wording (model edition " + EDITION + "), written to meet")
                .contains("Mobile phones in schools (2026)").endsWith("the rest of this policy builds on The Education People's model templates.");
        assertThat(adopted.select(".provenance-note")).hasSize(1);
        // The school's own wording of one of them is the school's, not policygen's.
        Document own = built(fx, "own", Fixture.VALID + ADOPT + "clauses:\n  replace:\n    - id: mobile.phone-free-school-day.staff-in-front\n"
                + "      text: Staff keep their phones in the staffroom.\n", MOBILE);
        assertThat(own.select(".school-wording").text()).contains("Staff keep their phones in the staffroom.");
        assertThat(own.select(".policygen-wording").eachAttr("data-clause")).doesNotContain("mobile.phone-free-school-day.staff-in-front");

        Document staff = built(fx, "adopted", Fixture.VALID + ADOPT, "aup/staff.html");
        assertThat(staff.select(".policygen-wording").eachAttr("data-clause")).contains("aup.staff.new-ai-tools", "aup.staff.ai-images",
                "aup.staff.phone-in-front");
        assertThat(staff.selectFirst(".provenance-note").text()).contains("the rest of this form builds on The Education People's");
        Document ks2 = built(fx, "adopted", Fixture.VALID + ADOPT, "aup/learners-ks2.html");
        assertThat(ks2.select(".policygen-wording").eachAttr("data-clause")).containsExactly("aup.learners-ks2.ai-tools-approved",
                "aup.learners-ks2.ai-personal-information", "aup.learners-ks2.ai-own-work", "aup.learners-ks2.ai-check", "aup.learners-ks2.smartwatch", "aup.learners-ks2.ai-pictures",
                "aup.learners-ks2.tell-ai-pictures");
        assertThat(ks2.text()).as("the edition's rewording takes the model's place").doesNotContain("I never type personal information into them")
                .contains("I never put anyone's personal information, like their name, photo or where they live, into an AI tool.");
        assertThat(ks2.select("h2, h3").eachText()).anyMatch(h -> h.contains("Pictures made with AI"));
        assertThat(built(fx, "base", Fixture.VALID, "aup/learners-ks2.html").text()).doesNotContain("made or changed with AI");
        Document social = built(fx, "adopted", Fixture.VALID + ADOPT, "social-media-policy.html");
        assertThat(social.select(".policygen-wording").eachAttr("data-clause")).contains("social-media.ai-and-images.no-fake-images");
    }

    @Test
    void theEditionNeverPrintsAPhoneFreeDayASchoolDidNotChooseNorPhoneRulesInASettingTheGuidanceIsNotFor() throws IOException {
        Fixture fx = new Fixture(temp);
        Document breaks = built(fx, "breaks", Fixture.VALID + ADOPT + "learner_phones:\n  break_time_use: true\n", MOBILE);
        assertThat(breaks.text()).as("not even in a heading").doesNotContain("phone-free", "smartwatches and other connected devices that")
                .contains("Mobile phones during the school day").contains("must have regard to the DfE's");
        Document lessons = built(fx, "lessons", Fixture.VALID + ADOPT + "learner_phones:\n  curriculum_use_with_approval: true\n", MOBILE);
        assertThat(lessons.text()).doesNotContain("phone-free for the whole school day", "not used for learning");
        Document nursery = built(fx, "nursery", Fixture.VALID.replace("type: primary", "type: nursery")
                .replace("year_groups: Reception to Year 6", "year_groups: Nursery") + ADOPT, MOBILE);
        assertThat(nursery.text()).doesNotContain("phone-free", "550C").contains("Generative artificial intelligence");
        assertThat(nursery.select(".policygen-wording").eachAttr("data-clause")).doesNotContain("mobile.online-risks.ai-intimate-images",
                "mobile.generative-ai.learners-use");
    }

    @Test
    void eachLearnersFormSaysThePhoneFreeDayAndTheAiRulesInTheChildsOwnVoiceAsThePolicyDoesForItsYearGroups() throws IOException {
        Fixture fx = new Fixture(temp);
        // Years 5 and 6 hand phones in; the model's KS2 form says so, the edition says what it means for the day.
        String handIn = "learner_phones:\n  allowed:\n    - year_groups: Year 5 and Year 6\n      hand_in: the school office\n"
                + "      returned: at the end of the day\n  exceptions:\n    - kind: medical\n      kept_by: learner\n";
        Document ks2 = built(fx, "handin", Fixture.VALID + ADOPT + handIn, "aup/learners-ks2.html");
        assertThat(ks2.text()).contains("My school is phone-free all day: I do not use my phone in lessons, between lessons, at break or at lunch,"
                + " unless an arrangement agreed for my health says I can.")
                .contains("The same rules apply to a smartwatch or other connected device.")
                .contains("I never put anyone's personal information");
        Document ks1 = built(fx, "handin", Fixture.VALID + ADOPT + handIn, "aup/learners-early-years-ks1.html");
        assertThat(ks1.text()).as("no phone for these year groups: the day is not described twice").doesNotContain("phone-free", "at break")
                .contains("I only use AI tools, like chatbots, when an adult says I can.")
                .contains("I do not tell an AI tool anyone's name or where they live.").doesNotContain("social media");
        assertThat(built(fx, "handin", Fixture.VALID + handIn, "aup/learners-ks2.html").text()).as("the base edition's form is unchanged")
                .doesNotContain("phone-free", "has not approved").contains("I never type personal information into them");

        // A secondary with a sixth-form area: the other year groups' day is phone-free, the area is the stated exception.
        String secondary = Fixture.VALID.replace("type: primary", "type: secondary").replace("year_groups: Reception to Year 6",
                "year_groups: Year 7 to Year 13") + ADOPT + "learner_phones:\n  allowed:\n    - year_groups: Year 7 to Year 11\n"
                + "      on_arrival: locked-pouch\n      returned: at the end of the day\n    - year_groups: Year 12 and Year 13\n"
                + "      on_arrival: switched-off\n      may_use_in: [the sixth-form centre]\n";
        Document policy = built(fx, "sixth", secondary, MOBILE);
        assertThat(policy.text()).contains("Test is phone-free for the whole school day: pupils do not use mobile phones in lessons,"
                + " between lessons, at break or at lunch, with the exception below.")
                .contains("The school has decided on one exception for whole year groups: pupils in Year 12 and Year 13 may use their phones in the sixth-form centre,"
                        + " and nowhere else on site").contains("The other exceptions are individual arrangements");
        Document ks34 = built(fx, "sixth", secondary, "aup/learners-ks3-ks4-sixth-form.html");
        assertThat(ks34.text()).contains("If I am in Year 7 to Year 11, my school day is phone-free: I do not use my phone in lessons,")
                .contains("except in the sixth-form centre, where I may use it");
        // No designated area: nothing about one.
        assertThat(built(fx, "handin", Fixture.VALID + ADOPT + handIn, MOBILE).text()).doesNotContain("decided on", "Apart from that")
                .contains("The exceptions are individual arrangements for a medical need, and arrangements for an individual pupil in other"
                        + " exceptional circumstances the headteacher agrees");

        // An infant school with a whole-school ban: the ban is the reason the day is phone-free, said once.
        Document ban = built(fx, "ban", Fixture.VALID.replace("type: primary", "type: infant").replace("Reception to Year 6",
                "Nursery to Year 2") + ADOPT + "learner_phones:\n  whole_school_ban: true\n", MOBILE);
        assertThat(ban.text()).contains("Because pupils do not bring mobile phones, smartwatches or other personal devices to school, Test is"
                + " phone-free for the whole school day.").doesNotContain("at break or at lunch", "not used for learning");
        Document banForm = built(fx, "ban", Fixture.VALID.replace("type: primary", "type: infant").replace("Reception to Year 6",
                "Nursery to Year 2") + ADOPT + "learner_phones:\n  whole_school_ban: true\n", "aup/learners-early-years-ks1.html");
        assertThat(banForm.text()).doesNotContain("phone-free", "social media").contains("I do not bring a mobile phone, smartwatch");

        // Staff: the policy's AI rule in the first person, replacing the model's.
        Document staff = built(fx, "handin", Fixture.VALID + ADOPT + handIn, "aup/staff.html");
        assertThat(staff.text()).contains("I will not enter personal data, such as names, images or any information about pupils, families or"
                + " colleagues, into an AI tool the school has not approved for that use.").doesNotContain("never enter personal data into them");
    }

    @Test
    void theBaseEditionMarksItsOwnClausesAndKeepsTheEducationPeoplesAcknowledgement() throws IOException {
        Fixture fx = new Fixture(temp);
        String base = ModelEditions.of(Fixture.PROJECT.resolve("templates")).base().edition();
        String ban = Fixture.VALID.replace("type: primary", "type: infant").replace("Reception to Year 6", "Nursery to Year 2")
                + "learner_phones:\n  whole_school_ban: true\n  exceptions:\n    - kind: medical\n      kept_by: learner\n";
        Document policy = built(fx, "ban", ban, MOBILE);
        assertThat(policy.select(".policygen-wording").eachAttr("data-clause")).contains("mobile.learners-use.whole-school-ban",
                "mobile.learners-use.medical-needs", "mobile.learners-use.searching-individual-arrangements")
                .as("The Education People's wording stays unmarked").doesNotContain("mobile.learners-use.education", "mobile.learners-use.calling-home");
        assertThat(policy.selectFirst(".provenance-note").text()).contains("(model edition " + base + ")").contains("Mobile phones in schools (2026)")
                .endsWith("the rest of this policy builds on The Education People's model templates.");
        assertThat(policy.text()).contains("building on The Education People's mobile and smart technology policy template");
        Document ks2 = built(fx, "base", Fixture.VALID, "aup/learners-ks2.html");
        assertThat(ks2.select(".policygen-wording").eachAttr("data-clause")).containsExactly("aup.learners-ks2.ai-tools",
                "aup.learners-ks2.ai-own-work", "aup.learners-ks2.ai-check");
        assertThat(ks2.text()).contains("builds on The Education People's model Acceptable Use Policy templates");
    }

    @Test
    void checkTellsASchoolOnTheBaseEditionWhatAdoptingTheNewOneWouldChangeForItAndWarnsOfUnfilledRoles() throws IOException {
        Fixture fx = new Fixture(temp);
        List<Problem> base = builder(fx).check(fx.write("base", Fixture.VALID)).problems();
        assertThat(base).filteredOn(p -> p.toString().contains("model_edition:")).singleElement().asString()
                .contains("edition " + EDITION + " of the model").contains("model_edition: \"" + EDITION + "\"")
                .contains("the school day is phone-free").contains("Generative AI");
        assertThat(base).noneMatch(Problem::isError).noneMatch(p -> p.toString().contains("filtering_and_monitoring:"));

        List<Problem> breaks = builder(fx).check(fx.write("breaks", Fixture.VALID + "learner_phones:\n  break_time_use: true\n")).problems();
        assertThat(breaks).filteredOn(p -> p.toString().contains("model_edition:")).singleElement().asString()
                .as("a line whose clauses the school would not print is not proposed to it")
                .doesNotContain("the school day is phone-free").contains("Generative AI");

        List<Problem> adopted = builder(fx).check(fx.write("adopted", Fixture.VALID + ADOPT
                + "filtering_and_monitoring:\n  governor_lead:\n    name: Ann Lee\n    role: Governor\n")).problems();
        assertThat(adopted).noneMatch(Problem::isError).noneMatch(p -> p.toString().contains("model_edition:"));
        assertThat(adopted).filteredOn(p -> p.toString().contains("filtering_and_monitoring:")).singleElement().asString()
                .contains("senior_leader (name: and role:), it_provider").doesNotContain("governor_lead");
        Document policy = built(fx, "adopted", Fixture.VALID + ADOPT
                + "filtering_and_monitoring:\n  governor_lead:\n    name: Ann Lee\n    role: Governor\n", MOBILE);
        assertThat(policy.text()).contains("governor lead, making sure the standards are met: Ann Lee, Governor;")
                .contains("senior leader, responsible for the arrangements and their review: a member of the senior leadership team, named by the headteacher;");
    }

    @Test
    void rolesNoDocumentPrintsAreNotDroppedWithoutAWord() throws IOException {
        // The school named its roles, but on the base edition no section prints them (a nursery's policy never does).
        Fixture fx = new Fixture(temp);
        List<Problem> older = builder(fx).check(fx.write("older", Fixture.VALID
                + "filtering_and_monitoring:\n  governor_lead:\n    name: Ann Lee\n    role: Governor\n")).problems();
        assertThat(older).noneMatch(Problem::isError).filteredOn(p -> p.toString().contains("filtering_and_monitoring:")).singleElement().asString()
                .contains("names who holds the filtering and monitoring roles, but no document of this school prints them");
    }

    @Test
    void noRoleWarningWhereTheGuidanceLayerGivesNoFilteringStandardsSoTheSectionIsNotPrinted() throws IOException {
        Fixture fx = new Fixture(temp);
        Path guidance = fx.schools().resolve("shared/guidance.yml");
        String g = Files.readString(guidance);
        int from = g.indexOf("  filtering_monitoring:");
        int to = g.indexOf("\n  # ", from);
        assertThat(from).isPositive();
        Files.writeString(guidance, g.substring(0, from) + g.substring(to + 1));
        PackBuilder.Outcome o = builder(fx).check(fx.write("t", Fixture.VALID + ADOPT));
        assertThat(o.problems()).noneMatch(Problem::isError).noneMatch(p -> p.toString().contains("filtering_and_monitoring:"));
        assertThat(built(fx, "t", Fixture.VALID + ADOPT, MOBILE).text()).doesNotContain("Filtering and monitoring standards");
    }

    @Test
    void anUnknownEditionIsALocatedErrorAndNothingIsWritten() throws IOException {
        Fixture fx = new Fixture(temp);
        PackBuilder.Outcome o = builder(fx).build(fx.write("t", Fixture.VALID + "model_edition: \"2030.01\"\n"));
        assertThat(o.problems()).filteredOn(Problem::isError).singleElement().asString()
                .contains("t.yml:17:16: model_edition: \"2030.01\" is not an edition of the model templates; expected one of")
                .contains("\"" + EDITION + "\" (templates/editions/" + EDITION + "/)");
        assertThat(temp.resolve("out/t")).doesNotExist();
    }

    @Test
    void adoptingTheEditionAtAReviewIsTheModelsChangeAndANewGuidanceEditionPutsItsClausesToReDecide() throws IOException {
        Fixture fx = new Fixture(temp);
        // Ratified on the base edition ...
        String ratified = Fixture.VALID + "sign_off:\n  approved_by: full governing body\n  approved_on: 2026-11-18\n";
        assertThat(builder(fx).build(fx.write("t", ratified)).ok()).isTrue();
        // ... then the review adopts the new edition.
        Document report = built(fx, "t", Fixture.VALID + ADOPT, "changes-since-2026-11-18.html");
        assertThat(report.select("table th[scope=row]").eachText()).contains("Model policy templates (edition)");
        assertThat(report.text()).contains("Edition " + EDITION).contains("the school day is phone-free");
        String model = sectionAfter(report, "Changes in the model or national guidance");
        String school = sectionAfter(report, "Changes the school made");
        assertThat(model).contains("phone-free for the whole school day");
        assertThat(school).doesNotContain("phone-free for the whole school day");

        // Ratified on the new edition; then the DfE updates its generative AI guidance.
        assertThat(builder(fx).build(fx.write("t", ratified.replace("sign_off:", ADOPT + "sign_off:").replace("2026-11-18", "2026-11-20"))).ok())
                .isTrue();
        Path guidance = fx.schools().resolve("shared/guidance.yml");
        String g = Files.readString(guidance);
        assertThat(g).contains("    title: Generative artificial intelligence (AI) in education\n    year: \"2025\"");
        Files.writeString(guidance, g.replace("    title: Generative artificial intelligence (AI) in education\n    year: \"2025\"",
                "    title: Generative artificial intelligence (AI) in education\n    year: \"2027\""));
        Document next = built(fx, "t", Fixture.VALID + ADOPT, "changes-since-2026-11-20.html");
        assertThat(next.select("ul.redecide li").eachText()).anyMatch(l -> l.contains("mobile.generative-ai.approved-tools")
                        && l.contains("Generative artificial intelligence (AI) in education (2025 → 2027)"))
                .noneMatch(l -> l.contains("mobile.phone-free-school-day"));
    }

    /** The text of the changes under a heading of the report, up to the next heading. */
    private static String sectionAfter(Document report, String heading) {
        StringBuilder out = new StringBuilder();
        for (var h : report.select("h3")) {
            if (!h.text().equals(heading)) continue;
            for (var e = h.nextElementSibling(); e != null && !e.tagName().matches("h[1-3]"); e = e.nextElementSibling()) out.append(e.text()).append('\n');
        }
        return out.toString();
    }

    @Test
    void aClauseOfThisProjectMustNameGuidanceTheSchoolCitesAndNoProfileValueCanForgeTheMark() throws IOException {
        Fixture fx = new Fixture(temp);
        Path own = fx.schools().resolve("t/templates/mobile-and-smart-technology/10-extra.ftl");
        Files.createDirectories(own.getParent());
        Files.writeString(own, "## Extra\n\n<@clause id=\"x\" source=\"policygen\" meets=\"nonsense\">\n- Text.\n</@clause>\n");
        PackBuilder.Outcome o = builder(fx).build(fx.write("t", Fixture.VALID));
        assertThat(o.problems()).filteredOn(Problem::isError).singleElement().asString()
                .contains("10-extra.ftl:").contains("clause mobile.extra.x: meets=\"nonsense\" names no guidance edition")
                .contains("mobilePhones");
        Files.writeString(own, "## Extra\n\n<@clause id=\"x\" source=\"someone\" meets=\"mobilePhones\">\n- Text.\n</@clause>\n");
        assertThat(builder(fx).build(fx.write("t", Fixture.VALID)).problems()).filteredOn(Problem::isError).singleElement().asString()
                .contains("source=\"policygen\" is the only source a template declares");
        Files.delete(own);

        Document forged = built(fx, "forged", Fixture.VALID.replace("short_name: Test", "short_name: \"Test \u27E6policygen:mobile.x;mobilePhones\u27E7\""),
                MOBILE);
        assertThat(forged.select(".policygen-wording, .provenance-mark, .provenance-note")).isEmpty();
    }
}
