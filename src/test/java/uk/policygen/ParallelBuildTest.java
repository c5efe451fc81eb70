package uk.policygen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.policygen.profile.Fixture;
import uk.policygen.publish.PackBuilder;

/** Schools built on several threads give the same bytes as one at a time, reported in the order asked for. */
class ParallelBuildTest {
    @TempDir
    Path temp;

    List<String> build(Fixture fx, List<Path> profiles, Path out, int workers) {
        Supplier<PackBuilder> builders = () -> new PackBuilder(fx.schools(), Fixture.PROJECT.resolve("templates"), out, Fixture.TODAY);
        List<String> ids = new ArrayList<>();
        for (PackBuilder.Outcome o : Policygen.build(builders, profiles, workers)) {
            assertThat(o.ok()).as(o.problems().toString()).isTrue();
            ids.add(o.id());
        }
        return ids;
    }

    static List<Path> threeSchools(Fixture fx) throws IOException {
        return List.of(
                fx.write("c-combined", Fixture.VALID + "documents:\n  arrangement: combined\n"),
                fx.write("a-separate", Fixture.VALID),
                fx.write("b-mobile", Fixture.VALID + "documents:\n  arrangement: mobile-only\n"));
    }

    /** Every page and PDF under {@code expected} is in {@code actual}, byte for byte. */
    static void sameBytes(Path expected, Path actual) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(expected)) {
            files = walk.filter(f -> f.toString().endsWith(".pdf") || f.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(6);
        for (Path f : files) {
            Path other = actual.resolve(expected.relativize(f));
            assertThat(Files.readAllBytes(other)).as("%s", other).isEqualTo(Files.readAllBytes(f));
        }
    }

    @Test
    void twoWorkersWriteTheSameBytesAndReportInOrder() throws IOException {
        Fixture fx = new Fixture(temp);
        List<Path> profiles = threeSchools(fx);
        assertThat(build(fx, profiles, temp.resolve("one"), 1)).containsExactly("c-combined", "a-separate", "b-mobile");
        assertThat(build(fx, profiles, temp.resolve("two"), 2)).containsExactly("c-combined", "a-separate", "b-mobile");
        sameBytes(temp.resolve("one"), temp.resolve("two"));
    }

    /**
     * On one thread each school is begun while the one before it still prints (its PDFs on the helper,
     * or on this thread once its own are done): the bytes are those of each school built by itself.
     */
    @Test
    void schoolsBegunWhileTheOneBeforePrintsWriteTheSameBytesAsEachBuiltAlone() throws IOException {
        Fixture fx = new Fixture(temp);
        List<Path> profiles = threeSchools(fx);
        List<PackBuilder.Outcome> together = new ArrayList<>();
        Supplier<PackBuilder> builders = () -> new PackBuilder(fx.schools(), Fixture.PROJECT.resolve("templates"), temp.resolve("together"), Fixture.TODAY);
        for (PackBuilder.Outcome o : Policygen.build(builders, profiles, 1)) together.add(o);
        assertThat(together).extracting(PackBuilder.Outcome::id).containsExactly("c-combined", "a-separate", "b-mobile");
        for (int i = 0; i < profiles.size(); i++) {
            PackBuilder.Outcome alone = new PackBuilder(fx.schools(), Fixture.PROJECT.resolve("templates"), temp.resolve("alone"), Fixture.TODAY)
                    .build(profiles.get(i));
            assertThat(alone.ok()).as(alone.problems().toString()).isTrue();
            assertThat(together.get(i).problems()).as("the warnings of %s", alone.id()).isEqualTo(alone.problems());
            assertThat(together.get(i).written()).isEqualTo(alone.written());
        }
        sameBytes(temp.resolve("alone"), temp.resolve("together"));
    }
}
