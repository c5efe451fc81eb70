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

import uk.policygen.profile.Problem;
import uk.policygen.profile.yaml.Location;

/**
 * A class list exported from the school's MIS or typed in a spreadsheet: a header row with
 * {@code name} and {@code class} columns (any order, any case), then one learner per row.
 * Quoted fields ("Smith, Jo") are understood. Every problem is reported with its line number.
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
        String[] lines = text.split("\r\n|\n|\r", -1);
        int nameCol = -1;
        int classCol = -1;
        List<Learner> learners = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            if (lines[i].isBlank()) continue;
            List<String> cells = cells(lines[i]);
            if (cells == null) {
                problems.add(at(where, lineNo, "a quoted field is not closed; expected \"...\" around a value that holds a comma"));
                continue;
            }
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
            String name = cells.get(nameCol).strip();
            String cls = cells.get(classCol).strip();
            if (name.isEmpty()) {
                problems.add(at(where, lineNo, "the name is empty; expected the learner's name"));
                continue;
            }
            learners.add(new Learner(lineNo, name, cls));
        }
        if (learners.isEmpty() && problems.isEmpty()) {
            problems.add(at(where, 1, "has no learners; expected a header row then one learner per row"));
        }
        return new Read(List.copyOf(learners), List.copyOf(problems));
    }

    private static Problem at(String file, int line, String message) {
        return Problem.error(new Location(file, line, 1), "", message);
    }

    /** The cells of one CSV row, or null when a quote is left open. */
    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) return null;
        out.add(cell.toString());
        return out;
    }
}
