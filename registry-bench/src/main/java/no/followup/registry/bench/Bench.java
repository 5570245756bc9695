package no.followup.registry.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.followup.registry.testsupport.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The suite: {@code ./registry bench} (full sizes, about half an hour) or {@code ./registry bench
 * --smoke} (tiny sizes, a minute: CI runs it so the suite never rots). Writes {@code
 * bench/results/<date>.md}: each figure, its baseline from the same run, the ratio and the target.
 */
public final class Bench {

  private static final Pattern RESULT =
      Pattern.compile("RESULT rows=(\\d+) seconds=([0-9.E-]+) peakHeapMb=(\\d+) fileMb=([0-9.]+)");

  private final boolean smoke;
  private final String only;
  private final int[] chosenSizes;
  private final List<String> lines = new ArrayList<>();

  private Bench(boolean smoke, String only, int[] sizes) {
    this.smoke = smoke;
    this.only = only;
    this.chosenSizes = sizes;
  }

  /** The sizes given with {@code --sizes=}, or else these. */
  private int[] sizesOr(int... defaults) {
    return chosenSizes.length > 0 ? chosenSizes : defaults;
  }

  /**
   * {@code --smoke} for tiny sizes; {@code --only=ingest|posts|pages|aggregation|export} for one
   * part; {@code --sizes=10000,30000} for other sizes than the part's own.
   */
  public static void main(String[] args) throws Exception {
    String only =
        List.of(args).stream()
            .filter(a -> a.startsWith("--only="))
            .map(a -> a.substring("--only=".length()))
            .findFirst()
            .orElse("");
    int[] sizes =
        List.of(args).stream()
            .filter(a -> a.startsWith("--sizes="))
            .flatMap(a -> Stream.of(a.substring("--sizes=".length()).split(",")))
            .mapToInt(Integer::parseInt)
            .toArray();
    Bench bench = new Bench(List.of(args).contains("--smoke"), only, sizes);
    bench.run();
    System.exit(0);
  }

  private void run() throws Exception {
    header();
    if (wanted("ingest")) {
      ingest();
    }
    if (wanted("posts")) {
      try (RunningRegistry registry = new RunningRegistry()) {
        posts(registry);
      }
    }
    if (wanted("pages")) {
      try (RunningRegistry registry = new RunningRegistry()) {
        pages(registry);
      }
    }
    if (wanted("aggregation")) {
      aggregation();
    }
    if (wanted("export")) {
      export();
    }
    Path file =
        Path.of(
            "bench",
            "results",
            LocalDate.now() + (smoke ? "-smoke" : "") + (only.isEmpty() ? "" : "-" + only) + ".md");
    Files.createDirectories(file.getParent());
    Files.write(file, lines, StandardCharsets.UTF_8);
    System.out.println("results written to " + file);
  }

  private void header() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    add("# Benchmark run " + LocalDate.now() + (smoke ? " (smoke sizes)" : ""));
    add("");
    add(
        "Machine: %d cores, %s %s, Java %s, heap max %d MB; PostgreSQL %s (embedded)."
            .formatted(
                os.getAvailableProcessors(),
                os.getName(),
                os.getArch(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                "15"));
    add("Every figure is next to its baseline measured in this run; ratios are what to quote.");
  }

  /** Each size into a registry of its own, empty like the database the COPY goes into. */
  private void ingest() throws Exception {
    add("");
    add(
        "## 1. Bulk submission through the API vs PostgreSQL COPY of the same rows (target ≥ 0.25×)");
    add("| participants | records | API records/s | COPY rows/s | ratio |");
    add("|---:|---:|---:|---:|---:|");
    int[] sizes = smoke ? new int[] {30} : sizesOr(250, 1_000, 3_000);
    long seed = 1;
    for (int size : sizes) {
      IngestBench.Result r;
      try (RunningRegistry registry = new RunningRegistry()) {
        r = IngestBench.run(registry, size, seed++);
      }
      double api = r.records() / r.apiSeconds();
      double copy = r.copiedRows() / r.copySeconds();
      add(
          "| %,d | %,d | %,.0f | %,.0f | %.3f× |"
              .formatted(r.participants(), r.records(), api, copy, api / copy));
    }
  }

