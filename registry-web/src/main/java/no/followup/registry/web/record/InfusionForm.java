package no.followup.registry.web.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import no.followup.registry.domain.participant.EnrolmentId;
import no.followup.registry.domain.shared.Versioned;
import no.followup.registry.domain.treatment.Drug;
import no.followup.registry.domain.treatment.Infusion;
import no.followup.registry.domain.treatment.Route;
import no.followup.registry.domain.treatment.VitalSigns;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A treatment session with its dose (mg/kg with weight and duration for IV ketamine, mg for
 * esketamine) and the vital signs taken around it. A route left empty (an uploaded row) is the
 * drug's usual one.
 */
public class InfusionForm extends CorrectableForm<Infusion> {

  static final Set<String> FIELDS =
      Set.of(
          "date",
          "drug",
          "route",
          "doseMgPerKg",
          "doseMg",
          "weightKg",
          "durationMinutes",
          "dissociationScore",
          "vitals.systolicBefore",
          "vitals.diastolicBefore",
          "vitals.systolicMax",
          "vitals.diastolicMax",
          "vitals.systolicAfter",
          "vitals.diastolicAfter",
          "vitals.heartRateMax",
          "vitals.spo2Min",
          "reason");

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate date;

  private Drug drug = Drug.RACEMIC_KETAMINE;
  private Route route = Route.INTRAVENOUS;
  private BigDecimal doseMgPerKg;
  private BigDecimal doseMg;
  private BigDecimal weightKg;
  private Integer durationMinutes;
  private Integer dissociationScore;
  private Vitals vitals = new Vitals();

  /** The form filled with a stored infusion, to correct it. */
  static InfusionForm of(Versioned<Infusion> stored) {
    Infusion infusion = stored.record();
    InfusionForm form = new InfusionForm();
    form.date = infusion.date();
    form.drug = infusion.drug();
    form.route = infusion.route();
    form.doseMgPerKg = infusion.doseMgPerKg();
    form.doseMg = infusion.doseMg();
    form.weightKg = infusion.weightKg();
    form.durationMinutes = infusion.durationMinutes();
    form.dissociationScore = infusion.dissociationScore();
    form.vitals = Vitals.of(infusion.vitals());
    form.setVersion(stored.version());
    return form;
  }

  @Override
  public Infusion toRecord(UUID id, EnrolmentId enrolment) {
    return new Infusion(
        id,
        enrolment,
        date,
        drug,
        route != null || drug == null ? route : drug.usualRoute(),
        doseMgPerKg,
        doseMg,
        weightKg,
        durationMinutes,
        vitals.toVitalSigns(),
        dissociationScore);
  }

  /** Blood pressure before, highest during and after; the highest pulse; the lowest SpO2. */
  public static class Vitals {
    private Integer systolicBefore;
    private Integer diastolicBefore;
    private Integer systolicMax;
    private Integer diastolicMax;
    private Integer systolicAfter;
    private Integer diastolicAfter;
    private Integer heartRateMax;
    private Integer spo2Min;

    static Vitals of(VitalSigns signs) {
      Vitals vitals = new Vitals();
      if (signs != null) {
        vitals.systolicBefore = signs.systolicBefore();
        vitals.diastolicBefore = signs.diastolicBefore();
        vitals.systolicMax = signs.systolicMax();
        vitals.diastolicMax = signs.diastolicMax();
        vitals.systolicAfter = signs.systolicAfter();
        vitals.diastolicAfter = signs.diastolicAfter();
        vitals.heartRateMax = signs.heartRateMax();
        vitals.spo2Min = signs.spo2Min();
      }
      return vitals;
    }

    VitalSigns toVitalSigns() {
      return new VitalSigns(
          systolicBefore,
          diastolicBefore,
          systolicMax,
          diastolicMax,
          systolicAfter,
          diastolicAfter,
          heartRateMax,
          spo2Min);
    }

    public Integer getSystolicBefore() {
      return systolicBefore;
    }

    public void setSystolicBefore(Integer value) {
      systolicBefore = value;
    }

    public Integer getDiastolicBefore() {
      return diastolicBefore;
    }

    public void setDiastolicBefore(Integer value) {
      diastolicBefore = value;
    }

    public Integer getSystolicMax() {
      return systolicMax;
    }

    public void setSystolicMax(Integer value) {
      systolicMax = value;
    }

    public Integer getDiastolicMax() {
      return diastolicMax;
    }

    public void setDiastolicMax(Integer value) {
      diastolicMax = value;
    }

    public Integer getSystolicAfter() {
      return systolicAfter;
    }

    public void setSystolicAfter(Integer value) {
      systolicAfter = value;
    }

    public Integer getDiastolicAfter() {
      return diastolicAfter;
    }

    public void setDiastolicAfter(Integer value) {
      diastolicAfter = value;
    }

    public Integer getHeartRateMax() {
      return heartRateMax;
    }

    public void setHeartRateMax(Integer value) {
      heartRateMax = value;
    }

    public Integer getSpo2Min() {
      return spo2Min;
    }

    public void setSpo2Min(Integer value) {
      spo2Min = value;
    }
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public Drug getDrug() {
    return drug;
  }

  public void setDrug(Drug drug) {
    this.drug = drug;
  }

  public BigDecimal getDoseMg() {
    return doseMg;
  }

  public void setDoseMg(BigDecimal doseMg) {
    this.doseMg = doseMg;
  }

  public Route getRoute() {
    return route;
  }

  public void setRoute(Route route) {
    this.route = route;
  }

  public BigDecimal getDoseMgPerKg() {
    return doseMgPerKg;
  }

  public void setDoseMgPerKg(BigDecimal doseMgPerKg) {
    this.doseMgPerKg = doseMgPerKg;
  }

  public BigDecimal getWeightKg() {
    return weightKg;
  }

  public void setWeightKg(BigDecimal weightKg) {
    this.weightKg = weightKg;
  }

  public Integer getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(Integer durationMinutes) {
    this.durationMinutes = durationMinutes;
  }

  public Integer getDissociationScore() {
    return dissociationScore;
  }

  public void setDissociationScore(Integer dissociationScore) {
    this.dissociationScore = dissociationScore;
  }

  public Vitals getVitals() {
    return vitals;
  }

  public void setVitals(Vitals vitals) {
    this.vitals = vitals;
  }
}
