package org.planindicators.report.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.planindicators.evaluation.ObservedValue;
import org.planindicators.plan.Indicator;

/**
 * Draws a {@link ChartModel} as inline SVG: years across, values up; the target band or line, the base and target
 * years marked, the expected path dashed, the observations as points joined by a line (hollow where provisional).
 * The SVG has a {@code <title>} and a {@code <desc>} that says in words what it shows, and each point a
 * {@code <title>} with its year, value and status.
 */
final class SvgChart {
    static final int WIDTH = 320;
    static final int HEIGHT = 172;
    private static final int LEFT = 54;
    private static final int RIGHT = 12;
    private static final int TOP = 14;
    private static final int BOTTOM = 34;

    private final ChartModel chart;
    private final Lang lang;
    private final double min;
    private final double max;

    SvgChart(ChartModel chart, Lang lang) {
        this.chart = chart;
        this.lang = lang;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (BigDecimal v : chart.values()) {
            lo = Math.min(lo, v.doubleValue());
            hi = Math.max(hi, v.doubleValue());
        }
        if (lo == hi) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            lo -= pad;
            hi += pad;
        } else {
            double pad = (hi - lo) * 0.08;
            lo -= pad;
            hi += pad;
        }
        this.min = lo;
        this.max = hi;
    }

    double x(int year) {
        double span = chart.lastYear() - chart.firstYear();
        return LEFT + (year - chart.firstYear()) / span * (WIDTH - LEFT - RIGHT);
    }

    double y(BigDecimal v) {
        return TOP + (max - v.doubleValue()) / (max - min) * (HEIGHT - TOP - BOTTOM);
    }

    /** {@code d} with one decimal, rounded half up: {@code 12.3}, {@code -0.5} (no {@code String.format}: fast). */
    static String n(double d) {
        long tenths = Math.round(d * 10);
        long abs = Math.abs(tenths);
        return (tenths < 0 ? "-" : "") + abs / 10 + "." + abs % 10;
    }

    /** Writes the chart of indicator {@code number}, {@code indicator}. */
    void write(HtmlOut out, int number, Indicator indicator, String description) {
        String id = "chart-" + number;
        out.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart", "id", id, "viewBox",
                "0 0 " + WIDTH + " " + HEIGHT, "role", "img", "aria-labelledby", id + "-title " + id + "-desc",
                "data-points", Integer.toString(chart.observed().size()));
        out.open("title", "id", id + "-title").text(indicator.name()).close("title");
        out.open("desc", "id", id + "-desc").text(description).close("desc");
        double left = LEFT;
        double right = WIDTH - RIGHT;
        double bottom = HEIGHT - BOTTOM;
        // Value grid and labels.
        out.open("g", "class", "grid", "aria-hidden", "true");
        for (BigDecimal tick : ticks()) {
            String yy = n(y(tick));
            out.empty("path", "class", "gridline", "d", "M" + n(left) + " " + yy + "H" + n(right));
            out.element("text", tick.toPlainString(), "x", n(left - 4), "y", yy, "class", "tick",
                    "text-anchor", "end", "dominant-baseline", "middle");
        }
        out.empty("path", "class", "axis", "d", "M" + n(left) + " " + n(bottom) + "H" + n(right));
        int step = Math.max(1, (int) Math.ceil((chart.lastYear() - chart.firstYear()) / 6.0));
        for (int yr = chart.firstYear(); yr <= chart.lastYear(); yr += step) {
            out.element("text", Integer.toString(yr), "x", n(x(yr)), "y", n(bottom + 13), "class", "tick",
                    "text-anchor", "middle");
        }
        out.element("text", chart.unit().symbol(), "x", n(4), "y", n(TOP - 4), "class", "unit");
        out.close("g");
        // The target.
        if (chart.isBand()) {
            double y1 = y(chart.targetHigh());
            double y2 = y(chart.targetLow());
            out.open("path", "class", "target target-band", "d", "M" + n(left) + " " + n(y1) + "H" + n(right) + "V"
                    + n(Math.max(y2, y1 + 1)) + "H" + n(left) + "Z");
            out.element("title", lang.t("目标区间", "target band") + " " + chart.targetLow().toPlainString() + "—"
                    + chart.targetHigh().toPlainString() + chart.unit().symbol());
            out.close("path");
        } else if (chart.hasTarget()) {
            double yy = y(chart.targetLow());
            out.open("path", "class", "target target-line", "d", "M" + n(left) + " " + n(yy) + "H" + n(right));
            out.element("title", lang.t("目标", "target") + " " + chart.targetRelation() + " "
                    + chart.targetLow().toPlainString() + chart.unit().symbol());
            out.close("path");
            out.element("text", chart.targetRelation() + " " + round(chart.targetLow()), "x", n(right - 2), "y",
                    n(yy - 3), "class", "target-label", "text-anchor", "end");
        }
        // Base and target years.
        if (chart.baselineYear() != null) {
            yearMark(out, chart.baselineYear(), "base-year", lang.t("基期", "base"));
        }
        yearMark(out, chart.targetYear(), "target-year", lang.t("目标年", "target"));
        // The expected path.
        if (!chart.path().isEmpty() && chart.baselineYear() != null) {
            StringBuilder d = new StringBuilder();
            int yr = chart.baselineYear();
            for (BigDecimal v : chart.path()) {
                d.append(d.length() == 0 ? "M" : "L").append(n(x(yr))).append(' ').append(n(y(v)));
                yr++;
            }
            out.open("path", "class", "expected-path", "d", d.toString());
            out.element("title", lang.t("预期路径", "expected path"));
            out.close("path");
        }
        // The baseline and the observations.
        if (chart.baseline() != null && chart.baselineYear() != null) {
            out.open("rect", "class", "baseline", "x", n(x(chart.baselineYear()) - 3.5), "y",
                    n(y(chart.baseline()) - 3.5), "width", "7", "height", "7");
            out.element("title", lang.t("基期值 ", "baseline ") + lang.year(chart.baselineYear()) + lang.t("：", ": ")
                    + chart.baseline().toPlainString() + chart.unit().symbol());
            out.close("rect");
        }
        if (chart.observed().size() >= 2) {
            StringBuilder d = new StringBuilder();
            for (ObservedValue o : chart.observed()) {
                d.append(d.length() == 0 ? "M" : "L").append(n(x(o.year()))).append(' ')
                        .append(n(y(o.value().value())));
            }
            out.empty("path", "class", "observed-line", "d", d.toString());
        }
        for (ObservedValue o : chart.observed()) {
            boolean provisional = org.planindicators.evaluation.Explanation.isProvisional(o.status());
            out.open("circle", "class", provisional ? "point provisional" : "point", "cx", n(x(o.year())), "cy",
                    n(y(o.value().value())), "r", "3.5", "data-year", Integer.toString(o.year()), "data-value",
                    o.value().value().toPlainString());
            out.element("title", lang.year(o.year()) + lang.t("：", ": ") + o.value().value().toPlainString()
                    + o.value().unit().symbol() + lang.t("（", " (") + lang.observationStatus(o.status())
                    + lang.t("）", ")"));
            out.close("circle");
        }
        out.close("svg");
    }

    private void yearMark(HtmlOut out, int year, String cls, String label) {
        if (year < chart.firstYear() || year > chart.lastYear()) {
            return;
        }
        double xx = x(year);
        out.empty("path", "class", "year-mark " + cls, "d", "M" + n(xx) + " " + n(TOP) + "V" + n(HEIGHT - BOTTOM));
        out.element("text", label, "x", n(xx), "y", n(HEIGHT - 4), "class", "year-label " + cls,
                "text-anchor", "middle");
    }

    /** Four or five round values across the axis. */
    private List<BigDecimal> ticks() {
        double span = max - min;
        double raw = span / 4;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * mag >= raw) {
                step = m * mag;
                break;
            }
        }
        BigDecimal s = new BigDecimal(step, new MathContext(3)).stripTrailingZeros();
        List<BigDecimal> out = new ArrayList<>();
        BigDecimal t = new BigDecimal(Math.ceil(min / step)).multiply(s);
        for (int i = 0; i < 12 && t.doubleValue() <= max; i++) {
            out.add(t.scale() < 0 ? t.setScale(0) : t);
            t = t.add(s);
        }
        return out;
    }

    private static String round(BigDecimal v) {
        BigDecimal r = v.round(new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString();
    }
}
