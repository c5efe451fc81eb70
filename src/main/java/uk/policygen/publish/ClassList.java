package uk.policygen.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import uk.policygen.profile.Problem;
import uk.policygen.profile.yaml.Location;
import uk.policygen.profile.yaml.YamlReader;

/**
 * A class list exported from the school's MIS or typed in a spreadsheet: a header row with
 * {@code name} and {@code class} columns (any order, any case), then one learner per row.
 * Quoted fields ("Smith, Jo", a line break inside quotes) are read by Commons CSV as spreadsheets
 * write them. Every problem is reported with its line number.
 */
public final class ClassList {
    private static final int MAX_BYTES = 2 * 1024 * 1024;

    private ClassList() {
    }

    public record Learner(int line, String name, String className) {
    }

    /** The learners, or the problems ("file:line: what is wrong; what is expected"). */
    public record Read(List<Learner> learners, List<Problem> problems) {
    }

    public static Read read(Path file) {
        List<Problem> problems = new ArrayList<>();
        String where = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Read(List.of(), List.of(at(where, 1, "cannot be read (" + e.getMessage() + "); expected a CSV file of learners")));
        }
        if (bytes.length > MAX_BYTES) {
            return new Read(List.of(), List.of(at(where, 1, "the file is " + bytes.length / 1024 + " KiB; expected a class list under 2 MiB")));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Read(List.of(), List.of(at(where, 1, "is not UTF-8 text; save it from your spreadsheet as \"CSV UTF-8\"")));
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        int[] lineStarts = text.lines().count() > 0 ? lineStarts(text) : new int[] {0};
        int nameCol = -1;
        int classCol = -1;
        List<Learner> learners = new ArrayList<>();
        boolean header = true;
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(false).get();
        int lineNo = 1;
        int afterLast = 0;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            var records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) break;
                    record = records.next();
                } catch (java.io.UncheckedIOException | IllegalStateException e) {
                    // The record that would not end starts at the first non-blank line after the last one read.
                    int from = afterLast + 1;
                    while (from < lineStarts.length && lineAt(text, lineStarts, from).isBlank()) from++;
                    problems.add(at(where, Math.min(from, lineStarts.length),
                            "a quoted field is not closed; expected \"...\" around a value that holds a comma"));
                    break;
                }
                afterLast = (int) parser.getCurrentLineNumber();
                lineNo = lineOf(lineStarts, record.getCharacterPosition());
                // The recorded position can fall on the blank lines skipped before the record.
                while (lineNo < lineStarts.length && lineAt(text, lineStarts, lineNo).isBlank()) lineNo++;
                List<String> cells = record.toList();
                if (cells.stream().allMatch(String::isBlank)) continue;
                if (header) {
                    header = false;
                    for (int c = 0; c < cells.size(); c++) {
                        String h = cells.get(c).strip().toLowerCase(Locale.ROOT);
                        if (h.equals("name") || h.equals("learner") || h.equals("pupil")) nameCol = c;
                        if (h.equals("class") || h.equals("form") || h.equals("year")) classCol = c;
                    }
                    if (nameCol < 0 || classCol < 0) {
                        problems.add(at(where, lineNo, "the first row must name the columns; expected a header row such as \"name,class\""));
                        return new Read(List.of(), problems);
                    }
                    continue;
                }
                if (cells.size() <= Math.max(nameCol, classCol)) {
                    problems.add(at(where, lineNo, "has " + cells.size() + " column(s); expected a name and a class"));
                    continue;
                }
                String name = java.text.Normalizer.normalize(cells.get(nameCol), java.text.Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
                String cls = java.text.Normalizer.normalize(cells.get(classCol), java.text.Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
                if (name.isEmpty()) {
                    problems.add(at(where, lineNo, "the name is empty; expected the learner's name"));
                    continue;
                }
                int before = problems.size();
                Location loc = new Location(where, lineNo, 1);
                YamlReader.checkCharacters(name, loc, t -> problems.add(Problem.error(t.at(), "", t.message().replaceFirst("^the value", "the name"))));
                YamlReader.checkCharacters(cls, loc, t -> problems.add(Problem.error(t.at(), "", t.message().replaceFirst("^the value", "the class"))));
                if (problems.size() > before) continue;
                learners.add(new Learner(lineNo, name, cls));
            }
        } catch (IOException e) {
            problems.add(at(where, lineNo, "cannot be read as CSV (" + e.getMessage() + ")"));
        }
        if (learners.isEmpty() && problems.isEmpty()) {
            problems.add(at(where, 1, "has no learners; expected a header row then one learner per row"));
        }
        return new Read(List.copyOf(learners), List.copyOf(problems));
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String lineAt(String text, int[] starts, int line) {
        int from = starts[line - 1];
        int to = line < starts.length ? starts[line] : text.length();
        return text.substring(from, to);
    }

    /** The 1-based line holding a character offset. */
    private static int lineOf(int[] starts, long offset) {
        int i = java.util.Arrays.binarySearch(starts, (int) offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    private static Problem at(String file, int line, String message) {
        return Problem.error(new Location(file, line, 1), "", message);
    }
}
