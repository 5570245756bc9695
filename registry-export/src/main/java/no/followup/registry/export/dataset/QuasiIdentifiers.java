package no.followup.registry.export.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.followup.registry.export.disclosure.KAnonymity;
import no.followup.registry.export.disclosure.SiteGroups;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The quasi-identifiers of a row-level release's participants as released: the site as health
 * region and site type, merged so that at least {@link #MINIMUM_SITES} sites share each
 * combination; then k-anonymity over those the project is approved for (age band, sex, region, site
 * type, indication), suppressing site type first, then indication, region, age band and sex.
 */
final class QuasiIdentifiers {

  static final int MINIMUM_SITES = 3;

  /** The participants sheet's quasi-identifier columns, in the order they are suppressed. */
  static final List<String> COLUMNS =
      List.of("site_type", "indication", "health_region", "age_band", "sex");

  private final Map<UUID, List<String>> byEnrolment = new HashMap<>();
  private final String note;

  /**
   * @param released the SQL condition of the release's enrolments (alias {@code e})
   */
  QuasiIdentifiers(
      NamedParameterJdbcTemplate jdbc,
      String released,
      Map<String, Object> parameters,
      Set<String> approved,
      int k) {
    List<UUID> enrolments = new ArrayList<>();
    List<String> people = new ArrayList<>();
    List<String> sites = new ArrayList<>();
    List<List<String>> values = new ArrayList<>();
    Map<String, SiteGroups.Site> siteRegister = new HashMap<>();
    jdbc.query(
        """
        SELECT e.id, e.participant_id, s.code, s.region, s.site_type, e.indication, p.sex,
               extract(year FROM e.enrolment_date)::int - p.birth_year AS age
        FROM enrolment e JOIN participant p ON p.id = e.participant_id JOIN site s ON s.code = e.site_code
        WHERE %s
        """
            .formatted(released),
        parameters,
        rs -> {
          String site = rs.getString("code");
          siteRegister.put(
              site, new SiteGroups.Site(site, rs.getString("region"), rs.getString("site_type")));
          enrolments.add(rs.getObject("id", UUID.class));
          people.add(rs.getString("participant_id"));
          sites.add(site);
          values.add(
              new ArrayList<>(
                  List.of(
                      rs.getString("site_type"),
                      rs.getString("indication"),
                      rs.getString("region"),
                      Evaluation2028Dataset.ageBand(rs.getInt("age")),
                      rs.getString("sex"))));
        });
    Map<String, SiteGroups.Released> groups = SiteGroups.of(siteRegister.values(), MINIMUM_SITES);
    List<Integer> releasedColumns = new ArrayList<>();
    for (int i = 0; i < COLUMNS.size(); i++) {
      if (approved.contains("participants." + COLUMNS.get(i))) {
        releasedColumns.add(i);
      }
    }
    List<KAnonymity.Row> rows = new ArrayList<>();
    for (int r = 0; r < values.size(); r++) {
      List<String> row = values.get(r);
      SiteGroups.Released group = groups.get(sites.get(r));
      row.set(COLUMNS.indexOf("site_type"), group.siteType());
      row.set(COLUMNS.indexOf("health_region"), group.region());
      rows.add(new KAnonymity.Row(people.get(r), releasedColumns.stream().map(row::get).toList()));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < releasedColumns.size(); i++) {
      order.add(i);
    }
    KAnonymity.Result result = KAnonymity.of(rows, order, k);
    for (int r = 0; r < values.size(); r++) {
      List<String> row = values.get(r);
      List<String> kept = result.rows().get(r).values();
      for (int i = 0; i < releasedColumns.size(); i++) {
        row.set(releasedColumns.get(i), kept.get(i));
      }
      byEnrolment.put(enrolments.get(r), row);
    }
    this.note =
        releasedColumns.isEmpty()
            ? "no quasi-identifier released"
            : "k = %d over %s: smallest class %d people; %d values suppressed (shown %s)"
                .formatted(
                    k,
                    String.join(", ", releasedColumns.stream().map(COLUMNS::get).toList()),
                    result.smallestClass(),
                    result.suppressedValues(),
                    KAnonymity.SUPPRESSED);
  }

  /** The released value of a quasi-identifier column for the enrolment. */
  String of(UUID enrolment, String column) {
    return byEnrolment.get(enrolment).get(COLUMNS.indexOf(column));
  }

  /** What the README says of the check. */
  String note() {
    return note;
  }
}
