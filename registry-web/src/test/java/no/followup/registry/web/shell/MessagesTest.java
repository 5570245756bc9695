package no.followup.registry.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in bokmål and in English, and every text a page asks for by name exists. */
class MessagesTest {

  private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9.\\-]+)[}(]");

  @Test
  void norwegian_and_english_have_the_same_keys() throws IOException {
    assertThat(messages("messages_en.properties").stringPropertyNames())
        .isEqualTo(messages("messages.properties").stringPropertyNames());
  }

  @Test
  void every_key_a_template_names_is_written() throws IOException {
    Set<String> written = messages("messages.properties").stringPropertyNames();
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
      for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
        Matcher key = LITERAL_KEY.matcher(Files.readString(template));
        while (key.find()) {
          if (!written.contains(key.group(1))) {
            missing.add(template.getFileName() + ": " + key.group(1));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  private static Properties messages(String name) throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        new InputStreamReader(
            MessagesTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
