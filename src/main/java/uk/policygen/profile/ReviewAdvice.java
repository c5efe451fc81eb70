package uk.policygen.profile;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import uk.policygen.profile.yaml.Location;
import uk.policygen.profile.yaml.YNode;

/**
 * What the annual review should look at: not mistakes that stop a build, but choices that have
 * gone stale or facts that disagree. Always warnings, so the reviewer sees them without the
 * policies being held back: guidance cited in an older edition than the shared layer's, phones
 * allowed at break against the DfE's advice, and one person given two different roles.
 */
final class ReviewAdvice {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** What joins roles one person combines: "Headteacher and DSL", "Headteacher/Principal". */
    private static final Pattern ROLE_JOINS = Pattern.compile("\\s*(?:,|/|&|;|\\+|\\(|\\)|\\band\\b)\\s*");
    /** The settings the DfE's "Mobile phones in schools" guidance is written for. */
    private static final Set<SettingType> SCHOOLS = Set.of(SettingType.INFANT, SettingType.JUNIOR, SettingType.PRIMARY,
            SettingType.SECONDARY, SettingType.ALL_THROUGH, SettingType.SPECIAL);

    private ReviewAdvice() {
    }

    /**
     * The editions of guidance the shared layer {@code guidance.yml} cites, by key
     * ({@code keeping_children_safe} → "2025"), and the file that says so.
     */
    record CurrentEditions(String file, Map<String, String> years) {
        static final CurrentEditions NONE = new CurrentEditions("", Map.of());

        static CurrentEditions of(YNode.Mapping layer) {
            if (layer == null || !(entryValue(layer, "guidance") instanceof YNode.Mapping guidance)) return NONE;
            Map<String, String> years = new LinkedHashMap<>();
            guidance.entries().forEach((key, entry) -> {
                if (entry.value() instanceof YNode.Mapping edition && entryValue(edition, "year") instanceof YNode.Scalar year && !year.isNull()) {
                    years.put(key, year.value().strip());
                }
            });
            return new CurrentEditions(layer.at().file(), Map.copyOf(years));
        }

        private static YNode entryValue(YNode.Mapping map, String key) {
            YNode.Entry e = map.entries().get(key);
            return e == null ? null : e.value();
        }
    }

    static void check(School s, CurrentEditions current, Problems problems) {
        Profile p = s.profile();
        guidanceEditions(s, p.guidance(), current, problems);
        breakTimePhones(s, p, problems);
        offInTheBag(s, p, problems);
        roles(s, p, problems);
    }

    /** A school (or a trust layer) that pins an edition older than the current one. */
    private static void guidanceEditions(School s, Guidance g, CurrentEditions current, Problems problems) {
        for (RecordComponent c : Guidance.class.getRecordComponents()) {
            String key = ProfileBinder.keyOf(c.getName());
            Optional<Guidance.Edition> cited = editionOf(g, c);
            Optional<Integer> currentYear = yearOf(current.years().get(key));
            Optional<Integer> citedYear = cited.flatMap(e -> yearOf(e.year()));
            if (cited.isEmpty() || currentYear.isEmpty() || citedYear.isEmpty() || citedYear.get() >= currentYear.get()) continue;
            String field = "guidance." + key;
            problems.warning(s.at(field + ".year"), field, "cites the " + cited.get().year() + " edition; the current edition is "
                    + current.years().get(key) + " (" + current.file() + "); remove the override to cite the current one");
        }
    }

