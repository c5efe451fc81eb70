package uk.policygen.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The record of what governors ratified: {@code output/<id>/archive/<date>/}, the ratified files
 * and a {@code manifest.json} (each file's SHA-256, the profile as it stood, the tool version).
 * policygen writes an archive once and never changes or deletes it; a build that would produce
 * different ratified documents for the same date is refused instead.
 */
public final class RatifiedArchive {
    public static final String FOLDER = "archive";
    public static final String MANIFEST = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Path schoolOut;

    public RatifiedArchive(Path schoolOut) {
        this.schoolOut = schoolOut;
    }

    /** One archived ratification. */
    public record Entry(String date, String approvedBy, Path folder) {
    }

    /** Every archived ratification, oldest first. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        Path root = schoolOut.resolve(FOLDER);
        if (!Files.isDirectory(root)) return out;
        try (var dirs = Files.list(root)) {
            for (Path d : dirs.sorted().toList()) {
                Path manifest = d.resolve(MANIFEST);
                if (!Files.isRegularFile(manifest)) continue;
                JsonNode m = JSON.readTree(manifest.toFile());
                out.add(new Entry(m.path("ratified_on").asText(d.getFileName().toString()), m.path("approved_by").asText(""), d));
            }
        } catch (IOException e) {
            // An unreadable archive is shown as absent; it is never rewritten.
        }
        return out;
    }

    /** The latest ratification before {@code date} (or the latest of all when date is null). */
    public Optional<Entry> latestBefore(String date) {
        Entry best = null;
        for (Entry e : entries()) if (date == null || e.date().compareTo(date) < 0) best = e;
        return Optional.ofNullable(best);
    }

    /** The files this build would archive that differ from the archive of the same date (empty: the same, or no archive). */
    public List<String> differences(String date, Map<String, byte[]> files) throws IOException {
        Path manifest = schoolOut.resolve(FOLDER).resolve(date).resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) return List.of();
        JsonNode recorded = JSON.readTree(manifest.toFile()).path("files");
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (!recorded.path(f.getKey()).asText("").equals(sha256(f.getValue()))) changed.add(f.getKey());
        }
        recorded.fieldNames().forEachRemaining(name -> {
            if (!files.containsKey(name)) changed.add(name + " (no longer produced)");
        });
        return changed;
    }

    public boolean exists(String date) {
        return Files.isRegularFile(schoolOut.resolve(FOLDER).resolve(date).resolve(MANIFEST));
    }

    /** Writes the archive for a new ratification: the files first, the manifest last. */
    public void write(String date, String approvedBy, Map<String, byte[]> files, Map<String, String> profileFiles) throws IOException {
        Path dir = schoolOut.resolve(FOLDER).resolve(date);
        Map<String, String> hashes = new TreeMap<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            OutputFolder.writeAtomically(dir.resolve(f.getKey()), f.getValue());
            hashes.put(f.getKey(), sha256(f.getValue()));
        }
        ObjectNode m = JSON.createObjectNode();
        m.put("ratified_on", date);
        m.put("approved_by", approvedBy);
        m.put("tool", uk.policygen.Policygen.VERSION);
        m.set("files", JSON.valueToTree(hashes));
        m.set("profile", JSON.valueToTree(new TreeMap<>(profileFiles)));
        OutputFolder.writeAtomically(dir.resolve(MANIFEST), JSON.writeValueAsString(m).getBytes(StandardCharsets.UTF_8));
    }

    /** The archived copy of one file, if that ratification has it. */
    public Optional<String> archivedText(Entry e, String file) {
        Path p = e.folder().resolve(file);
        try {
            return Files.isRegularFile(p) ? Optional.of(Files.readString(p, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException ex) {
            return Optional.empty();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a ratified build keeps: the policies and forms, not the index page. */
    static Map<String, byte[]> archivable(Map<String, byte[]> files) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        files.forEach((k, v) -> {
            if (!k.equals("index.html") && !k.startsWith("changes-since-")) out.put(k, v);
        });
        return out;
    }
}
