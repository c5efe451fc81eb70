package uk.policygen.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.policygen.profile.Documents;
import uk.policygen.profile.ProfileBinder;
import uk.policygen.profile.ProfileLoader;
import uk.policygen.profile.SettingType;
import uk.policygen.profile.YearGroups;
import uk.policygen.profile.yaml.YNode;
import uk.policygen.profile.yaml.YamlReader;
import uk.policygen.schema.ProfileTemplate;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Starts a new school's profile, schools/SCHOOL_ID.yml, with every choice at the model's default and a comment on each,"
                + " and the facts only the school knows marked TO FILL (check lists them). Nothing is copied from another school.",
                "On a terminal it asks for what the options do not say; otherwise it uses the options. It never overwrites a file."})
final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--schools", paramLabel = "DIR", defaultValue = "schools", description = "Folder of school profiles (default: ${DEFAULT-VALUE}).")
    Path schools;

    @Parameters(index = "0", paramLabel = "SCHOOL_ID", description = "The new school's id: lower-case letters, digits and hyphens, e.g. oakfield-primary.")
    String id;

    @Option(names = "--name", paramLabel = "NAME", description = "The school's full name, e.g. \"Oakfield Primary School\".")
    String name;

    @Option(names = "--type", paramLabel = "TYPE", description = "The kind of setting: ${COMPLETION-CANDIDATES}.", completionCandidates = SettingTypes.class)
    String type;

    @Option(names = "--local-authority", paramLabel = "NAME", description = "The local authority, e.g. Kent (a shared layer of that name is inherited).")
    String localAuthority;

    @Option(names = "--trust", paramLabel = "NAME", description = "The trust or group, if any (a shared layer of that name is inherited).")
    String trust;

    @Option(names = "--year-groups", paramLabel = "YEARS", description = "The year groups, e.g. \"Reception to Year 6\".")
    String yearGroups;

    @Option(names = "--documents", paramLabel = "ARRANGEMENT", completionCandidates = Arrangements.class,
            description = "How the policies are published: ${COMPLETION-CANDIDATES} (default: separate).")
    String documents;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Folder of templates, whose newest model edition the new profile is written against (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--today", hidden = true, converter = Options.DayConverter.class)
    LocalDate today;

    /** Where answers come from on a terminal; the tests give their own. */
    BufferedReader answers;

    static final class SettingTypes extends ArrayList<String> {
        SettingTypes() {
            super(Arrays.stream(SettingType.values()).map(ProfileBinder::wordOf).toList());
        }
    }

    static final class Arrangements extends ArrayList<String> {
        Arrangements() {
            super(Arrays.stream(Documents.Arrangement.values()).map(ProfileBinder::wordOf).toList());
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!id.matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'" + id + "' is not a school id; expected lower-case letters,"
                    + " digits and hyphens, e.g. oakfield-primary");
        }
        // check refuses a profile by these names (their folders hold the shared layers and the records): refused here, before it is written.
        if (id.equals(ProfileLoader.SHARED) || id.equals(uk.policygen.record.Records.FOLDER)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'" + id + "' is the name of a folder policygen keeps in schools/;"
                    + " expected another school id");
        }
        Path file = schools.resolve(id + ".yml");
        if (Files.exists(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), ProfileLoader.display(file)
                    + " already exists; policygen never overwrites a profile. Edit it, or choose another id");
        }
        if (answers == null && System.console() != null) {
            answers = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        if (answers != null) ask(out);
        type = checked(type, new SettingTypes(), "--type");
        documents = checked(documents, new Arrangements(), "--documents");
        if (yearGroups != null && !yearGroups.isBlank()) {
            try {
                yearGroups = YearGroups.parse(yearGroups).toString();
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--year-groups: " + e.getMessage());
            }
        }

        List<String> inherits = new ArrayList<>();
        Map<String, String> layerOf = new LinkedHashMap<>();
        Set<String> fromLayers = new LinkedHashSet<>();
        layerKeys(ProfileLoader.BASE_LAYER, layerOf, fromLayers);
        for (String layer : new String[] {slug(localAuthority), slug(trust)}) {
            if (layer != null && Files.isRegularFile(schools.resolve(ProfileLoader.SHARED).resolve(layer + ".yml"))) {
                inherits.add(layer);
                layerKeys(layer, layerOf, fromLayers);
            }
        }
        Map<String, String> given = new LinkedHashMap<>();
        if (name != null && !name.isBlank()) given.put("school.name", name.strip());
        java.util.Optional<SettingType> kind = java.util.Optional.ofNullable(type)
                .map(t -> SettingType.valueOf(t.toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
        if (type != null) given.put("school.type", type);
        kind.ifPresent(k -> given.putAll(k.startingChoices()));
        if (localAuthority != null && !localAuthority.isBlank() && !fromLayers.contains("school.local_authority")) {
            given.put("school.local_authority", localAuthority.strip());
        }
        java.util.Optional<YearGroups> years = yearGroups == null || yearGroups.isBlank() ? java.util.Optional.empty()
                : java.util.Optional.of(YearGroups.parse(yearGroups));
        if (yearGroups != null && !yearGroups.isBlank()) given.put("year_groups", yearGroups);
        // Nothing to ask where the rule already gives the answer (children all under eight: a parent).
        if (kind.isPresent() && YearGroups.everyChildUnderEight(years, kind.get())) {
            given.put(uk.policygen.profile.LearnerPhones.RETURNED_TO, "parents");
        }
        if (documents != null) given.put("documents.arrangement", documents);
        // A new school starts from the newest edition of the model; older ones are for schools already ratified on them.
        if (Files.isDirectory(templates.resolve("model"))) {
            uk.policygen.record.ModelEditions editions = uk.policygen.record.ModelEditions.of(templates);
            if (!editions.newest().edition().equals(editions.base().edition())) given.put("model_edition", editions.newest().edition());
        }

        String text = ProfileTemplate.write(new ProfileTemplate.Choices(id, inherits, layerOf, fromLayers, given),
                today != null ? today : LocalDate.now());
        Files.createDirectories(schools);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), ProfileLoader.display(file) + " already exists; policygen never overwrites a profile");
        }
        long toFill = text.lines().filter(l -> l.contains("# " + ProfileTemplate.TO_FILL)).count();
        out.println("wrote " + ProfileLoader.display(file) + (inherits.isEmpty() ? "" : " (inheriting " + String.join(", ", inherits) + ")"));
        out.println(toFill + " facts are marked " + ProfileTemplate.TO_FILL + ". Fill them in, change any choice your school made differently,"
                + " then run: policygen check " + id);
        if (trust != null && !trust.isBlank() && !inherits.contains(slug(trust))) {
            out.println("There is no shared layer for " + trust.strip() + " (schools/shared/" + slug(trust) + ".yml); its facts go in the profile's group section.");
        }
        return Main.OK;
    }

    private void ask(PrintWriter out) throws IOException {
        out.println("A new profile for " + id + ". Press Enter to skip a question; skipped facts are marked " + ProfileTemplate.TO_FILL + ".");
        if (name == null) name = prompt(out, "The school's full name", null);
        if (type == null) type = promptOneOf(out, "The kind of setting (" + String.join(", ", new SettingTypes()) + ")", null, new SettingTypes());
        if (localAuthority == null) localAuthority = prompt(out, "The local authority (e.g. Kent)", null);
        if (trust == null) trust = prompt(out, "The trust or group, if any", null);
        if (yearGroups == null) {
            // Asked again until it reads, as the kind of setting is: a slip at one question had lost every answer.
            while (true) {
                yearGroups = prompt(out, "The year groups (e.g. Reception to Year 6)", null);
                if (yearGroups == null) break;
                try {
                    YearGroups.parse(yearGroups);
                    break;
                } catch (IllegalArgumentException e) {
                    out.println("  " + e.getMessage() + ". Try again, or press Enter to skip.");
                }
            }
        }
        if (documents == null) documents = promptOneOf(out, "How the policies are published (" + String.join(", ", new Arrangements()) + ")", "separate", new Arrangements());
    }

    /** An answer from a fixed list, asked again (with the nearest word) until it is one, or skipped. */
    private String promptOneOf(PrintWriter out, String question, String byDefault, List<String> allowed) throws IOException {
        while (true) {
            String answer = prompt(out, question, byDefault);
            if (answer == null) return null;
            String word = answer.toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
            if (allowed.contains(word)) return word;
            String suggestion = uk.policygen.profile.DidYouMean.closest(word, allowed).map(w -> "did you mean '" + w + "'? ").orElse("");
            out.println("  \"" + answer + "\" is not one of these; " + suggestion + "Try again, or press Enter to skip.");
        }
    }

    private String prompt(PrintWriter out, String question, String byDefault) throws IOException {
        out.print(question + (byDefault != null ? " [" + byDefault + "]" : "") + ": ");
        out.flush();
        String line = answers.readLine();
        if (line == null || line.isBlank()) return byDefault;
        return line.strip();
    }

    private String checked(String value, List<String> allowed, String option) {
        if (value == null || value.isBlank()) return null;
        String word = value.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        if (allowed.contains(word)) return word;
        String suggestion = uk.policygen.profile.DidYouMean.closest(word, allowed).map(s -> "did you mean '" + s + "'? ").orElse("");
        throw new CommandLine.ParameterException(spec.commandLine(), option + ": \"" + value + "\" is not allowed here; " + suggestion
                + "expected one of " + String.join(", ", allowed));
    }

    /** The key paths a shared layer gives: sections whole, and single keys inside sections. */
    private void layerKeys(String layer, Map<String, String> layerOf, Set<String> fromLayers) throws IOException {
        Path file = schools.resolve(ProfileLoader.SHARED).resolve(layer + ".yml");
        if (!Files.isRegularFile(file)) return;
        YNode.Mapping yaml = YamlReader.read(file.toString(), Files.readAllBytes(file), t -> { });
        if (yaml == null) return;
        for (Map.Entry<String, YNode.Entry> e : yaml.entries().entrySet()) {
            if (e.getKey().equals("inherits")) continue;
            if (e.getValue().value() instanceof YNode.Mapping section && !isWholeSection(e.getKey())) {
                for (String inner : section.entries().keySet()) {
                    fromLayers.add(e.getKey() + "." + inner);
                    layerOf.put(e.getKey() + "." + inner, layer);
                }
            } else {
                fromLayers.add(e.getKey());
                layerOf.put(e.getKey(), layer);
            }
        }
    }

    /** Sections a layer normally gives whole (advice, guidance, group): the school has nothing to add there. */
    private static boolean isWholeSection(String key) {
        return key.equals("advice") || key.equals("guidance") || key.equals("group");
    }

    /** "Kent" → kent, "Outcomes First Group" → outcomes-first-group: the layer's file name. */
    static String slug(String name) {
        if (name == null || name.isBlank()) return null;
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