    private static Optional<Guidance.Edition> editionOf(Guidance g, RecordComponent c) {
        try {
            Object value = c.getAccessor().invoke(g);
            if (value instanceof Optional<?> o) value = o.orElse(null);
            return value instanceof Guidance.Edition e ? Optional.of(e) : Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Integer> yearOf(String text) {
        if (text == null) return Optional.empty();
        Matcher m = YEAR.matcher(text);
        return m.find() ? Optional.of(Integer.parseInt(m.group())) : Optional.empty();
    }

    /** The DfE's January 2026 guidance: phone-free for the whole school day, break and lunch included. */
    private static void breakTimePhones(School s, Profile p, Problems problems) {
        if (!p.learnerPhones().breakTimeUse() || !SCHOOLS.contains(p.school().type())) return;
        String field = "learner_phones.break_time_use";
        problems.warning(s.at(field), field, "lets " + p.words().children() + " use their phones at break or lunch; the DfE's"
                + " \"Mobile phones in schools\" guidance (January 2026) says schools should be phone-free for the whole school day,"
                + " including break and lunch, with individual exceptions for medical needs, SEND and young carers; expected"
                + " break_time_use: false, unless the governors have decided to depart from the guidance");
    }

    /**
     * Phones kept "switched off in the bag" as the whole arrangement for pupils below the sixth form: the
     * DfE's January 2026 guidance asks for phones to be out of reach for the whole day (handed in, or
     * locked in a pouch or locker); a sixth-form exception is the school's to justify.
     */
    private static void offInTheBag(School s, Profile p, Problems problems) {
        if (!SCHOOLS.contains(p.school().type())) return;
        List<PhoneRule> rules = p.learnerPhones().allowed();
        for (int i = 0; i < rules.size(); i++) {
            PhoneRule r = rules.get(i);
            List<YearGroup> young = r.yearGroups().groups().stream().filter(g -> g.order() < 12).toList();
            if (r.arrival() != PhoneRule.Arrival.SWITCHED_OFF || young.isEmpty()) continue;
            String field = "learner_phones.allowed[" + i + "].on_arrival";
            problems.warning(s.at(field), field, "keeps phones switched off with " + new YearGroups(young) + " all day; the DfE's \"Mobile"
                    + " phones in schools\" guidance (January 2026) says phones should be out of reach for the whole school day (handed in,"
                    + " or in a locked pouch or locker) for pupils below the sixth form; expected hand-in, locked-pouch or locker, unless"
                    + " the governors have decided to depart from the guidance");
        }
    }

    /** One named person, wherever the profile names them, with the role given there. */
    private record Named(String path, PersonName name, String role) {
    }

    /** The same person with roles that contradict: nothing in common, not one role written two ways. */
    private static void roles(School s, Profile p, Problems problems) {
        List<Named> named = named(p);
        for (int i = 0; i < named.size(); i++) {
            Named later = named.get(i);
            for (Named earlier : named.subList(0, i)) {
                if (!earlier.name().value().equalsIgnoreCase(later.name().value()) || compatible(earlier.role(), later.role())) continue;
                Location here = s.at(later.path() + ".role");
                Location there = s.at(earlier.path() + ".role");
                String where = there.file().equals(here.file()) ? "line " + there.line() : there.toString();
                problems.warning(here, later.path() + ".role", later.name() + " is \"" + later.role() + "\" here but \"" + earlier.role()
                        + "\" at " + earlier.path() + " (" + where + "); expected the same role wherever one person is named:"
                        + " if they hold both, write \"" + earlier.role() + " and " + later.role() + "\" in both places,"
                        + " and if they are two people, correct the name");
                break;
            }
        }
    }

    /** Everyone the profile names with a role, in the order the schema lists them. */
    private static List<Named> named(Profile p) {
        List<Named> out = new ArrayList<>();
        for (RecordComponent c : People.class.getRecordComponents()) {
            String path = "people." + ProfileBinder.keyOf(c.getName());
            Object value;
            try {
                value = c.getAccessor().invoke(p.people());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value instanceof Optional<?> o && o.orElse(null) instanceof Person person) {
                add(out, path, person);
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Person person) add(out, path + "[" + i + "]", person);
                }
            }
        }
        p.review().leadPerson().ifPresent(person -> add(out, "review.lead_person", person));
        List<SignOff.Signatory> signatories = p.signOff().map(SignOff::signatories).orElse(List.of());
        for (int i = 0; i < signatories.size(); i++) {
            out.add(new Named("sign_off.signatories[" + i + "]", signatories.get(i).name(), signatories.get(i).role()));
        }
        return out;
    }

    private static void add(List<Named> out, String path, Person person) {
        person.role().filter(r -> !r.isBlank()).ifPresent(role -> out.add(new Named(path, person.name(), role)));
    }

    /**
     * Roles agree when they have a part in common: one person's roles, written in full in one place
     * and in part in another ("Headteacher" and "Headteacher and DSL"; "Headteacher and DSL" and
     * "Headteacher / online safety lead"). Case, spaces and punctuation do not count ("Head Teacher"
     * is "Headteacher"); "Deputy Headteacher" is a part of its own, not "Headteacher".
     */
    static boolean compatible(String a, String b) {
        Set<String> pa = parts(a);
        Set<String> pb = parts(b);
        return pa.isEmpty() || pb.isEmpty() || !Collections.disjoint(pa, pb);
    }

    private static Set<String> parts(String role) {
        return Arrays.stream(ROLE_JOINS.split(role.toLowerCase(Locale.ROOT)))
                .map(part -> part.replaceAll("[^\\p{L}\\p{N}]", ""))
                .filter(part -> !part.isEmpty())
                .collect(Collectors.toSet());
    }
}