  private void posts(RunningRegistry registry) throws Exception {
    add("");
    add(
        "## 2. Single-record POST (infusion), 16 concurrent clients, real JWTs (target ≥ 0.5× the"
            + " health endpoint's req/s, p99 ≤ 2× its p99)");
    add(
        "| workload | requests | req/s | p50 ms | p99 ms | failures | signals raised | health floor req/s | floor p99 ms | req/s ratio | p99 ratio |");
    add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    PostBench.Result r = PostBench.run(registry, 16, smoke ? 2 : 20);
    postRow(
        "within the protocol (64 participants per client)",
        r.withinProtocol(),
        r.signalsWithinProtocol(),
        r.health());
    postRow(
        "beyond the protocol (one participant per client, one day)",
        r.beyondProtocol(),
        r.signalsBeyondProtocol(),
        r.health());
  }

  private void postRow(
      String workload, PostBench.Latencies posts, long signals, PostBench.Latencies health) {
    add(
        "| %s | %,d | %,.0f | %.1f | %.1f | %d | %,d | %,.0f | %.1f | %.2f× | %.2f× |"
            .formatted(
                workload,
                posts.requests(),
                posts.perSecond(),
                posts.p50Ms(),
                posts.p99Ms(),
                posts.failures(),
                signals,
                health.perSecond(),
                health.p99Ms(),
                posts.perSecond() / health.perSecond(),
                posts.p99Ms() / health.p99Ms()));
  }

  private void pages(RunningRegistry registry) throws Exception {
    add("");
    add(
        "## 2b. The pages, 16 browser sessions signed in through Keycloak's form, next to the API's"
            + " answer to the same question in the same run");
    add(
        "| what | page req/s | page p50 ms | page p95 ms | API req/s | API p50 ms | API p95 ms | failures |");
    add("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (PageBench.Pair pair : PageBench.run(registry, 16, smoke ? 2 : 15)) {
      add(
          "| %s | %,.0f | %.1f | %.1f | %,.0f | %.1f | %.1f | %d / %d |"
              .formatted(
                  pair.what(),
                  pair.page().perSecond(),
                  pair.page().p50Ms(),
                  pair.page().p95Ms(),
                  pair.api().perSecond(),
                  pair.api().p50Ms(),
                  pair.api().p95Ms(),
                  pair.page().failures(),
                  pair.api().failures()));
    }
  }

  private void aggregation() throws Exception {
    add("");
    add("## 3. nationalAggregation job vs plain SQL computing the same figures (target ≤ 1.2×)");
    add("| participants | infusions | job s (median of 3) | plain SQL s | ratio |");
    add("|---:|---:|---:|---:|---:|");
    int[] sizes = smoke ? new int[] {500} : sizesOr(10_000, 30_000, 100_000);
    List<AggregationBench.Result> results = new ArrayList<>();
    for (int size : sizes) {
      AggregationBench.Result r = AggregationBench.run(size, 3);
      results.add(r);
      add(
          "| %,d | %,d | %.2f | %.2f | %.2f× |"
              .formatted(
                  r.participants(),
                  r.infusions(),
                  r.jobSeconds(),
                  r.sqlSeconds(),
                  r.jobSeconds() / r.sqlSeconds()));
    }
    add("");
    add("Where the plain SQL's time goes (its last run; seconds per statement over all sites):");
    add(
        "| participants | "
            + String.join(" | ", results.get(0).secondsPerStatement().keySet())
            + " |");
    add("|---:|" + "---:|".repeat(results.get(0).secondsPerStatement().size()));
    for (AggregationBench.Result r : results) {
      add(
          "| %,d | ".formatted(r.participants())
              + String.join(
                  " | ",
                  r.secondsPerStatement().values().stream()
                      .map(seconds -> "%.2f".formatted(seconds))
                      .toList())
              + " |");
    }
  }

