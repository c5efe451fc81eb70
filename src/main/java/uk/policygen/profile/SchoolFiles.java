package uk.policygen.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Reading a file a profile names from the school's own folder, safely: the name stays inside the
 * folder, no link leads out of it (real paths are compared), it is a regular file, and it is
 * read only up to a size limit, so a link to {@code /etc/shadow} or a 3 GB video in the folder
 * is a clear error instead of a published secret or a crash.
 */
public final class SchoolFiles {
    /** A Markdown section or any text the school writes: a few pages. */
    public static final long MAX_TEXT = 1024 * 1024;
    /** A logo. */
    public static final long MAX_IMAGE = 2 * 1024 * 1024;

    private SchoolFiles() {
    }

    /** Why a named file cannot be used; the message completes "field: …". */
    public static final class Refused extends IOException {
        public Refused(String message) {
            super(message);
        }
    }

    /** The file {@code name} inside {@code folder}, checked as the class comment says. */
    public static Path inside(Path folder, String name, long maxBytes) throws Refused {
        Path base = folder.toAbsolutePath().normalize();
        Path file = base.resolve(name).normalize();
        if (!file.startsWith(base) || file.equals(base)) {
            throw new Refused("\"" + name + "\" points outside the school's folder; expected a file inside " + ProfileLoader.display(base));
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused("there is no file " + ProfileLoader.display(file) + "; expected a file in the school's folder " + ProfileLoader.display(base));
        }
        Path real;
        Path realBase;
        try {
            realBase = base.toRealPath();
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new Refused(ProfileLoader.display(file) + " is a link to a file that does not exist; expected a file in the school's folder");
        } catch (IOException e) {
            throw new Refused(ProfileLoader.display(file) + " cannot be read (" + e.getMessage() + ")");
        }
        if (!real.startsWith(realBase)) {
            throw new Refused(ProfileLoader.display(file) + " is a link to " + real + ", outside the school's folder; policygen reads"
                    + " only the school's own files: copy the file into " + ProfileLoader.display(base) + " instead of linking to it");
        }
        if (!Files.isRegularFile(real)) {
            throw new Refused(ProfileLoader.display(file) + " is not a file (a folder or a device); expected a file");
        }
        try {
            long size = Files.size(real);
            if (size > maxBytes) {
                throw new Refused(ProfileLoader.display(file) + " is " + size(size) + "; expected a file under " + size(maxBytes));
            }
        } catch (Refused e) {
            throw e;
        } catch (IOException e) {
            throw new Refused(ProfileLoader.display(file) + " cannot be read (" + e.getMessage() + ")");
        }
        return real;
    }

    /** The bytes of a named file, checked and read with a size limit. */
    public static byte[] read(Path folder, String name, long maxBytes) throws Refused {
        Path file = inside(folder, name, maxBytes);
        try {
            return readBounded(file, maxBytes);
        } catch (Refused e) {
            throw e;
        } catch (IOException e) {
            throw new Refused(ProfileLoader.display(file) + " cannot be read (" + e.getMessage() + ")");
        }
    }

    /** A named text file as UTF-8. */
    public static String readText(Path folder, String name) throws Refused {
        byte[] bytes = read(folder, name, MAX_TEXT);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Refused(ProfileLoader.display(folder.resolve(name)) + " is not UTF-8 text; expected a Markdown file saved as UTF-8");
        }
    }

    /** Reads at most {@code maxBytes}: a file that grows while read, or a device, cannot exhaust memory. */
    public static byte[] readBounded(Path file, long maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new Refused(ProfileLoader.display(file) + " is over " + size(maxBytes) + "; expected a smaller file");
            }
            return bytes;
        }
    }

    /**
     * A file of the school's folder for the ratified record: its text when it is a small text file,
     * else its SHA-256 (streamed, so a large video costs no memory). Links are not followed.
     */
    public static String forRecord(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean text = name.endsWith(".yml") || name.endsWith(".md") || name.endsWith(".ftl") || name.endsWith(".ftlh") || name.endsWith(".css");
        if (text && Files.size(file) <= MAX_TEXT) {
            return new String(readBounded(file, MAX_TEXT), StandardCharsets.UTF_8);
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return "sha256:" + HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String size(long bytes) {
        if (bytes >= 1024 * 1024) return String.format(Locale.UK, "%.1f MiB", bytes / (1024.0 * 1024));
        return Math.max(1, bytes / 1024) + " KiB";
    }
}
