package uk.policygen.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.policygen.profile.ProfileLoader;

/**
 * The output folder, where policygen only ever replaces or removes what it wrote itself.
 *
 * <p>Each school's folder {@code OUT/<id>/} holds a manifest, {@value #MANIFEST}, of the files
 * policygen wrote there and their SHA-256. A new set is written whole into a staging folder beside
 * it ({@code OUT/.<id>.staging}) and swapped in by renames only when every file is on disk, so a
 * full disk, a blocked path or a killed process leaves the previous set as it was (an interrupted
 * swap is finished or rolled back by the next build). A school's folder that holds a file policygen
 * did not write (or that was changed since), or a link, is refused and nothing in it is touched.
 * The {@code archive/} and {@code private/} folders are carried over untouched.
 */
public final class OutputFolder {
    public static final String MANIFEST = ".policygen-files.json";
    /** Sub-folders another step owns (the ratified record, old class packs): moved across, never read or removed. */
    static final Set<String> KEPT = Set.of("archive", "private");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;
    private final List<Path> forbidden;
    private final Disk disk;
    /** No folder above the root is another build's output folder: found once, as every school of a build asks again. */
    private volatile boolean notInsideAnother;

    /** The file-system steps, replaceable in tests to simulate a full disk or a kill at any step. */
    public interface Disk {
        default void write(Path file, byte[] bytes) throws IOException {
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
        }

