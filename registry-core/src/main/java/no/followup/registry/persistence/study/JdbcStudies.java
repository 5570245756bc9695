package no.followup.registry.persistence.study;

import java.sql.Array;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.followup.registry.domain.study.AdverseEventTerm;
import no.followup.registry.domain.study.DoseUnit;
import no.followup.registry.domain.study.EpisodeKind;
import no.followup.registry.domain.study.InstrumentDefinition;
import no.followup.registry.domain.study.LimitEnforcement;
import no.followup.registry.domain.study.ProtocolLimits;
import no.followup.registry.domain.study.Studies;
import no.followup.registry.domain.study.StudyCode;
import no.followup.registry.domain.study.StudyDefinition;
import no.followup.registry.domain.study.StudyTreatment;
import no.followup.registry.domain.study.VisitDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcStudies implements Studies {

  /**
   * Every write checks its study; definitions change rarely, so each is read at most once a minute.
   */
  private static final Duration CACHED_FOR = Duration.ofMinutes(1);

  private final JdbcClient jdbc;
  private final Map<StudyCode, Cached> current = new ConcurrentHashMap<>();
  private final Map<String, Cached> versions = new ConcurrentHashMap<>();

  JdbcStudies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private record Cached(Optional<StudyDefinition> study, long loadedAt) {
    boolean fresh() {
      return System.nanoTime() - loadedAt < CACHED_FOR.toNanos();
    }
  }

  @Override
  public Optional<StudyDefinition> current(StudyCode code) {
    return current
        .compute(
            code,
            (key, cached) ->
                cached != null && cached.fresh()
                    ? cached
                    : new Cached(load(key, null), System.nanoTime()))
        .study();
  }

  @Override
  public Optional<StudyDefinition> version(StudyCode code, int version) {
    return versions
        .compute(
            code.value() + " v" + version,
            (key, cached) ->
                cached != null && cached.fresh()
                    ? cached
                    : new Cached(load(code, version), System.nanoTime()))
        .study();
  }

  @Override
  public List<StudyCode> codes() {
    return jdbc.sql("SELECT DISTINCT code FROM study ORDER BY code")
        .query((rs, row) -> StudyCode.of(rs.getString("code")))
        .list();
  }

  /** The version of the study, or (none given) its highest. */
  private Optional<StudyDefinition> load(StudyCode code, Integer version) {
    return jdbc.sql(
            """
            SELECT * FROM study WHERE code = :code AND (CAST(:version AS integer) IS NULL OR version = :version)
            ORDER BY version DESC LIMIT 1
            """)
        .param("code", code.value())
        .param("version", version)
        .query(
            (rs, row) -> {
              ProtocolLimits limits =
                  new ProtocolLimits(
                      rs.getBigDecimal("max_dose_mg_per_kg"),
                      rs.getInt("induction_infusions"),
                      rs.getInt("induction_period_days"),
                      rs.getInt("max_infusions_per_28_days"),
                      LimitEnforcement.valueOf(rs.getString("limit_enforcement")));
              return new StudyDefinition(
                  code,
                  rs.getInt("version"),
                  rs.getString("name"),
                  List.of(),
                  List.of(),
                  limits,
                  List.of(),
                  List.of());
            })
        .optional()
        .map(this::withVisitsAndInstruments);
  }

  private StudyDefinition withVisitsAndInstruments(StudyDefinition study) {
    List<VisitDefinition> visits =
        jdbc.sql(
                "SELECT * FROM study_visit WHERE study_code = ? AND study_version = ? ORDER BY ordinal")
            .params(study.code().value(), study.version())
            .query(
                (rs, row) ->
                    new VisitDefinition(
                        rs.getString("code"),
                        rs.getString("label"),
                        rs.getInt("target_day"),
                        rs.getInt("window_days_before"),
                        rs.getInt("window_days_after"),
                        EpisodeKind.valueOf(rs.getString("episode_kind"))))
            .list();
    List<InstrumentDefinition> instruments =
        jdbc.sql(
                "SELECT * FROM study_instrument WHERE study_code = ? AND study_version = ? ORDER BY code")
            .params(study.code().value(), study.version())
            .query(
                (rs, row) ->
                    new InstrumentDefinition(
                        rs.getString("code"),
                        rs.getString("label"),
                        rs.getInt("item_count"),
                        rs.getInt("item_max")))
            .list();
    List<StudyTreatment> treatments =
        jdbc.sql(
                """
                SELECT * FROM study_treatment WHERE study_code = ? AND study_version = ?
                ORDER BY dose_unit DESC, drug, route
                """)
            .params(study.code().value(), study.version())
            .query(
                (rs, row) -> {
                  Array doses = rs.getArray("doses_mg");
                  return new StudyTreatment(
                      rs.getString("drug"),
                      rs.getString("route"),
                      DoseUnit.valueOf(rs.getString("dose_unit")),
                      doses == null ? List.of() : List.of((Integer[]) doses.getArray()),
                      (Integer) rs.getObject("min_minutes"),
                      rs.getInt("max_sessions_per_28_days"),
                      (Integer) rs.getObject("review_sessions_per_year"));
                })
            .list();
    List<AdverseEventTerm> terms =
        jdbc.sql(
                """
                SELECT * FROM study_adverse_event_term WHERE study_code = ? AND study_version = ?
                ORDER BY ordinal
                """)
            .params(study.code().value(), study.version())
            .query(
                (rs, row) -> {
                  String signal = rs.getString("raises_signal");
                  return new AdverseEventTerm(
                      rs.getString("code"),
                      rs.getString("label_nb"),
                      rs.getString("label_en"),
                      signal == null ? null : AdverseEventTerm.Signal.valueOf(signal));
                })
            .list();
    return new StudyDefinition(
        study.code(),
        study.version(),
        study.name(),
        visits,
        instruments,
        study.limits(),
        treatments,
        terms);
  }
}
