package no.followup.registry.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.followup.registry.cohort.NationalIdNumbers;
import no.followup.registry.domain.participant.NationalIdNumber;
import no.followup.registry.testsupport.LogPrivacyCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check that reads the test runs' logs finds a leaked number, and only real numbers. */
class LogPrivacyCheckTest {

  @TempDir Path directory;

  @Test
  void finds_the_line_where_a_national_id_number_leaked_and_nothing_else() throws Exception {
    String leaked = NationalIdNumbers.nextSynthetic().digits();
    Path log = directory.resolve("run.log");
    Files.write(
        log,
        List.of(
            "2026-11-26 INFO started in 12345678901 ns",
            "request id 0f3a2b1c-1234-5678-9012-345678901234 done",
            "rejected enrolment of " + leaked + " at OUS",
            "token a" + leaked + "b"));

    assertThat(NationalIdNumber.parse(leaked)).as("a real (synthetic) number").isNotNull();
    assertThat(LogPrivacyCheck.scan(log)).containsExactly(new LogPrivacyCheck.Finding(log, 3));
    assertThat(LogPrivacyCheck.isNationalIdNumber("12345678901")).isFalse();
  }
}
