package uk.policygen.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.policygen.profile.Fixture;
import uk.policygen.profile.PolicyDate;
import uk.policygen.profile.Problem;
import uk.policygen.profile.Problems;
import uk.policygen.profile.ProfileLoader;

/** A record is kept exactly: anything changed, added or lost by hand is an error at that file. */
class RecordsTest {
    @TempDir
    Path temp;

    Records written() throws IOException {
        Records records = new Records(temp.resolve("records"));
        records.write(new Manifest("2026-10-01", true, false, "governing body", null, "policygen", "2026.11", Map.of(), null, null,
                List.of(), Map.of(), Map.of()), Map.of("policy.html", "<p>Text</p>".getBytes(StandardCharsets.UTF_8), "aup/staff.html", new byte[] {1}));
        return records;
    }

    static List<String> verify(Records records) {
        Problems p = new Problems();
        records.verify(p);
        return p.all().stream().map(Problem::toString).toList();
    }

    @Test
    void aRecordAsWrittenIsClean() throws IOException {
        Records records = written();
        assertThat(verify(records)).isEmpty();
        assertThat(records.latest()).get().satisfies(e -> assertThat(e.manifest().files()).containsOnlyKeys("policy.html", "aup/staff.html"));
    }

    @Test
    void aChangedFileIsReportedAtThatFile() throws IOException {
        Records records = written();
        Files.writeString(temp.resolve("records/2026-10-01/policy.html"), "<p>Text, edited</p>");
        assertThat(verify(records)).singleElement().asString()
                .startsWith(ProfileLoader.display(temp.resolve("records/2026-10-01/policy.html")) + ":1:1: record: no longer matches the SHA-256")
                .contains("restore it from version control");
    }

    @Test
    void aLostFileAnAddedFileAndALostManifestAreReported() throws IOException {
        Records records = written();
        Files.delete(temp.resolve("records/2026-10-01/aup/staff.html"));
        Files.writeString(temp.resolve("records/2026-10-01/notes.txt"), "added");
        assertThat(verify(records)).hasSize(2).anyMatch(s -> s.contains("staff.html:1:1: record: is missing"))
                .anyMatch(s -> s.contains("notes.txt:1:1: record: is not in the record's manifest"));
        Files.delete(temp.resolve("records/2026-10-01/manifest.json"));
        assertThat(verify(records)).singleElement().asString().contains("manifest.json:1:1: record: is missing");
        assertThat(records.entries()).isEmpty();
    }

    @Test
    void anExistingRecordIsNeverReplaced() throws IOException {
        Records records = written();
        assertThatThrownBy(() -> records.write(new Manifest("2026-10-01", true, false, null, null, null, null, null, null, null, null, null, null),
                Map.of("policy.html", new byte[] {9}))).isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        assertThat(Files.readString(temp.resolve("records/2026-10-01/policy.html"))).isEqualTo("<p>Text</p>");
    }

    @Test
    void anImportedTextPolicyListsItsTextAndClaimsNoRatificationItDidNotHave() throws Exception {
        Path txt = temp.resolve("old.txt");
        Files.writeString(txt, "1. Policy aims\nThis policy was written in March 2023.\n");
        Records records = new Records(temp.resolve("records"));
        Records.Entry e = PolicyImport.run(records, new PolicyImport.Request(txt, PolicyDate.parse("2023-03"), false, Optional.empty(),
                "Online Safety Policy", Optional.of(PolicyDate.parse("2024-03"))));
        assertThat(e.manifest().imported()).isTrue();
        assertThat(e.manifest().ratified()).isFalse();
        assertThat(e.manifest().note()).contains("records no ratification, so none is claimed");
        assertThat(Files.readString(e.file("imported.txt"))).isEqualTo(Files.readString(txt));
        assertThat(verify(records)).isEmpty();
        assertThatThrownBy(() -> PolicyImport.run(records, new PolicyImport.Request(txt, PolicyDate.parse("2023-03"), true, Optional.empty(),
                "x", Optional.empty()))).hasMessageContaining("already exists; policygen never replaces a record");
        Path docx = temp.resolve("old.docx");
        Files.write(docx, new byte[] {1, 2});
        assertThatThrownBy(() -> PolicyImport.run(records, new PolicyImport.Request(docx, PolicyDate.parse("2022-03"), true, Optional.empty(),
                "x", Optional.empty()))).hasMessageContaining("expected a .pdf or .txt file");
    }

    @Test
    void aDraftNamingAnEditionTheTemplatesDoNotHaveIsALocatedErrorListingThemAndOldGuidanceChecksAreWarned() throws IOException {
        Fixture fx = new Fixture(temp);
        var loaded = fx.load("t", Fixture.VALID + "model_edition: \"2024.01\"\n");
        assertThat(loaded.ok()).as(loaded.problems().toString()).isTrue();
        Problems p = new Problems();
        ModelEditions model = ModelEditions.of(Fixture.PROJECT.resolve("templates"));
        RecordRules.check(loaded.school(), Records.of(loaded.school().ownFolder()), model, Fixture.TODAY, p);
        assertThat(p.all()).filteredOn(Problem::isError).singleElement().asString()
                .contains("t.yml:17:").contains(": model_edition: \"2024.01\" is not an edition of the model templates; expected one of \""
                        + model.base().edition() + "\" (templates/model/edition.yml), \"" + model.newest().edition() + "\" (templates/editions/"
                        + model.newest().edition() + "/)");
        for (String edition : model.names()) {
            Problems fine = new Problems();
            RecordRules.check(fx.load("t", Fixture.VALID + "model_edition: \"" + edition + "\"\n").school(),
                    Records.of(loaded.school().ownFolder()), model, Fixture.TODAY, fine);
            assertThat(fine.all()).as(edition).noneMatch(Problem::isError);
        }
        Problems later = new Problems();
        RecordRules.check(fx.load("t", Fixture.VALID).school(), Records.of(loaded.school().ownFolder()), model, Fixture.TODAY.plusYears(2), later);
        assertThat(later.all()).isNotEmpty().allMatch(w -> !w.isError())
                .anyMatch(w -> w.toString().contains("guidance.keeping_children_safe.checked: Keeping Children Safe in Education 2025 was last checked November 2026, more than a year ago"));
    }

    @Test
    void aRatificationDatedBeforeTheLatestRecordIsRefused() throws IOException {
        Fixture fx = new Fixture(temp);
        var loaded = fx.load("t", Fixture.VALID + "sign_off:\n  approved_on: 2026-10-01\n");
        Records records = Records.of(loaded.school().ownFolder());
        records.write(new Manifest("2026-11", true, false, null, null, null, null, null, null, null, null, null, null), Map.of("a.html", new byte[] {1}));
        Problems p = new Problems();
        RecordRules.check(loaded.school(), records, ModelEditions.of(Fixture.PROJECT.resolve("templates")), Fixture.TODAY, p);
        assertThat(p.all()).filteredOn(Problem::isError).singleElement().asString()
                .contains("sign_off.approved_on: 2026-10-01 is before the latest record (2026-11");
    }
}
