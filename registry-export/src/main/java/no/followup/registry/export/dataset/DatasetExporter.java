package no.followup.registry.export.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import no.followup.registry.application.export.DatasetFiles;
import no.followup.registry.application.export.Datasets;
import no.followup.registry.export.csv.CsvReleaseWriter;
import no.followup.registry.export.disclosure.DisclosureControl;
import no.followup.registry.export.excel.ExcelDatasetWriter;
import no.followup.registry.export.pseudonym.ReleasePseudonyms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a dataset file for a release: {@code <directory>/<exportId>.xlsx}. Writing the same
 * release again (a restarted export) gives the same rows under the same pseudonyms.
 */
@Component
@EnableConfigurationProperties(ExportSettings.class)
public class DatasetExporter implements DatasetFiles {

  private static final Logger log = LoggerFactory.getLogger(DatasetExporter.class);

  /** Rows fetched from the database cursor at a time. */
  private static final int FETCH_SIZE = 2_000;

  private final DataSource dataSource;
  private final ExportSettings settings;
  private final byte[] releaseKey;

  public DatasetExporter(DataSource dataSource, ExportSettings settings, Environment environment) {
    this.dataSource = dataSource;
    this.settings = settings;
    this.releaseKey = releaseKey(settings, environment);
  }

  /**
   * The file written, its rows per sheet, the checksum of its data, and (row-level releases) every
   * participant released with their pseudonym in it.
   */
  public record ExportedFile(
      Path file, Map<String, Long> rowCounts, String checksum, Map<UUID, String> released) {}

  public Optional<DatasetDescription> describe(String dataset) {
    return DatasetDescription.CATALOGUE.stream().filter(d -> d.name().equals(dataset)).findFirst();
  }

  @Override
  public Path file(String exportId) {
    return Path.of(settings.directory()).resolve(exportId + ".xlsx");
  }

  @Override
  public Path csvFile(String exportId) {
    return Path.of(settings.directory()).resolve(exportId + ".zip");
  }

  /**
   * Writes the dataset as of the date. The aggregated dataset reads the given complete aggregation
   * run; the row-level one reads the registry's tables (within the caller's transaction, so rows
   * stream from a cursor) within the project's scope.
   */
  public ExportedFile export(
      String dataset, String exportId, LocalDate asOf, Long aggregationRunId, ReleaseScope scope) {
    DatasetDescription description =
        describe(dataset).orElseThrow(() -> new IllegalArgumentException("no dataset " + dataset));
    Path target = file(exportId);
    try {
      Files.createDirectories(target.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("the export directory cannot be created", e);
    }
    // The aggregated dataset has a row per unit and visit, never near Excel's limit, and its charts
    // need each sheet whole; only the row-level dataset is split at the configured size.
    int rowsPerSheet =
        Datasets.AGGREGATED_OUTCOMES.equals(dataset)
            ? ExcelDatasetWriter.MAX_DATA_ROWS_PER_SHEET
            : settings.maxRowsPerSheet();
    Map<UUID, String> released = Map.of();
    boolean rowLevel = Datasets.EVALUATION_2028.equals(dataset);
    try (ExcelDatasetWriter out = new ExcelDatasetWriter(target, rowsPerSheet);
        CsvReleaseWriter csv = rowLevel ? new CsvReleaseWriter(csvFile(exportId)) : null) {
      Map<String, String> readme = new LinkedHashMap<>();
      readme.put("dataset", description.name());
      readme.put("description", description.description());
      readme.put("as-of date", asOf.toString());
      readme.put("release", exportId);
      if (Datasets.AGGREGATED_OUTCOMES.equals(dataset)) {
        readme.put("aggregation run", String.valueOf(aggregationRunId));
        readme.put(
            "suppression",
            "counts 0 < n < "
                + settings.suppressionThreshold()
                + " show <"
                + settings.suppressionThreshold()
                + "; counts hidden so that those cannot be worked out from totals, and means and"
                + " rates from hidden counts, show suppressed");
        AggregatedOutcomesDataset aggregated =
            new AggregatedOutcomesDataset(
                JdbcClient.create(dataSource),
                new DisclosureControl(settings.suppressionThreshold()),
                aggregationRunId);
        readme.put(
            "follow-up completeness run",
            aggregated
                .completenessRun()
                .map(String::valueOf)
                .orElse("none for this date: no completeness sheet"));
        aggregated.write(out);
      } else {
        if (scope == null) {
          throw new IllegalArgumentException("a row-level release needs its project's scope");
        }
        readme.put("study", scope.studyCode());
        readme.put("enrolled", scope.enrolledFrom() + " to " + scope.enrolledTo());
        readme.put(
            "pseudonyms",
            "participant and enrolment are pseudonyms of this release only; dates are days since"
                + " enrolment");
        readme.put(
            "coarsened",
            "age in ten-year bands; body weight in 5 kg bands; the site only as health region and"
                + " site type, merged until at least three sites share each; no calendar dates");
        readme.put("variables", "the project's approved variables only (see the codebook)");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.setFetchSize(FETCH_SIZE);
        Evaluation2028Dataset rows =
            new Evaluation2028Dataset(
                new NamedParameterJdbcTemplate(jdbc),
                new ReleasePseudonyms(releaseKey, exportId),
                asOf,
                scope,
                settings.suppressionThreshold());
        rows.write(new ReleaseTables(out, csv));
        released = rows.released();
        readme.put("k-anonymity", rows.kAnonymity());
      }
      readme.put("suppression threshold", Integer.toString(settings.suppressionThreshold()));
      readme.put("software", "follow-up registry " + version());
      readme.put("written at", Instant.now().toString());
      out.finish(readme);
      if (csv != null) {
        csv.finish(readme);
      }
      return new ExportedFile(target, out.rowCounts(), out.dataChecksum(), released);
    }
  }

  /**
   * The figures of a complete aggregation run as the aggregated dataset would publish them, with
   * the same disclosure control: for showing other units' figures to someone who may not see them
   * exactly.
   */
  public PublishedAggregation published(long aggregationRunId) {
    return new AggregatedOutcomesDataset(
            JdbcClient.create(dataSource),
            new DisclosureControl(settings.suppressionThreshold()),
            aggregationRunId)
        .published();
  }

  private static String version() {
    String version = DatasetExporter.class.getPackage().getImplementationVersion();
    return version == null ? "development build" : version;
  }

  /**
   * The release key from configuration. Against a real database it is required (the registry must
   * be able to re-link its own releases): the start fails without it; the embedded demo database
   * gets a random one.
   */
  private static byte[] releaseKey(ExportSettings settings, Environment environment) {
    if (settings.releaseKey() != null && !settings.releaseKey().isBlank()) {
      return Base64.getDecoder().decode(settings.releaseKey().strip());
    }
    String databaseUrl = environment.getProperty("spring.datasource.url");
    if (databaseUrl != null && !databaseUrl.isBlank()) {
      throw new IllegalStateException(
          "REGISTRY_RELEASE_KEY must be set (base64, at least 32 bytes) when a database is"
              + " configured: without it the registry could not re-link its own releases");
    }
    log.warn(
        "No REGISTRY_RELEASE_KEY set: using a random key for this run of the embedded database");
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }
}
