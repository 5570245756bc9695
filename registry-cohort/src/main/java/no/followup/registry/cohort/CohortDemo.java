package no.followup.registry.cohort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code ./registry demo} does once the platform runs: loads the synthetic cohort through the
 * bulk API (each site with its own hospital-system token), runs the four report jobs as the
 * coordinator, and exports both research datasets as the researcher into {@code out/}. It uses only
 * the public API, as any client would, and prints its progress as it goes.
 *
 * <p>Arguments: {@code --api=http://127.0.0.1:8080 --keycloak=http://127.0.0.1:8180
 * --participants=2000 --seed=2028 --out=out}.
 */
public final class CohortDemo {

  /** Records per bulk submission (the API takes at most 10,000). */
  static final int BATCH = 5_000;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String api;
  private final String tokenEndpoint;

  public CohortDemo(String api, String keycloak) {
    this.api = api;
    this.tokenEndpoint = keycloak + "/realms/registry/protocol/openid-connect/token";
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    CohortDemo demo =
        new CohortDemo(
            options.getOrDefault("api", "http://127.0.0.1:8080"),
            options.getOrDefault("keycloak", "http://127.0.0.1:8180"));
    int participants = Integer.parseInt(options.getOrDefault("participants", "2000"));
    long seed = Long.parseLong(options.getOrDefault("seed", "2028"));
    LocalDate yesterday = LocalDate.now().minusDays(1);
    SyntheticCohort cohort = new SyntheticCohort(seed, participants, yesterday);

    long started = System.nanoTime();
    Totals totals = demo.load(cohort);
    say(
        "loaded %,d records of %,d participants in %.0f s (%,d accepted, %,d rejected)",
        totals.received(), participants, seconds(started), totals.accepted(), totals.rejected());
    for (String job :
        List.of("nationalAggregation", "followUpCompleteness", "safetySignals", "dataQuality")) {
      long jobStarted = System.nanoTime();
      String status = demo.runJob(job, yesterday);
      say("job %s as of %s: %s in %.1f s", job, yesterday, status, seconds(jobStarted));
    }
    Path out = Path.of(options.getOrDefault("out", "out"));
    for (String dataset : List.of("aggregated-outcomes", "evaluation-2028")) {
      long exportStarted = System.nanoTime();
      Path file = demo.export(dataset, yesterday, out);
      say(
          "dataset %s: %s (%,d bytes) in %.1f s",
          dataset, file, Files.size(file), seconds(exportStarted));
    }
  }

  /** Counts over all submissions. */
  public record Totals(long received, long accepted, long rejected) {
    Totals plus(JsonNode receipt) {
      return new Totals(
          received + receipt.get("received").asLong(),
          accepted + receipt.get("accepted").asLong(),
          rejected + receipt.get("rejected").asLong());
    }
  }

  /** Submits every site's participants, whole participants per submission. */
  public Totals load(SyntheticCohort cohort) {
    Totals totals = new Totals(0, 0, 0);
    for (String site : SyntheticCohort.SITES) {
      String token =
          clientToken(
              "hospital-" + site.toLowerCase(), "demo-hospital-" + site.toLowerCase() + "-secret");
      List<Map<String, Object>> batch = new ArrayList<>();
      int batchNumber = 0;
      int people = 0;
      for (int i = 0; i < cohort.size(); i++) {
        if (!cohort.siteOf(i).equals(site)) {
          continue;
        }
        List<Map<String, Object>> lines = cohort.participant(i);
        if (batch.size() + lines.size() > BATCH && !batch.isEmpty()) {
          totals = totals.plus(submit(token, batch, site, ++batchNumber));
          batch.clear();
        }
        batch.addAll(lines);
        people++;
      }
      if (!batch.isEmpty()) {
        totals = totals.plus(submit(token, batch, site, ++batchNumber));
      }
      say(
          "%-4s %,6d participants in %d submission(s); %,d records so far",
          site, people, batchNumber, totals.received());
    }
    return totals;
  }

