package org.planindicators.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.planindicators.plan.Baseline;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.IndicatorAttribute;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.Observation;
import org.planindicators.plan.ObservationPeriod;
import org.planindicators.plan.ObservationStatus;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanPart;
import org.planindicators.plan.PlanStatus;
import org.planindicators.plan.Target;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Direction;
import org.planindicators.target.Measure;
import org.planindicators.target.TargetParser;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.validation.PlanJson;

/**
 * A seeded generator of synthetic national-scale plan data: a national five-year plan (2021–2025, base year 2020,
 * vision 2035) of up to a few thousand indicators drawn from a palette of real indicator names and units (codes
 * {@code C0001} …), the county-level jurisdictions of the country with six-digit GB/T 2260-shaped codes (2,844 of
 * them, as in 2023), and observation streams of every county × indicator × year (2010–2024) in CSV long format or
 * JSON Lines: 2,844 × 100 × 15 = 4,266,000 rows for the full national set.
 *
 * <p>Everything is a function of the seed: the same seed and sizes give the same bytes. Observation files are
 * streamed to disk row by row, never held in memory, so files of 10⁷ rows and more can be written. Every row is
 * valid against {@link #plan(int)} with the same indicator count: known indicator codes, years in range, units the
 * indicator's or convertible to it exactly (one row in ten of an 亿元 indicator is written in 万元), no duplicate keys.
 */
public final class SyntheticData {
    /** County-level divisions of the country (2023): the size of the national set. */
    public static final int COUNTIES = 2844;
    /** The first observed year. */
    public static final int FIRST_YEAR = 2010;
    /** Years observed: 2010–2024. */
    public static final int YEARS = 15;
    /** The base year of the plan. */
    public static final int BASE_YEAR = 2020;
    /** The target year of the plan. */
    public static final int TARGET_YEAR = 2025;

    /** How a palette indicator moves and what target it has. */
    private enum Shape {
        /** A level that should grow: target {@code X以上}. */
        LEVEL_UP,
        /** A level that should fall: target {@code X以内}. */
        LEVEL_DOWN,
        /** A share in %, growing slowly: target {@code X%以上}, at most 100. */
        SHARE,
        /** A yearly growth rate in %: target {@code 6.0%—7.0%} style range. */
        GROWTH,
        /** A yearly reduction rate in %, cumulated over the period: target {@code [13.5]}. */
        REDUCTION
    }

    /**
     * A real indicator: name, unit symbol, category, shape, a typical county value in the first year, and its yearly
     * drift.
     */
    private record Kind(String name, String unit, String category, Shape shape, double base, double drift) {
    }

