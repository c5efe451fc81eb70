package uk.policygen.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.policygen.profile.Problem;
import uk.policygen.profile.ProfileLoader;
import uk.policygen.profile.yaml.Location;

/**
 * Where class packs go, {@code <private>/<id>/}. They hold children's names, so the folder is never inside the
 * output folder (which is published) nor inside the schools or templates folder (which are committed to git with
 * the profiles). policygen replaces there only the files it wrote itself, listed with their SHA-256 in
 * {@value #LIST} as in the output folder: a file of the user's with a pack's name is named and left as it is.
 *
 * @param root      the private folder ({@code --private}, by default {@code private} beside the output folder)
 * @param outDir    the output folder it may not be inside
 * @param forbidden the schools and templates folders it may not be inside
 */
record PrivateFolder(Path root, Path outDir, List<Path> forbidden) {
    static final String LIST = OutputFolder.MANIFEST;
    static final String NOTE = "DO-NOT-PUBLISH.txt";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    PrivateFolder {
        forbidden = List.copyOf(forbidden);
    }

    /** Why class packs may not go in this private folder, if they may not. */
    void checkPlace() throws OutputFolder.Refused {
        Path real = OutputFolder.realOfNearest(root);
        if (real.startsWith(OutputFolder.realOfNearest(outDir))) {
            throw new OutputFolder.Refused("class packs hold children's names and cannot go inside the output folder "
                    + ProfileLoader.display(outDir) + ", which is published; expected a private folder outside it (the default is private beside it)");
        }
        for (Path f : forbidden) {
            Path realF = OutputFolder.realOfNearest(f);
            if (real.startsWith(realF)) {
                String where = real.equals(realF) ? ProfileLoader.display(root) : ProfileLoader.display(root) + ", inside " + ProfileLoader.display(f);
                throw new OutputFolder.Refused("class packs hold children's names and cannot go in " + where + ", which holds the schools' own files and is committed to git with them; expected a private"
                        + " folder outside the schools and templates folders (--private DIR; the default is private beside the output folder)");
            }
        }
    }

    /**
     * The files policygen wrote in {@code dir} and the SHA-256 each may have: the last it wrote, and while a pack was
     * being moved in, the one before (so a pack interrupted between the two is still known as policygen's).
     */
    static Map<String, Set<String>> written(Path dir) throws OutputFolder.Refused {
        Path list = dir.resolve(LIST);
        Map<String, Set<String>> out = new TreeMap<>();
        if (!Files.exists(list, LinkOption.NOFOLLOW_LINKS)) return out;
        try {
            if (!Files.isRegularFile(list, LinkOption.NOFOLLOW_LINKS) || Files.size(list) > 1024 * 1024) throw new IOException("not a list of files");
            JsonNode doc = JSON.readTree(list.toFile());
            for (String part : List.of("files", "replacing")) {
                doc.path(part).fields().forEachRemaining(e -> out.computeIfAbsent(e.getKey(), k -> new java.util.TreeSet<>()).add(e.getValue().asText()));
            }
            return out;
        } catch (IOException e) {
            throw new OutputFolder.Refused(ProfileLoader.display(list) + " cannot be read (" + e.getMessage() + "), so policygen cannot tell"
                    + " which class packs there it wrote; nothing was written: move " + ProfileLoader.display(dir) + " away and print again", e);
        }
    }

    /**
     * The files of {@code names} in {@code dir} that policygen may not replace: one it did not write (or that was
     * changed since), a link or a folder, each a problem of its own. The note ({@value #NOTE}) is not among them:
     * a note of the user's by that name is left in place of policygen's ({@link #mayWrite}).
     */
    static List<Problem> taken(Path dir, Collection<String> names) throws OutputFolder.Refused {
        Map<String, Set<String>> ours = written(dir);
        List<Problem> out = new ArrayList<>();
        for (String name : names) {
            if (name.equals(NOTE)) continue;
            String why = why(dir.resolve(name), ours.get(name));
            if (why != null) {
                out.add(Problem.error(new Location(ProfileLoader.display(dir.resolve(name)), 1, 1), "", why + ", and this class pack would"
                        + " replace it; nothing was written (policygen never replaces a file it did not write): expected it moved or renamed,"
                        + " or the class list saved under another name"));
            }
        }
        return out;
    }

    /** Whether policygen may write {@code name} in {@code dir}: nothing there by that name, or a file it wrote, unchanged. */
    static boolean mayWrite(Path dir, String name) throws OutputFolder.Refused {
        return why(dir.resolve(name), written(dir).get(name)) == null;
    }

    /** Why the file may not be replaced, or null when it may (absent, or written by policygen and unchanged since). */
    private static String why(Path file, Set<String> ours) throws OutputFolder.Refused {
        if (Files.isSymbolicLink(file)) return "this is a link, which policygen never writes through";
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return null;
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return "this is a folder, not a class pack";
        if (ours == null) return "policygen did not write this file";
        try {
            // Read only because policygen's list says it wrote it: to tell whether it was changed since.
            return ours.contains(OutputFolder.sha256(file)) ? null : "this file was changed since policygen wrote it";
        } catch (IOException e) {
            throw new OutputFolder.Refused(ProfileLoader.display(file) + " cannot be read (" + e.getMessage() + "); nothing was written", e);
        }
    }

    /**
     * Moves finished files (name → a file policygen wrote in a work folder beside them) into {@code dir}, each by one
     * rename so none is ever half-written, and lists them as policygen's: first with the hashes they replace as well
     * (a stop between two renames leaves every file there known), then with their own alone.
     */
    static List<String> place(Path dir, Map<String, Path> finished) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Map<String, String> replacing = new TreeMap<>();
        Path list = dir.resolve(LIST);
        if (Files.exists(list, LinkOption.NOFOLLOW_LINKS)) {
            JsonNode doc = JSON.readTree(list.toFile());
            doc.path("files").fields().forEachRemaining(e -> files.put(e.getKey(), e.getValue().asText()));
        }
        Map<String, String> now = new TreeMap<>(files);
        for (Map.Entry<String, Path> f : finished.entrySet()) {
            String was = files.get(f.getKey());
            if (was != null) replacing.put(f.getKey(), was);
            now.put(f.getKey(), OutputFolder.sha256(f.getValue()));
        }
        writeList(list, now, replacing);
        List<String> placed = new ArrayList<>();
        for (Map.Entry<String, Path> f : finished.entrySet()) {
            Path to = dir.resolve(f.getKey());
            if (Files.isSymbolicLink(to)) throw new OutputFolder.Refused(ProfileLoader.display(to) + " is a link; policygen never writes through links");
            try {
                Files.move(f.getValue(), to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(f.getValue(), to, StandardCopyOption.REPLACE_EXISTING);
            }
            placed.add(f.getKey());
        }
        writeList(list, now, Map.of());
        return placed;
    }

    private static void writeList(Path list, Map<String, String> files, Map<String, String> replacing) throws IOException {
        ObjectNode m = JSON.createObjectNode();
        m.put("written_by", uk.policygen.Policygen.VERSION);
        m.put("note", "The class packs policygen wrote here. It replaces only these, and never a file of yours.");
        m.set("files", JSON.valueToTree(files));
        if (!replacing.isEmpty()) m.set("replacing", JSON.valueToTree(replacing));
        OutputFolder.writeAtomically(list, JSON.writeValueAsBytes(m), "rw-------");
    }

    static byte[] note() {
        return ("This folder holds children's names (class packs of Acceptable Use Policy forms).\n"
                + "Print them; never upload this folder to the school website.\n").getBytes(StandardCharsets.UTF_8);
    }
}
