package uk.policygen.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;

/**
 * Writes a school's files so that none is ever half-written: each goes to a temporary file in the
 * same folder and is renamed into place. Files a previous build wrote that this build no longer
 * produces are removed; the {@code archive/} and {@code private/} folders are never touched.
 */
public final class OutputFolder {
    private static final Set<String> KEPT = Set.of("archive", "private");

    private OutputFolder() {
    }

    /** Writes every file (relative path → bytes) under {@code dir}. */
    public static void write(Path dir, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            writeAtomically(dir.resolve(f.getKey()), f.getValue());
        }
        removeStale(dir, dir, files.keySet());
    }

    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            publishable(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Readable by the web server and colleagues, as an ordinary saved file would be. */
    private static void publishable(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the default permissions already suit.
        }
    }

    private static void removeStale(Path root, Path dir, Set<String> written) throws IOException {
        try (var entries = Files.list(dir)) {
            for (Path p : entries.toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p)) {
                    if (dir.equals(root) && KEPT.contains(p.getFileName().toString())) continue;
                    removeStale(root, p, written);
                } else if (!written.contains(rel) && (rel.endsWith(".html") || rel.endsWith(".pdf") || rel.endsWith(".tmp"))) {
                    Files.delete(p);
                }
            }
        }
    }
}
