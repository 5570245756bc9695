package no.followup.registry.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.followup.registry.testsupport.ChildProcesses;
import no.followup.registry.testsupport.RegistryArguments;
import no.followup.registry.testsupport.TestDatabase;

/** The API in a process of its own (to be killed, or to log as in production), started and up. */
public final class ApiProcess {

  private ApiProcess() {}

  /**
   * Starts the API on the port against the database, its output to {@code target/api-<log>.log},
   * and waits until it answers health.
   */
  public static Process start(TestDatabase database, int port, String log, String... arguments)
      throws Exception {
    return start(ChildProcesses.testClassPath(), database, port, log, arguments);
  }

  /**
   * As {@link #start}, but logging as the application does in production: without the test
   * harness's library, whose {@code logback-test.xml} would replace the application's logging.
   */
  public static Process startLoggingAsInProduction(
      TestDatabase database, int port, String log, String... arguments) throws Exception {
    String classPath =
        java.util.Arrays.stream(ChildProcesses.testClassPath().split(java.io.File.pathSeparator))
            .filter(entry -> !entry.contains("registry-test-support"))
            .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    return start(classPath, database, port, log, arguments);
  }

  private static Process start(
      String classPath, TestDatabase database, int port, String log, String... arguments)
      throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                ChildProcesses.java(),
                "-cp",
                classPath,
                "no.followup.registry.api.ApiTestApplication"));
    List<String> settings = new ArrayList<>(List.of("--server.port=" + port));
    settings.addAll(List.of(arguments));
    command.addAll(RegistryArguments.against(database.settings(), settings.toArray(String[]::new)));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(logFile(log).toFile())
            .start();
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(process.isAlive())
          .as("the API stopped while starting; see " + logFile(log))
          .isTrue();
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return process;
        }
      } catch (java.io.IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the API did not start in 90 s");
  }

  public static Path logFile(String log) {
    return Path.of("target", "api-" + log + ".log");
  }
}
