package no.followup.registry.app.support;

import no.followup.registry.app.RegistryApplication;
import no.followup.registry.testsupport.RealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * A person's work in the registry, step by step in one real headless Chromium (Norwegian first):
 * the whole registry on a random port with real Keycloak and PostgreSQL, steps in their order. The
 * browser tests share one application context and so one database: each keeps to data of its own.
 */
@SpringBootTest(
    classes = RegistryApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class InBrowser {

  @LocalServerPort protected int port;

  protected Browser browser;

  @BeforeAll
  void startBrowser() {
    browser = Browser.start("nb");
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }

  /** The registry's address of the path. */
  protected String at(String path) {
    return "http://127.0.0.1:" + port + path;
  }
}
