package uk.policygen.record;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import uk.policygen.profile.Problems;
import uk.policygen.profile.ProfileLoader;
import uk.policygen.profile.yaml.Location;

/**
 * A school's ratified records, {@code schools/records/<id>/<date>/}: source, committed with the
 * profile, but kept apart from the school's own folder because they are not inputs: nothing in a
 * record is read to write the documents, and a school's folder stays what its business manager edits. Each holds the exact files governors ratified (or the school's earlier policy, imported)
 * and a {@link Manifest}. policygen writes a record once, whole or not at all, and never changes
 * or deletes one; a record whose files no longer match its manifest is reported.
 */
public final class Records {
    public static final String FOLDER = "records";
    public static final String MANIFEST = "manifest.json";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path root;

    /** One record: its folder and manifest. */
    public record Entry(Path folder, Manifest manifest) {
        public String date() {
            return manifest.date();
        }

        public Path file(String name) {
            return folder.resolve(name);
        }
    }

    public Records(Path root) {
        this.root = root;
    }

    /** The records of the school whose own folder is {@code schoolFolder} ({@code schools/<id>}): {@code schools/records/<id>}. */
    public static Records of(Path schoolFolder) {
        Path abs = schoolFolder.toAbsolutePath().normalize();
        Path schools = abs.getParent() != null ? abs.getParent() : abs;
        return new Records(schools.resolve(FOLDER).resolve(abs.getFileName().toString()));
    }

    public Path root() {
        return root;
    }

    /** Every readable record, oldest first (unreadable ones are reported by {@link #verify}). */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (Path d : folders()) {
            try {
                Manifest m = JSON.readValue(d.resolve(MANIFEST).toFile(), Manifest.class);
                if (m.date() != null && m.date().equals(d.getFileName().toString())) out.add(new Entry(d, m));
            } catch (IOException e) {
                // reported by verify
            }
        }
        return out;
    }

    public Optional<Entry> at(String date) {
        return entries().stream().filter(e -> e.date().equals(date)).findFirst();
    }

    public Optional<Entry> latest() {
        List<Entry> all = entries();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * Reports every record that is not exactly as policygen (or the import) wrote it: a missing or
     * unreadable manifest, a file changed, missing or added by hand, a folder not named by its date.
     * These are errors: a record is the school's evidence of what governors saw.
     */
    public void verify(Problems problems) {
        if (!Files.isDirectory(root)) return;
        String restore = "; a record is never changed: restore it from version control (git checkout -- "
                + ProfileLoader.display(root) + "/), or ask whoever changed it";
        try (var list = Files.list(root)) {
            for (Path d : list.sorted().toList()) {
                String name = d.getFileName().toString();
                if (name.startsWith(".") && name.contains(".partial-")) {
                    problems.warning(at(d), "record", "an unfinished record left by an interrupted build; it is ignored and may be deleted");
                    continue;
                }
                if (!Files.isDirectory(d) || !DATE.matcher(name).matches()) {
                    problems.error(at(d), "record", "is not a record; expected only folders named by the date of a ratification, e.g. 2024-09-25");
                    continue;
                }
                Path mf = d.resolve(MANIFEST);
                Manifest m;
                try {
                    m = JSON.readValue(mf.toFile(), Manifest.class);
                } catch (IOException e) {
                    problems.error(at(mf), "record", (Files.exists(mf) ? "cannot be read (" + firstLine(e) + ")" : "is missing")
                            + "; expected the manifest policygen wrote with the record" + restore);
                    continue;
                }
                if (!name.equals(m.date())) {
                    problems.error(at(mf), "date", "the manifest is dated " + m.date() + " but its folder is " + name + restore);
                }
                for (Map.Entry<String, String> f : new TreeMap<>(m.files()).entrySet()) {
                    Path file = d.resolve(f.getKey()).normalize();
                    if (!file.startsWith(d)) {
                        problems.error(at(mf), "files", f.getKey() + " is outside the record; expected a file in " + ProfileLoader.display(d));
                    } else if (!Files.isRegularFile(file)) {
                        problems.error(at(file), "record", "is missing: the manifest lists it" + restore);
                    } else if (!sha256(Files.readAllBytes(file)).equals(f.getValue())) {
                        problems.error(at(file), "record", "no longer matches the SHA-256 in manifest.json: it was changed after the "
                                + (m.imported() ? "import" : "ratification") + restore);
                    }
                }
                try (var walk = Files.walk(d)) {
                    for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                        String rel = d.relativize(f).toString().replace('\\', '/');
                        if (!rel.equals(MANIFEST) && !m.files().containsKey(rel)) {
                            problems.error(at(f), "record", "is not in the record's manifest: it was added by hand; expected it removed"
                                    + " (a new ratification gets a new record)");
                        }
                    }
                }
            }
        } catch (IOException e) {
            problems.error(at(root), "record", "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Writes a new record whole or not at all: every file and the manifest go into a hidden
     * folder beside it, which is then renamed into place. An existing record is never replaced.
     */
    public Entry write(Manifest manifest, Map<String, byte[]> files) throws IOException {
        Path target = root.resolve(manifest.date());
        if (Files.exists(target)) throw new FileAlreadyExistsException(target.toString(), null, "a record is never replaced");
        Files.createDirectories(root);
        Path tmp = Files.createTempDirectory(root, "." + manifest.date() + ".partial-");
        try {
            Map<String, String> hashes = new TreeMap<>();
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path p = tmp.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
                hashes.put(f.getKey(), sha256(f.getValue()));
            }
            Manifest m = new Manifest(manifest.date(), manifest.ratified(), manifest.imported(), manifest.approvedBy(), manifest.note(),
                    manifest.tool(), manifest.modelEdition(), manifest.guidance(), manifest.lastReviewed(), manifest.nextReview(),
                    manifest.documents(), hashes, manifest.sources());
            Files.write(tmp.resolve(MANIFEST), JSON.writeValueAsBytes(m));
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
            return new Entry(target, m);
        } finally {
            if (Files.exists(tmp)) deleteTree(tmp);
        }
    }

    public static byte[] json(Manifest m) throws IOException {
        return JSON.writeValueAsBytes(m);
    }

    public static Manifest readManifest(byte[] json) throws IOException {
        return JSON.readValue(json, Manifest.class);
    }

    public byte[] read(Entry e, String name) throws IOException {
        return Files.readAllBytes(e.file(name));
    }

    public Optional<String> text(Entry e, String name) {
        try {
            Path p = e.file(name);
            return Files.isRegularFile(p) ? Optional.of(Files.readString(p, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException ex) {
            return Optional.empty();
        }
    }

    private List<Path> folders() {
        if (!Files.isDirectory(root)) return List.of();
        try (var list = Files.list(root)) {
            return list.filter(Files::isDirectory).filter(d -> DATE.matcher(d.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Only the hidden partial folder this call made is removed. */
    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private static Location at(Path p) {
        return new Location(ProfileLoader.display(p), 1, 1);
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