    /** Names and units as Chinese plans and statistical yearbooks write them. */
    private static final List<Kind> PALETTE = List.of(
            new Kind("地区生产总值", "亿元", "经济发展", Shape.LEVEL_UP, 180, 0.065),
            new Kind("地区生产总值增长", "%", "经济发展", Shape.GROWTH, 7.0, 0),
            new Kind("一般公共预算收入", "亿元", "经济发展", Shape.LEVEL_UP, 12, 0.05),
            new Kind("社会消费品零售总额", "亿元", "经济发展", Shape.LEVEL_UP, 70, 0.07),
            new Kind("固定资产投资", "亿元", "经济发展", Shape.LEVEL_UP, 120, 0.05),
            new Kind("规模以上工业增加值增长", "%", "经济发展", Shape.GROWTH, 8.0, 0),
            new Kind("进出口总额", "亿元", "经济发展", Shape.LEVEL_UP, 25, 0.06),
            new Kind("常住人口城镇化率", "%", "经济发展", Shape.SHARE, 45, 0.012),
            new Kind("集装箱吞吐量", "万标箱", "经济发展", Shape.LEVEL_UP, 8, 0.08),
            new Kind("研发经费投入", "亿元", "创新驱动", Shape.LEVEL_UP, 3, 0.10),
            new Kind("每万人口高价值发明专利拥有量", "件", "创新驱动", Shape.LEVEL_UP, 2, 0.12),
            new Kind("高新技术企业数量", "家", "创新驱动", Shape.LEVEL_UP, 40, 0.10),
            new Kind("数字经济核心产业增加值占地区生产总值比重", "%", "创新驱动", Shape.SHARE, 6, 0.05),
            new Kind("城镇居民人均可支配收入", "元", "民生福祉", Shape.LEVEL_UP, 22000, 0.07),
            new Kind("农村居民人均可支配收入", "元", "民生福祉", Shape.LEVEL_UP, 9000, 0.08),
            new Kind("城镇新增就业", "人", "民生福祉", Shape.LEVEL_UP, 6000, 0.02),
            new Kind("城镇调查失业率", "%", "民生福祉", Shape.LEVEL_DOWN, 5.4, -0.005),
            new Kind("劳动年龄人口平均受教育年限", "年", "民生福祉", Shape.LEVEL_UP, 10.2, 0.006),
            new Kind("每千人口拥有执业（助理）医师数", "人", "民生福祉", Shape.LEVEL_UP, 2.1, 0.03),
            new Kind("人均预期寿命", "岁", "民生福祉", Shape.LEVEL_UP, 75.5, 0.002),
            new Kind("基本养老保险参保率", "%", "民生福祉", Shape.SHARE, 80, 0.01),
            new Kind("每千人口拥有3岁以下婴幼儿托位数", "个", "民生福祉", Shape.LEVEL_UP, 1.2, 0.10),
            new Kind("单位地区生产总值能源消耗降低", "%", "绿色生态", Shape.REDUCTION, 3.0, 0),
            new Kind("单位地区生产总值二氧化碳排放降低", "%", "绿色生态", Shape.REDUCTION, 3.6, 0),
            new Kind("地级及以上城市空气质量优良天数比率", "%", "绿色生态", Shape.SHARE, 78, 0.008),
            new Kind("细颗粒物（PM2.5）平均浓度", "微克/立方米", "绿色生态", Shape.LEVEL_DOWN, 55, -0.04),
            new Kind("森林覆盖率", "%", "绿色生态", Shape.SHARE, 32, 0.006),
            new Kind("耕地保有量", "公顷", "安全保障", Shape.LEVEL_UP, 45000, 0.0),
            new Kind("粮食综合生产能力", "万吨", "安全保障", Shape.LEVEL_UP, 25, 0.01),
            new Kind("新建改造城市道路", "公里", "基础设施", Shape.LEVEL_UP, 30, 0.04),
            new Kind("城市生活污水集中收集率", "%", "绿色生态", Shape.SHARE, 60, 0.02),
            new Kind("保障性租赁住房筹建", "套", "民生福祉", Shape.LEVEL_UP, 800, 0.05));

