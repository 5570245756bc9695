package no.followup.registry.domain.research;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The registered data-access projects. */
public interface DataAccessProjects {

  /**
   * A participant of an earlier release who has since withdrawn consent: the responsible researcher
   * is told the release and the participant's pseudonym in it, to delete their rows.
   */
  record WithdrawnFromRelease(
      String exportId, LocalDate releaseAsOf, String pseudonym, LocalDate withdrawalDate) {}

  void add(DataAccessProject project);

  Optional<DataAccessProject> find(UUID id);

  /** Every project, newest first. */
  List<DataAccessProject> all();

  /** The projects naming the researcher, newest first. */
  List<DataAccessProject> naming(String username);

  /** Participants of the project's releases who withdrew consent after, by release. */
  List<WithdrawnFromRelease> withdrawnFromReleases(UUID projectId);
}