  private void export() throws Exception {
    add("");
    add(
        "## 4. evaluation-2028 export vs a bare SXSSF loop and fastexcel writing the same tables,"
            + " each in its own JVM with -Xmx256m, median of 3 interleaved runs"
            + " (target: ≤ SXSSF, ≤ 1.5× fastexcel, ≤ 256 MB)");
    add(
        "| participants | registry rows | registry s | peak heap MB | SXSSF s | fastexcel s | vs SXSSF | vs fastexcel | file MB registry / SXSSF / fastexcel |");
    add("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    int[] sizes = smoke ? new int[] {300} : sizesOr(10_000, 30_000, 100_000);
    for (int size : sizes) {
      TestDatabase database = TestDatabase.migrated();
      SyntheticTables.fill(JdbcClient.create(database.dataSource()), size);
      // Interleaved and repeated: this machine's speed drifts by a quarter from minute to minute.
      List<double[]> registryRuns = new ArrayList<>();
      List<double[]> sxssfRuns = new ArrayList<>();
      List<double[]> fastexcelRuns = new ArrayList<>();
      for (int run = 0; run < (smoke ? 1 : 3); run++) {
        registryRuns.add(exportIn("registry", database));
        sxssfRuns.add(exportIn("sxssf", database));
        fastexcelRuns.add(exportIn("fastexcel", database));
      }
      double[] registry = Measured.medianRun(registryRuns);
      double[] sxssf = Measured.medianRun(sxssfRuns);
      double[] fastexcel = Measured.medianRun(fastexcelRuns);
      add(
          "| %,d | %,.0f | %.1f | %.0f | %.1f | %.1f | %.2f× | %.2f× | %.1f / %.1f / %.1f |"
              .formatted(
                  size,
                  registry[0],
                  registry[1],
                  registry[2],
                  sxssf[1],
                  fastexcel[1],
                  registry[1] / sxssf[1],
                  registry[1] / fastexcel[1],
                  registry[3],
                  sxssf[3],
                  fastexcel[3]));
    }
    add("");
    add(
        "Peak heap is the sum of the heap pools' peaks (an upper bound). The registry's rows leave"
            + " out withdrawn participants and records after the as-of date; the baselines write"
            + " every row of the same tables, raw (no pseudonyms, day counts, checksum or codebook).");
  }

  private boolean wanted(String part) {
    return only.isEmpty() || only.equals(part);
  }

  /** rows, seconds, peak heap and file size of one export in a JVM of its own. */
  private static double[] exportIn(String mode, TestDatabase database) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                ExportRun.class.getName(),
                mode,
                database.settings().url(),
                database.settings().user(),
                database.settings().passwordOrEmpty(),
                "target/bench-exports/" + mode)
            .redirectErrorStream(true)
            .start();
    String output;
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      output = String.join("\n", reader.lines().toList());
    }
    if (process.waitFor() != 0) {
      throw new IllegalStateException(mode + " export failed:\n" + output);
    }
    Matcher m = RESULT.matcher(output);
    if (!m.find()) {
      throw new IllegalStateException(mode + " printed no result:\n" + output);
    }
    return new double[] {
      Double.parseDouble(m.group(1)),
      Double.parseDouble(m.group(2)),
      Double.parseDouble(m.group(3)),
      Double.parseDouble(m.group(4))
    };
  }

  /** A line of the results, also shown as it comes (the registry's own logging is set to WARN). */
  private void add(String line) {
    lines.add(line);
    System.out.println(line);
  }

  static {
    Locale.setDefault(Locale.ROOT);
  }
}
