package no.followup.registry.app;

import no.followup.registry.app.support.Browser;
import no.followup.registry.testsupport.RealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * A person tries the API in Swagger UI, as the demo offers it: Authorize signs in through the
 * development realm's Keycloak (authorization code with PKCE, public client {@code
 * registry-swagger-ui}), and a call made from the page then carries the token.
 */
@SpringBootTest(
    classes = RegistryApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SwaggerUiInBrowserTest {

  @LocalServerPort int port;

  private Browser browser;

  @BeforeAll
  void start() {
    browser = Browser.start("en");
  }

  @AfterAll
  void stop() {
    browser.close();
  }

  @Test
  void authorize_signs_in_through_keycloak_and_a_call_from_the_page_is_answered() {
    browser
        .open("http://127.0.0.1:" + port + "/swagger-ui/index.html")
        .press(By.cssSelector("button.btn.authorize"))
        .screenshot("swagger-ui-authorize")
        .press(By.cssSelector(".auth-container .btn.modal-btn.auth.authorize"))
        .signInInPopup("staff.ous", "demo")
        .waitForText("Logout")
        .screenshot("swagger-ui-authorized")
        .press(By.cssSelector("button.btn-done"))
        .press(
            By.cssSelector(
                "#operations-Participants-listParticipants button.opblock-summary-control"))
        .press(By.cssSelector("#operations-Participants-listParticipants button.try-out__btn"))
        .press(By.cssSelector("#operations-Participants-listParticipants button.execute"))
        .waitForText("\"totalItems\"")
        .screenshot("swagger-ui-call");
    org.assertj.core.api.Assertions.assertThat(
            browser
                .find(
                    By.cssSelector(
                        "#operations-Participants-listParticipants .live-responses-table tbody .response-col_status"))
                .getText())
        .startsWith("200");
  }
}
