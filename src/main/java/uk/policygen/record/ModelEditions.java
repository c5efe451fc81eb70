package uk.policygen.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.policygen.profile.School;

/**
 * The editions of the model side by side: the base edition ({@code templates/model}, edition.yml) and
 * each later edition as an overlay ({@code templates/editions/<edition>/}, with its own edition.yml)
 * holding only the sections and clause wordings it adds or changes. A school stays on the edition its
 * profile names ({@code model_edition:}; the base edition when it names none) and adopts a newer one
 * at its review; a new school starts on {@link #newest()}. Editions are ordered by name ("2026.11" <
 * "2026.12" < "2027.09"), and an overlay builds on every earlier one.
 */
public final class ModelEditions {
    public static final String FOLDER = "editions";
    private static final String NAME = "\\d{4}\\.\\d{2}";

    private final Path templatesDir;
    private final ModelEdition base;
    private final List<ModelEdition> overlays;

    private final List<uk.policygen.profile.Problem> problems;

    private ModelEditions(Path templatesDir, ModelEdition base, List<ModelEdition> overlays, List<uk.policygen.profile.Problem> problems) {
        this.templatesDir = templatesDir;
        this.base = base;
        this.overlays = overlays;
        this.problems = problems.stream().sorted(Comparator.comparing((uk.policygen.profile.Problem p) -> p.at().file())
                .thenComparingInt(p -> p.at().line()).thenComparingInt(p -> p.at().column())).toList();
    }

    /**
     * The editions; an edition file that cannot be used is reported in {@link #problems()} (each at its line
     * and column), never thrown, and the build writes nothing while any is left.
     */
    public static ModelEditions of(Path templatesDir) {
        List<uk.policygen.profile.Problem> problems = new ArrayList<>();
        ModelEdition base = EditionFile.read(templatesDir.resolve(ModelEdition.FILE), "unnamed", problems);
        if (base == null) base = new ModelEdition("unnamed", "", List.of());
        List<ModelEdition> overlays = new ArrayList<>();
        Path dir = templatesDir.resolve(FOLDER);
        if (Files.isDirectory(dir)) {
            try (var list = Files.list(dir)) {
                for (Path d : list.filter(Files::isDirectory).sorted().toList()) {
                    String name = d.getFileName().toString();
                    if (!name.matches(NAME) || (base.edition().matches(NAME) && name.compareTo(base.edition()) <= 0)) continue;
                    Path file = d.resolve("edition.yml");
                    if (!Files.isRegularFile(file)) {
                        problems.add(uk.policygen.profile.Problem.error(new uk.policygen.profile.yaml.Location(file.toString(), 1, 1), "",
                                "is missing; expected each edition's folder to keep its edition.yml (edition, date and changelog)"));
                        continue;
                    }
                    ModelEdition e = EditionFile.read(file, name, name, problems);
                    if (e != null) overlays.add(e);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        overlays.sort(Comparator.comparing(ModelEdition::edition));
        return new ModelEditions(templatesDir, base, List.copyOf(overlays), problems);
    }

    /** What is wrong with the edition files, each at its line and column; empty when all can be used. */
    public List<uk.policygen.profile.Problem> problems() {
        return problems;
    }

    /** The edition in templates/model, which every school uses unless its profile names another. */
    public ModelEdition base() {
        return base;
    }

    /** The newest edition: what {@code policygen new} writes into a new profile as {@code model_edition}. */
    public ModelEdition newest() {
        return overlays.isEmpty() ? base : overlays.get(overlays.size() - 1);
    }

    /** Every edition a profile may name, oldest first. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        out.add(base.edition());
        overlays.forEach(e -> out.add(e.edition()));
        return out;
    }

    public Optional<ModelEdition> find(String name) {
        if (base.edition().equals(name)) return Optional.of(base);
        return overlays.stream().filter(e -> e.edition().equals(name)).findFirst();
    }

    /** The edition the school's documents are written from (its profile's, or the base edition). */
    public ModelEdition of(School school) {
        return school.profile().modelEdition().flatMap(this::find).orElse(base);
    }

    /** The overlay folders for an edition, newest first (none for the base edition). */
    public List<Path> overlayFolders(String edition) {
        List<Path> out = new ArrayList<>();
        for (ModelEdition e : overlays) {
            if (e.edition().compareTo(edition) <= 0) out.add(0, templatesDir.resolve(FOLDER).resolve(e.edition()));
        }
        return out;
    }

    /** Where an edition lives, for messages. */
    public String where(String edition) {
        return base.edition().equals(edition) ? "templates/" + ModelEdition.FILE : "templates/" + FOLDER + "/" + edition + "/";
    }

    /** The changelog entries after {@code from} up to and including {@code to}, newest first. */
    public List<ModelEdition.Change> between(String from, String to) {
        Map<String, ModelEdition.Change> all = new LinkedHashMap<>();
        List<ModelEdition> every = new ArrayList<>(overlays);
        every.add(0, base);
        for (ModelEdition e : every) for (ModelEdition.Change c : e.changelog()) all.putIfAbsent(c.edition(), c);
        List<ModelEdition.Change> out = new ArrayList<>();
        for (ModelEdition.Change c : all.values()) {
            if ((from == null || c.edition().compareTo(from) > 0) && c.edition().compareTo(to) <= 0) out.add(c);
        }
        out.sort(Comparator.comparing(ModelEdition.Change::edition).reversed());
        return out;
    }
}
