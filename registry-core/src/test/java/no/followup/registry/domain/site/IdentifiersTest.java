package no.followup.registry.domain.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.study.StudyCode;
import org.junit.jupiter.api.Test;

/** Codes and ids print as their plain value: that is what URLs, audit rows and exports carry. */
class IdentifiersTest {

  @Test
  void codes_are_their_value_and_refuse_anything_else() {
    assertThat(SiteCode.of("OUS")).hasToString("OUS").isEqualTo(new SiteCode("OUS"));
    assertThat(StudyCode.of("KETAMINE-TRD"))
        .hasToString("KETAMINE-TRD")
        .isEqualTo(new StudyCode("KETAMINE-TRD"));
    assertThatThrownBy(() -> SiteCode.of("ous")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StudyCode.of("K")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ids_print_as_their_uuid() {
    UUID value = UUID.randomUUID();

    assertThat(new ParticipantId(value)).hasToString(value.toString());
    assertThat(new EnrolmentId(value)).hasToString(value.toString());
  }

  @Test
  void regions_have_their_norwegian_names() {
    assertThat(HealthRegion.HELSE_SOR_OST.displayName()).isEqualTo("Helse Sør-Øst");
    assertThat(HealthRegion.HELSE_MIDT_NORGE.displayName()).isEqualTo("Helse Midt-Norge");
  }
}
