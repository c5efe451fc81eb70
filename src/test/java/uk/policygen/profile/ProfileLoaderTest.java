package uk.policygen.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileLoaderTest {
    @TempDir
    Path temp;
    Fixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new Fixture(temp);
    }

    private ProfileLoader.Result load(String yaml) throws IOException {
        return fx.load("test", yaml);
    }

    @Test
    void aValidProfileLoadsWithItsLayers() throws IOException {
        ProfileLoader.Result r = load(Fixture.VALID);
        assertThat(fx.messages(r)).isEmpty();
        Profile p = r.school().profile();
        assertThat(p.school().localAuthority()).isEqualTo("Kent");
        assertThat(p.advice().partnershipAbbreviation()).contains("KSCMP");
        assertThat(p.guidance().keepingChildrenSafe().title()).isEqualTo("Keeping Children Safe in Education");
        assertThat(p.words().children()).isEqualTo("pupils");
        assertThat(p.review().cycle()).isEqualTo(ReviewCycle.ANNUAL);
        assertThat(p.yearGroups()).map(Object::toString).contains("Reception to Year 6");
    }

    /** A chair's title the school did not give follows what it calls its governors: never a "Chair of Governors" it does not have. */
    @Test
    void theChairsTitleFollowsTheGoverningBodysNameUnlessGiven() throws IOException {
        assertThat(load(Fixture.VALID).school().profile().words().chairTitle()).isEqualTo("Chair of Governors");
        assertThat(load(Fixture.VALID + "words:\n  governors: trustees\n").school().profile().words().chairTitle()).isEqualTo("Chair of Trustees");
        assertThat(load(Fixture.VALID + "words:\n  governors: management committee\n").school().profile().words().chairTitle())
                .isEqualTo("Chair of the management committee");
        assertThat(load(Fixture.VALID + "words:\n  governors: trustees\n  chair: Chair of the Board\n").school().profile().words().chairTitle())
                .isEqualTo("Chair of the Board");
        assertThat(load(Fixture.VALID + "words:\n  governors: proprietor\n").school().profile().words().chairTitle())
                .as("a proprietor has no chair").isEqualTo("Proprietor");
        assertThat(load(Fixture.VALID + "words:\n  governors: management committee\n").school().profile().words().governorLead())
                .isEqualTo("management committee lead");
        assertThat(load(Fixture.VALID).school().profile().words().governorLead()).isEqualTo("governor lead");
        assertThat(load(Fixture.VALID + "words:\n  governors: board of governors\n").school().profile().words().chairTitle())
                .isEqualTo("Chair of Governors");
    }

    /** A short name with its own article or in the possessive takes no second article: never "the The Weald community". */
    @Test
    void aSchoolIsNamedInRunningTextWithOneArticleAtMost() throws IOException {
        for (String[] c : new String[][] {{"Test", "the Test"}, {"The Weald", "the Weald"}, {"St Aidan's", "St Aidan's"}}) {
            Profile p = load(Fixture.VALID.replace("short_name: Test", "short_name: \"" + c[0] + "\"")).school().profile();
            assertThat(uk.policygen.render.SchoolFacts.of(p).theShortName()).isEqualTo(c[1]);
        }
    }

    /** An address left from a template (example.org and the like) is never published as the school's. */
    @Test
    void aPlaceholderWebAddressIsAnError() throws IOException {
        ProfileLoader.Result r = load(Fixture.VALID.replace("  short_name: Test\n", "  short_name: Test\n  website: https://www.example.org/\n"));
        assertThat(r.ok()).isFalse();
        assertThat(fx.messages(r)).containsExactly("test.yml:5:12: school.website: \"https://www.example.org/\" is a placeholder address"
                + " (www.example.org is kept for examples), left from a template; expected the real address, or leave the line out:"
                + " the policies then say nothing rather than send readers to an example");
        for (String placeholder : List.of("https://example.com/a", "http://intranet.test/", "https://www.example.sch.uk/")) {
            assertThat(load(Fixture.VALID.replace("  short_name: Test\n", "  short_name: Test\n  website: " + placeholder + "\n")).ok()).as(placeholder).isFalse();
        }
        assertThat(load(Fixture.VALID.replace("  short_name: Test\n", "  short_name: Test\n  website: https://www.examples.co.uk/\n")).ok()).isTrue();
    }

    @Test
    void whoWasInvolvedIsListedOnceEachAndPrintedInThePolicysOrder() throws IOException {
        ProfileLoader.Result r = load(Fixture.VALID + "  involved: [parents, staff, staff]\n");
        assertThat(fx.messages(r)).anyMatch(m -> m.contains("review.involved[2]: staff is already listed"));
        assertThat(r.ok()).isFalse();
        assertThat(load(Fixture.VALID + "  involved: [parents, staff]\n").ok()).isTrue();
    }

    @Test
    void anUnknownKeyIsReportedWithASuggestion() throws IOException {
        ProfileLoader.Result r = load(Fixture.VALID.replace("  short_name: Test", "  short_nam: Test\n  short_name: Test"));
        assertThat(fx.messages(r)).containsExactly(
                "test.yml:4:3: school.short_nam: unknown key; did you mean 'short_name'? expected one of name, short_name, type,"
                        + " local_authority, religious_character, website, address, phone, email, logo, vision, motto, values, scripture");
        assertThat(r.ok()).isFalse();
    }

    @Test
    void everyProblemIsReportedInOneRun() throws IOException {
        String yaml = Fixture.VALID
                .replace("type: primary", "type: primry")
                .replace("last_reviewed: 2026-09-01", "last_reviewed: 2026-02-30")
                .replace("    name: Jane Smith\n    role: Headteacher\n  designated", "    name: Headteacher\n  designated");
        assertThat(fx.messages(load(yaml))).containsExactly(
                "test.yml:5:9: school.type: \"primry\" is not allowed here; did you mean 'primary'? expected one of infant, junior,"
                        + " primary, secondary, all-through, special, nursery, childrens-centre, out-of-school-club",
                "test.yml:9:11: people.headteacher.name: \"Headteacher\" is not a person's name; expected a named person such as"
                        + " \"Samantha Killick\" or \"Mrs K Pott\" (put what they do under role:)",
                "test.yml:14:18: review.last_reviewed: \"2026-02-30\" is not a real date; expected YYYY-MM-DD such as 2024-09-25,"
                        + " or YYYY-MM such as 2024-09");
    }

    @Test
    void aMissingRequiredFactSaysWhatIsExpected() throws IOException {
        ProfileLoader.Result r = load(Fixture.VALID.replace("  short_name: Test\n", ""));
        assertThat(fx.messages(r)).containsExactly("test.yml:3:3: school.short_name: is missing; expected the name used in running text, e.g. \"Littlebourne\"");
    }

    @Test
    void aWrongTypeSaysWhatIsExpected() throws IOException {
        ProfileLoader.Result r = load(Fixture.VALID + "restricted_areas: toilets\n");
        assertThat(fx.messages(r)).containsExactly(
                "test.yml:17:19: restricted_areas: is a single value; expected a list, one '- item' per line");
    }

    @Test
    void aNextReviewBeforeTheLastIsAnError() throws IOException {
        ProfileLoader.Result r = load(Fixture.VALID.replace("next_review: 2027-09-01", "next_review: 2026-08-01"));
        assertThat(fx.messages(r)).containsExactly(
                "test.yml:16:16: review.next_review: 2026-08-01 is not after the last review (2026-09-01); expected a date after"
                        + " review.last_reviewed",
                "test.yml:16:16: warning: review.next_review: the review was due 1 August 2026 and is overdue; start the annual review"
                        + " (see the README) and set the new dates");
    }

    @Test
    void aNextReviewBeyondTheCycleIsAnErrorSoTextAndDatesAgree() throws IOException {
        ProfileLoader.Result r = load(Fixture.VALID.replace("next_review: 2027-09-01", "next_review: 2028-09-01"));
        assertThat(fx.messages(r)).containsExactly(
                "test.yml:16:16: review.next_review: 2028-09-01 is 24 months after the last review, but the review cycle is annual"
                        + " (the policy promises review at least annually); expected 2027-09-01 or earlier, or set review.cycle to match");
        ProfileLoader.Result twoYearly = load(Fixture.VALID.replace("next_review: 2027-09-01", "next_review: 2028-09-01\n  cycle: every-two-years"));
        assertThat(twoYearly.ok()).isTrue();
        assertThat(twoYearly.school().profile().review().cycle().promise()).isEqualTo("at least every two years");
    }

    @Test
    void anOverdueReviewIsOnlyAWarning() throws IOException {
        ProfileLoader.Result r = load(Fixture.VALID.replace("last_reviewed: 2026-09-01", "last_reviewed: 2024-09")
                .replace("next_review: 2027-09-01", "next_review: 2025-09"));
        assertThat(r.ok()).isTrue();
        assertThat(fx.messages(r)).containsExactly("test.yml:16:16: warning: review.next_review: the review was due September 2025"
                + " and is overdue; start the annual review (see the README) and set the new dates");
    }

    @Test
    void aPhoneRuleForAYearGroupTheSettingLacksIsAnError() throws IOException {
        ProfileLoader.Result r = load(Fixture.VALID + """
                learner_phones:
                  allowed:
                    - year_groups: Year 6 and Year 7
                      hand_in: the office
                      returned: at the end of the day
                """);
        assertThat(fx.messages(r)).containsExactly("test.yml:19:20: learner_phones.allowed[0].year_groups: [Year 7] is not a year group"
                + " at this setting; expected year groups within Reception to Year 6 (year_groups)");
    }

    @Test
    void malformedAddressesAreErrors() throws IOException {
        ProfileLoader.Result r = load(Fixture.VALID.replace("    role: Headteacher\n  designated",
                "    role: Headteacher\n    email: jane.smith@\n    phone: 01227 12\n  designated") + """
                school:
                  website: htp://test.kent.sch.uk
                """);
        assertThat(fx.messages(r)).contains(
                "test.yml:11:12: people.headteacher.email: \"jane.smith@\" is not an email address; expected one like office@school.kent.sch.uk",
                "test.yml:12:12: people.headteacher.phone: \"01227 12\" is not a UK phone number; expected a number as it is dialled"
                        + " in the UK, such as 0300 555 1384, 01697 73123, +44 (0)1227 721000 or 0800 1111");
        // The second "school:" key is itself a problem, reported with both places.
        assertThat(fx.messages(r)).contains("test.yml:19:1: 'school' appears twice in the same section (first at line 2); expected"
                + " each key once: keep one and delete the other");
    }

    @Test
    void aWebsiteMustBeAWebAddress() throws IOException {
        ProfileLoader.Result r = load(Fixture.VALID.replace("  type: primary", "  type: primary\n  website: htp://test.kent.sch.uk"));
        assertThat(fx.messages(r)).containsExactly("test.yml:6:12: school.website: \"htp://test.kent.sch.uk\" is not a web address"
                + " (it must start with https://); expected a web address such as https://www.example.sch.uk/");
    }

    @Test
    void channelAddressesMustBelongToTheirPlatform() throws IOException {
        ProfileLoader.Result r = load(Fixture.VALID + """
                social_media:
                  channels:
                    - platform: facebook
                      address: https://www.instagram.com/testschool
                    - platform: facebook
                      address: "@testschool"
                    - platform: instagram
                      address: "@testschool"
                    - platform: facebook
                      address: http://www.facebook.com/testschool
                """);
        assertThat(fx.messages(r)).containsExactly(
                "test.yml:20:16: social_media.channels[0].address: www.instagram.com is not a Facebook address; expected an address on"
                        + " facebook.com or fb.com or fb.me",
                "test.yml:22:16: social_media.channels[1].address: Facebook accounts have no @handles; expected the page's web address,"
                        + " e.g. https://www.facebook.com/yourschool",
                "test.yml:26:16: warning: social_media.channels[3].address: uses http; prefer https:// so visitors' browsers do not warn");
    }

    @Test
    void aDslMustBeANamedPerson() throws IOException {
        ProfileLoader.Result r = load(Fixture.VALID.replace("  designated_safeguarding_leads:\n    - name: Jane Smith",
                "  designated_safeguarding_leads:\n    - name: (Headteacher)"));
        assertThat(fx.messages(r)).containsExactly("test.yml:12:13: people.designated_safeguarding_leads[0].name: \"(Headteacher)\" is not"
                + " a person's name; expected a named person such as \"Samantha Killick\" or \"Mrs K Pott\" (put what they do under role:)");
    }

    @Test
    void aMissingSharedLayerIsReportedWhereItIsNamed() throws IOException {
        ProfileLoader.Result r = load(Fixture.VALID.replace("inherits: [kent]", "inherits: [kentt]"));
        assertThat(fx.messages(r).get(0)).startsWith("test.yml:1:12: inherits: there is no shared layer 'kentt'; expected a file ");
    }

    @Test
    void theFileNameMustBeAnId() throws IOException {
        ProfileLoader.Result r = fx.load("Test_School", Fixture.VALID);
        assertThat(fx.messages(r)).containsExactly("Test_School.yml:1:1: the file name 'Test_School.yml' is not a valid school id;"
                + " expected lower-case letters, digits and hyphens, e.g. st-marys-primary.yml");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsAreFine() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = Fixture.VALID.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        ProfileLoader.Result r = new ProfileLoader(fx.schools(), Fixture.TODAY).load(fx.write("test", all));
        assertThat(fx.messages(r)).isEmpty();
        assertThat(r.ok()).isTrue();
    }
}
