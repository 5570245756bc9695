package no.followup.registry.web.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.followup.registry.domain.assessment.Assessment;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.shared.Versioned;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A rating at a visit: each item of the instrument, or only the total when the items were not kept
 * (leave every item empty).
 */
public class AssessmentForm extends CorrectableForm<Assessment> {

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate date;

  private String visit;
  private String instrument;
  private Integer totalScore;
  private List<Integer> items = new ArrayList<>();

  static Set<String> fields(int itemCount) {
    Set<String> fields =
        IntStream.range(0, itemCount).mapToObj(i -> "items[" + i + "]").collect(Collectors.toSet());
    fields.addAll(Set.of("date", "visit", "totalScore", "reason"));
    return fields;
  }

  /**
   * The form filled with a stored assessment, to correct it: its items, or its total when the items
   * were not kept.
   */
  static AssessmentForm of(Versioned<Assessment> stored) {
    Assessment assessment = stored.record();
    AssessmentForm form = new AssessmentForm();
    form.date = assessment.date();
    form.visit = assessment.visitCode();
    form.instrument = assessment.instrumentCode();
    form.items = new ArrayList<>(assessment.items());
    form.totalScore = assessment.items().isEmpty() ? assessment.totalScore() : null;
    form.setVersion(stored.version());
    return form;
  }

  @Override
  public Assessment toRecord(UUID id, EnrolmentId enrolment) {
    List<Integer> reported = items.stream().allMatch(Objects::isNull) ? List.of() : items;
    return new Assessment(id, enrolment, date, visit, instrument, totalScore, reported);
  }

  /** As many item slots as the instrument has, so the form shows each. */
  void sizeItems(int itemCount) {
    while (items.size() < itemCount) {
      items.add(null);
    }
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getVisit() {
    return visit;
  }

  public void setVisit(String visit) {
    this.visit = visit;
  }

  public String getInstrument() {
    return instrument;
  }

  public void setInstrument(String instrument) {
    this.instrument = instrument;
  }

  public Integer getTotalScore() {
    return totalScore;
  }

  public void setTotalScore(Integer totalScore) {
    this.totalScore = totalScore;
  }

  public List<Integer> getItems() {
    return items;
  }

  public void setItems(List<Integer> items) {
    this.items = items;
  }
}
