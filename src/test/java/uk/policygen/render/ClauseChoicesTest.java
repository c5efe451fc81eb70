package uk.policygen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.policygen.profile.Fixture;
import uk.policygen.publish.PackBuilder;

/** A profile keeps, omits or rewords the model's clauses by id; unknown ids are located errors. */
class ClauseChoicesTest {
    @TempDir
    Path temp;
    Fixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new Fixture(temp);
    }

    PackBuilder.Outcome build(String yaml) throws IOException {
        fx.write("t", yaml);
        PackBuilder b = new PackBuilder(fx.schools(), Fixture.PROJECT.resolve("templates"), temp.resolve("out"), Fixture.TODAY);
        return b.build(b.loader().profileOf("t"));
    }

    Document policy(String yaml, String file) throws IOException {
        PackBuilder.Outcome o = build(yaml);
        assertThat(o.ok()).as(o.problems().toString()).isTrue();
        return Jsoup.parse(Files.readString(temp.resolve("out/t").resolve(file)));
    }

    static final String SOCIAL = "social-media-policy.html";

    @Test
    void everyModelClauseIsKeptByDefault() throws IOException {
        Document doc = policy(Fixture.VALID + "social_media:\n  channels:\n    - platform: facebook\n      access: open\n", SOCIAL);
        assertThat(doc.text()).contains("Leadership staff have access to account information and login details");
        assertThat(doc.select(".school-wording")).isEmpty();
    }

    @Test
    void anOmittedClauseIsLeftOutAndTheNumbersCloseUp() throws IOException {
        String channels = "social_media:\n  channels:\n    - platform: facebook\n      access: open\n";
        Document kept = policy(Fixture.VALID + channels, SOCIAL);
        Document doc = policy(Fixture.VALID + channels + "clauses:\n  omit:\n    - social-media.official-use.only-social-media\n", SOCIAL);
        assertThat(doc.text()).doesNotContain("Only social media sites which have been risk assessed");
        List<String> numbers = doc.select("span.clause-no").eachText();
        assertThat(numbers).doesNotHaveDuplicates().hasSize(kept.select("span.clause-no").size() - 1);
    }

    @Test
    void aWholeSectionCanBeOmittedInOneLine() throws IOException {
        Document doc = policy(Fixture.VALID + "clauses:\n  omit: [social-media.learners-use]\n", SOCIAL);
        assertThat(doc.select("h2").eachText()).noneMatch(h -> h.contains("use of social media") && h.toLowerCase().contains("pupils"));
    }

    @Test
    void theSchoolsOwnWordingReplacesTheClauseAndIsMarkedAsTheSchools() throws IOException {
        Document doc = policy(Fixture.VALID + """
                clauses:
                  replace:
                    - id: mobile.staff-use.keep-personal-mobile
                      text: Keep personal phones on silent <b>always</b> & in a bag.
                """, "mobile-and-smart-technology-policy.html");
        assertThat(doc.text()).contains("Keep personal phones on silent <b>always</b> & in a bag.")
                .doesNotContain("'do not disturb'");
        assertThat(doc.select("li.school-wording")).hasSize(1);
        assertThat(doc.select("li.school-wording b")).isEmpty(); // escaped, never markup
        assertThat(doc.text()).doesNotContain("\u27E6");
    }

    @Test
    void aSchoolsWordingThatNoDocumentPrintsIsSaidNotDropped() throws IOException {
        // The exams clause prints only where the school keeps the rule on phones in examinations (exams: true); its own
        // wording of it then appears nowhere.
        PackBuilder.Outcome o = build(Fixture.VALID + """
                clauses:
                  replace:
                    - id: mobile.learners-use.exams
                      text: Phones stay in bags at the back of the exam room.
                    - id: mobile.staff-use.keep-personal-mobile
                      text: Keep personal phones on silent.
                """);
        assertThat(o.ok()).as(o.problems().toString()).isTrue();
        assertThat(o.problems()).filteredOn(p -> p.toString().contains("clauses.replace")).singleElement().asString()
                .contains("t.yml:19:11: warning: clauses.replace[0].id: mobile.learners-use.exams is not printed in this school's documents")
                .contains("so this wording appears nowhere");
        assertThat(Jsoup.parse(Files.readString(temp.resolve("out/t/mobile-and-smart-technology-policy.html")))
                .select("[data-school-clause=mobile.staff-use.keep-personal-mobile]")).hasSize(1);
    }

    @Test
    void onlyALearningJournalIsAnExceptionToTheRuleOnPrivateMessaging() throws IOException {
        String channels = """
                social_media:
                  channels:
                    - platform: facebook
                      access: closed
                    - platform: tapestry
                      access: closed
                """;
        Document policy = policy(Fixture.VALID + channels, SOCIAL);
        String rule = policy.select("li").eachText().stream().filter(t -> t.contains("private or direct messaging")).findFirst().orElseThrow();
        assertThat(rule).contains("other than through Tapestry as the school uses it with families").doesNotContain("Facebook");
        String staff = Jsoup.parse(Files.readString(temp.resolve("out/t/aup/staff.html"))).text();
        assertThat(staff).contains("or their families, other than through Tapestry as the school uses it with families");

        // A closed Facebook group alone is still social media: the rule stands whole.
        Document facebookOnly = policy(Fixture.VALID + channels.replace("    - platform: tapestry\n      access: closed\n", ""), SOCIAL);
        assertThat(facebookOnly.text()).contains("parents/carers and other family members.").doesNotContain("other than through");

        // The school's own wording of the rule is what the staff form follows: no exception the school did not write.
        policy(Fixture.VALID + channels + """
                clauses:
                  replace:
                    - id: social-media.official-use.engage-private-direct
                      text: Never message a child or a family privately, on any platform.
                """, SOCIAL);
        assertThat(Jsoup.parse(Files.readString(temp.resolve("out/t/aup/staff.html"))).text()).doesNotContain("other than through Tapestry");
    }

    String text(String file) throws IOException {
        return Jsoup.parse(Files.readString(temp.resolve("out/t").resolve(file))).text();
    }

    static final String MOBILE = "mobile-and-smart-technology-policy.html";

    @Test
    void aRuleForPhotographsAtEventsIsNoExceptionToWhereVisitorsUsePhonesUnlessTheSchoolMakesIt() throws IOException {
        // A school that forbids photographs at events (a pupil referral unit whose pupils must not be identified) had
        // "except at events where parents are on site" printed for it: an exception it never chose.
        String visitors = """
                visitors:
                  phones_allowed_in: [the school office]
                  photography_at_events: no photographs or recordings are taken by parents or visitors.
                """;
        policy(Fixture.VALID + visitors, MOBILE);
        for (String file : List.of(MOBILE, "aup/parents-carers.html", "aup/visitors-volunteers.html")) {
            assertThat(text(file)).as(file).contains("the school office").doesNotContain("except at events");
        }
        assertThat(text(MOBILE)).contains("at events where parents are on site, no photographs or recordings are taken");

        policy(Fixture.VALID + visitors + "  phones_at_events: true\n", MOBILE);
        assertThat(text(MOBILE)).contains("not permitted in areas with pupils, except at events where parents are on site, as below.");
        assertThat(text("aup/parents-carers.html")).contains("never in areas with pupils except at events where parents are on site, as below.");
        // The exception is the parents': a volunteer or contractor signs the rule without it.
        assertThat(text("aup/visitors-volunteers.html")).contains("never in areas with pupils.").doesNotContain("except at events");
    }

    @Test
    void aFormDoesNotRestateTheModelsRuleWhereTheSchoolWroteItsOwn() throws IOException {
        String visitors = """
                visitors:
                  phones_allowed_in: [the school office]
                """;
        policy(Fixture.VALID + visitors, MOBILE);
        assertThat(text("aup/parents-carers.html")).contains("in the school office, and never in areas with pupils", "via the school office");
        assertThat(text("aup/learners-ks2.html")).contains("If I need to contact my parents or carers");

        // A hospital school's own rules: parents stay at the bedside, children call home on their own phones.
        policy(Fixture.VALID + visitors + """
                clauses:
                  replace:
                    - id: mobile.visitors-use.mobile-phones-personal
                      text: parents on the wards follow the ward's own rules for phones.
                    - id: mobile.learners-use.calling-home
                      text: Pupils on the wards may call home on their own phones.
                """, MOBILE);
        assertThat(text(MOBILE)).contains("follow the ward's own rules", "call home on their own phones");
        // The forms quote the school's own rule for visitors, and say nothing of how parents reach a child.
        // The advice to parents is a line of its own under the calling-home clause, which the school's wording keeps.
        assertThat(text("aup/parents-carers.html")).doesNotContain("never in areas with pupils").contains("via the school office")
                .contains("When I am on site, I will follow our policy's rule: “Parents on the wards follow the ward's own rules for phones.”");
        assertThat(text("aup/visitors-volunteers.html")).doesNotContain("never in areas with pupils")
                .contains("I will follow our policy's rule: “Parents on the wards follow the ward's own rules for phones.”");
        assertThat(text("aup/learners-ks2.html")).contains("If I need to contact my parents or carers during the day, I follow our rule:"
                + " “Pupils on the wards may call home on their own phones.”").doesNotContain("I ask a member of staff");
        assertThat(text("aup/learners-early-years-ks1.html")).doesNotContain("talk to my family");
    }

    @Test
    void aBreachOfThePhoneRuleIsUseWithoutPermissionOnlyWhereStaffMayGiveIt() throws IOException {
        // A middle school whose pupils hand their phones in had "use these devices in school time without staff permission"
        // printed for it, as if staff could allow it; and its summary said "may be confiscated" where the policy says "will be".
        String rule = """
                learner_phones:
                  allowed:
                    - year_groups: Year 5 to Year 6
                      on_arrival: hand-in
                      hand_in: the school office
                      returned: at the end of the day
                  breach_sanction: will not be permitted to bring a phone to school for a week
                """;
        policy(Fixture.VALID + rule, MOBILE);
        assertThat(text(MOBILE)).contains("If pupils use these devices in school time, they will be confiscated and returned to")
                .doesNotContain("without staff permission")
                .contains("If the rule is broken: the phone will be confiscated");
        assertThat(text("aup/learners-ks2.html")).contains("If I use my phone in school time, it will be confiscated");
        assertThat(text("aup/parents-carers.html")).contains("If my child uses their phone in school time, it will be confiscated");

        policy(Fixture.VALID + rule + "  break_time_use: true\n", MOBILE);
        assertThat(text(MOBILE)).contains("If pupils use these devices in school time without staff permission, they will be confiscated");
        assertThat(text("aup/learners-ks2.html")).contains("If I use my phone in school time without permission, it will be confiscated");
    }

    @Test
    void theParentsFormSpeaksOfTheParentSigningItAsMe() throws IOException {
        policy(Fixture.VALID + """
                learner_phones:
                  allowed:
                    - year_groups: Year 5 to Year 6
                      on_arrival: switched-off
                  repeat_breaches: will meet with the headteacher, their parent or carer and their class teacher
                """, MOBILE);
        assertThat(text(MOBILE)).contains("will meet with the headteacher, their parent or carer and their class teacher");
        assertThat(text("aup/parents-carers.html")).contains("If my child breaches these rules repeatedly, they will meet with the headteacher, me and their class teacher.");

        // Where the parent is the one the sentence is about, the parent speaks: "their parents will be told" -> "I will be told".
        policy(Fixture.VALID + """
                learner_phones:
                  allowed:
                    - year_groups: Year 5 to Year 6
                      on_arrival: switched-off
                  repeat_breaches: lose the right to bring a phone, and their parents will be told
                """, MOBILE);
        assertThat(text("aup/parents-carers.html")).contains("they lose the right to bring a phone, and I will be told.");
    }

    @Test
    void aRuleOnAConditionSaysWhatTheRestOfItsYearGroupsMayNotDo() throws IOException {
        // A middle school's Years 5 and 6 may bring a phone only to walk home alone: nothing said what the others may do.
        String rule = """
                year_groups: Year 5 to Year 8
                learner_phones:
                  allowed:
                    - year_groups: Year 5 to Year 6
                      condition: if they walk home alone
                      on_arrival: hand-in
                      hand_in: the school office
                      returned: at the end of the day
                    - year_groups: Year 7 to Year 8
                      on_arrival: switched-off
                """;
        policy(Fixture.VALID.replace("year_groups: Reception to Year 6\n", "").replace("type: primary", "type: secondary") + rule, MOBILE);
        assertThat(text(MOBILE)).contains("All other pupils are not allowed mobile phones within school at any time")
                .contains("Other pupils may not have a mobile phone in school.");
        assertThat(text("aup/learners-ks2.html")).contains("Other pupils in Year 5 and Year 6 are not allowed mobile phones in school at any time.");
        assertThat(text("aup/parents-carers.html")).contains("All other pupils are not allowed mobile phones within school at any time");
    }

    @Test
    void oneOpenChannelBesideAClosedOneIsNotTheSchoolsOnlyChannelAndAPurposeReadsAfterItsAddress() throws IOException {
        policy(Fixture.VALID + """
                social_media:
                  channels:
                    - platform: facebook
                      access: open
                      address: https://www.facebook.com/testprimary
                      purpose: news and reminders
                    - platform: class-dojo
                      access: closed
                      purpose: to message families
                """, SOCIAL);
        assertThat(text(SOCIAL)).contains("official social media channels are Facebook, an open site, and Class Dojo, a closed site.")
                .doesNotContain("channel is Facebook").doesNotContain("Other closed sites")
                .contains("https://www.facebook.com/testprimary, for news and reminders").contains(", to message families");
    }

    @Test
    void aSchoolWithNoChannelsSaysSoAndCannotAlsoListSome() throws IOException {
        policy(Fixture.VALID + "social_media:\n  no_channels: true\n", SOCIAL);
        assertThat(text(SOCIAL)).contains("Test has no official social media channels.");
        policy(Fixture.VALID, SOCIAL);
        assertThat(text(SOCIAL)).doesNotContain("no official social media channels");
        PackBuilder.Outcome o = build(Fixture.VALID + "social_media:\n  no_channels: true\n  channels:\n    - platform: facebook\n      access: open\n");
        assertThat(o.problems()).extracting(Object::toString).anyMatch(p -> p.contains("social_media.no_channels: says the school has no official"
                + " social media channels, but social_media.channels lists 1; expected one or the other"));
    }

    @Test
    void theIndexOfACombinedPolicyNamesOnePolicy() throws IOException {
        policy(Fixture.VALID + "documents:\n  arrangement: combined\n", "index.html");
        assertThat(text("index.html")).contains("Our mobile and smart technology and social media policy is being prepared. It will be published here");
        policy(Fixture.VALID, "index.html");
        assertThat(text("index.html")).contains("Our mobile and smart technology and social media policies are being prepared. They will be published here");
    }

    @Test
    void theParentsFormSaysPermissionInLessonsAsOneSentenceAndLeavesTheAreasToTheirRules() throws IOException {
        policy(Fixture.VALID + """
                learner_phones:
                  allowed:
                    - year_groups: Year 5 to Year 6
                      on_arrival: switched-off
                      may_use_in: [the library]
                  curriculum_use_with_approval: true
                """, MOBILE);
        assertThat(text("aup/parents-carers.html")).contains("Pupils only use mobile phones or personal devices on site with a member of staff's permission: "
                + "in lessons, only as part of an approved, directed curriculum activity. This does not apply where the rules above allow their use.");
    }

    @Test
    void referralContactsNoDocumentPrintsAreNotDroppedWithoutAWord() throws IOException {
        PackBuilder.Outcome o = build(Fixture.VALID + """
                advice:
                  referral_contacts:
                    - label: Family Front Door
                      phone: "01905 822666"
                """);
        assertThat(o.ok()).as(o.problems().toString()).isTrue();
        assertThat(o.problems()).extracting(Object::toString)
                .anyMatch(p -> p.contains("warning: advice.referral_contacts: no document of this school prints them"));
        assertThat(text(MOBILE)).doesNotContain("Family Front Door");
    }

    @Test
    void anUnknownIdIsALocatedErrorWithASuggestion() throws IOException {
        PackBuilder.Outcome o = build(Fixture.VALID + "clauses:\n  omit:\n    - mobile.staff-use.keep-personal-mobil\n");
        assertThat(o.ok()).isFalse();
        assertThat(o.problems().toString()).contains("t.yml:19:7").contains("clauses.omit[0]")
                .contains("did you mean 'mobile.staff-use.keep-personal-mobile'");
    }

    @Test
    void aMisspeltClauseIdIsReportedInTheSameRunAsTheProfilesOtherErrors() throws IOException {
        // check had reported the email address, and the clause id only once the address was put right.
        String yaml = Fixture.VALID.replace("  short_name: Test\n", "  short_name: Test\n  email: bad@@x\n")
                + "clauses:\n  omit:\n    - mobile.learners-use.in-lesons\n";
        PackBuilder.Outcome o = build(yaml);
        assertThat(o.ok()).isFalse();
        assertThat(o.problems()).extracting(Object::toString)
                .anyMatch(p -> p.contains("school.email"))
                .anyMatch(p -> p.contains("clauses.omit[0]: 'mobile.learners-use.in-lesons' is not a clause of the model; did you mean 'mobile.learners-use.in-lessons'?"));

        // The rules of the profile, failing, hide nothing either: a date the policy was written after its review.
        String dates = Fixture.VALID.replace("  next_review: 2027-09-01\n", "  next_review: 2027-09-01\n  written: 2027-03\n")
                + "clauses:\n  omit:\n    - mobile.learners-use.in-lesons\n";
        PackBuilder.Outcome o2 = build(dates);
        assertThat(o2.problems()).extracting(Object::toString)
                .anyMatch(p -> p.contains("review.written"))
                .anyMatch(p -> p.contains("clauses.omit[0]"));
    }

    @Test
    void aClauseRewordedTwiceIsAnError() throws IOException {
        PackBuilder.Outcome o = build(Fixture.VALID + """
                clauses:
                  replace:
                    - id: mobile.staff-use.keep-personal-mobile
                      text: Keep personal phones on silent.
                    - id: mobile.staff-use.keep-personal-mobile
                      text: Keep personal phones in a locker.
                """);
        assertThat(o.ok()).isFalse();
        assertThat(o.problems()).extracting(Object::toString)
                .anyMatch(p -> p.contains("clauses.replace[1].id: 'mobile.staff-use.keep-personal-mobile' is reworded twice (also clauses.replace[0])"));
    }

    @Test
    void aClauseBothOmittedAndRewordedIsAnError() throws IOException {
        PackBuilder.Outcome o = build(Fixture.VALID + """
                clauses:
                  omit: [mobile.staff-use.keep-personal-mobile]
                  replace:
                    - id: mobile.staff-use.keep-personal-mobile
                      text: Something else.
                """);
        assertThat(o.problems().toString()).contains("both omitted and reworded");
    }

    @Test
    void aChannelWhoseAccessIsNotRecordedIsNeverCalledOpenOrClosed() throws IOException {
        Document doc = policy(Fixture.VALID + "social_media:\n  channels:\n    - platform: facebook\n    - platform: twitter\n", SOCIAL);
        assertThat(doc.text()).contains("official social media channels are Facebook and Twitter")
                .doesNotContain("open site").doesNotContain("closed site");
    }

    @Test
    void aSchoolTemplateOverridesOneClauseAndKeepsTheRest() throws IOException {
        Path own = fx.schools().resolve("t/templates/clauses");
        Files.createDirectories(own);
        Files.writeString(own.resolve("mobile.staff-use.keep-personal-mobile.ftl"), "- Our own rule for ${w.setting} phones.\n");
        Document doc = policy(Fixture.VALID, "mobile-and-smart-technology-policy.html");
        assertThat(doc.text()).contains("Our own rule for school phones.").doesNotContain("'do not disturb'")
                .contains("Not use personal devices during teaching periods");
    }

    @Test
    void aSchoolTemplatesMistakeIsSaidInWordsItsAuthorCanActOn() throws IOException {
        // FreeMarker's own words had reached the business manager: "The following has evaluated to null or missing: ==> …
        // Tip: It's the step after the last dot that caused this error", and a list of every token the parser could take.
        Path own = fx.schools().resolve("t/templates/clauses");
        Files.createDirectories(own);
        Path clause = own.resolve("mobile.staff-use.keep-personal-mobile.ftl");
        java.util.Map<String, String> said = java.util.Map.of(
                "- Phones go in ${p.staffDevices.nosuch}.\n", "'p.staffDevices.nosuch' is not a fact of the profile, or has no value for this school",
                "- Phones go in ${p.staffDevices.keptIn}.\n", "'p.staffDevices.keptIn' is a list, not text; expected ${fmt.list(p.staffDevices.keptIn)}",
                "- Phones go in ${p.staffDevices.keptIn.}.\n", "template syntax: Encountered \"}\"; expected a complete ${…} or <#…> here");
        for (var e : said.entrySet()) {
            Files.writeString(clause, e.getKey());
            PackBuilder.Outcome o = build(Fixture.VALID);
            assertThat(o.ok()).isFalse();
            assertThat(o.problems()).extracting(Object::toString).anyMatch(p -> p.contains("mobile.staff-use.keep-personal-mobile.ftl:1:")
                    && p.contains(e.getValue()) && !p.contains("Tip:") && !p.contains("was expecting"));
        }
    }

    @Test
    void anApprovingBodyTheProfileDoesNotKnowIsShownAsMissingAndBlocksARatification() throws IOException {
        Document doc = policy(Fixture.VALID + "sign_off:\n  approved_by: unknown\n", SOCIAL);
        assertThat(doc.text()).contains("Draft for approval — not yet ratified").contains("Not recorded")
                .doesNotContain("Draft for approval by the");
        PackBuilder.Outcome ratifying = build(Fixture.VALID + "sign_off:\n  approved_by: unknown\n  approved_on: 2026-11-20\n");
        assertThat(ratifying.ok()).isFalse();
        assertThat(ratifying.problems().toString()).contains("sign_off.approved_by").contains("a ratification must say who ratified it");
    }
}
