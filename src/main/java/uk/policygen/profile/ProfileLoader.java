package uk.policygen.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import uk.policygen.profile.yaml.Location;
import uk.policygen.profile.yaml.YNode;
import uk.policygen.profile.yaml.YamlReader;

/**
 * Loads school profiles from a schools folder: reads {@code <id>.yml}, lays it over the shared
 * layers it inherits ({@code shared/guidance.yml} always, then each name in {@code inherits:}),
 * binds the result and checks the rules. Shared layers are read once per loader, so a trust with
 * hundreds of schools parses its layer once.
 */
public final class ProfileLoader {
    public static final String SHARED = "shared";
    public static final String BASE_LAYER = "guidance";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final Path schoolsDir;
    private final LocalDate today;
    private final Map<String, Layer> layers = new HashMap<>();

    /** A read shared layer, or the problems that stopped it being read. */
    private record Layer(YNode.Mapping yaml, List<Problem> problems) {
    }

    /**
     * The outcome for one profile: the school when it is valid, and every problem either way. A profile with errors
     * keeps what did bind ({@code bound}, with the fields that failed): the checks that need the templates or the
     * records run on it too, so every problem is reported in one run, not one round of them per fix.
     */
    public record Result(String id, Path file, School school, List<Problem> problems, School bound, java.util.Set<String> failed) {
        public Result(String id, Path file, School school, List<Problem> problems) {
            this(id, file, school, problems, null, java.util.Set.of());
        }

        public boolean ok() {
            return school != null;
        }

        /** Whether a problem about this field could only echo a binding error (the field failed, or holds one that did). */
        public boolean touchesFailed(String field) {
            for (String f : failed) {
                if (f.isEmpty() || field.equals(f) || field.startsWith(f + ".") || field.startsWith(f + "[")
                        || f.startsWith(field + ".") || f.startsWith(field + "[")) return true;
            }
            return false;
        }
    }

    public ProfileLoader(Path schoolsDir, LocalDate today) {
        this.schoolsDir = schoolsDir;
        this.today = today;
    }

