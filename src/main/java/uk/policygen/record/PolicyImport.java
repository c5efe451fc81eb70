package uk.policygen.record;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import uk.policygen.Policygen;
import uk.policygen.profile.PolicyDate;

/**
 * A school's current policy, as it published it, made its first record: the file kept exactly,
 * plus (for a PDF) its text as {@code imported.txt}, which the first draft's changes report
 * compares sentence by sentence.
 */
public final class PolicyImport {
    private PolicyImport() {
    }

    /** What the business manager says about the policy being imported. */
    public record Request(Path file, PolicyDate dated, boolean ratified, Optional<String> approvedBy, String title,
                          Optional<PolicyDate> nextReview) {
    }

    /** A problem with the request, said in the business manager's terms. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    public static Records.Entry run(Records records, Request r) throws Refused, IOException {
        if (!Files.isRegularFile(r.file())) throw new Refused(r.file() + ": no such file; expected the policy the school publishes now");
        String name = r.file().getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (records.at(r.dated().iso()).isPresent()) {
            throw new Refused(records.root().resolve(r.dated().iso()) + ": a record for " + r.dated().iso()
                    + " already exists; policygen never replaces a record");
        }
        byte[] bytes = Files.readAllBytes(r.file());
        Map<String, byte[]> files = new LinkedHashMap<>();
        Manifest.Listed listed;
        if (lower.endsWith(".pdf")) {
            files.put("imported.pdf", bytes);
            files.put("imported.txt", pdfText(r.file(), bytes).getBytes(StandardCharsets.UTF_8));
            listed = new Manifest.Listed("policy", r.title(), "", "imported.pdf");
        } else if (lower.endsWith(".txt") || lower.endsWith(".md")) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') >= 0) throw new Refused(r.file() + ": is not UTF-8 text; expected the policy saved as \"Plain text (UTF-8)\"");
            files.put("imported.txt", bytes);
            listed = new Manifest.Listed("policy", r.title(), "imported.txt", "");
        } else {
            throw new Refused(r.file() + ": policygen reads a policy as PDF or plain text; expected a .pdf or .txt file"
                    + " (in Word: File → Save As → PDF, or Plain Text with UTF-8)");
        }
        String note = "Imported with policygen import from " + name + (r.ratified() ? "" : "; the policy records no ratification, so none is claimed");
        Manifest m = new Manifest(r.dated().iso(), r.ratified(), true, r.approvedBy().orElse(null), note, Policygen.VERSION, null,
                Map.of(), null, r.nextReview().map(PolicyDate::iso).orElse(null), List.of(listed), Map.of(), Map.of());
        return records.write(m, files);
    }

    private static String pdfText(Path file, byte[] bytes) throws Refused {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc);
            if (text.isBlank()) throw new Refused(file + ": the PDF has no text to compare (it may be a scan); expected a PDF saved from Word, or the policy as plain text");
            return text;
        } catch (IOException e) {
            throw new Refused(file + ": cannot be read as a PDF (" + e.getMessage() + ")");
        }
    }
}