  private JsonNode submit(
      String token, List<Map<String, Object>> lines, String site, int batchNumber) {
    StringBuilder ndjson = new StringBuilder();
    for (Map<String, Object> line : lines) {
      ndjson.append(JSON.writeValueAsString(line)).append('\n');
    }
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(api + "/api/v1/submissions?mode=partial"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-ndjson")
                // The same cohort batch always has the same key: loading twice stores it once.
                .header(
                    "Idempotency-Key",
                    "cohort-" + site + "-" + batchNumber + "-" + lines.hashCode())
                .POST(HttpRequest.BodyPublishers.ofString(ndjson.toString()))
                .build());
    if (response.statusCode() >= 400 && response.statusCode() != 422) {
      throw new IllegalStateException(
          site
              + " submission "
              + batchNumber
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
    JsonNode receipt = JSON.readTree(response.body());
    if (response.statusCode() >= 300 || receipt.get("rejected").asLong() > 0) {
      say(
          "  %s submission %d answered %d: %s",
          site, batchNumber, response.statusCode(), firstProblem(receipt));
    }
    return receipt;
  }

  private static String firstProblem(JsonNode receipt) {
    for (JsonNode record : receipt.path("records")) {
      if (record.has("errors") && !record.get("errors").isEmpty()) {
        return record.get("errors").toString();
      }
    }
    return receipt.path("detail").asString("");
  }

  String runJob(String job, LocalDate asOf) throws InterruptedException {
    String token = userToken("coordinator");
    HttpResponse<String> started =
        send(
            json(api + "/api/v1/jobs/" + job + "/executions", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"asOf\":\"" + asOf + "\"}"))
                .build());
    String location =
        started
            .headers()
            .firstValue("Location")
            .orElseThrow(() -> new IllegalStateException(started.body()));
    return waitFor(
        location, token, "status", List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED"));
  }

  Path export(String dataset, LocalDate asOf, Path out) throws InterruptedException, IOException {
    String token = userToken("researcher");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("asOf", asOf.toString());
    if (dataset.equals("evaluation-2028")) {
      body.put("projectId", demoProject(asOf));
    }
    HttpResponse<String> requested =
        send(
            json(api + "/api/v1/datasets/" + dataset + "/exports", token)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build());
    String location =
        requested
            .headers()
            .firstValue("Location")
            .orElseThrow(() -> new IllegalStateException(requested.body()));
    String status = waitFor(location, token, "status", List.of("COMPLETED", "FAILED"));
    if (!status.equals("COMPLETED")) {
      throw new IllegalStateException("the export of " + dataset + " " + status);
    }
    Files.createDirectories(out);
    Path file = out.resolve(dataset + "-" + asOf + ".xlsx");
    HttpResponse<Path> download =
        sendTo(
            HttpRequest.newBuilder(URI.create(api + location + "/file"))
                .header("Authorization", "Bearer " + token)
                .build(),
            file);
    if (download.statusCode() != 200) {
      throw new IllegalStateException("the download answered " + download.statusCode());
    }
    return file;
  }

  /**
   * Row-level data go only to an approved project, as of a locked date: the coordinator locks the
   * date and registers a demo project naming the researcher, approved for every variable.
   */
  private String demoProject(LocalDate asOf) {
    String coordinator = userToken("coordinator");
    send(
        json(api + "/api/v1/data-locks", coordinator)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    JSON.writeValueAsString(Map.of("date", asOf.toString()))))
            .build());
    List<String> variables = new ArrayList<>();
    for (JsonNode dataset :
        JSON.readTree(send(json(api + "/api/v1/datasets", coordinator).GET().build()).body())) {
      if (dataset.get("name").asString().equals("evaluation-2028")) {
        for (JsonNode sheet : dataset.get("codebook")) {
          for (JsonNode column : sheet.get("columns")) {
            String name = column.get("name").asString();
            if (!name.equals("participant") && !name.equals("enrolment")) {
              variables.add(sheet.get("sheet").asString() + "." + name);
            }
          }
        }
      }
    }
    Map<String, Object> project = new LinkedHashMap<>();
    project.put("title", "Demo: the 2028 national evaluation");
    project.put("ethicsReference", "REK demo 2026/0001");
    project.put("responsibleResearcher", "researcher");
    project.put("researchers", List.of());
    project.put("studyCode", "KETAMINE-TRD");
    project.put("approvedVariables", variables);
    project.put("periodFrom", "2020-01-01");
    project.put("periodTo", asOf.toString());
    project.put("expiresOn", asOf.plusYears(2).toString());
    HttpResponse<String> created =
        send(
            json(api + "/api/v1/data-access-projects", coordinator)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(project)))
                .build());
    if (created.statusCode() != 201) {
      throw new IllegalStateException("the demo project answered " + created.body());
    }
    return JSON.readTree(created.body()).get("projectId").asString();
  }

  private String waitFor(String location, String token, String field, List<String> ends)
      throws InterruptedException {
    long waited = 0;
    while (true) {
      JsonNode state = JSON.readTree(send(json(api + location, token).GET().build()).body());
      String value = state.path(field).asString("");
      if (ends.contains(value)) {
        return value;
      }
      Thread.sleep(250);
      waited += 250;
      if (waited % 10_000 == 0) {
        say("  ... still %s (%d s)", value, waited / 1000);
      }
    }
  }

  private HttpRequest.Builder json(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", UUID.randomUUID().toString());
  }

  private String clientToken(String client, String secret) {
    return token("grant_type=client_credentials&client_id=" + client + "&client_secret=" + secret);
  }

  private String userToken(String user) {
    return token(
        "grant_type=password&client_id=registry-cli&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=demo");
  }

  private String token(String form) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Keycloak refused a token: " + response.statusCode());
    }
    return JSON.readTree(response.body()).get("access_token").asString();
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<Path> sendTo(HttpRequest request, Path file) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofFile(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new java.util.HashMap<>();
    for (String arg : args) {
      if (arg.startsWith("--") && arg.contains("=")) {
        options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      }
    }
    return options;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** The demo's progress goes to the terminal that started it: this is a command-line client. */
  @SuppressWarnings("java:S106")
  private static void say(String format, Object... values) {
    System.out.println("    " + String.format(format, values));
  }
}
