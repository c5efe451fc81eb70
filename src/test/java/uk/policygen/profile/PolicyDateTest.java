package uk.policygen.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Policy dates: a year no policy can have is a slip, refused with its line, not printed as "January 0". */
class PolicyDateTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"0000-01", "1989-12-31", "2101-01", "9999-12-31"})
    void aYearNoPolicyCanHaveIsRefused(String text) {
        assertThatThrownBy(() -> PolicyDate.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("which no policy date can have; expected a year from 1990 to 2100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1990-01", "2024-09-25", "2100-12-31"})
    void theYearsOfPoliciesAreAccepted(String text) {
        assertThat(PolicyDate.parse(text).iso()).isEqualTo(text);
    }

    @Test
    void aProfileGivesTheFieldAndItsLine() throws IOException {
        Fixture fx = new Fixture(temp);
        ProfileLoader.Result r = fx.load("test", Fixture.VALID.replace("review:\n", "review:\n  written: 0000-01\n"));
        assertThat(r.ok()).isFalse();
        assertThat(fx.messages(r)).contains("test.yml:15:12: review.written: \"0000-01\" has the year 0, which no policy date can have;"
                + " expected a year from 1990 to 2100, such as 2024-09-25 (or 2024-09)");
    }
}
