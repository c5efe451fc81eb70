package uk.policygen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

import uk.policygen.profile.Channel;
import uk.policygen.profile.Person;
import uk.policygen.profile.Profile;
import uk.policygen.profile.ProfileLoader;

/**
 * The five seed schools, built from the project's own profiles and templates: each builds, its
 * facts appear in its HTML and its PDF, nothing is left over from a template, two builds are
 * byte-identical, and every PDF is PDF/UA-1 by veraPDF.
 */
class SeedSchoolsTest {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 11, 22);
    static final List<String> SEEDS = List.of("whitstable-seasalter", "littlebourne", "hildenborough", "jubilee", "hythe-bay");
    static final List<String> LEFTOVERS = List.of("[Insert", "Amend as appropriate", "${", "<#", "null");

    @TempDir
    static Path temp;
    static final Map<String, PackBuilder.Outcome> outcomes = new LinkedHashMap<>();
    static Path out;

    @BeforeAll
    static void buildAll() {
        out = temp.resolve("first");
        PackBuilder builder = new PackBuilder(PROJECT.resolve("schools"), PROJECT.resolve("templates"), out, TODAY);
        for (String id : SEEDS) outcomes.put(id, builder.build(builder.loader().profileOf(id)));
    }

    static Stream<String> seeds() {
        return SEEDS.stream();
    }

    /** What governors are shown as decided is what the documents say (see TestSchoolsTest.unprintedDecisions). */
    @ParameterizedTest
    @MethodSource("seeds")
    void everyWordTheSchoolDecidedIsPrinted(String id) throws java.io.IOException {
        uk.policygen.profile.ProfileLoader.Result r = new uk.policygen.profile.ProfileLoader(PROJECT.resolve("schools"), TODAY)
                .load(PROJECT.resolve("schools").resolve(id + ".yml"));
        assertThat(uk.policygen.render.TestSchoolsTest.unprintedDecisions(r.school().profile(), out.resolve(id))).as(id).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void buildsWithoutErrors(String id) {
        PackBuilder.Outcome o = outcomes.get(id);
        assertThat(o.problems().stream().filter(p -> p.isError()).map(Object::toString)).isEmpty();
        assertThat(o.written()).contains("index.html").anyMatch(f -> f.endsWith("policy.pdf")).anyMatch(f -> f.endsWith("policy.html"));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noSentenceIntroducesAnEmptyList(String id) throws IOException {
        assertThat(uk.policygen.render.TestSchoolsTest.listsIntroducingNothing(out.resolve(id))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void factsAppearInTheHtmlAndThePdf(String id) throws IOException {
        Profile p = new ProfileLoader(PROJECT.resolve("schools"), TODAY).load(PROJECT.resolve("schools/" + id + ".yml")).school().profile();
        List<String> facts = new ArrayList<>();
        facts.add(p.school().name());
        facts.add(p.review().nextReview().display());
        p.people().designatedSafeguardingLeads().stream().map(Person::name).map(Object::toString).forEach(facts::add);
        p.people().deputySafeguardingLeads().stream().map(Person::name).map(Object::toString).forEach(facts::add);
        p.socialMedia().channels().stream().filter(c -> c.address().isPresent() && p.documents().arrangement()
                != uk.policygen.profile.Documents.Arrangement.MOBILE_ONLY).map(Channel::platform).map(x -> x.label()).forEach(facts::add);
        p.learnerPhones().allowed().forEach(r -> facts.add(r.yearGroups().toString()));
        String html = allHtmlText(out.resolve(id));
        String pdf = allPdfText(out.resolve(id));
        for (String fact : facts) {
            assertThat(html).as("HTML of %s", id).contains(fact);
            assertThat(pdf).as("PDF of %s", id).contains(fact);
        }
        // Every document keeps the acknowledgement The Education People's licence asks for, whatever a group words.
        assertThat(html).contains("© The Education People, which educational settings may use with acknowledgement");
        assertThat(pdf).contains("© The Education People");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noTemplateLeftOvers(String id) throws IOException {
        String html = allHtmlText(out.resolve(id));
        String pdf = allPdfText(out.resolve(id));
        for (String left : LEFTOVERS) {
            assertThat(html).as("HTML of %s", id).doesNotContain(left);
            assertThat(pdf).as("PDF of %s", id).doesNotContain(left);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void pdfTextReadsAsLettersNotLigatures(String id) throws IOException {
        String pdf = allPdfText(out.resolve(id));
        assertThat(pdf).doesNotContain("\uFB00", "\uFB01", "\uFB02", "\uFB03", "\uFB04");
        assertThat(pdf).contains("official").contains("fi");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void twoBuildsGiveIdenticalBytes(String id) throws IOException {
        Path second = temp.resolve("second");
        PackBuilder builder = new PackBuilder(PROJECT.resolve("schools"), PROJECT.resolve("templates"), second, TODAY);
        builder.build(builder.loader().profileOf(id));
        for (String f : outcomes.get(id).written()) {
            boolean same = java.util.Arrays.equals(Files.readAllBytes(second.resolve(id).resolve(f)), Files.readAllBytes(out.resolve(id).resolve(f)));
            assertThat(same).as("%s differs between two builds", f).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyPdfIsPdfUa1(String id) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        for (Path pdf : files(out.resolve(id), ".pdf")) {
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(Files.readAllBytes(pdf)), PDFAFlavour.PDFUA_1);
                 PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
                ValidationResult result = validator.validate(parser);
                assertThat(result.isCompliant()).as(pdf + ": " + result.getTestAssertions().stream()
                        .filter(a -> a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                        .map(a -> a.getRuleId().getClause() + " " + a.getMessage()).distinct().limit(5).toList()).isTrue();
            }
        }
    }

    static List<Path> files(Path dir, String ext) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            // The school's documents, not the governors' changes report or the ratified copies it quotes.
            return s.filter(f -> f.toString().endsWith(ext)).filter(f -> !f.getFileName().toString().startsWith("changes-since-"))
                    .filter(f -> !dir.relativize(f).startsWith(PackBuilder.IN_FORCE)).sorted().toList();
        }
    }

    static String allHtmlText(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Path f : files(dir, ".html")) sb.append(Jsoup.parse(Files.readString(f, StandardCharsets.UTF_8)).text()).append('\n');
        return sb.toString();
    }

    static String allPdfText(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Path f : files(dir, ".pdf")) {
            try (PDDocument doc = Loader.loadPDF(f.toFile())) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                sb.append(stripper.getText(doc).replaceAll("\\s+", " ")).append('\n');
            }
        }
        return sb.toString();
    }
}
