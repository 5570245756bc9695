package no.followup.registry.export.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * The {@code charts} sheet: native Excel column charts (POI's XDDF) whose series reference the data
 * sheets' cells. Each series also carries the values as its cache, which Excel and LibreOffice show
 * until they recalculate from the cells; a text cell ({@code <5}, {@code suppressed}) has no point
 * in the cache.
 */
final class ChartsSheet {

  static final String NAME = "charts";
  private static final int WIDTH_COLUMNS = 8;
  private static final int HEIGHT_ROWS = 18;

  /**
   * The dashboard's series colours (dark blue, dark orange): told apart also by those with weak
   * colour vision.
   */
  private static final List<byte[]> COLOURS =
      List.of(new byte[] {0x0b, 0x4a, 0x6f}, new byte[] {(byte) 0xc2, 0x6a, 0x00});

  private ChartsSheet() {}

  static void write(SXSSFWorkbook workbook, List<WorkbookChart> charts) {
    SXSSFSheet sheet = workbook.createSheet(NAME);
    Row note = sheet.createRow(0);
    note.createCell(0)
        .setCellValue(
            "Charts of the published cells of the data sheets; a hidden cell (<n, suppressed)"
                + " has no bar.");
    XSSFDrawing drawing = workbook.getXSSFWorkbook().getSheet(NAME).createDrawingPatriarch();
    int top = 2;
    for (WorkbookChart chart : charts) {
      draw(drawing, chart, top);
      top += HEIGHT_ROWS + 2;
    }
  }

  private static void draw(XSSFDrawing drawing, WorkbookChart spec, int top) {
    XSSFChart chart =
        drawing.createChart(
            drawing.createAnchor(0, 0, 0, 0, 0, top, WIDTH_COLUMNS, top + HEIGHT_ROWS));
    chart.setTitleText(spec.title());
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
    values.setCrosses(AxisCrosses.AUTO_ZERO);
    values.setCrossBetween(AxisCrossBetween.BETWEEN);
    ExcelDatasetWriter.SheetOut sheet = spec.rows().get(0).sheet();
    if (spec.valueColumns().stream().allMatch(sheet::measuresProportion)) {
      values.setNumberFormat("0%");
      values.setMinimum(0);
      values.setMaximum(1);
    }
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
    data.setBarDirection(BarDirection.COL);
    data.setVaryColors(false);
    Range range = Range.of(spec.rows());
    int categoryColumn = sheet.columnIndex(spec.categoryColumn());
    XDDFDataSource<String> names =
        XDDFDataSourcesFactory.fromArray(
            spec.rows().stream()
                .map(r -> String.valueOf(r.value(categoryColumn)))
                .toArray(String[]::new),
            range.reference(categoryColumn));
    for (String column : spec.valueColumns()) {
      int index = sheet.columnIndex(column);
      Double[] points =
          spec.rows().stream().map(r -> number(r.value(index))).toArray(Double[]::new);
      XDDFChartData.Series series =
          data.addSeries(names, XDDFDataSourcesFactory.fromArray(points, range.reference(index)));
      series.setTitle(sheet.label(column), null);
      // Without a fill of its own a series has no bars in LibreOffice.
      series.setFillProperties(
          new XDDFSolidFillProperties(
              XDDFColor.from(COLOURS.get((data.getSeriesCount() - 1) % COLOURS.size()))));
      // Not chart.plot(): that also copies the data into an embedded workbook of its own.
      series.plot();
    }
  }

  /** A number cell's value; text ({@code <5}, {@code suppressed}) and empty cells have none. */
  private static Double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : null;
  }

  /** Consecutive rows of one sheet part. */
  private record Range(String part, int first, int last) {

    static Range of(List<ExcelDatasetWriter.WrittenRow> rows) {
      ExcelDatasetWriter.WrittenRow first = rows.get(0);
      for (int i = 1; i < rows.size(); i++) {
        ExcelDatasetWriter.WrittenRow row = rows.get(i);
        if (!row.part().equals(first.part()) || row.index() != first.index() + i) {
          throw new IllegalArgumentException("a chart's rows must follow each other in one sheet");
        }
      }
      return new Range(first.part(), first.index(), rows.get(rows.size() - 1).index());
    }

    /** {@code 'outcomes'!$C$2:$C$5} */
    String reference(int column) {
      return new CellRangeAddress(first, last, column, column).formatAsString(part, true);
    }
  }
}
