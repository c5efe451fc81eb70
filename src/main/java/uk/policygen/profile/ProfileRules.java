package uk.policygen.profile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks that need more than one field: dates that must agree with each other and with the
 * review cycle, year groups the setting must have, channels whose address must belong to their
 * platform, files that must exist. Every rule reports at the line of the field it is about.
 */
final class ProfileRules {
    private static final Pattern HANDLE = Pattern.compile("@[A-Za-z0-9._]{1,30}");

    private ProfileRules() {
    }

    static void check(School school, LocalDate today, ReviewAdvice.CurrentEditions editions, Problems problems) {
        for (Runnable rule : rules(school, today, editions, problems)) rule.run();
    }

    /**
     * The rules on a profile that bound only in part (null where a value failed): a rule that
     * reaches a failed value stops there, and the others still run.
     */
    static void checkTolerant(School school, LocalDate today, ReviewAdvice.CurrentEditions editions, Problems problems) {
        for (Runnable rule : rules(school, today, editions, problems)) {
            try {
                rule.run();
            } catch (RuntimeException needsAFailedValue) {
                // this rule needs a value that did not bind; the binding error already says why
            }
        }
    }

    private static List<Runnable> rules(School school, LocalDate today, ReviewAdvice.CurrentEditions editions, Problems problems) {
        Profile p = school.profile();
        return List.of(
                () -> reviewDates(school, p.review(), today, problems),
                () -> involved(school, p.review(), problems),
                () -> signOff(school, p, today, problems),
                () -> yearGroups(school, p, problems),
                () -> LearnerPhoneRules.check(school, p, problems),
                () -> people(school, p.people(), problems),
                () -> channels(school, p.socialMedia().channels(), problems),
                () -> noChannels(school, p, problems),
                () -> staffPersonalUse(school, p, problems),
                () -> ownFiles(school, p, problems),
                () -> ReviewAdvice.check(school, editions, problems));
    }

    /**
     * Who the policy says was involved in writing it, each once. (Left out, the policy names no one: a school that had the
     * old sentence sees it go in its governors' changes report at the next review.)
     */
    private static void involved(School s, Review r, Problems problems) {
        java.util.Set<Review.Involved> seen = java.util.EnumSet.noneOf(Review.Involved.class);
        for (int i = 0; i < r.involved().size(); i++) {
            if (!seen.add(r.involved().get(i))) {
                String at = "review.involved[" + i + "]";
                problems.error(s.at(at), at, ProfileBinder.wordOf(r.involved().get(i)) + " is already listed; expected each of staff, governors,"
                        + " learners, parents at most once");
            }
        }
    }

    private static void reviewDates(School s, Review r, LocalDate today, Problems problems) {
        PolicyDate last = r.lastReviewed();
        PolicyDate next = r.nextReview();
        if (next.compareTo(last) <= 0) {
            problems.error(s.at("review.next_review"), "review.next_review", next.iso() + " is not after the last review ("
                    + last.iso() + "); expected a date after review.last_reviewed");
        } else {
            PolicyDate latest = last.plusMonths(r.cycle().months());
            if (next.date().isAfter(latest.latest())) {
                problems.error(s.at("review.next_review"), "review.next_review", next.iso() + " is "
                        + ChronoUnit.MONTHS.between(last.date().withDayOfMonth(1), next.date().withDayOfMonth(1))
                        + " months after the last review, but the review cycle is " + ProfileBinder.wordOf(r.cycle())
                        + " (the policy promises review " + r.cycle().promise() + "); expected " + latest.iso()
                        + " or earlier, or set review.cycle to match");
            }
        }
        r.written().ifPresent(w -> {
            if (w.compareTo(last) > 0) {
                problems.error(s.at("review.written"), "review.written", w.iso() + " is after the last review (" + last.iso()
                        + "); expected the date the policy was first written, on or before review.last_reviewed");
            }
        });
        if (last.date().isAfter(today)) {
            problems.error(s.at("review.last_reviewed"), "review.last_reviewed", last.iso() + " is in the future; expected the date of the last review that took place");
        }
        if (next.latest().isBefore(today)) {
            problems.warning(s.at("review.next_review"), "review.next_review", "the review was due " + next.display()
                    + " and is overdue; start the annual review (see the README) and set the new dates");
        }
    }

