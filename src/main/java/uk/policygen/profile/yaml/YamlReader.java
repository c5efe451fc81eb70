package uk.policygen.profile.yaml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.DumperOptions;

/**
 * Reads a profile file into located {@link YNode}s, turning every kind of file trouble (too big,
 * binary, bad UTF-8, tabs, syntax, duplicate keys, alias bombs) into a located problem rather
 * than an exception. SnakeYAML's composer is used directly because it keeps positions, which a
 * Jackson tree does not.
 */
public final class YamlReader {
    /** A profile is a page or two of text; anything near this is not a profile. */
    public static final int MAX_BYTES = 256 * 1024;
    private static final int MAX_ALIASES = 20;
    /**
     * The most characters and nodes a document may hold once its aliases are expanded: a few
     * aliases (under {@link #MAX_ALIASES}) can still multiply to gigabytes (a "billion laughs").
     */
    static final int MAX_EXPANDED_CHARS = 2 * MAX_BYTES;
    static final int MAX_EXPANDED_NODES = 50_000;

    private YamlReader() {
    }

    /** A file-level problem, already located. */
    public record Trouble(Location at, String message) {
    }

    /**
     * The file's single document, or null when it could not be read; {@code trouble} hears why.
     * An empty file reads as an empty mapping.
     */
    public static YNode.Mapping read(String name, byte[] bytes, Consumer<Trouble> trouble) {
        if (bytes.length > MAX_BYTES) {
            trouble.accept(new Trouble(new Location(name, 1, 1), "the file is over " + MAX_BYTES / 1024
                    + " KiB; a profile is expected to be under " + MAX_BYTES / 1024 + " KiB of YAML text"));
            return null;
        }
        String text = decode(name, bytes, trouble);
        if (text == null) {
            return null;
        }
        if (!findTabs(name, text, trouble)) {
            return null;
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // found and reported below, with both positions
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(MAX_BYTES);
        options.setNestingDepthLimit(40);
        try {
            List<Node> docs = new ArrayList<>();
            new Yaml(options).composeAll(new java.io.StringReader(text)).forEach(docs::add);
            if (docs.size() > 1) {
                trouble.accept(new Trouble(at(name, docs.get(1).getStartMark()),
                        "the file holds more than one YAML document (a second '---'); expected one profile per file"));
                return null;
            }
            if (docs.isEmpty() || docs.get(0) instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
                return new YNode.Mapping(Map.of(), new Location(name, 1, 1));
            }
            Node root = docs.get(0);
            if (!(root instanceof MappingNode)) {
                trouble.accept(new Trouble(at(name, root.getStartMark()),
                        "the file is not a set of 'key: value' lines; expected a profile such as 'school:' followed by indented keys"));
                return null;
            }
            // Key-level trouble (a duplicate key) is reported but the rest is still read, so
            // that every other problem in the file is found in the same run.
            return (YNode.Mapping) convert(name, root, trouble, new int[2]);
        } catch (TooBig e) {
            trouble.accept(new Trouble(e.at, "the profile grows to over " + MAX_EXPANDED_CHARS / 1024 + " KiB or " + MAX_EXPANDED_NODES
                    + " values once its aliases (*name references) are expanded; profiles do not need aliases: write the values out"));
            return null;
        } catch (MarkedYAMLException e) {
            trouble.accept(inPlainWords(name, text, e));
            return null;
        } catch (YAMLException e) {
            String why = String.valueOf(e.getMessage()).contains("aliases")
                    ? "too many aliases (*name references); profiles do not need them: write the values out"
                    : "cannot be read as YAML: " + firstLine(e.getMessage());
            trouble.accept(new Trouble(new Location(name, 1, 1), why));
            return null;
        }
    }

    /**
     * The parser's complaint where the business manager made the mistake, in words they can act on: an unclosed quote
     * was reported at the next quote, far below ("expected <block end>, but found '<scalar>'"); "role:Headteacher" on the
     * line after it; a second ": " in a value as a matter of indentation. What is not recognised keeps the parser's words.
     */
    private static Trouble inPlainWords(String name, String text, MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Location where = mark == null ? new Location(name, 1, 1) : at(name, mark);
        String problem = String.valueOf(e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem());
        String[] lines = text.split("\r?\n", -1);
        int upTo = mark == null ? lines.length - 1 : Math.min(mark.getLine(), lines.length - 1);
        // A value opened with a quotation mark and not closed on its line: the parser reads on to the next one.
        for (int n = 0; n <= upTo; n++) {
            java.util.regex.Matcher m = OPENED_QUOTE.matcher(lines[n]);
            // Not closed on its own line, and closed (if at all) only on the line the parser stopped at: a value quoted
            // over several lines on purpose ends before the trouble does.
            if (m.matches() && !closes(m.group(3), m.group(2).charAt(0))
                    && !closes(String.join("\n", java.util.Arrays.asList(lines).subList(n + 1, upTo)), m.group(2).charAt(0))) {
                return new Trouble(new Location(name, n + 1, m.start(2) + 1), "this value opens with " + m.group(2)
                        + " but does not close it on the same line; expected a closing " + m.group(2) + " at the end of the value");
            }
        }
        if (problem.contains("mapping values are not allowed")) {
            return new Trouble(where, "a value holds ': ' (a colon and a space), which YAML reads as the start of another key;"
                    + " expected the whole value in double quotes, e.g. role: \"Head: Teacher\"");
        }
        if (problem.contains("undefined alias") || problem.contains("cannot start any token")) {
            String what = problem.contains("undefined alias") ? "*" : problem.replaceAll(".*character '(.)'.*", "$1");
            return new Trouble(where, "a value starts with '" + what + "', which YAML does not allow there;"
                    + " expected the whole value in double quotes, e.g. \"" + what + "example\"");
        }
        if (problem.contains("could not find expected ':'") || problem.contains("expected <block end>")) {
            // "role:Headteacher" is read as text, and the complaint comes at the line after it.
            for (int n = Math.min(upTo, lines.length - 1); n >= 0 && n >= upTo - 2; n--) {
                java.util.regex.Matcher m = NO_SPACE.matcher(lines[n]);
                if (m.matches()) {
                    return new Trouble(new Location(name, n + 1, m.end(1) + 1), "'" + m.group(1).strip()
                            + "' needs a space after the colon; expected '" + m.group(1).strip() + " " + m.group(2).strip() + "'");
                }
            }
        }
        return new Trouble(where, describe(e));
    }

    /** A line whose value opens with a quotation mark: "  name: \"Littlebourne" or "  - 'Tapestry". */
    private static final java.util.regex.Pattern OPENED_QUOTE = java.util.regex.Pattern.compile("(\\s*(?:-\\s+)?[A-Za-z0-9_]+:\\s+|\\s*-\\s+)([\"'])(.*)");
    /** "key:value" with no space after the colon (not a web address, whose colon is followed by //). */
    private static final java.util.regex.Pattern NO_SPACE = java.util.regex.Pattern.compile("(\\s*(?:-\\s+)?[a-z_]+:)(?!//)(\\S.*)");

    /** Whether the rest of a line after an opening quote closes it (a doubled '' or an escaped \" does not). */
    private static boolean closes(String rest, char quote) {
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (quote == '"' && c == '\\') { i++; continue; }
            if (c == quote) {
                if (quote == '\'' && i + 1 < rest.length() && rest.charAt(i + 1) == '\'') { i++; continue; }
                return true;
            }
        }
        return false;
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
        if (problem.contains("aliases")) {
            return "too many aliases (*name references); profiles do not need them: write the values out";
        }
        String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
        return "YAML syntax error: " + problem + context
                + "; check the indentation and that every 'key: value' has a space after the colon";
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown problem";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String decode(String name, byte[] bytes, Consumer<Trouble> trouble) {
        if (utf16(bytes)) {
            trouble.accept(new Trouble(new Location(name, 1, 1), "the file is saved as UTF-16 (Notepad calls it \"Unicode\");"
                    + " save it as UTF-8 (in Notepad: Save As, Encoding: UTF-8)"));
            return null;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                trouble.accept(new Trouble(lineAndColumn(name, bytes, i), "the file is binary (it contains a NUL byte); expected a YAML text file"));
                return null;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            String text = chars.toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text; // a BOM is harmless
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            trouble.accept(new Trouble(lineAndColumn(name, bytes, bad),
                    "the file is not valid UTF-8 text; save it as UTF-8 (in Word or Notepad: Save As, Encoding: UTF-8)"));
            return null;
        }
    }