    /** Every profile in the schools folder, by id. Shared layers in {@code shared/} are not schools. */
    public List<Path> allProfiles() throws IOException {
        try (var files = Files.list(schoolsDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yml") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    public Path profileOf(String id) {
        return schoolsDir.resolve(id + ".yml");
    }

    public Result load(Path file) {
        String name = display(file);
        String fileName = file.getFileName().toString();
        String id = fileName.replaceFirst("\\.ya?ml$", "");
        Problems problems = new Problems();
        Location top = new Location(name, 1, 1);
        if (id.equals(SHARED) || id.equals("records")) {
            problems.error(top, "", "'" + id + "' is the name of a folder policygen keeps in schools/; expected another school id");
        } else if (!ID.matcher(id).matches()) {
            problems.error(top, "", "the file name '" + fileName + "' is not a valid school id; expected lower-case letters,"
                    + " digits and hyphens, e.g. st-marys-primary.yml");
        }
        String outside = outsideSchools(file, schoolsDir);
        if (outside != null) {
            problems.error(top, "", outside);
            return new Result(id, file, null, problems.all());
        }
        byte[] bytes;
        try {
            bytes = readProfile(file);
        } catch (NoSuchFileException e) {
            problems.error(top, "", "no such profile; expected a file " + name + " (school ids are the file names in " + display(schoolsDir) + ")");
            return new Result(id, file, null, problems.all());
        } catch (IOException e) {
            problems.error(top, "", "cannot be read: " + e.getMessage());
            return new Result(id, file, null, problems.all());
        }
        YNode.Mapping own = YamlReader.read(name, bytes, t -> problems.error(t.at(), "", t.message()));
        if (own == null) {
            return new Result(id, file, null, problems.all());
        }
        Problems layering = new Problems();
        List<Path> used = new ArrayList<>();
        YNode.Mapping merged = withLayers(own, layering, used);
        layering.all().forEach(problems::add);
        if (layering.hasErrors()) {
            return new Result(id, file, null, problems.all()); // binding a broken file would only add echoes
        }
        ProfileBinder.Bound<Profile> bound = ProfileBinder.bind(Profile.class, merged, problems);
        School school = null;
        School partial = null;
        if (bound.value() != null) {
            school = new School(id, file, schoolsDir.resolve(id), bound.value(), bound.where(), List.copyOf(used), bound.written());
            ProfileRules.check(school, today, currentEditions(), problems);
        } else if (bound.partial() != null) {
            partial = new School(id, file, schoolsDir.resolve(id), bound.partial(), bound.where(), List.copyOf(used), bound.written());
            checkWhatBound(partial, bound, problems);
        }
        if (!problems.hasErrors()) return new Result(id, file, school, problems.all());
        return new Result(id, file, null, problems.all(), school != null ? school : partial, java.util.Set.copyOf(bound.failed()));
    }

    /**
     * The rules run on what did bind, so the user gets every problem of the profile in one run, not
     * the rule errors only after the binding errors are fixed. A rule that needs a value that failed
     * is skipped, and a rule's problem about a failed field (or at the place of an error already
     * reported) is left out: it could only echo that error.
     */
    private void checkWhatBound(School partial, ProfileBinder.Bound<Profile> bound, Problems problems) {
        java.util.Set<Location> reported = new java.util.HashSet<>();
        problems.all().stream().filter(Problem::isError).forEach(p -> reported.add(p.at()));
        Problems rules = new Problems();
        ProfileRules.checkTolerant(partial, today, currentEditions(), rules);
        for (Problem p : rules.all()) {
            if (!bound.touchesFailed(p.field()) && !reported.contains(p.at())) problems.add(p);
        }
    }

    /** The editions of guidance the base layer cites, which review advice compares each school's with. */
    private ReviewAdvice.CurrentEditions currentEditions() {
        return ReviewAdvice.CurrentEditions.of(layers.computeIfAbsent(BASE_LAYER, this::readLayer).yaml());
    }

    private YNode.Mapping withLayers(YNode.Mapping own, Problems problems, List<Path> used) {
        List<YNode.Mapping> stack = new ArrayList<>();
        Path base = schoolsDir.resolve(SHARED).resolve(BASE_LAYER + ".yml");
        if (Files.exists(base)) {
            addLayer(BASE_LAYER, own.at(), stack, new ArrayList<>(), problems);
        }
        for (Map.Entry<String, Location> name : inheritsOf(own, problems).entrySet()) {
            addLayer(name.getKey(), name.getValue(), stack, new ArrayList<>(), problems);
        }
        YNode.Mapping result = new YNode.Mapping(Map.of(), own.at());
        for (YNode.Mapping layer : stack) {
            String layerName = null;
            for (Map.Entry<String, Layer> l : layers.entrySet()) {
                if (l.getValue().yaml() == layer) {
                    used.add(schoolsDir.resolve(SHARED).resolve(l.getKey() + ".yml"));
                    layerName = l.getKey();
                }
            }
            result = merge(result, layer, "", problems, layerName);
        }
        return merge(result, own, "", problems, null);
    }

    private void addLayer(String name, Location from, List<YNode.Mapping> stack, List<String> chain, Problems problems) {
        if (chain.contains(name)) {
            problems.error(from, "inherits", "'" + name + "' inherits itself (" + String.join(" → ", chain) + " → " + name
                    + "); expected a chain that ends");
            return;
        }
        Layer layer = layers.computeIfAbsent(name, this::readLayer);
        layer.problems().forEach(problems::add);
        if (layer.yaml() == null) {
            if (layer.problems().isEmpty()) {
                problems.error(from, "inherits", "there is no shared layer '" + name + "'; expected a file "
                        + display(schoolsDir.resolve(SHARED).resolve(name + ".yml")));
            }
            return;
        }
        chain.add(name);
        for (Map.Entry<String, Location> parent : inheritsOf(layer.yaml(), problems).entrySet()) {
            if (!parent.getKey().equals(BASE_LAYER)) addLayer(parent.getKey(), parent.getValue(), stack, chain, problems);
        }
        chain.remove(chain.size() - 1);
        if (!stack.contains(layer.yaml())) stack.add(layer.yaml());
    }

    private Layer readLayer(String name) {
        Path file = schoolsDir.resolve(SHARED).resolve(name + ".yml");
        if (!ID.matcher(name).matches() || !Files.isRegularFile(file)) {
            return new Layer(null, List.of());
        }
        Problems p = new Problems();
        try {
            String outside = outsideSchools(file, schoolsDir.resolve(SHARED));
            if (outside != null) {
                p.error(new Location(display(file), 1, 1), "", outside);
                return new Layer(null, p.all());
            }
            YNode.Mapping yaml = YamlReader.read(display(file), readProfile(file), t -> p.error(t.at(), "", t.message()));
            return new Layer(yaml, p.all());
        } catch (IOException e) {
            p.error(new Location(display(file), 1, 1), "", "cannot be read: " + e.getMessage());
            return new Layer(null, p.all());
        }
    }

    /**
     * Why a profile or layer may not be read (null when it may): it must be a file directly in its
     * folder, and no link may lead out of the folder ({@code build ../x}, a link to another place).
     */
    private static String outsideSchools(Path file, Path folder) {
        Path base = folder.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        if (!base.equals(f.getParent())) {
            return "is not in the schools folder " + display(folder) + "; expected a school id such as littlebourne (a profile file in that folder)";
        }
        try {
            Path real = f.toRealPath();
            if (!real.getParent().equals(base.toRealPath())) {
                return "is a link to " + real + ", outside " + display(folder) + "; policygen reads only the files in it: copy the profile there";
            }
        } catch (IOException e) {
            return null; // a missing file is reported when it is read
        }
        return null;
    }

    /** A profile is read up to a little over its size limit: a huge file is refused without filling memory. */
    private static byte[] readProfile(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(YamlReader.MAX_BYTES + 1);
        }
    }

    /** The names in {@code inherits:}, a single name or a list, with where each was written. */
    private static Map<String, Location> inheritsOf(YNode.Mapping map, Problems problems) {
        Map<String, Location> out = new LinkedHashMap<>();
        YNode.Entry entry = map.entries().get("inherits");
        if (entry == null) return out;
        List<YNode> items = entry.value() instanceof YNode.Sequence s ? s.items() : List.of(entry.value());
        for (YNode item : items) {
            if (item instanceof YNode.Scalar sc && !sc.isNull()) {
                out.put(sc.value().strip(), sc.at());
            } else if (!(item instanceof YNode.Scalar)) {
                problems.error(item.at(), "inherits", "is " + item.kind() + "; expected the names of shared layers, e.g. [kent]");
            }
        }
        return out;
    }

    /**
     * The lists a school adds to its layers' rather than replaces: a trust's channels, linked
     * policies and restricted areas stay in every school's policies, beside the school's own. An
     * item written {@code - drop: <name>} removes an inherited item instead (a channel by its
     * platform or address, anything else by its text).
     */
    static final java.util.Set<String> ADDITIVE = java.util.Set.of("social_media.channels", "linked_policies.mobile",
            "linked_policies.social_media", "restricted_areas", "group.policies", "advice.referral_contacts",
            // A trust leaves out or rewords a clause for all its schools; each school adds its own choices.
            "clauses.omit", "clauses.replace");

    /** Keys of {@code over} replace those of {@code under}; sections merge key by key; {@link #ADDITIVE} lists join. */
    static YNode.Mapping merge(YNode.Mapping under, YNode.Mapping over) {
        return merge(under, over, "", null, null);
    }

    /** {@code layer}: the shared layer {@code over} is, whose channels are marked as shared by it; null for the school's own file. */
    private static YNode.Mapping merge(YNode.Mapping under, YNode.Mapping over, String path, Problems problems, String layer) {
        Map<String, YNode.Entry> entries = new LinkedHashMap<>(under.entries());
        for (Map.Entry<String, YNode.Entry> e : over.entries().entrySet()) {
            String here = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            YNode.Entry below = entries.get(e.getKey());
            if ((below == null || below.value() instanceof YNode.Mapping) && e.getValue().value() instanceof YNode.Mapping om) {
                YNode.Mapping bm = below != null ? (YNode.Mapping) below.value() : new YNode.Mapping(Map.of(), om.at());
                entries.put(e.getKey(), new YNode.Entry(e.getValue().keyAt(), merge(bm, om, here, problems, layer)));
            } else if (ADDITIVE.contains(here) && e.getValue().value() instanceof YNode.Sequence os) {
                List<YNode> items = below != null && below.value() instanceof YNode.Sequence bs ? new ArrayList<>(bs.items()) : new ArrayList<>();
                for (YNode item : os.items()) {
                    String dropped = dropTarget(item);
                    if (dropped == null) {
                        items.add(layer != null && here.equals("social_media.channels") ? sharedBy(item, layer) : item);
                    } else if (!items.removeIf(i -> matches(i, dropped)) && problems != null) {
                        problems.error(item.at(), here, "drops \"" + dropped + "\", but no shared layer gives it; expected one of "
                                + items.stream().map(ProfileLoader::nameOf).filter(n -> n != null).toList());
                    }
                }
                entries.put(e.getKey(), new YNode.Entry(e.getValue().keyAt(), new YNode.Sequence(List.copyOf(items), os.at())));
            } else {
                entries.put(e.getKey(), e.getValue());
            }
        }
        return new YNode.Mapping(entries, over.at());
    }

    /** A layer's channel, marked with the layer it comes from, so the policies present it as the trust's. */
    private static YNode sharedBy(YNode item, String layer) {
        if (!(item instanceof YNode.Mapping m) || m.entries().containsKey("shared_by")) return item;
        Map<String, YNode.Entry> entries = new LinkedHashMap<>(m.entries());
        entries.put("shared_by", new YNode.Entry(m.at(), new YNode.Scalar(layer, false, false, m.at())));
        return new YNode.Mapping(entries, m.at());
    }

    /** The name in {@code - drop: name}, or null for an ordinary item. */
    private static String dropTarget(YNode item) {
        if (item instanceof YNode.Mapping m && m.entries().size() == 1 && m.entries().get("drop") != null
                && m.entries().get("drop").value() instanceof YNode.Scalar sc && !sc.isNull()) {
            return sc.value().strip();
        }
        return null;
    }

    /** A list item's name, as {@code drop:} names it: its text, or a channel's platform or address. */
    private static String nameOf(YNode item) {
        if (item instanceof YNode.Scalar sc) return sc.value().strip();
        if (item instanceof YNode.Mapping m) {
            for (String key : List.of("address", "platform", "label", "name", "id")) {
                if (m.entries().get(key) != null && m.entries().get(key).value() instanceof YNode.Scalar sc) return sc.value().strip();
            }
        }
        return null;
    }

    private static boolean matches(YNode item, String name) {
        if (item instanceof YNode.Mapping m) {
            for (YNode.Entry e : m.entries().values()) {
                if (e.value() instanceof YNode.Scalar sc && sc.value().strip().equalsIgnoreCase(name)) return true;
            }
            return false;
        }
        return item instanceof YNode.Scalar sc && sc.value().strip().equalsIgnoreCase(name);
    }

    /** Paths in messages as the user typed them: relative to the working folder when inside it. */
    public static String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
