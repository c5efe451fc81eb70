package uk.policygen.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import uk.policygen.Policygen;
import uk.policygen.pdf.PdfWriter;
import uk.policygen.profile.Problem;
import uk.policygen.profile.School;
import uk.policygen.profile.yaml.Location;

/**
 * Lets a build skip a school whose pack is already up to date. Everything a school's files are
 * made from is hashed: its profile, the shared layers it was laid over, the files of its own folder
 * the profile names (its local sections and logo; not the rest of the folder), every template folder
 * in its lookup order (its own templates among them), its ratified archive, and the tool itself (code, fonts
 * and version). After a successful build the hash, each written file's size and time, and the
 * warnings that rendering gave are kept in {@code output/<id>/.inputs-sha256}. The next build
 * skips rendering and writing when the hash is the same and every file is still as written, and
 * repeats the warnings, so a rebuild says what the first build said.
 *
 * <p>The hash is taken after the build has written (a first ratified build adds its archive):
 * builds are reproducible, so building again from that state gives the same bytes.
 */
public final class InputFingerprint {
    /** The file kept with a school's pack; a dot file, so it is not listed on a web server's index. */
    public static final String FILE = ".inputs-sha256";
    private static final String FORMAT = "policygen inputs 1";

    /** The running code never changes during a process: hashed once. */
    private static volatile String tool;

    private InputFingerprint() {
    }

    /** What an unchanged school's last build wrote, and the warnings it gave. */
    public record Unchanged(List<String> files, List<Problem> warnings) {
    }

    /** The hash of everything this school's pack is built from, as the inputs stand now. */
    public static String of(School school, List<Path> templateChain, java.time.LocalDate today) throws IOException {
        MessageDigest all = sha256();
        add(all, "tool", tool());
        add(all, "profile", hashFile(school.file()));
        for (Path layer : school.layers()) add(all, "layer " + layer.getFileName(), hashFile(layer));
        // Only the files of its own folder the documents are made from: a note kept there is not read (its own templates are in the chain).
        for (String name : OwnFiles.named(school)) add(all, "own " + name, hashOwn(school, name));
        for (Path dir : templateChain) add(all, "templates", hashFolder(dir));
        add(all, "records", hashFolder(uk.policygen.record.Records.of(school.ownFolder()).root()));
        // The index and the warnings say whether a review is overdue, which depends on the day.
        add(all, "today", today.toString());
        return HexFormat.of().formatHex(all.digest());
    }

