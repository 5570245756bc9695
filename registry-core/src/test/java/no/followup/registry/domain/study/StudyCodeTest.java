package no.followup.registry.domain.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StudyCodeTest {

  @Test
  void a_code_is_two_to_forty_capitals_digits_or_dashes_starting_with_a_capital() {
    assertThat(StudyCode.parse("KETAMINE-TRD")).contains(StudyCode.of("KETAMINE-TRD"));
    assertThat(StudyCode.parse("K2")).isPresent();
    assertThat(StudyCode.parse("K" + "X".repeat(39))).isPresent();
    assertThat(StudyCode.parse("K" + "X".repeat(40))).isEmpty();
    assertThat(StudyCode.parse("K")).isEmpty();
    assertThat(StudyCode.parse("ketamine-trd")).isEmpty();
    assertThat(StudyCode.parse("2KET")).isEmpty();
    assertThat(StudyCode.parse(null)).isEmpty();
    assertThatThrownBy(() -> StudyCode.of("not-a-code"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a study code is 2 to 40 capital letters, digits or dashes");
  }
}