    private static void signOff(School s, Profile p, LocalDate today, Problems problems) {
        // "Governing body" is a school's word: a nursery or club may answer to trustees, a committee or its owner.
        // (Written "governing body" is a decision too, but prints the same words as the default, so no warning is lost.)
        boolean bodyGiven = !p.words().governors().equals("governing body") || p.signOff().flatMap(SignOff::approvedBy).isPresent();
        if (!p.school().type().school() && !bodyGiven) {
            problems.warning(s.at("school.type"), "school.type", p.school().type().inASentence()
                    + " is not always run by a governing body, and neither words.governors nor sign_off.approved_by says who"
                    + " ratifies its policies, so the documents say \"governing body\"; expected words.governors: e.g. trustees,"
                    + " management committee or proprietor");
        }
        p.signOff().flatMap(SignOff::approvedOn).ifPresent(on -> {
            if (on.date().isAfter(today)) {
                problems.error(s.at("sign_off.approved_on"), "sign_off.approved_on", on.iso()
                        + " is in the future; expected the date of the meeting that ratified the policy (leave it out while it is a draft)");
            }
        });
    }

    private static void yearGroups(School s, Profile p, Problems problems) {
        if (p.yearGroups().isEmpty()) {
            problems.warning(s.at("year_groups"), "year_groups", "the setting's year groups are not given, so phone rules cannot be"
                    + " checked against them and no learners' AUP form can be chosen; expected e.g. year_groups: Reception to Year 6");
            return;
        }
        YearGroups setting = p.yearGroups().get();
        // The day's rules and the boarders' alike: a rule for a year group the setting does not have is a slip.
        List<YearGroups> ruled = new java.util.ArrayList<>();
        List<String> fields = new java.util.ArrayList<>();
        for (int i = 0; i < p.learnerPhones().allowed().size(); i++) {
            ruled.add(p.learnerPhones().allowed().get(i).yearGroups());
            fields.add("learner_phones.allowed[" + i + "].year_groups");
        }
        for (int i = 0; i < p.learnerPhones().boarding().size(); i++) {
            ruled.add(p.learnerPhones().boarding().get(i).yearGroups());
            fields.add("learner_phones.boarding[" + i + "].year_groups");
        }
        for (int i = 0; i < ruled.size(); i++) {
            List<YearGroup> missing = ruled.get(i).notIn(setting);
            if (!missing.isEmpty()) {
                String field = fields.get(i);
                problems.error(s.at(field), field, missing.stream().map(YearGroup::toString).toList()
                        + " " + (missing.size() == 1 ? "is not a year group" : "are not year groups") + " at this setting; expected year groups within "
                        + setting + " (year_groups)");
            }
        }
    }

    private static void people(School s, People people, Problems problems) {
        if (people.designatedSafeguardingLeads().isEmpty()) {
            problems.warning(s.at("people.designated_safeguarding_leads"), "people.designated_safeguarding_leads",
                    "no designated safeguarding lead is named, so the policy says only \"the DSL\"; add at least one person with name: and role:");
        }
        for (int i = 0; i < people.deputySafeguardingLeads().size(); i++) {
            Person d = people.deputySafeguardingLeads().get(i);
            if (people.designatedSafeguardingLeads().stream().anyMatch(x -> x.name().equals(d.name()))) {
                String field = "people.deputy_safeguarding_leads[" + i + "].name";
                problems.warning(s.at(field), field, d.name() + " is named as both a designated and a deputy safeguarding lead;"
                        + " expected each person once");
            }
        }
    }

    /** The model offers three rules for staff's personal social media and prefers none; one left out prints none. */
    private static void staffPersonalUse(School s, Profile p, Problems problems) {
        if (p.documents().arrangement() == Documents.Arrangement.MOBILE_ONLY || p.socialMedia().staffPersonalUse().isPresent()) return;
        problems.warning(s.at("social_media.staff_personal_use"), "social_media.staff_personal_use", "is not given, so the social media"
                + " policy and the staff AUP say nothing about staff using social media for personal use during " + p.words().setting()
                + " hours; expected staff_personal_use: not-permitted, lunch-break or breaks-in-staff-areas");
    }

    private static void channels(School s, List<Channel> channels, Problems problems) {
        for (int i = 0; i < channels.size(); i++) {
            Channel c = channels.get(i);
            if (c.platform() == Platform.WEBSITE) {
                String at = "social_media.channels[" + i + "].platform";
                problems.error(s.at(at), at, "a website is not a social media channel, and the policy would list it as one (\"our official"
                        + " social media channels are Website\"); expected it left out of social_media.channels (the school's website"
                        + " is school.website)");
            }
            String field = "social_media.channels[" + i + "].address";
            if (c.address().isEmpty()) continue;
            String address = c.address().get();
            if (address.startsWith("@")) {
                if (!c.platform().takesHandles()) {
                    problems.error(s.at(field), field, c.platform().label() + " accounts have no @handles; expected the page's web address,"
                            + " e.g. https://www." + c.platform().hosts().get(0) + "/yourschool");
                } else if (!HANDLE.matcher(address).matches()) {
                    problems.error(s.at(field), field, "\"" + address + "\" is not a valid handle; expected @ followed by letters, digits, dots or underscores");
                }
                continue;
            }
            try {
                WebAddress web = WebAddress.parse(address);
                if (!c.platform().owns(web.host())) {
                    problems.error(s.at(field), field, web.host() + " is not a " + c.platform().label() + " address; expected an address on "
                            + String.join(" or ", c.platform().hosts()));
                } else if (!web.secure()) {
                    problems.warning(s.at(field), field, "uses http; prefer https:// so visitors' browsers do not warn");
                }
            } catch (IllegalArgumentException e) {
                problems.error(s.at(field), field, e.getMessage() + (c.platform().takesHandles() ? ", or an @handle" : ""));
            }
        }
    }