    /** Province-level prefixes in use (GB/T 2260), the 31 of the mainland. */
    private static final int[] PROVINCES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43,
        44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65};

    private SyntheticData() {
    }

    /** The number of palette entries: indicator {@code i} is palette entry {@code i % paletteSize()}. */
    public static int paletteSize() {
        return PALETTE.size();
    }

    /** The code of indicator {@code i} (0-based): {@code C0001} for 0. */
    public static String code(int i) {
        return String.format("C%04d", i + 1);
    }

    /**
     * The six-digit code of county-level division {@code j} (0-based): provinces in turn, then 20 cities under each,
     * then counties 01–99 under each city ({@code 110101}, {@code 120101}, …), all with a province prefix in use and
     * a city part, so {@code DivisionCode} accepts every one; distinct for j below 31 × 20 × 99 = 61,380.
     */
    public static String countyCode(int j) {
        if (j < 0 || j >= PROVINCES.length * 20 * 99) {
            throw new IllegalArgumentException("county index out of range: " + j);
        }
        int province = PROVINCES[j % PROVINCES.length];
        int rest = j / PROVINCES.length;
        int city = rest % 20 + 1;
        int county = rest / 20 + 1;
        return String.format("%02d%02d%02d", province, city, county);
    }

    /**
     * A national five-year plan of {@code indicators} indicators (codes {@code C0001} …), ten to a goal and a hundred
     * to a chapter, each with a 2020 baseline and a 2025 target in the notation plans write.
     */
    public static Plan plan(int indicators) {
        if (indicators < 1 || indicators > 9999) {
            throw new IllegalArgumentException("indicators must be 1–9999: " + indicators);
        }
        List<PlanPart> chapters = new ArrayList<>();
        List<Goal> goals = new ArrayList<>();
        List<Indicator> inGoal = new ArrayList<>();
        for (int i = 0; i < indicators; i++) {
            inGoal.add(indicator(i));
            if (inGoal.size() == 10 || i == indicators - 1) {
                int g = goals.size() + chapters.size() * 10;
                goals.add(Goal.of(String.format("g%03d", g + 1), "发展目标（" + (g + 1) + "）", List.copyOf(inGoal)));
                inGoal.clear();
            }
            if (goals.size() == 10 || i == indicators - 1) {
                chapters.add(PlanPart.of(PartLevel.CHAPTER, "第" + (chapters.size() + 1) + "章 主要指标",
                        List.copyOf(goals)));
                goals.clear();
            }
        }
        return Plan.builder("国民经济和社会发展第十四个五年规划和2035年远景目标纲要（合成数据，" + indicators + "项指标）",
                        Jurisdiction.national("中华人民共和国"), PlanKind.FIVE_YEAR_PLAN, Period.of(2021, 2025))
                .status(PlanStatus.APPROVED)
                .baseYear(BASE_YEAR)
                .visionYear(2035)
                .parts(chapters)
                .build();
    }

    /** Indicator {@code i}: palette entry {@code i % paletteSize()}, the name numbered from the second round on. */
    static Indicator indicator(int i) {
        Kind k = PALETTE.get(i % PALETTE.size());
        int round = i / PALETTE.size();
        String name = round == 0 ? k.name() : k.name() + "（口径" + (round + 1) + "）";
        Unit unit = Unit.parse(k.unit());
        // A national figure: the county value times a thousand for totals; per-head figures, ages, rates as they are.
        boolean total = k.shape() == Shape.LEVEL_UP && !isAge(k) && !k.unit().equals("元")
                && !k.name().contains("每") && !k.name().contains("人均");
        double scale = total ? 1000 : 1;
        double base2020 = k.base() * scale * Math.pow(1 + k.drift(), BASE_YEAR - FIRST_YEAR);
        Indicator.Builder b = Indicator.builder(name, unit).code(code(i)).category(k.category());
        TargetParser parser = TargetParser.standard().withDefaultUnit(unit);
        String target;
        switch (k.shape()) {
            case LEVEL_UP -> {
                b.baseline(Baseline.of(BASE_YEAR, Quantity.of(decimal(base2020, 2), unit)));
                target = decimal(base2020 * Math.pow(1 + Math.max(k.drift(), 0.01), 5), 1) + k.unit() + "以上";
            }
            case LEVEL_DOWN -> {
                b.direction(Direction.LOWER_IS_BETTER).attribute(IndicatorAttribute.BINDING);
                b.baseline(Baseline.of(BASE_YEAR, Quantity.of(decimal(base2020, 1), unit)));
                target = decimal(base2020 * 0.98, 1) + k.unit() + "以内";
            }
            case SHARE -> {
                double v = Math.min(base2020, 90);
                b.baseline(Baseline.of(BASE_YEAR, Quantity.of(decimal(v, 1), unit)));
                target = decimal(Math.min(v * 1.05, 99), 1) + "%以上";
            }
            case GROWTH -> {
                b.measure(Measure.GROWTH_RATE);
                target = decimal(k.base() - 1, 1) + "%—" + decimal(k.base(), 1) + "%";
            }
            case REDUCTION -> {
                b.measure(Measure.REDUCTION_RATE).accumulation(Accumulation.CUMULATIVE)
                        .attribute(IndicatorAttribute.BINDING);
                target = "[" + decimal(k.base() * 4.5, 1) + "]";
            }
            default -> throw new AssertionError(k.shape());
        }
        b.target(Target.of(TARGET_YEAR, parser.parseOne(target)));
        return b.build();
    }

    /** Ages and years of schooling do not scale with a county's size. */
    private static boolean isAge(Kind k) {
        return k.unit().equals("岁") || k.unit().equals("年");
    }

    private static BigDecimal decimal(double v, int scale) {
        return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_EVEN);
    }

    /** The two observation formats. */
    public enum Format {
        /** CSV long format with a Chinese header. */
        CSV(".csv"),
        /** JSON Lines, one object a line. */
        JSONL(".jsonl");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** The file name extension, with its dot. */
        public String extension() {
            return extension;
        }
    }

    /**
     * Writes {@code rows} observation rows to {@code file}: counties in order ({@link #countyCode(int)}), within each
     * the {@code indicators} indicators, within each the years 2010–2024, stopping after {@code rows} rows (so 10⁷
     * rows of 100 indicators cover 6,667 counties, beyond the 2,844 of the nation). Streams; holds one row.
     *
     * @return the number of rows written
     */
    public static long writeObservations(Path file, Format format, long rows, int indicators, long seed)
            throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            return writeObservations(out, format, rows, indicators, seed);
        }
    }

    /** As {@link #writeObservations(Path, Format, long, int, long)}, to a stream (not closed, but flushed). */
    public static long writeObservations(OutputStream out, Format format, long rows, int indicators, long seed)
            throws IOException {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative: " + rows);
        }
        long perCounty = (long) indicators * YEARS;
        if ((rows + perCounty - 1) / perCounty > PROVINCES.length * 20 * 99) {
            throw new IllegalArgumentException("too many rows for the county codes: " + rows);
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        if (format == Format.CSV) {
            w.write("指标代码,地区,年份,数值,单位,状态\n");
        }
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder line = new StringBuilder(128);
        long written = 0;
        for (int j = 0; written < rows; j++) {
            String county = countyCode(j);
            double size = 0.3 + random.nextDouble() * 1.7; // the county's size against a typical one
            for (int i = 0; i < indicators && written < rows; i++) {
                Kind k = PALETTE.get(i % PALETTE.size());
                String code = code(i);
                for (int y = 0; y < YEARS && written < rows; y++) {
                    int year = FIRST_YEAR + y;
                    double noise = 1 + (random.nextDouble() - 0.5) * 0.04;
                    String unit = k.unit();
                    int scale = 2;
                    double v = switch (k.shape()) {
                        case LEVEL_UP, LEVEL_DOWN -> k.base() * (isAge(k) ? 1 : size) * Math.pow(1 + k.drift(), y)
                                * noise;
                        case SHARE -> Math.min(k.base() * Math.pow(1 + k.drift(), y) * noise, 99.9);
                        case GROWTH, REDUCTION -> k.base() * (1 + (random.nextDouble() - 0.5) * 0.5);
                    };
                    if (unit.equals("亿元") && random.nextInt(10) == 0) {
                        v *= 10_000; // as some bureaus report it: 万元, converted exactly into 亿元
                        unit = "万元";
                        scale = 0;
                    }
                    String value = decimal(v, scale).toPlainString();
                    String status = year == FIRST_YEAR + YEARS - 1 ? "preliminary" : "final";
                    line.setLength(0);
                    if (format == Format.CSV) {
                        line.append(code).append(',').append(county).append(',').append(year).append(',')
                                .append(value).append(',').append(unit).append(',')
                                .append(status.equals("final") ? "最终核实" : "初步核算").append('\n');
                    } else {
                        line.append("{\"code\":\"").append(code).append("\",\"jurisdiction\":\"").append(county)
                                .append("\",\"year\":").append(year).append(",\"value\":").append(value)
                                .append(",\"unit\":\"").append(unit).append("\",\"status\":\"").append(status)
                                .append("\"}\n");
                    }
                    w.append(line);
                    written++;
                }
            }
        }
        w.flush();
        return written;
    }

    /**
     * Observations of the plan's own jurisdiction (none named) for every indicator of {@code plan} in {@code years}
     * years ending with {@code lastYear}, final, for the evaluation benchmark: values drift around each indicator's
     * baseline path (or its rate, for growth and reduction indicators).
     */
    public static List<Observation> nationalSeries(Plan plan, int lastYear, int years, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Observation> out = new ArrayList<>();
        int i = 0;
        for (Indicator indicator : plan.indicators()) {
            Kind k = PALETTE.get(i % PALETTE.size());
            double start = indicator.baseline(Indicator.Version.CURRENT).map(b -> b.value().value().doubleValue())
                    .orElse(k.base());
            for (int y = lastYear - years + 1; y <= lastYear; y++) {
                double v = switch (k.shape()) {
                    case LEVEL_UP, LEVEL_DOWN, SHARE -> Math.min(start * Math.pow(1 + k.drift(), y - BASE_YEAR)
                            * (1 + (random.nextDouble() - 0.5) * 0.04), k.shape() == Shape.SHARE ? 99.9 : 1e15);
                    case GROWTH, REDUCTION -> k.base() * (1 + (random.nextDouble() - 0.5) * 0.5);
                };
                out.add(Observation.of(indicator.code(), ObservationPeriod.ofYear(y),
                        Quantity.of(decimal(Math.abs(v), 2), indicator.unit()), ObservationStatus.FINAL));
            }
            i++;
        }
        return out;
    }

    /** Writes {@code plan} as a plan document (JSON) to {@code file}. */
    public static void writePlan(Path file, Plan plan) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            PlanJson.write(plan, out);
        }
    }
}