        default void move(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to);
            }
        }
    }

    /** policygen refused to write (a misused --out, a foreign file, a link, a full disk); the message says what happened. */
    public static final class Refused extends IOException {
        public Refused(String message) {
            super(message);
        }

        public Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @param root      the --out folder
     * @param forbidden folders an --out may never be inside (the schools and templates folders)
     */
    public OutputFolder(Path root, List<Path> forbidden) {
        this(root, forbidden, new Disk() {
        });
    }

    public OutputFolder(Path root, List<Path> forbidden, Disk disk) {
        this.root = root.toAbsolutePath().normalize();
        this.forbidden = forbidden.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.disk = disk;
    }

    /**
     * The --out folder itself is acceptable: not inside the schools or templates folder, not a school's published folder,
     * nor inside one (or a record), nor inside another build's output folder.
     */
    public void checkRoot() throws Refused {
        Path real = realOfNearest(root);
        for (Path f : forbidden) {
            Path realF = realOfNearest(f);
            if (real.startsWith(realF)) {
                throw new Refused("--out " + ProfileLoader.display(root) + " is inside " + ProfileLoader.display(f)
                        + ", which holds the schools' own files; expected an output folder of its own, such as output");
            }
        }
        if (Files.exists(real.resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused("--out " + ProfileLoader.display(root) + " is a school's published folder, which policygen writes whole;"
                    + " expected the output folder that holds it, such as " + ProfileLoader.display(root.getParent() == null ? root : root.getParent())
                    + ", or an output folder of its own");
        }
        for (Path p = real.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS)) {
                throw new Refused("--out " + ProfileLoader.display(root) + " is inside " + ProfileLoader.display(p)
                        + ", a school's published folder (or its ratified record); expected an output folder of its own, such as output");
            }
            if (!notInsideAnother && isOutputFolder(p)) {
                // Its schools' folders and lock files would sit among another build's, which then refuses them as not its own.
                throw new Refused("--out " + ProfileLoader.display(root) + " is inside " + ProfileLoader.display(p) + ", the output folder of another build;"
                        + " expected an output folder of its own, beside it rather than inside it");
            }
        }
        notInsideAnother = true;
        if (Files.isSymbolicLink(root)) {
            // A link as the --out itself is the user's choice; links below it are not followed.
            return;
        }
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new Refused("--out " + ProfileLoader.display(root) + " is a file; expected a folder");
        }
    }

    /**
     * A folder policygen publishes into: it holds a school's lock file, {@code .<id>.lock}, beside that school's
     * published folder. Only names are listed; no file is read.
     */
    private static boolean isOutputFolder(Path dir) {
        try (java.nio.file.DirectoryStream<Path> locks = Files.newDirectoryStream(dir, ".*.lock")) {
            for (Path lock : locks) {
                String name = lock.getFileName().toString();
                String id = name.substring(1, name.length() - ".lock".length());
                if (!id.isEmpty() && Files.exists(dir.resolve(id).resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS)) return true;
            }
            return false;
        } catch (IOException | java.nio.file.DirectoryIteratorException | SecurityException e) {
            return false; // a folder that cannot be listed (another user's) is not one policygen wrote into
        }
    }

    /**
     * Replaces the school's published set with {@code files} (relative path → bytes), all or nothing.
     *
     * @return the files written
     * @throws Refused with a message that says what was and was not changed
     */
    public List<String> publish(String id, Map<String, byte[]> files) throws Refused {
        checkRoot();
        for (String name : files.keySet()) checkName(name);
        List<String> active = PublishedHtml.activeContent(files);
        if (!active.isEmpty()) {
            throw new Refused("the pages hold scripts or active content (" + String.join("; ", active.subList(0, Math.min(5, active.size())))
                    + "), which policygen never publishes; nothing was written: remove it from the school's or group's layout templates");
        }
        Path dir = root.resolve(id);
        Path staging = root.resolve("." + id + ".staging");
        Path old = root.resolve("." + id + ".old");
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new Refused("cannot create " + ProfileLoader.display(root) + " (" + reason(e) + "); nothing was written", e);
        }
        try (FileChannel lockFile = FileChannel.open(root.resolve("." + id + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(lockFile, dir)) {
            recover(dir, staging, old);
            Map<String, String> previous = previousFiles(dir);
            Map<String, String> hashes = stage(staging, files, dir);
            swap(dir, staging, old, previous, hashes);
            return List.copyOf(files.keySet());
        } catch (Refused e) {
            throw e;
        } catch (IOException e) {
            throw new Refused("cannot lock " + ProfileLoader.display(dir) + " (" + reason(e) + "); nothing was changed", e);
        }
    }

    private static FileLock tryLock(FileChannel ch, Path dir) throws Refused, IOException {
        try {
            FileLock lock = ch.tryLock();
            if (lock != null) return lock;
        } catch (OverlappingFileLockException e) {
            // another build in this process holds it
        }
        throw new Refused("another policygen is writing " + ProfileLoader.display(dir) + " at this moment; nothing was changed: build again when it has finished");
    }

    /** What the folder held from policygen's last build; refuses a folder holding anything else. */
    private Map<String, String> previousFiles(Path dir) throws Refused {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return Map.of();
        if (Files.isSymbolicLink(dir) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused(ProfileLoader.display(dir) + " is " + (Files.isSymbolicLink(dir) ? "a link" : "not a folder")
                    + "; policygen writes only into folders it created and never through links; nothing was changed: move it away and build again");
        }
        Map<String, String> recorded = readManifest(dir);
        List<String> foreign = new ArrayList<>();
        try (var walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (p.equals(dir)) continue;
                String rel = relative(dir, p);
                String top = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : rel;
                if (KEPT.contains(top) || rel.equals(MANIFEST) || rel.equals(InputFingerprint.FILE)) continue;
                if (Files.isSymbolicLink(p)) {
                    foreign.add(rel + " (a link)");
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    String want = recorded.get(rel);
                    if (want == null) foreign.add(rel);
                    else if (!want.equals(sha256(p))) foreign.add(rel + " (changed since policygen wrote it)");
                } else if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    foreign.add(rel + " (not a file)");
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new Refused("cannot read " + ProfileLoader.display(dir) + " (" + reason(e) + "); nothing was changed", e);
        }
        for (String k : KEPT) {
            if (Files.isSymbolicLink(dir.resolve(k))) foreign.add(k + " (a link)");
        }
        if (!foreign.isEmpty()) {
            java.util.Collections.sort(foreign);
            String list = String.join(", ", foreign.subList(0, Math.min(10, foreign.size()))) + (foreign.size() > 10 ? " and " + (foreign.size() - 10) + " more" : "");
            throw new Refused(ProfileLoader.display(dir) + " holds files policygen did not write: " + list
                    + "; nothing was changed (policygen never replaces or removes a file it did not write): choose another --out,"
                    + " or move those files out of " + ProfileLoader.display(dir) + " and build again");
        }
        return recorded;
    }

    static Map<String, String> readManifest(Path dir) throws Refused {
        Path m = dir.resolve(MANIFEST);
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(m, LinkOption.NOFOLLOW_LINKS)) return out;
        try {
            if (!Files.isRegularFile(m, LinkOption.NOFOLLOW_LINKS) || Files.size(m) > 1024 * 1024) throw new IOException("not a manifest");
            JsonNode files = JSON.readTree(m.toFile()).path("files");
            files.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
            for (String name : out.keySet()) checkName(name);
            return out;
        } catch (IOException e) {
            throw new Refused(ProfileLoader.display(m) + " cannot be read (" + reason(e) + "), so policygen cannot tell which files there it wrote;"
                    + " nothing was changed: move " + ProfileLoader.display(dir) + " away and build again", e);
        }
    }

    /** Writes every file and then the manifest into the staging folder; on any failure removes it again. */
    private Map<String, String> stage(Path staging, Map<String, byte[]> files, Path dir) throws Refused {
        Map<String, String> hashes = new TreeMap<>();
        try {
            Files.createDirectory(staging);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path target = staging.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                disk.write(target, f.getValue());
                publishable(target);
                hashes.put(f.getKey(), sha256(f.getValue()));
            }
            ObjectNode m = JSON.createObjectNode();
            m.put("written_by", uk.policygen.Policygen.VERSION); // "policygen 0.1.0": VERSION carries the name
            m.put("note", "The files policygen wrote here. It replaces or removes only these.");
            m.set("files", JSON.valueToTree(hashes));
            disk.write(staging.resolve(MANIFEST), JSON.writeValueAsBytes(m));
            return hashes;
        } catch (IOException e) {
            removeStaging(staging);
            throw new Refused("cannot write the new files for " + ProfileLoader.display(dir) + " (" + reason(e)
                    + "); nothing was changed: the previous files there are as they were", e);
        }
    }

    /** Old folder aside, new folder in, kept folders across, old files removed; rolled back if a rename fails. */
    private void swap(Path dir, Path staging, Path old, Map<String, String> previous, Map<String, String> now) throws Refused {
        boolean had = Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
        try {
            if (had) disk.move(dir, old);
        } catch (IOException e) {
            removeStaging(staging);
            throw new Refused("cannot replace " + ProfileLoader.display(dir) + " (" + reason(e) + "); nothing was changed", e);
        }
        try {
            disk.move(staging, dir);
        } catch (IOException e) {
            try {
                if (had) disk.move(old, dir);
            } catch (IOException again) {
                throw new Refused("cannot replace " + ProfileLoader.display(dir) + " (" + reason(e) + ") nor put the previous files back ("
                        + reason(again) + "): they are in " + ProfileLoader.display(old) + "; the next build puts them back", e);
            }
            removeStaging(staging);
            throw new Refused("cannot replace " + ProfileLoader.display(dir) + " (" + reason(e) + "); nothing was changed", e);
        }
        if (had) {
            try {
                finishOld(dir, old, previous);
            } catch (IOException e) {
                throw new Refused("the new files are in " + ProfileLoader.display(dir) + ", but the previous ones could not all be tidied away ("
                        + reason(e) + "); they are in " + ProfileLoader.display(old) + " and the next build finishes the job", e);
            }
        }
    }

    /** Moves the kept folders from the old set into the new one, then removes the old set's own files. */
    private void finishOld(Path dir, Path old, Map<String, String> previous) throws IOException {
        for (String k : KEPT) {
            Path from = old.resolve(k);
            if (Files.exists(from, LinkOption.NOFOLLOW_LINKS) && !Files.exists(dir.resolve(k), LinkOption.NOFOLLOW_LINKS)) {
                disk.move(from, dir.resolve(k));
            }
        }
        for (String k : KEPT) {
            if (Files.exists(old.resolve(k), LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(ProfileLoader.display(old.resolve(k)) + " and " + ProfileLoader.display(dir.resolve(k)) + " both exist");
            }
        }
        removeListed(old, previous);
    }

    /** Removes only the listed files (never through a link), the manifest, then the folders left empty. */
    private static void removeListed(Path folder, Map<String, String> listed) throws IOException {
        for (String name : listed.keySet()) {
            Path p = folder.resolve(name);
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !hasLinkBetween(folder, p)) Files.delete(p);
        }
        Files.deleteIfExists(folder.resolve(MANIFEST));
        removeEmptyFolders(folder);
    }

    static boolean hasLinkBetween(Path folder, Path file) {
        for (Path p = file.getParent(); p != null && !p.equals(folder); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) return true;
        }
        return false;
    }

    private static void removeEmptyFolders(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) return;
        try (var entries = Files.list(folder)) {
            for (Path p : entries.toList()) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) removeEmptyFolders(p);
            }
        }
        try {
            Files.delete(folder);
        } catch (DirectoryNotEmptyException e) {
            // holds something policygen did not write: left as it is
        }
    }

    /** Finishes or rolls back a swap a killed build left half done, and clears an abandoned staging folder. */
    private void recover(Path dir, Path staging, Path old) throws Refused {
        try {
            if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) removeStaging(staging);
            if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(ProfileLoader.display(staging) + " is left over and holds files policygen did not stage");
            }
            if (!Files.exists(old, LinkOption.NOFOLLOW_LINKS)) return;
            if (Files.isSymbolicLink(old)) throw new IOException(ProfileLoader.display(old) + " is a link");
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                disk.move(old, dir); // killed between the two renames: the previous set comes back
            } else {
                finishOld(dir, old, readManifest(old)); // killed after the new set went in: finish tidying
            }
        } catch (IOException e) {
            throw new Refused("an earlier build of " + ProfileLoader.display(dir) + " was interrupted and cannot be finished ("
                    + reason(e) + "); nothing was changed", e);
        }
    }

    /** A staging folder holds only what this class put there; anything else stays. */
    private static void removeStaging(Path staging) {
        try {
            if (Files.isSymbolicLink(staging)) return;
            try (var walk = Files.walk(staging)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        try {
                            Files.delete(p);
                        } catch (DirectoryNotEmptyException e) {
                            // a link inside, left alone
                        }
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // left for the next build's recovery, which reports what it cannot clear
        }
    }

    /** A relative, forward-slash name that stays inside the folder. */
    private static void checkName(String name) throws Refused {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("\0")
                || java.util.Arrays.stream(name.split("/")).anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."))
                || name.equals(MANIFEST) || name.equals(InputFingerprint.FILE) || KEPT.contains(name.split("/")[0])) {
            throw new Refused("policygen would write a file named \"" + name + "\", which is not a plain name inside the school's folder; nothing was written");
        }
    }

    /**
     * Writes one file so that it is never half-written: to a temporary file beside it, then renamed
     * into place. For the ratified record and class packs, which are written once and never removed.
     */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        writeAtomically(target, bytes, "rw-r--r--");
    }

    static void writeAtomically(Path target, byte[] bytes, String permissions) throws IOException {
        Files.createDirectories(target.getParent());
        if (Files.isSymbolicLink(target) || Files.isSymbolicLink(target.getParent())) {
            throw new Refused(ProfileLoader.display(target) + " is (or is inside) a link; policygen never writes through links");
        }
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            setPermissions(tmp, permissions);
            Files.write(tmp, bytes);
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
        setPermissions(file, "rw-r--r--");
    }

    static void setPermissions(Path file, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the default permissions stand.
        }
    }

    /** The real path of p, or of its nearest existing ancestor with the rest appended. */
    static Path realOfNearest(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path rest = abs.getFileSystem().getPath("");
        for (Path q = abs; q != null; q = q.getParent()) {
            try {
                return q.toRealPath().resolve(rest).normalize();
            } catch (IOException e) {
                rest = q.getFileName() == null ? rest : q.getFileName().resolve(rest);
            }
        }
        return abs;
    }

    private static String relative(Path dir, Path p) {
        return dir.relativize(p).toString().replace('\\', '/');
    }

    private static String reason(Throwable e) {
        Throwable t = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        if (t instanceof NoSuchFileException n) return "no such file or folder: " + n.getFile();
        if (t instanceof FileAlreadyExistsException f) return "already exists: " + f.getFile();
        if (t instanceof java.nio.file.AccessDeniedException a) return "permission denied: " + a.getFile();
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }

    static String sha256(byte[] bytes) {
        return uk.policygen.record.Records.sha256(bytes);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