    /** The last build's record, if its inputs hash to {@code inputs} and its files are still as it wrote them. */
    public static Optional<Unchanged> unchanged(Path schoolOut, String inputs) {
        List<String> lines;
        try {
            lines = Files.readAllLines(schoolOut.resolve(FILE), StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty(); // never built here, or unreadable: build
        }
        if (lines.size() < 2 || !lines.get(0).equals(FORMAT) || !lines.get(1).equals("inputs " + inputs)) return Optional.empty();
        List<String> files = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        try {
            for (String line : lines.subList(2, lines.size())) {
                String[] f = line.split("\t", -1);
                if (f[0].equals("file") && f.length == 4) {
                    Path p = schoolOut.resolve(unescape(f[3]));
                    if (!Files.isRegularFile(p) || Files.size(p) != Long.parseLong(f[1])
                            || Files.getLastModifiedTime(p).toMillis() != Long.parseLong(f[2])) {
                        return Optional.empty(); // moved, edited or deleted since: build again
                    }
                    files.add(unescape(f[3]));
                } else if ((f[0].equals("print") && f.length == 3) || (f[0].equals("tool") && f.length == 2)) {
                    continue; // for PDFs taken again when the inputs changed (EarlierPrints)
                } else if (f[0].equals("warning") && f.length == 6) {
                    warnings.add(Problem.warning(new Location(unescape(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3])),
                            unescape(f[4]), unescape(f[5])));
                } else {
                    return Optional.empty();
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(new Unchanged(List.copyOf(files), List.copyOf(warnings)));
    }

    /** Records a successful build: written after its files, so a half-finished build leaves no record. */
    public static void record(School school, List<Path> templateChain, Path schoolOut, Collection<String> written,
                              List<Problem> renderWarnings, java.time.LocalDate today) throws IOException {
        record(of(school, templateChain, today), schoolOut, written, renderWarnings, Map.of());
    }

    /**
     * As above, for inputs hashed ({@link #of}) before the build read them, so an input changed while it
     * ran is not recorded as built; with the source each PDF was printed from ({@link PdfWriter.Batch}), by name.
     */
    public static void record(String inputs, Path schoolOut, Collection<String> written, List<Problem> renderWarnings,
                              Map<String, String> printed) throws IOException {
        StringBuilder sb = new StringBuilder(FORMAT).append('\n');
        sb.append("inputs ").append(inputs).append('\n');
        if (!printed.isEmpty()) sb.append("tool\t").append(tool()).append('\n');
        for (Map.Entry<String, String> p : printed.entrySet()) {
            if (written.contains(p.getKey())) sb.append("print\t").append(p.getValue()).append('\t').append(escape(p.getKey())).append('\n');
        }
        for (String f : written) {
            Path p = schoolOut.resolve(f);
            sb.append("file\t").append(Files.size(p)).append('\t').append(Files.getLastModifiedTime(p).toMillis())
                    .append('\t').append(escape(f)).append('\n');
        }
        for (Problem w : renderWarnings) {
            if (w.isError()) continue;
            sb.append("warning\t").append(escape(w.at().file())).append('\t').append(w.at().line()).append('\t').append(w.at().column())
                    .append('\t').append(escape(w.field())).append('\t').append(escape(w.message())).append('\n');
        }
        OutputFolder.writeAtomically(schoolOut.resolve(FILE), sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The PDFs the last build of this school printed, to be taken again where their source is unchanged:
     * only by the same policygen (code, libraries, fonts and Java), and only a file whose bytes are those
     * policygen wrote (their SHA-256 as its list of the folder's files records it), read from the school's
     * folder and never through a link. Collects what this build prints, for {@link #record}.
     */
    public static EarlierPrints earlierPrints(Path schoolOut) {
        Map<String, String> source = new java.util.HashMap<>();
        Map<String, Long> size = new java.util.HashMap<>();
        try {
            List<String> lines = Files.readAllLines(schoolOut.resolve(FILE), StandardCharsets.UTF_8);
            boolean sameTool = false;
            for (String line : lines) {
                String[] f = line.split("\t", -1);
                if (f[0].equals("tool") && f.length == 2) sameTool = f[1].equals(tool());
                else if (f[0].equals("print") && f.length == 3) source.put(unescape(f[2]), f[1]);
                else if (f[0].equals("file") && f.length == 4) size.put(unescape(f[3]), Long.parseLong(f[1]));
            }
            if (!sameTool || !lines.get(0).equals(FORMAT) || Files.isSymbolicLink(schoolOut)) source.clear();
        } catch (IOException | RuntimeException e) {
            source.clear(); // never built here, or unreadable: print everything
        }
        return new EarlierPrints(schoolOut, source, size);
    }

    /** See {@link #earlierPrints}. */
    public static final class EarlierPrints implements PdfWriter.Reprints {
        private final Path schoolOut;
        private final Map<String, String> earlier;
        private final Map<String, Long> size;
        private Map<String, String> written;
        private final Map<String, String> printed = new java.util.concurrent.ConcurrentHashMap<>();
        private final List<String> taken = java.util.Collections.synchronizedList(new ArrayList<>());

        private EarlierPrints(Path schoolOut, Map<String, String> earlier, Map<String, Long> size) {
            this.schoolOut = schoolOut;
            this.earlier = earlier;
            this.size = size;
        }

        @Override
        public Optional<byte[]> earlier(String name, String source) {
            Long was = size.get(name);
            if (!source.equals(earlier.get(name)) || was == null) return Optional.empty();
            Path p = schoolOut.resolve(name);
            try {
                if (!Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) || OutputFolder.hasLinkBetween(schoolOut, p)
                        || Files.size(p) != was) return Optional.empty();
                String wrote = writtenHashes().get(name);
                byte[] pdf = Files.readAllBytes(p);
                if (wrote == null || !wrote.equals(OutputFolder.sha256(pdf))) return Optional.empty();
                taken.add(name);
                return Optional.of(pdf);
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        /** The SHA-256 of each file policygen wrote here, read once, when a PDF may first be taken again. */
        private synchronized Map<String, String> writtenHashes() throws OutputFolder.Refused {
            if (written == null) written = OutputFolder.readManifest(schoolOut);
            return written;
        }

        @Override
        public void printed(String name, String source) {
            printed.put(name, source);
        }

        /** What this build printed or took again, by name. */
        public Map<String, String> printed() {
            return Map.copyOf(printed);
        }

        /** The PDFs this build took again rather than print. */
        public List<String> taken() {
            return List.copyOf(taken);
        }
    }

    /** Forgets a school's record, so that its next build renders again. */
    public static void forget(Path schoolOut) throws IOException {
        Files.deleteIfExists(schoolOut.resolve(FILE));
    }

    /** The code and fonts that render: the jar's entries (name, CRC, size; see {@link #centralDirectory}), or the class folder's files when run from a build tree. */
    private static String tool() throws IOException {
        String t = tool;
        if (t != null) return t;
        MessageDigest md = sha256();
        add(md, "version", Policygen.VERSION);
        // The Java that runs it too: its zlib compresses the PDFs, and another may give other bytes.
        for (String p : List.of("java.runtime.version", "java.vendor", "os.arch")) add(md, p, String.valueOf(System.getProperty(p)));
        CodeSource source = InputFingerprint.class.getProtectionDomain().getCodeSource();
        Path where;
        try {
            where = source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            where = null;
        }
        if (where != null && Files.isRegularFile(where)) {
            Optional<String> directory = centralDirectory(where);
            if (directory.isPresent()) {
                add(md, "jar", directory.get());
            } else {
                try (ZipFile jar = new ZipFile(where.toFile())) {
                    for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        ZipEntry z = e.nextElement();
                        add(md, z.getName(), z.getCrc() + " " + z.getSize());
                    }
                }
            }
        } else if (where != null && Files.isDirectory(where)) {
            add(md, "classes", hashFolder(where));
            // Run from a build tree (an IDE, the tests), the libraries are jars of their own on the class path.
            for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                if (entry.isEmpty()) continue;
                Path lib = Path.of(entry).toAbsolutePath();
                if (lib.equals(where.toAbsolutePath())) continue;
                if (Files.isRegularFile(lib)) add(md, "library " + lib, Files.size(lib) + " " + Files.getLastModifiedTime(lib).toMillis());
                else if (Files.isDirectory(lib)) add(md, "library " + lib, hashFolder(lib));
            }
        } else {
            add(md, "unknown code", Long.toString(System.nanoTime())); // cannot tell what runs: never skip
        }
        t = HexFormat.of().formatHex(md.digest());
        tool = t;
        return t;
    }

    /**
     * The jar's central directory, checked: it lists every entry's name, CRC-32 and sizes, and the
     * build fixes every entry's time ({@code project.build.outputTimestamp}), so a jar packaged again
     * from the same code lists the same bytes. Checked with CRC-32 and CRC-32C (which the JVM computes
     * in a few milliseconds) rather than SHA-256 entry by entry, which took 50-100 ms at the start of
     * every build, before its first school. Empty when the end of the directory is not where a jar
     * of this size keeps it (a ZIP64 file, say): then the entries are read one by one.
     */
    static Optional<String> centralDirectory(Path jar) throws IOException {
        try (java.nio.channels.FileChannel in = java.nio.channels.FileChannel.open(jar)) {
            long size = in.size();
            int tailLength = (int) Math.min(size, 22 + 65535);
            java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate(tailLength).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            readFully(in, tail, size - tailLength);
            int end = -1;
            for (int i = tailLength - 22; i >= 0 && end < 0; i--) {
                if (tail.getInt(i) == 0x06054b50 && i + 22 + (tail.getShort(i + 20) & 0xffff) == tailLength) end = i;
            }
            if (end < 0) return Optional.empty();
            long length = tail.getInt(end + 12) & 0xffffffffL;
            long offset = tail.getInt(end + 16) & 0xffffffffL;
            if (length == 0xffffffffL || offset == 0xffffffffL || offset + length > size || length > Integer.MAX_VALUE) return Optional.empty();
            java.nio.ByteBuffer directory = java.nio.ByteBuffer.allocate((int) length);
            readFully(in, directory, offset);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            java.util.zip.CRC32C crcC = new java.util.zip.CRC32C();
            crc.update(directory.array());
            crcC.update(directory.array());
            return Optional.of(length + " " + Long.toHexString(crc.getValue()) + " " + Long.toHexString(crcC.getValue()));
        }
    }

    private static void readFully(java.nio.channels.FileChannel in, java.nio.ByteBuffer into, long at) throws IOException {
        while (into.hasRemaining()) {
            if (in.read(into, at + into.position()) < 0) throw new java.io.EOFException("the jar ends early");
        }
    }

    /** A file the profile names in the school's folder, as the rules let it be read; one they refuse hashes as the refusal. */
    private static String hashOwn(School school, String name) throws IOException {
        try {
            return hashFile(uk.policygen.profile.SchoolFiles.inside(school.ownFolder(), name, Long.MAX_VALUE));
        } catch (uk.policygen.profile.SchoolFiles.Refused e) {
            return "refused " + e.getMessage();
        }
    }

    /** Every regular file under {@code dir} by relative path and content; a missing folder hashes as empty. */
    static String hashFolder(Path dir) throws IOException {
        MessageDigest md = sha256();
        if (Files.isDirectory(dir)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                // Links are not followed: a link out of the folder is refused where files are read, never hashed here.
                files = walk.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted().toList();
            }
            for (Path f : files) add(md, dir.relativize(f).toString().replace('\\', '/'), hashFile(f));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * A file's content hash. Every school hashes the same template folders, twice per build, which
     * was 7% of a build's time: a hash is reused while the file's size and modification time
     * (to the nanosecond where the file system keeps it) are those it was taken at.
     */
    private static String hashFile(Path f) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            Path key = f.toAbsolutePath().normalize();
            Hashed known = HASHED.get(key);
            if (known != null && known.size() == a.size() && known.modified().equals(a.lastModifiedTime())) return known.sha256();
            // Streamed: a school's folder may hold a video larger than any byte array.
            MessageDigest md = sha256();
            try (java.io.InputStream in = new java.security.DigestInputStream(Files.newInputStream(f), md)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            String h = HexFormat.of().formatHex(md.digest());
            HASHED.put(key, new Hashed(a.size(), a.lastModifiedTime(), h));
            return h;
        } catch (NoSuchFileException e) {
            return "absent";
        }
    }

    private record Hashed(long size, FileTime modified, String sha256) {
    }

    private static final Map<Path, Hashed> HASHED = new ConcurrentHashMap<>();

    private static void add(MessageDigest md, String name, String value) {
        md.update((name + "\0" + value + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
