package no.followup.registry.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.followup.registry.bench.PostBench.Latencies;

/**
 * The pages under load: 16 browser sessions signed in through Keycloak's real login form (each with
 * its own cookies), loading the worklist and a participant's page and submitting the infusion form,
 * next to the API's answer to the same question in the same run (due visits, the participant, an
 * infusion POST).
 */
final class PageBench {

  /** One page and the API call that answers the same question. */
  record Pair(String what, Latencies page, Latencies api) {}

  private static final Pattern LOGIN_FORM =
      Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private PageBench() {}

  static List<Pair> run(RunningRegistry registry, int clients, double seconds) throws Exception {
    String token = registry.keycloak.tokenFor("staff.ous");
    HttpClient api = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<String> participants = new ArrayList<>();
    List<HttpClient> browsers = new ArrayList<>();
    List<HttpClient> formPosters = new ArrayList<>();
    List<String> csrfTokens = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      participants.add(PostBench.enrol(api, registry.url(), token));
      CookieManager cookies = new LoopbackCookies();
      HttpClient browser = signedIn(registry.url(), cookies);
      browsers.add(browser);
      // The same session, not following redirects: a form POST is timed up to its 302.
      formPosters.add(
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .cookieHandler(cookies)
              .build());
      csrfTokens.add(
          csrfOf(
              browser, registry.url() + "/participants/" + participants.get(i) + "/infusions/new"));
    }
    String yesterday = LocalDate.now().minusDays(1).toString();
    IntFunction<HttpRequest> worklist = c -> get(registry.url() + "/");
    IntFunction<HttpRequest> dueVisits =
        c -> bearer(get(registry.url() + "/api/v1/follow-ups/due"), token).build();
    IntFunction<HttpRequest> participantPage =
        c -> get(registry.url() + "/participants/" + participants.get(c));
    IntFunction<HttpRequest> participantApi =
        c ->
            bearer(get(registry.url() + "/api/v1/participants/" + participants.get(c)), token)
                .build();
    // What the participant's page shows, as an API client gets it: one GET per part.
    IntFunction<List<HttpRequest>> participantApiParts =
        c ->
            Stream.of(
                    "",
                    "/transfers",
                    "/treatment-episodes",
                    "/infusions",
                    "/assessments",
                    "/adverse-events",
                    "/lab-results")
                .map(
                    part ->
                        bearer(
                                get(
                                    registry.url()
                                        + "/api/v1/participants/"
                                        + participants.get(c)
                                        + part),
                                token)
                            .build())
                .toList();
    IntFunction<HttpRequest> infusionForm =
        c ->
            HttpRequest.newBuilder(
                    URI.create(
                        registry.url() + "/participants/" + participants.get(c) + "/infusions"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form(
                            Map.ofEntries(
                                Map.entry("_csrf", csrfTokens.get(c)),
                                Map.entry("date", yesterday),
                                Map.entry("drug", "RACEMIC_KETAMINE"),
                                Map.entry("route", "INTRAVENOUS"),
                                Map.entry("doseMgPerKg", "0,5"),
                                Map.entry("weightKg", "72,5"),
                                Map.entry("durationMinutes", "40"),
                                Map.entry("vitals.systolicMax", "150"),
                                Map.entry("vitals.diastolicMax", "94"),
                                Map.entry("vitals.heartRateMax", "96"),
                                Map.entry("vitals.spo2Min", "97")))))
                .build();
    IntFunction<HttpRequest> infusionApi =
        c ->
            bearer(
                    HttpRequest.newBuilder(
                        URI.create(
                            registry.url()
                                + "/api/v1/participants/"
                                + participants.get(c)
                                + "/infusions")),
                    token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        """
                        {"date":"%s","drug":"RACEMIC_KETAMINE","doseMgPerKg":0.5,"weightKg":72.5,"durationMinutes":40,
                         "vitals":{"systolicMax":150,"diastolicMax":94,"heartRateMax":96,"spo2Min":97}}
                        """
                            .formatted(yesterday)))
                .build();
    PostBench.load(browsers::get, clients, Math.min(2, seconds), worklist, 200); // warm-up
    PostBench.load(api, clients, Math.min(2, seconds), dueVisits, 200);
    return List.of(
        new Pair(
            "worklist (`/`) vs `GET /api/v1/follow-ups/due`",
            PostBench.load(browsers::get, clients, seconds, worklist, 200),
            PostBench.load(api, clients, seconds, dueVisits, 200)),
        new Pair(
            "participant page vs `GET /api/v1/participants/{id}`",
            PostBench.load(browsers::get, clients, seconds, participantPage, 200),
            PostBench.load(api, clients, seconds, participantApi, 200)),
        new Pair(
            "participant page vs the seven GETs of its parts (participant, transfers, episodes,"
                + " and the four record kinds), one after the other",
            PostBench.load(browsers::get, clients, seconds, participantPage, 200),
            PostBench.loadSequences(c -> api, clients, seconds, participantApiParts, 200)),
        new Pair(
            "infusion form submit (to its 302) vs `POST …/infusions`",
            PostBench.load(formPosters::get, clients, seconds, infusionForm, 302),
            PostBench.load(api, clients, seconds, infusionApi, 201)));
  }

  /** Signs in as a browser does: the registry sends it to Keycloak's form, which sends it back. */
  private static HttpClient signedIn(String registry, CookieManager cookies) throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    HttpResponse<String> login =
        browser.send(get(registry + "/"), HttpResponse.BodyHandlers.ofString());
    Matcher form = LOGIN_FORM.matcher(login.body());
    if (!form.find()) {
      throw new IllegalStateException("no Keycloak login form at " + login.uri());
    }
    HttpResponse<String> worklist =
        browser.send(
            HttpRequest.newBuilder(URI.create(form.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form(Map.of("username", "staff.ous", "password", "demo"))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (worklist.statusCode() != 200 || !worklist.uri().toString().startsWith(registry)) {
      throw new IllegalStateException(
          "sign-in ended at " + worklist.uri() + " " + worklist.statusCode());
    }
    return browser;
  }

  /**
   * Keycloak marks its sign-in cookies Secure; browsers send them to 127.0.0.1 over plain HTTP (a
   * secure context), Java's cookie manager only over HTTPS. This one does as browsers do.
   */
  private static final class LoopbackCookies extends CookieManager {
    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers)
        throws java.io.IOException {
      try {
        URI asSecure =
            new URI("https", null, uri.getHost(), uri.getPort(), uri.getPath(), null, null);
        return super.get(asSecure, headers);
      } catch (java.net.URISyntaxException e) {
        throw new java.io.IOException(e);
      }
    }
  }

  private static String csrfOf(HttpClient browser, String page) throws Exception {
    Matcher csrf =
        CSRF.matcher(browser.send(get(page), HttpResponse.BodyHandlers.ofString()).body());
    if (!csrf.find()) {
      throw new IllegalStateException("no CSRF token in " + page);
    }
    return csrf.group(1);
  }

  private static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).GET().build();
  }

  private static HttpRequest.Builder bearer(HttpRequest request, String token) {
    return HttpRequest.newBuilder(request.uri()).header("Authorization", "Bearer " + token).GET();
  }

  private static HttpRequest.Builder bearer(HttpRequest.Builder request, String token) {
    return request.header("Authorization", "Bearer " + token);
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