    /** "No official channels" beside a list of them: one of the two is not the school's decision. */
    private static void noChannels(School s, Profile p, Problems problems) {
        if (p.socialMedia().noChannels() && !p.socialMedia().channels().isEmpty()) {
            problems.error(s.at("social_media.no_channels"), "social_media.no_channels", "says the school has no official social media channels,"
                    + " but social_media.channels lists " + p.socialMedia().channels().size() + "; expected one or the other");
        }
    }

    private static void ownFiles(School s, Profile p, Problems problems) {
        for (int i = 0; i < p.localSections().size(); i++) {
            String file = p.localSections().get(i).file();
            String field = "local_sections[" + i + "].file";
            if (mustExist(s, field, file, problems)) printable(s, field, file, problems);
        }
        p.school().logo().ifPresent(logo -> {
            if (mustExist(s, "school.logo", logo, problems)) image(s, logo, problems);
        });
    }

    /**
     * A logo the PDF can print: a PNG or a JPEG, told by its first bytes, not its name. An SVG, or a file renamed .png,
     * passed check and then stopped the build.
     */
    private static void image(School s, String logo, Problems problems) {
        byte[] head;
        try {
            head = java.util.Arrays.copyOf(SchoolFiles.read(s.ownFolder(), logo, SchoolFiles.MAX_IMAGE), 4);
        } catch (java.io.IOException e) {
            problems.error(s.at("school.logo"), "school.logo", e.getMessage());
            return;
        }
        boolean png = (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G';
        boolean jpeg = (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF;
        if (!png && !jpeg) {
            problems.error(s.at("school.logo"), "school.logo", "'" + logo + "' is not a PNG or JPEG image; expected the logo saved as PNG or JPEG"
                    + (logo.toLowerCase(java.util.Locale.ROOT).endsWith(".svg") ? " (export the SVG as a PNG)" : ""));
        }
    }

    /** The row of dashes under a Markdown table's header: "|---|:---:|". */
    private static final Pattern TABLE_RULE = Pattern.compile("\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)+\\|?\\s*");

    private static boolean mustExist(School s, String field, String file, Problems problems) {
        try {
            SchoolFiles.inside(s.ownFolder(), file, field.equals("school.logo") ? SchoolFiles.MAX_IMAGE : SchoolFiles.MAX_TEXT);
            return true;
        } catch (SchoolFiles.Refused e) {
            problems.error(s.at(field), field, e.getMessage());
            return false;
        }
    }

    /**
     * A school's own section in characters the PDF can print, each one that cannot reported at its line and column in
     * the section's file (the profile's values are checked as they are read). Found only when the PDF was printed, it
     * had been reported at the top of the profile, after check had said "ok".
     */
    private static void printable(School s, String field, String file, Problems problems) {
        String text;
        try {
            text = SchoolFiles.readText(s.ownFolder(), file);
        } catch (SchoolFiles.Refused e) {
            problems.error(s.at(field), field, e.getMessage());
            return;
        }
        String shown = ProfileLoader.display(s.ownFolder().resolve(file));
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            // A table too wide for the page, found at its header (under it, the row of dashes says it is a table).
            if (n > 0 && TABLE_RULE.matcher(line).matches()) {
                int columns = line.strip().replaceAll("^\\||\\|$", "").split("\\|", -1).length;
                if (columns > uk.policygen.pdf.PdfWriter.MAX_COLUMNS) {
                    problems.error(new uk.policygen.profile.yaml.Location(shown, n, 1), field, "a table of " + columns + " columns; expected at most "
                            + uk.policygen.pdf.PdfWriter.MAX_COLUMNS + ", as many as an A4 page fits without losing text: split the table or make it a list");
                }
            }
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                if (cp >= 0x20 && !uk.policygen.pdf.Glyphs.printable(cp)) {
                    problems.error(new uk.policygen.profile.yaml.Location(shown, n + 1, line.codePointCount(0, i) + 1), field,
                            "holds a character the PDF cannot print: " + uk.policygen.pdf.Glyphs.describe(cp) + "; expected text in Latin, Greek or Cyrillic letters, which the PDF can print");
                    break; // one report a line is enough to find the rest
                }
                i += Character.charCount(cp);
            }
        }
    }
}
