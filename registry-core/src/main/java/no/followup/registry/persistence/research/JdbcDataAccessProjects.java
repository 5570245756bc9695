package no.followup.registry.persistence.research;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.followup.registry.domain.research.DataAccessProject;
import no.followup.registry.domain.research.DataAccessProjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDataAccessProjects implements DataAccessProjects {

  private final JdbcClient jdbc;

  JdbcDataAccessProjects(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void add(DataAccessProject p) {
    jdbc.sql(
            """
            INSERT INTO data_access_project (id, title, ethics_reference, responsible_researcher, study_code,
                approved_variables, period_from, period_to, expires_on, registered_by, registered_at)
            VALUES (?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?)
            """)
        .params(
            p.id(),
            p.title(),
            p.ethicsReference(),
            p.responsibleResearcher(),
            p.studyCode(),
            p.approvedVariables().toArray(String[]::new),
            p.periodFrom(),
            p.periodTo(),
            p.expiresOn(),
            p.registeredBy(),
            Timestamp.from(p.registeredAt()))
        .update();
    p.researchers().stream()
        .sorted()
        .forEach(
            username ->
                jdbc.sql(
                        "INSERT INTO data_access_project_researcher (project_id, username) VALUES (?, ?)")
                    .params(p.id(), username)
                    .update());
  }

  @Override
  public Optional<DataAccessProject> find(UUID id) {
    return withResearchers(
            jdbc.sql("SELECT * FROM data_access_project WHERE id = ?")
                .param(id)
                .query(JdbcDataAccessProjects::project)
                .list())
        .stream()
        .findFirst();
  }

  @Override
  public List<DataAccessProject> all() {
    return withResearchers(
        jdbc.sql("SELECT * FROM data_access_project ORDER BY registered_at DESC, id")
            .query(JdbcDataAccessProjects::project)
            .list());
  }

  @Override
  public List<DataAccessProject> naming(String username) {
    return withResearchers(
        jdbc.sql(
                """
                SELECT p.* FROM data_access_project p
                WHERE EXISTS (SELECT 1 FROM data_access_project_researcher r WHERE r.project_id = p.id AND r.username = ?)
                ORDER BY p.registered_at DESC, p.id
                """)
            .param(username)
            .query(JdbcDataAccessProjects::project)
            .list());
  }

  @Override
  public List<WithdrawnFromRelease> withdrawnFromReleases(UUID projectId) {
    return jdbc.sql(
            """
            SELECT x.id, x.as_of, r.pseudonym, min(w.withdrawal_date) AS withdrawal_date
            FROM dataset_export x
            JOIN release_participant r ON r.export_id = x.id
            JOIN enrolment w ON w.participant_id = r.participant_id AND w.withdrawal_date IS NOT NULL
            WHERE x.project_id = ?
            GROUP BY x.id, x.as_of, r.pseudonym
            ORDER BY x.as_of, r.pseudonym
            """)
        .param(projectId)
        .query(
            (rs, row) ->
                new WithdrawnFromRelease(
                    rs.getString("id"),
                    rs.getObject("as_of", LocalDate.class),
                    rs.getString("pseudonym"),
                    rs.getObject("withdrawal_date", LocalDate.class)))
        .list();
  }

  /** The projects read without researchers, completed with theirs in one query. */
  private List<DataAccessProject> withResearchers(List<DataAccessProject> projects) {
    if (projects.isEmpty()) {
      return projects;
    }
    Map<UUID, Set<String>> researchers =
        jdbc
            .sql(
                "SELECT project_id, username FROM data_access_project_researcher WHERE project_id = ANY(?)")
            .param(projects.stream().map(DataAccessProject::id).toArray(UUID[]::new))
            .query(
                (rs, row) ->
                    Map.entry(rs.getObject("project_id", UUID.class), rs.getString("username")))
            .list()
            .stream()
            .collect(
                Collectors.groupingBy(
                    Map.Entry::getKey,
                    Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
    return projects.stream()
        .map(
            p ->
                new DataAccessProject(
                    p.id(),
                    p.title(),
                    p.ethicsReference(),
                    p.responsibleResearcher(),
                    researchers.getOrDefault(p.id(), Set.of()),
                    p.studyCode(),
                    p.approvedVariables(),
                    p.periodFrom(),
                    p.periodTo(),
                    p.expiresOn(),
                    p.registeredBy(),
                    p.registeredAt()))
        .toList();
  }

  private static DataAccessProject project(ResultSet rs, int row) throws SQLException {
    return new DataAccessProject(
        rs.getObject("id", UUID.class),
        rs.getString("title"),
        rs.getString("ethics_reference"),
        rs.getString("responsible_researcher"),
        Set.of(),
        rs.getString("study_code"),
        texts(rs.getArray("approved_variables")),
        rs.getObject("period_from", LocalDate.class),
        rs.getObject("period_to", LocalDate.class),
        rs.getObject("expires_on", LocalDate.class),
        rs.getString("registered_by"),
        rs.getObject("registered_at", OffsetDateTime.class).toInstant());
  }

  private static List<String> texts(Array array) throws SQLException {
    return Arrays.asList((String[]) array.getArray());
  }
}
