package no.followup.registry.domain.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DrugTest {

  @Test
  void a_session_submitted_without_a_route_takes_its_drugs_usual_one() {
    assertThat(Drug.RACEMIC_KETAMINE.usualRoute()).isEqualTo(Route.INTRAVENOUS);
    assertThat(Drug.ESKETAMINE.usualRoute()).isEqualTo(Route.INTRANASAL);
  }
}
