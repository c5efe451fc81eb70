package uk.policygen.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import uk.policygen.cli.Main;
import uk.policygen.profile.Fixture;

/**
 * The calendar {@code review --ics} writes: checked line by line against RFC 5545 by a small strict
 * checker here, then parsed and validated by ical4j as a calendar program would read it.
 */
class ReviewCalendarTest {
    /** A title that needs every kind of escaping, a non-ASCII character, and folding. */
    static final String AWKWARD = "Phones, Tablets; Watches \\ Everything Else: Sch\u00f6ol\u2019s \u201cSmart\u201d Technology Policy";

    @TempDir
    Path temp;
    Fixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new Fixture(temp);
    }

    byte[] review(Path schools, Path ics, String... ids) throws IOException {
        List<String> args = new ArrayList<>(List.of("review", "--schools", schools.toString(), "--today", "2026-11-22", "--ics", ics.toString()));
        args.addAll(List.of(ids));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("wrote \\d+ review dates? to " + Pattern.quote(ics.toString()));
        return Files.readAllBytes(ics);
    }

    @Test
    void theSeedSchoolsCalendarIsValidAndReproducible() throws Exception {
        Path schools = Fixture.PROJECT.resolve("schools");
        byte[] ics = review(schools, temp.resolve("reviews.ics"));
        List<Map<String, String>> events = StrictIcs.check(ics);
        assertThat(events).hasSizeGreaterThanOrEqualTo(5);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.get("UID")).matches("[a-z0-9-]+-\\d{8}@policygen");
            assertThat(e.get("VALARM.TRIGGER")).isEqualTo("-P28D");
            assertThat(e.get("VALARM.ACTION")).isEqualTo("DISPLAY");
            assertThat(e.get("VALARM.DESCRIPTION")).startsWith("In four weeks: review the ");
        });
        assertThat(events).anySatisfy(e -> {
            // littlebourne's next review is given as a month, November 2027: the first of the month.
            assertThat(e.get("UID")).isEqualTo("littlebourne-social-media-policy-20271101@policygen");
            assertThat(e.get("DTSTART;VALUE=DATE")).isEqualTo("20271101");
            assertThat(e.get("DTEND;VALUE=DATE")).isEqualTo("20271102");
            assertThat(e.get("DTSTAMP")).isEqualTo("20261101T000000Z");
        });
        assertThat(ical4j(ics).<VEvent>getComponents("VEVENT")).hasSize(events.size());
        // The same data gives the same bytes, whatever the clock says, and nothing is left half-written.
        assertThat(review(schools, temp.resolve("again.ics"))).isEqualTo(ics);
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(f -> f.endsWith(".tmp"));
        }
    }

    @Test
    void textIsEscapedAndLongLinesAreFoldedWithoutSplittingACharacter() throws Exception {
        fx.write("awkward-school", Fixture.VALID.replace("name: Test Primary School", "name: Test Primary School, Kent")
                + "documents:\n  arrangement: combined\n  combined_title: \"" + AWKWARD.replace("\\", "\\\\") + "\"\n");
        Path file = temp.resolve("out/reviews.ics");
        byte[] ics = review(fx.schools(), file);
        List<Map<String, String>> events = StrictIcs.check(ics);
        assertThat(events).hasSize(1);
        Map<String, String> e = events.get(0);
        assertThat(StrictIcs.unescape(e.get("SUMMARY"))).isEqualTo("Policy review due: " + AWKWARD + " (Test)");
        assertThat(StrictIcs.unescape(e.get("DESCRIPTION"))).startsWith("Test Primary School, Kent: the " + AWKWARD
                + " is due for review on 1 September 2027 (review cycle: annual).\nLast reviewed 1 September 2026; a draft, not yet ratified.\n");
        assertThat(e.get("UID")).isEqualTo("awkward-school-mobile-smart-technology-and-social-media-policy-20270901@policygen");
        assertThat(e.get("DTSTAMP")).isEqualTo("20260901T000000Z");
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n ").contains("\\,").contains("\\;").contains("\\\\").contains("\\n");

        Calendar cal = ical4j(ics);
        VEvent event = cal.<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Policy review due: " + AWKWARD + " (Test)");
        assertThat(event.getAlarms()).hasSize(1);
        // ical4j reads the 28 days and prints them back as four weeks.
        assertThat(event.getAlarms().get(0).getProperty("TRIGGER").orElseThrow().getValue()).isIn("-P28D", "-P4W");
    }

    /** --ics replaces only a calendar policygen wrote: a file of the user's by that name is left as it is, and the command says so. */
    @Test
    void aFileThatIsNotPolicygensCalendarIsNeverReplaced() throws Exception {
        fx.write("test", Fixture.VALID);
        Path ics = temp.resolve("reviews.ics");
        byte[] first = review(fx.schools(), ics);
        assertThat(review(fx.schools(), ics)).as("policygen's own calendar is replaced").isEqualTo(first);

        for (String theirs : List.of("governors' meeting dates, typed by the clerk\n",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nEND:VCALENDAR\r\n", "")) {
            Files.writeString(ics, theirs);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new String[] {"review", "--schools", fx.schools().toString(), "--today", "2026-11-22", "--ics", ics.toString()},
                    new PrintWriter(out, true), new PrintWriter(err, true));
            assertThat(code).as(theirs).isEqualTo(Main.USAGE);
            assertThat(err.toString()).contains("reviews.ics already exists and is not a review calendar policygen wrote")
                    .contains("choose another file name for --ics").doesNotContain("\tat ");
            assertThat(Files.readString(ics)).as("the user's file").isEqualTo(theirs);
        }
        Files.delete(ics);
        Files.createDirectories(ics);
        assertThat(Main.run(new String[] {"review", "--schools", fx.schools().toString(), "--ics", ics.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true))).isEqualTo(Main.USAGE);
        try (var inside = Files.list(ics)) {
            assertThat(inside).isEmpty();
        }
    }

    @Test
    void foldingCountsOctetsNotCharacters() {
        StringBuilder out = new StringBuilder();
        ReviewCalendar.line(out, "SUMMARY:" + "\u00e9".repeat(100));
        for (String physical : out.toString().split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(out.toString().replace("\r\n ", "")).isEqualTo("SUMMARY:" + "\u00e9".repeat(100) + "\r\n");
    }

    static Calendar ical4j(byte[] ics) throws Exception {
        Calendar cal = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        assertThat(cal.validate().getEntries()).as("ical4j validation").isEmpty();
        return cal;
    }

    /**
     * A deliberately strict RFC 5545 reader for what policygen writes: CRLF only, physical lines of
     * at most 75 octets, well-formed content lines, BEGIN/END nesting, required properties, and the
     * DATE, DATE-TIME (UTC), DURATION and TEXT value formats. Returns each event's properties, with
     * an alarm's properties prefixed {@code VALARM.}
     */
    static final class StrictIcs {
        static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]+");
        static final Pattern PARAM = Pattern.compile(";[A-Za-z0-9-]+=(?:\"[^\"]*\"|[^\";:,]*)(?:,(?:\"[^\"]*\"|[^\";:,]*))*");
        static final Pattern DATE = Pattern.compile("\\d{8}");
        static final Pattern UTC = Pattern.compile("\\d{8}T\\d{6}Z");
        static final Pattern DURATION = Pattern.compile("[+-]?P(?:\\d+W|\\d+D(?:T(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?|T(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)");
        /** TEXT: any character but a bare comma, semicolon or backslash; escapes \\ \; \, \n \N. */
        static final Pattern TEXT = Pattern.compile("(?:[^\\\\,;\\p{Cntrl}]|\\t|\\\\[\\\\;,nN])*");
        static final Set<String> TEXT_PROPERTIES = Set.of("SUMMARY", "DESCRIPTION", "X-WR-CALNAME", "LOCATION", "COMMENT");

        static List<Map<String, String>> check(byte[] bytes) throws CharacterCodingException {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            assertThat(text).as("ends with CRLF").endsWith("\r\n");
            assertThat(text.replace("\r\n", "")).as("no bare CR or LF").doesNotContain("\r").doesNotContain("\n");
            List<String> physical = List.of(text.substring(0, text.length() - 2).split("\r\n", -1));
            List<String> logical = new ArrayList<>();
            for (String line : physical) {
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as("octets in: " + line).isLessThanOrEqualTo(75);
                if (line.startsWith(" ") || line.startsWith("\t")) {
                    assertThat(logical).as("a continuation needs a line to continue").isNotEmpty();
                    logical.set(logical.size() - 1, logical.get(logical.size() - 1) + line.substring(1));
                } else {
                    assertThat(line).as("no empty lines").isNotEmpty();
                    logical.add(line);
                }
            }
            Deque<String> open = new ArrayDeque<>();
            Deque<Map<String, Integer>> counts = new ArrayDeque<>();
            List<Map<String, String>> events = new ArrayList<>();
            Map<String, String> event = null;
            Set<String> uids = new HashSet<>();
            int calendars = 0;
            for (String line : logical) {
                int colon = nameAndParamsEnd(line);
                String head = line.substring(0, colon);
                String value = line.substring(colon + 1);
                String name = head.contains(";") ? head.substring(0, head.indexOf(';')) : head;
                assertThat(name).as(line).matches(NAME);
                assertThat(head.substring(name.length())).as("parameters in " + line).matches("(" + PARAM.pattern() + ")*");
                name = name.toUpperCase();
                if (name.equals("BEGIN")) {
                    String parent = open.peek();
                    switch (value) {
                        case "VCALENDAR" -> {
                            assertThat(parent).as("VCALENDAR at the top").isNull();
                            calendars++;
                        }
                        case "VEVENT" -> {
                            assertThat(parent).as("VEVENT inside VCALENDAR").isEqualTo("VCALENDAR");
                            event = new HashMap<>();
                        }
                        case "VALARM" -> assertThat(parent).as("VALARM inside VEVENT").isEqualTo("VEVENT");
                        default -> throw new AssertionError("unexpected component " + value);
                    }
                    open.push(value);
                    counts.push(new HashMap<>());
                    continue;
                }
                assertThat(open).as("a property outside any component: " + line).isNotEmpty();
                if (name.equals("END")) {
                    assertThat(value).as("END matches BEGIN").isEqualTo(open.peek());
                    Map<String, Integer> seen = counts.pop();
                    required(open.pop(), seen);
                    if (value.equals("VEVENT")) {
                        events.add(event);
                        event = null;
                    }
                    continue;
                }
                counts.peek().merge(name, 1, Integer::sum);
                if (event != null) event.put((open.peek().equals("VALARM") ? "VALARM." : "") + head.toUpperCase(), value);
                switch (name) {
                    case "VERSION" -> assertThat(value).isEqualTo("2.0");
                    case "DTSTAMP" -> assertThat(value).matches(UTC).satisfies(v -> realDate(v.substring(0, 8)));
                    case "DTSTART", "DTEND" -> {
                        assertThat(head).as("all-day").endsWith(";VALUE=DATE");
                        assertThat(value).matches(DATE).satisfies(ReviewCalendarTest.StrictIcs::realDate);
                    }
                    case "TRIGGER" -> assertThat(value).matches(DURATION);
                    case "ACTION" -> assertThat(value).isIn("AUDIO", "DISPLAY", "EMAIL");
                    case "UID" -> assertThat(uids.add(value)).as("unique UID " + value).isTrue();
                    default -> {
                    }
                }
                if (TEXT_PROPERTIES.contains(name)) assertThat(value).as("TEXT escaping in " + line).matches(TEXT);
            }
            assertThat(open).as("every BEGIN has its END").isEmpty();
            assertThat(calendars).isEqualTo(1);
            for (Map<String, String> e : events) {
                LocalDate start = LocalDate.parse(e.get("DTSTART;VALUE=DATE"), DateTimeFormatter.BASIC_ISO_DATE);
                LocalDate end = LocalDate.parse(e.get("DTEND;VALUE=DATE"), DateTimeFormatter.BASIC_ISO_DATE);
                assertThat(end).as("DTEND after DTSTART").isAfter(start);
            }
            return events;
        }

        /** The colon that ends the name and parameters: the first one outside a quoted parameter value. */
        static int nameAndParamsEnd(String line) {
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') quoted = !quoted;
                else if (c == ':' && !quoted) return i;
            }
            throw new AssertionError("no colon in " + line);
        }

        static void required(String component, Map<String, Integer> seen) {
            List<String> once = switch (component) {
                case "VCALENDAR" -> List.of("PRODID", "VERSION");
                case "VEVENT" -> List.of("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY");
                case "VALARM" -> List.of("ACTION", "TRIGGER", "DESCRIPTION");
                default -> List.of();
            };
            for (String p : once) assertThat(seen.get(p)).as(component + " has exactly one " + p).isEqualTo(1);
            seen.forEach((p, n) -> {
                if (!p.startsWith("X-")) assertThat(n).as(component + " repeats " + p).isEqualTo(1);
            });
        }

        static void realDate(String yyyymmdd) {
            LocalDate.parse(yyyymmdd, DateTimeFormatter.BASIC_ISO_DATE);
        }

        static String unescape(String value) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\\') {
                    char n = value.charAt(++i);
                    b.append(n == 'n' || n == 'N' ? '\n' : n);
                } else {
                    b.append(c);
                }
            }
            return b.toString();
        }
    }
}
