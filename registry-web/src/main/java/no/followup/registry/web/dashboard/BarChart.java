package no.followup.registry.web.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A vertical bar chart laid out for an SVG: categories along the bottom, one bar per series in
 * each, a scale from zero to {@code max} with four steps. A missing value (nothing to show) has no
 * bar.
 *
 * @param description the text alternative: every value in words, for those who cannot see it
 */
public record BarChart(
    String id,
    String title,
    String description,
    List<String> series,
    List<Bar> bars,
    List<Tick> ticks,
    List<Label> labels) {

  public static final int WIDTH = 640;
  public static final int HEIGHT = 260;
  private static final int LEFT = 48;
  private static final int TOP = 12;
  private static final int BOTTOM = 40;
  private static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

  /** One bar: its box, the series it belongs to (0 or 1) and its value as shown. */
  public record Bar(double x, double y, double width, double height, int series, String value) {}

  /** A line across the plot at a value of the scale. */
  public record Tick(double y, String text) {}

  /** A category's name under its bars. */
  public record Label(double x, String text) {}

  /** The value of one category in each series, null where there is none; its text as shown. */
  public record Value(Double number, String text) {}

  /**
   * Lays the chart out.
   *
   * @param values per category, the value of each series
   * @param tickText the scale's values as shown (e.g. "60" or "50 %")
   */
  public static BarChart of(
      String id,
      String title,
      String description,
      List<String> series,
      List<String> categories,
      List<List<Value>> values,
      double max,
      java.util.function.DoubleFunction<String> tickText) {
    double plotWidth = WIDTH - LEFT - 8;
    double slot = plotWidth / Math.max(categories.size(), 1);
    double barWidth = slot * 0.7 / series.size();
    List<Bar> bars = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    for (int c = 0; c < categories.size(); c++) {
      double slotStart = LEFT + c * slot;
      labels.add(new Label(slotStart + slot / 2, categories.get(c)));
      for (int s = 0; s < series.size(); s++) {
        Value value = values.get(c).get(s);
        if (value.number() == null) {
          continue;
        }
        double height = PLOT_HEIGHT * Math.min(value.number(), max) / max;
        bars.add(
            new Bar(
                slotStart + slot * 0.15 + s * barWidth,
                TOP + PLOT_HEIGHT - height,
                barWidth - 2,
                height,
                s,
                value.text()));
      }
    }
    List<Tick> ticks = new ArrayList<>();
    for (int step = 0; step <= 4; step++) {
      double value = max * step / 4;
      ticks.add(new Tick(TOP + PLOT_HEIGHT - PLOT_HEIGHT * step / 4.0, tickText.apply(value)));
    }
    return new BarChart(id, title, description, series, bars, ticks, labels);
  }

  public int width() {
    return WIDTH;
  }

  public int height() {
    return HEIGHT;
  }

  public int left() {
    return LEFT;
  }

  /** Where the category names stand. */
  public double labelY() {
    return HEIGHT - BOTTOM + 18;
  }
}
