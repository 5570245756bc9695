package no.followup.registry.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every environment variable the deployment guide lists is read by the API's configuration: a
 * documented setting that nothing reads would be silently ignored in a real installation.
 */
class DocumentedSettingsTest {

  private static final Pattern VARIABLE = Pattern.compile("`(REGISTRY_[A-Z0-9_]+)`");

  @Test
  void every_variable_in_the_deployment_guide_is_read_by_the_application() throws IOException {
    String configuration =
        Files.readString(Path.of("src/main/resources/application.yaml"))
            + Files.readString(Path.of("../registry-batch/src/main/resources/batch-runner.yaml"));
    Set<String> documented = new TreeSet<>();
    for (String line : Files.readAllLines(Path.of("../deploy/README.md"))) {
      if (line.startsWith("| `")) {
        Matcher variable = VARIABLE.matcher(line.substring(0, line.indexOf('|', 1)));
        while (variable.find()) {
          documented.add(variable.group(1));
        }
      }
    }

    assertThat(documented).hasSizeGreaterThan(20);
    assertThat(documented)
        .filteredOn(name -> !configuration.contains("${" + name + ":"))
        .as("documented in deploy/README.md but not read by the API's application.yaml")
        .isEmpty();
  }
}