    /** A byte-order mark of UTF-16 or UTF-32, or the zero bytes every other byte that ASCII text has in UTF-16. */
    private static boolean utf16(byte[] b) {
        if (b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF))) return true;
        if (b.length < 4) return false;
        int n = Math.min(b.length, 200) & ~1;
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenZero++;
            if (b[i + 1] == 0) oddZero++;
        }
        return evenZero * 4 >= n * 3 / 2 && oddZero == 0 || oddZero * 4 >= n * 3 / 2 && evenZero == 0;
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static Location lineAndColumn(String name, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, Math.max(0, offset - lineStart), StandardCharsets.UTF_8);
        return new Location(name, line, before.codePointCount(0, before.length()) + 1);
    }

    private static boolean findTabs(String name, String text, Consumer<Trouble> trouble) {
        boolean clean = true;
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            for (int c = 0; c < line.length() && (line.charAt(c) == ' ' || line.charAt(c) == '\t'); c++) {
                if (line.charAt(c) == '\t') {
                    trouble.accept(new Trouble(new Location(name, i + 1, c + 1),
                            "a tab is used for indentation; YAML needs spaces (replace the tab with two spaces)"));
                    clean = false;
                    break;
                }
            }
        }
        return clean;
    }

    /**
     * Characters that would corrupt or disguise printed text are refused where they are written:
     * control characters (NUL, BEL, ESC …), bidi overrides and isolates (U+202E turns the words
     * after it around), lone surrogates; and characters the PDF fonts cannot print.
     */
    public static void checkCharacters(String value, Location at, Consumer<Trouble> trouble) {
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            String why = null;
            if ((cp < 0x20 && cp != '\n' && cp != '\t' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F)) {
                why = String.format(java.util.Locale.ROOT, "a control character (U+%04X), which prints nothing and can break the page", cp);
            } else if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
                why = String.format(java.util.Locale.ROOT, "a bidi control character (U+%04X), which reverses or hides the text after it", cp);
            } else if (Character.isSurrogate((char) cp)) {
                why = String.format(java.util.Locale.ROOT, "a lone surrogate (U+%04X), which is not a character", cp);
            } else if (cp == 0xFFFE || cp == 0xFFFF) {
                why = String.format(java.util.Locale.ROOT, "a non-character (U+%04X)", cp);
            } else if (cp >= 0x20 && !uk.policygen.pdf.Glyphs.printable(cp)) {
                why = uk.policygen.pdf.Glyphs.describe(cp) + "; expected text in Latin, Greek or Cyrillic letters, which the PDF can print"
                        + " (write the name as the person writes it in English)";
            }
            if (why != null) {
                trouble.accept(new Trouble(at, "the value holds a character it cannot have: " + why + " (character " + (value.codePointCount(0, i) + 1)
                        + "); remove it"));
                return;
            }
            i += Character.charCount(cp);
        }
    }

    private static Location at(String name, Mark mark) {
        return new Location(name, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** The document expands past the limits; thrown out of the recursion at once. */
    private static final class TooBig extends RuntimeException {
        final Location at;

        TooBig(Location at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    /** {@code size} counts [characters, nodes] as expanded, so an alias bomb stops at the limit, not at the end of memory. */
    private static YNode convert(String name, Node node, Consumer<Trouble> trouble, int[] size) {
        Location at = at(name, node.getStartMark());
        if (++size[1] > MAX_EXPANDED_NODES) throw new TooBig(at);
        if (node instanceof ScalarNode s) {
            boolean isNull = s.getTag().equals(Tag.NULL);
            boolean quoted = s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN;
            size[0] += s.getValue().length();
            if (size[0] > MAX_EXPANDED_CHARS) throw new TooBig(at);
            if (!isNull) checkCharacters(s.getValue(), at, trouble);
            return new YNode.Scalar(isNull ? "" : s.getValue(), isNull, quoted, at);
        }
        if (node instanceof SequenceNode seq) {
            List<YNode> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                items.add(convert(name, item, trouble, size));
            }
            return new YNode.Sequence(items, at);
        }
        MappingNode map = (MappingNode) node;
        Map<String, YNode.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Location keyAt = at(name, keyNode.getStartMark());
            if (!(keyNode instanceof ScalarNode k)) {
                trouble.accept(new Trouble(keyAt, "a key must be a plain word such as 'name'; expected 'key: value'"));
                continue;
            }
            String key = k.getValue();
            if (key.equals("<<")) {
                trouble.accept(new Trouble(keyAt, "'<<' merge keys are not supported; use inherits: to share facts between profiles"));
                continue;
            }
            YNode.Entry earlier = entries.get(key);
            if (earlier != null) {
                trouble.accept(new Trouble(keyAt, "'" + key + "' appears twice in the same section (first at line "
                        + earlier.keyAt().line() + "); expected each key once: keep one and delete the other"));
                continue;
            }
            entries.put(key, new YNode.Entry(keyAt, convert(name, tuple.getValueNode(), trouble, size)));
        }
        return new YNode.Mapping(entries, at);
    }
}
