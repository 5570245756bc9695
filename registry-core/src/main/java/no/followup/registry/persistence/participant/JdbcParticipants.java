package no.followup.registry.persistence.participant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.followup.registry.domain.consent.Consent;
import no.followup.registry.domain.consent.Withdrawal;
import no.followup.registry.domain.participant.Discontinuation;
import no.followup.registry.domain.participant.Eligibility;
import no.followup.registry.domain.participant.Enrolment;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.participant.FollowUpEnd;
import no.followup.registry.domain.participant.FollowUpStatus;
import no.followup.registry.domain.participant.Indication;
import no.followup.registry.domain.participant.Participant;
import no.followup.registry.domain.participant.ParticipantId;
import no.followup.registry.domain.participant.Participants;
import no.followup.registry.domain.participant.Pseudonym;
import no.followup.registry.domain.participant.Sex;
import no.followup.registry.domain.participant.SiteTransfer;
import no.followup.registry.domain.site.SiteCode;
import no.followup.registry.domain.study.StudyCode;
import no.followup.registry.persistence.workingset.JdbcWorkingSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcParticipants implements Participants {

  private final JdbcClient jdbc;
  private final JdbcWorkingSet working;

  JdbcParticipants(JdbcClient jdbc, JdbcWorkingSet working) {
    this.jdbc = jdbc;
    this.working = working;
  }

  @Override
  public Optional<Participant> findByPseudonym(Pseudonym pseudonym) {
    return working.read(
        "participant",
        pseudonym,
        () ->
            jdbc.sql("SELECT * FROM participant WHERE pseudonym = ?")
                .param(pseudonym.value())
                .query(JdbcParticipants::participant)
                .optional());
  }

  @Override
  public Optional<Participant> find(ParticipantId id) {
    return jdbc.sql("SELECT * FROM participant WHERE id = ?")
        .param(id.value())
        .query(JdbcParticipants::participant)
        .optional();
  }

  @Override
  public Participant addOrFind(Participant participant) {
    jdbc.sql(
            "INSERT INTO participant (id, pseudonym, sex, birth_year) VALUES (?, ?, ?, ?) ON CONFLICT (pseudonym) DO NOTHING")
        .params(
            participant.id().value(),
            participant.pseudonym().value(),
            participant.sex().name(),
            participant.birthYear())
        .update();
    working.forget("participant", participant.pseudonym());
    return findByPseudonym(participant.pseudonym()).orElseThrow();
  }

  @Override
  public List<ParticipantId> page(
      Optional<SiteCode> site, Optional<FollowUpStatus> status, int offset, int limit) {
    return jdbc.sql(
            "SELECT participant_id FROM enrolment WHERE "
                + IN_SCOPE
                + " GROUP BY participant_id ORDER BY min(created_at), participant_id"
                + " OFFSET :offset LIMIT :limit")
        .param("site", site.map(SiteCode::value).orElse(null))
        .param("status", status.map(Enum::name).orElse(null))
        .param("offset", offset)
        .param("limit", limit)
        .query((rs, row) -> new ParticipantId(rs.getObject(1, UUID.class)))
        .list();
  }

  @Override
  public long count(Optional<SiteCode> site, Optional<FollowUpStatus> status) {
    return jdbc.sql("SELECT count(DISTINCT participant_id) FROM enrolment WHERE " + IN_SCOPE)
        .param("site", site.map(SiteCode::value).orElse(null))
        .param("status", status.map(Enum::name).orElse(null))
        .query(Long.class)
        .single();
  }

  /**
   * Enrolments at the site (any when null) in the status (any when null), as FollowUpStatus says.
   */
  private static final String IN_SCOPE =
      """
      (CAST(:site AS text) IS NULL OR site_code = :site)
      AND (CAST(:status AS text) IS NULL
           OR (:status = 'WITHDRAWN' AND withdrawal_date IS NOT NULL)
           OR (:status = 'FOLLOW_UP_ENDED' AND withdrawal_date IS NULL AND follow_up_end_date IS NOT NULL)
           OR (:status = 'TREATMENT_ENDED' AND withdrawal_date IS NULL AND follow_up_end_date IS NULL
               AND discontinuation_date IS NOT NULL)
           OR (:status = 'ACTIVE' AND withdrawal_date IS NULL AND follow_up_end_date IS NULL
               AND discontinuation_date IS NULL))
      """;

  @Override
  public List<Enrolment> enrolmentsAt(SiteCode site) {
    return jdbc.sql("SELECT * FROM enrolment WHERE site_code = ? ORDER BY enrolment_date, id")
        .param(site.value())
        .query(JdbcParticipants::enrolment)
        .list();
  }

  @Override
  public List<Enrolment> activeEnrolments(Optional<SiteCode> site) {
    return jdbc.sql(
            """
            SELECT * FROM enrolment WHERE withdrawal_date IS NULL AND (CAST(:site AS text) IS NULL OR site_code = :site)
            ORDER BY site_code, enrolment_date, id
            """)
        .param("site", site.map(SiteCode::value).orElse(null))
        .query(JdbcParticipants::enrolment)
        .list();
  }

  @Override
  public void addEnrolment(Enrolment e) {
    // The enrolment keeps the study version it was enrolled under (the current one then): its visit
    // schedule, rules and limits stay that version's.
    jdbc.sql(
            """
            INSERT INTO enrolment (id, participant_id, site_code, study_code, study_version, indication, enrolment_date,
                                   off_label_informed, registry_consent, consent_date,
                                   eligibility_antidepressant_trials, eligibility_prior_ect, eligibility_substance_use,
                                   eligibility_benzodiazepines, eligibility_opioids, eligibility_other_sedatives,
                                   eligibility_contraindications_checked, eligibility_systolic, eligibility_diastolic)
            VALUES (:id, :participant, :site, :study, :studyVersion, :indication, :enrolmentDate, :offLabel,
                    :registryConsent, :consentDate, :trials, :ect, :substanceUse, :benzodiazepines, :opioids,
                    :otherSedatives, :contraindicationsChecked, :systolic, :diastolic)
            """)
        .param("id", e.id().value())
        .param("participant", e.participantId().value())
        .param("site", e.site().value())
        .param("indication", e.indication().name())
        .param("enrolmentDate", e.enrolmentDate())
        .param("offLabel", e.consent().offLabelInformed())
        .param("registryConsent", e.consent().registryConsent())
        .param("consentDate", e.consent().consentDate())
        .param("study", e.study().value())
        .param("studyVersion", e.studyVersion())
        .params(eligibilityParameters(e))
        .update();
    working.forget("enrolment", e.participantId());
  }

  @Override
  public Optional<Enrolment> findEnrolment(EnrolmentId id) {
    return jdbc.sql("SELECT * FROM enrolment WHERE id = ?")
        .param(id.value())
        .query(JdbcParticipants::enrolment)
        .optional();
  }

  @Override
  public Optional<Enrolment> findEnrolment(
      ParticipantId participant, SiteCode site, StudyCode study) {
    return jdbc.sql(
            "SELECT * FROM enrolment WHERE participant_id = ? AND site_code = ? AND study_code = ?")
        .params(participant.value(), site.value(), study.value())
        .query(JdbcParticipants::enrolment)
        .optional();
  }

  @Override
  public List<Enrolment> enrolmentsOf(ParticipantId participant) {
    return working.read(
        "enrolment",
        participant,
        () ->
            jdbc.sql(
                    "SELECT * FROM enrolment WHERE participant_id = ? ORDER BY enrolment_date, site_code")
                .param(participant.value())
                .query(JdbcParticipants::enrolment)
                .list());
  }

  @Override
  public void updateFollowUpStatus(Enrolment e) {
    jdbc.sql(
            """
            UPDATE enrolment SET withdrawal_date = :wDate, withdrawal_reason = :wReason,
                   discontinuation_date = :dDate, discontinuation_reason = :dReason,
                   follow_up_end_date = :eDate, follow_up_end_reason = :eReason, death_cause = :eCause,
                   version = version + 1
            WHERE id = :id
            """)
        .param("wDate", e.withdrawal().map(Withdrawal::date).orElse(null))
        .param("wReason", e.withdrawal().map(Withdrawal::reason).orElse(null))
        .param("dDate", e.discontinuation().map(Discontinuation::date).orElse(null))
        .param("dReason", e.discontinuation().map(d -> d.reason().name()).orElse(null))
        .param("eDate", e.followUpEnd().map(FollowUpEnd::date).orElse(null))
        .param("eReason", e.followUpEnd().map(end -> end.reason().name()).orElse(null))
        .param(
            "eCause",
            e.followUpEnd()
                .map(FollowUpEnd::deathCause)
                .map(FollowUpEnd.DeathCause::name)
                .orElse(null))
        .param("id", e.id().value())
        .update();
    working.forget("enrolment", e.participantId());
  }

  @Override
  public void updateEligibility(Enrolment e) {
    jdbc.sql(
            """
            UPDATE enrolment
            SET eligibility_antidepressant_trials = :trials, eligibility_prior_ect = :ect,
                eligibility_substance_use = :substanceUse, eligibility_benzodiazepines = :benzodiazepines,
                eligibility_opioids = :opioids, eligibility_other_sedatives = :otherSedatives,
                eligibility_contraindications_checked = :contraindicationsChecked,
                eligibility_systolic = :systolic, eligibility_diastolic = :diastolic, version = version + 1
            WHERE id = :id
            """)
        .params(eligibilityParameters(e))
        .param("id", e.id().value())
        .update();
    working.forget("enrolment", e.participantId());
  }

  /** The pre-assessment's columns, all null when there is none. */
  private static Map<String, Object> eligibilityParameters(Enrolment e) {
    Optional<Eligibility> facts = e.eligibility();
    Map<String, Object> parameters = new java.util.HashMap<>();
    parameters.put("trials", facts.map(Eligibility::antidepressantTrials).orElse(null));
    parameters.put("ect", facts.map(Eligibility::priorEct).orElse(null));
    parameters.put("substanceUse", facts.map(f -> f.substanceUse().name()).orElse(null));
    parameters.put("benzodiazepines", facts.map(Eligibility::benzodiazepines).orElse(null));
    parameters.put("opioids", facts.map(Eligibility::opioids).orElse(null));
    parameters.put("otherSedatives", facts.map(Eligibility::otherSedatives).orElse(null));
    parameters.put(
        "contraindicationsChecked", facts.map(Eligibility::contraindicationsChecked).orElse(null));
    parameters.put("systolic", facts.map(Eligibility::systolic).orElse(null));
    parameters.put("diastolic", facts.map(Eligibility::diastolic).orElse(null));
    return parameters;
  }

  @Override
  public boolean transfer(Enrolment e) {
    SiteTransfer transfer = e.lastTransfer().orElseThrow();
    // One statement: the enrolment moves only from the sending site, and the history gains the
    // transfer only if it moved.
    int recorded =
        jdbc.sql(
                """
            WITH moved AS (
                UPDATE enrolment SET site_code = :to, transferred_from = :from, transferred_on = :date,
                       version = version + 1
                WHERE id = :id AND site_code = :from
                RETURNING id)
            INSERT INTO site_transfer (enrolment_id, number, from_site, to_site, transfer_date)
            SELECT moved.id,
                   (SELECT coalesce(max(number), 0) + 1 FROM site_transfer WHERE enrolment_id = :id),
                   :from, :to, :date
            FROM moved
            """)
            .param("to", transfer.to().value())
            .param("from", transfer.from().value())
            .param("date", transfer.date())
            .param("id", e.id().value())
            .update();
    working.forget("enrolment", e.participantId());
    return recorded == 1;
  }

  @Override
  public List<SiteTransfer> transfersOf(EnrolmentId enrolment) {
    return jdbc.sql(
            "SELECT from_site, to_site, transfer_date FROM site_transfer WHERE enrolment_id = ? ORDER BY number")
        .param(enrolment.value())
        .query(
            (rs, row) ->
                new SiteTransfer(
                    SiteCode.of(rs.getString("from_site")),
                    SiteCode.of(rs.getString("to_site")),
                    rs.getObject("transfer_date", LocalDate.class)))
        .list();
  }

  private static Optional<SiteTransfer> lastTransfer(ResultSet rs) throws SQLException {
    String from = rs.getString("transferred_from");
    return from == null
        ? Optional.empty()
        : Optional.of(
            new SiteTransfer(
                SiteCode.of(from),
                SiteCode.of(rs.getString("site_code")),
                rs.getObject("transferred_on", LocalDate.class)));
  }

  private static Participant participant(ResultSet rs, int row) throws SQLException {
    return new Participant(
        new ParticipantId(rs.getObject("id", UUID.class)),
        new Pseudonym(rs.getString("pseudonym")),
        Sex.valueOf(rs.getString("sex")),
        rs.getInt("birth_year"));
  }

  private static Enrolment enrolment(ResultSet rs, int row) throws SQLException {
    LocalDate withdrawn = rs.getObject("withdrawal_date", LocalDate.class);
    String withdrawalReason = rs.getString("withdrawal_reason");
    LocalDate discontinued = rs.getObject("discontinuation_date", LocalDate.class);
    String discontinuationReason = rs.getString("discontinuation_reason");
    return new Enrolment(
        new EnrolmentId(rs.getObject("id", UUID.class)),
        new ParticipantId(rs.getObject("participant_id", UUID.class)),
        SiteCode.of(rs.getString("site_code")),
        StudyCode.of(rs.getString("study_code")),
        rs.getInt("study_version"),
        Indication.valueOf(rs.getString("indication")),
        rs.getObject("enrolment_date", LocalDate.class),
        new Consent(
            rs.getBoolean("off_label_informed"),
            rs.getBoolean("registry_consent"),
            rs.getObject("consent_date", LocalDate.class)),
        Optional.ofNullable(withdrawn).map(date -> new Withdrawal(date, withdrawalReason)),
        Optional.ofNullable(discontinued)
            .map(
                date ->
                    new Discontinuation(
                        date, Discontinuation.Reason.valueOf(discontinuationReason))),
        Optional.ofNullable(rs.getObject("follow_up_end_date", LocalDate.class))
            .map(date -> followUpEnd(date, rs)),
        lastTransfer(rs),
        eligibility(rs));
  }

  private static Optional<Eligibility> eligibility(ResultSet rs) throws SQLException {
    String substanceUse = rs.getString("eligibility_substance_use");
    return substanceUse == null
        ? Optional.empty()
        : Optional.of(
            new Eligibility(
                rs.getInt("eligibility_antidepressant_trials"),
                rs.getBoolean("eligibility_prior_ect"),
                Eligibility.SubstanceUse.valueOf(substanceUse),
                rs.getBoolean("eligibility_benzodiazepines"),
                rs.getBoolean("eligibility_opioids"),
                rs.getBoolean("eligibility_other_sedatives"),
                rs.getBoolean("eligibility_contraindications_checked"),
                rs.getInt("eligibility_systolic"),
                rs.getInt("eligibility_diastolic")));
  }

  private static FollowUpEnd followUpEnd(LocalDate date, ResultSet rs) {
    try {
      String cause = rs.getString("death_cause");
      return new FollowUpEnd(
          date,
          FollowUpEnd.Reason.valueOf(rs.getString("follow_up_end_reason")),
          cause == null ? null : FollowUpEnd.DeathCause.valueOf(cause));
    } catch (SQLException e) {
      throw new IllegalStateException("an enrolment row without its end of follow-up", e);
    }
  }
}
