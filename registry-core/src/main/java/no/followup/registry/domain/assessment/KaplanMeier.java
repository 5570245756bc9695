package no.followup.registry.domain.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The Kaplan–Meier estimate of the share still in response over time since response: at each time a
 * relapse happened, the share falls by relapses / people still followed then; someone censored
 * (followed no further without relapsing) counts as followed at that time and leaves after it.
 * Confidence limits are Greenwood's on the log scale (as R's {@code survfit} gives them by
 * default), at 95 %; the median's limits are where those limits cross one half.
 */
public final class KaplanMeier {

  private static final double Z_95 = 1.959963984540054;

  /** What happened at one time: relapses, and people censored. */
  public record Time(int days, int relapses, int censored) {}

  /** The estimate just after a time at which someone relapsed. */
  public record Step(
      int days, int atRisk, int relapses, double share, double lower, double upper) {}

  private final List<Step> steps = new ArrayList<>();
  private final int people;
  private final int relapses;
  private final int longestFollowed;

  private KaplanMeier(List<Time> times) {
    List<Time> sorted = times.stream().sorted(Comparator.comparingInt(Time::days)).toList();
    int atRisk = sorted.stream().mapToInt(t -> t.relapses() + t.censored()).sum();
    this.people = atRisk;
    this.relapses = sorted.stream().mapToInt(Time::relapses).sum();
    this.longestFollowed = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1).days();
    double share = 1;
    double greenwood = 0;
    for (Time time : sorted) {
      if (time.relapses() > 0) {
        share *= 1 - (double) time.relapses() / atRisk;
        boolean everyoneLeft = time.relapses() == atRisk;
        greenwood +=
            everyoneLeft
                ? 0
                : (double) time.relapses() / ((double) atRisk * (atRisk - time.relapses()));
        double spread = Z_95 * Math.sqrt(greenwood);
        steps.add(
            new Step(
                time.days(),
                atRisk,
                time.relapses(),
                share,
                everyoneLeft ? 0 : share * Math.exp(-spread),
                everyoneLeft ? 0 : Math.min(1, share * Math.exp(spread))));
      }
      atRisk -= time.relapses() + time.censored();
    }
  }

  public static KaplanMeier of(List<Time> times) {
    return new KaplanMeier(times);
  }

  public List<Step> steps() {
    return List.copyOf(steps);
  }

  public int people() {
    return people;
  }

  public int relapses() {
    return relapses;
  }

  /**
   * The share still in response the given number of days after response; empty when nobody was
   * followed that long.
   */
  public OptionalDouble shareAt(int days) {
    if (people == 0 || days > longestFollowed) {
      return OptionalDouble.empty();
    }
    double share = 1;
    for (Step step : steps) {
      if (step.days() <= days) {
        share = step.share();
      }
    }
    return OptionalDouble.of(share);
  }

  /** {@link #shareAt} as reports and datasets publish it: a proportion to three decimals. */
  public Optional<BigDecimal> publishedShareAt(int days) {
    OptionalDouble share = shareAt(days);
    return share.isPresent()
        ? Optional.of(BigDecimal.valueOf(share.getAsDouble()).setScale(3, RoundingMode.HALF_UP))
        : Optional.empty();
  }

  /** The first time the share still in response is at or below one half; empty if it never is. */
  public Optional<Integer> median() {
    return firstAtOrBelowHalf(Step::share);
  }

  /** The median's lower 95 % limit: where the lower confidence limit first reaches one half. */
  public Optional<Integer> medianLower() {
    return firstAtOrBelowHalf(Step::lower);
  }

  /** The median's upper 95 % limit: where the upper confidence limit first reaches one half. */
  public Optional<Integer> medianUpper() {
    return firstAtOrBelowHalf(Step::upper);
  }

  private Optional<Integer> firstAtOrBelowHalf(java.util.function.ToDoubleFunction<Step> curve) {
    return steps.stream()
        .filter(step -> curve.applyAsDouble(step) <= 0.5)
        .map(Step::days)
        .findFirst();
  }
}
