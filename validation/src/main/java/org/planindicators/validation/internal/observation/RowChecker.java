package org.planindicators.validation.internal.observation;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Observation;
import org.planindicators.plan.ObservationPeriod;
import org.planindicators.plan.ObservationStatus;
import org.planindicators.plan.PriceBasis;
import org.planindicators.plan.SourceRef;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitConversionException;
import org.planindicators.unit.UnitFamily;
import org.planindicators.unit.UnitRegistry;
import org.planindicators.validation.Location;
import org.planindicators.validation.ObservationProblem;
import org.planindicators.validation.ProblemCollector;
import org.planindicators.validation.TableContext;

/**
 * Checks the rows of one file and hands the good ones to the sink: every field is checked (so a row gets all its
 * problems at once), then a row without errors is checked for a duplicate key and delivered. Without a sink (a
 * check only) no {@link Observation} is made: the row is checked and keyed from its fields.
 */
final class RowChecker {
    /** The most slots of the duplicate set: 2²⁶ (512 MiB, about 50 million keys). */
    static final int MAX_KEY_SLOTS = 1 << 26;
    /**
     * How many lines a reader that knows its size reads before it estimates the rows to come from the bytes they took
     * ({@link #expectRows}).
     */
    static final int SAMPLE_LINES = 8192;

    private static final Map<String, ObservationStatus> STATUSES = statuses();

    private final String file;
    private final ProblemCollector problems;
    private final UnitRegistry units;
    private final @Nullable PlanIndex plan;
    private final int currentYear;
    /** Where good rows go as observations; {@code null} when rows are only checked (no observation is made). */
    private final @Nullable Consumer<? super Observation> sink;
    /** The duplicate check. */
    private final RowKeys keys;
    private final BitSet observed = new BitSet();
    private final SmallCache<ObservationPeriod> periods = new SmallCache<>(4096);
    private final SmallCache<Unit> unitsRead = new SmallCache<>(1024);
    /**
     * Whether the plan's jurisdiction covers a jurisdiction as written ({@link
     * org.planindicators.plan.Jurisdiction#covers}, a pure function of the text that folds names and codes: a third
     * of a row's time when asked for every row), for the few jurisdictions a file names over and over.
     */
    private final SmallCache<Boolean> covered = new SmallCache<>(4096);
    /**
     * The functions the memos compute, made once: a bound method reference ({@code units::parse}) written in the
     * row check would be a new object at every row.
     */
    private final Function<String, Unit> parseUnit;
    private final Function<String, Boolean> covers;
    /** Whether the plan names its jurisdiction, so that rows for others are counted. */
    private final boolean planHasJurisdiction;
    private ObservationTable.@Nullable Places places;
    private final OtherJurisdictions others = new OtherJurisdictions();
    /** The indicator's text (code or name) of the row before and its index in the plan. */
    private @Nullable String lastIndicatorText;
    private int lastIndicatorIndex;
    /** The status text of the row before and what it read as (null: unknown). */
    private @Nullable String lastStatusText;
    private @Nullable ObservationStatus lastStatus;
    private long delivered;
    private long rows;
    /** The units of the last conversion asked about, and whether every value converts exactly. */
    private @Nullable Unit lastFrom;
    private @Nullable Unit lastTo;
    private boolean lastExact;

    RowChecker(String file, ProblemCollector problems, UnitRegistry units, @Nullable PlanIndex plan, int currentYear,
            @Nullable Consumer<? super Observation> sink, KeyHasher hasher, int maxKeySlots) {
        this(file, problems, units, plan, currentYear, sink, hasher, maxKeySlots, KeyHashSet.HEAP_SLOTS);
    }

    /**
     * As the other constructor, with at most {@code heapSlots} slots of the duplicate set on the heap (the rest off
     * it): a part of a file read on several threads takes its share of what one reader keeps on the heap.
     */
    RowChecker(String file, ProblemCollector problems, UnitRegistry units, @Nullable PlanIndex plan, int currentYear,
            @Nullable Consumer<? super Observation> sink, KeyHasher hasher, int maxKeySlots, int heapSlots) {
        this.file = file;
        this.problems = problems;
        this.units = units;
        this.plan = plan;
        this.currentYear = currentYear;
        this.sink = sink;
        this.keys = new RowKeys(hasher, maxKeySlots, heapSlots);
        this.planHasJurisdiction = plan != null && !plan.jurisdiction().equals(TableContext.UNSPECIFIED);
        this.parseUnit = units::parse;
        this.covers = plan == null ? text -> false : plan.jurisdiction()::covers;
    }

    /** How many observations reached the sink. */
    long delivered() {
        return delivered;
    }

    /** How many rows were seen (good or bad). */
    long rows() {
        return rows;
    }

    /** How many of the plan's indicators were observed. */
    int indicatorsObserved() {
        return observed.cardinality();
    }

    /** What the early reads of the duplicate set gave (folded together; nothing to use, for tests). */
    long touched() {
        return keys.touched();
    }

    /** The duplicate set, for tests. */
    KeyHashSet keys() {
        return keys.keys();
    }

    /**
     * Makes room at once in the duplicate set for the rows still to come ({@link KeyHashSet#expect}), for a reader
     * that knows how many bytes are left, {@code bytesLeft}, and how many bytes its last {@link #SAMPLE_LINES} lines
     * took, {@code sampleBytes}: rows to come = bytes left × {@code SAMPLE_LINES} ÷ {@code sampleBytes}. Nothing when
     * either is not positive or duplicates are not checked.
     */
    void expectRows(long bytesLeft, long sampleBytes) {
        if (keys.checking() && bytesLeft > 0 && sampleBytes > 0) {
            KeyHashSet set = keys.keys();
            set.expect(set.size() + bytesLeft / sampleBytes * SAMPLE_LINES
                    + bytesLeft % sampleBytes * SAMPLE_LINES / sampleBytes);
        }
    }

    /**
     * Leaves the duplicate check to the caller: no key is kept and no row is reported as a duplicate. For checks
     * that find duplicates by key across many machines ({@link RowByRow}).
     */
    void leaveDuplicatesToCaller() {
        keys.stop();
    }

    /** Notes a row that its format rejected before it could be checked (malformed, too long). */
    void countRejected() {
        rows++;
    }

    /** Checks {@code row}; delivers it when it has no errors. */
    void check(RawRecord row) {
        rows++;
        places = row.places();
        long errorsBefore = problems.errorCount();

        // Indicator: the code when given, else the name.
        String code = row.text(Role.CODE);
        String name = row.text(Role.INDICATOR);
        String indicatorText = code != null ? code : name;
        Role indicatorRole = code != null ? Role.CODE : Role.INDICATOR;
        int indicatorIndex = -1;
        if (indicatorText == null) {
            if (!row.isReported(Role.CODE) && !row.isReported(Role.INDICATOR)) {
                problems.add(ObservationProblem.MISSING_FIELD, row.missing(Role.INDICATOR), Role.INDICATOR.key(), null,
                        Role.INDICATOR.key());
            }
        } else if (plan != null) {
            if (indicatorText != lastIndicatorText) { // not the same string as the row before's (RecentTexts)
                lastIndicatorText = indicatorText;
                lastIndicatorIndex = plan.find(indicatorText);
            }
            indicatorIndex = lastIndicatorIndex;
            if (indicatorIndex < 0 && code != null && name != null) {
                indicatorIndex = plan.find(name);
            }
            if (indicatorIndex < 0) {
                report(ObservationProblem.UNKNOWN_INDICATOR, row, indicatorRole, indicatorText);
            }
            if (indicatorIndex >= 0 && code != null && name != null) {
                int named = plan.find(name);
                if (named >= 0 && named != indicatorIndex) {
                    report(ObservationProblem.INDICATOR_MISMATCH, row, Role.INDICATOR, code,
                            plan.get(indicatorIndex).name(), name);
                }
            }
        }
        Indicator indicator = plan == null ? null : plan.get(indicatorIndex);

        String jurisdiction = row.text(Role.JURISDICTION);

        // Period.
        String periodText = row.text(Role.PERIOD);
        ObservationPeriod period = null;
        if (periodText == null) {
            if (!row.isReported(Role.PERIOD)) {
                problems.add(ObservationProblem.MISSING_FIELD, row.missing(Role.PERIOD), Role.PERIOD.key(), null,
                        Role.PERIOD.key());
            }
        } else {
            try {
                period = periods.get(periodText, ObservationPeriod::parse);
            } catch (IllegalArgumentException e) {
                report(ObservationProblem.BAD_PERIOD, row, Role.PERIOD, periodText);
            }
            if (period != null && plan != null
                    && (period.year() < plan.firstYear() || period.year() > plan.lastYear())) {
                report(ObservationProblem.YEAR_OUT_OF_RANGE, row, Role.PERIOD, period.year(), plan.firstYear(),
                        plan.lastYear());
                period = null;
            }
        }

        // Value: its text is checked before a BigDecimal is made of it, and the BigDecimal is made only when
        // needed (an observation for the sink, or a conversion whose exactness is checked).
        String valueText = row.text(Role.VALUE);
        boolean valueOk = false;
        if (valueText == null) {
            if (!row.isReported(Role.VALUE)) {
                problems.add(ObservationProblem.MISSING_FIELD, row.missing(Role.VALUE), Role.VALUE.key(), null,
                        Role.VALUE.key());
            }
        } else {
            String text = valueText;
            switch (NumberText.classify(text)) {
                case NUMBER -> valueOk = true;
                case EXPONENT -> report(ObservationProblem.EXPONENT_NOTATION, row, Role.VALUE, text);
                case TOO_MANY_DIGITS -> report(ObservationProblem.TOO_MANY_DIGITS, row, Role.VALUE,
                        NumberText.digits(text),
                        NumberText.MAX_DIGITS);
                case NOT_A_NUMBER -> report(ObservationProblem.BAD_VALUE, row, Role.VALUE, text);
                default -> throw new AssertionError();
            }
        }

        // Unit: as written, converted exactly into the indicator's when there is a plan.
        String unitText = row.text(Role.UNIT);
        Unit unit = indicator == null ? Unit.NONE : indicator.unit();
        boolean unitOk = true;
        if (unitText != null) {
            try {
                unit = unitsRead.get(unitText, parseUnit);
            } catch (IllegalArgumentException e) {
                report(ObservationProblem.UNKNOWN_UNIT, row, Role.UNIT, unitText);
                unitOk = false;
            }
        }
        // Price basis: none means not stated.
        String basisText = row.text(Role.PRICE_BASIS);
        PriceBasis priceBasis = null;
        boolean basisOk = true;
        if (basisText != null) {
            priceBasis = PriceBasis.lookup(basisText).orElse(null);
            if (priceBasis == null) {
                report(ObservationProblem.UNKNOWN_PRICE_BASIS, row, Role.PRICE_BASIS, basisText);
                basisOk = false;
            }
        }
        // A growth in % of a money or other level indicator, at a stated price basis (GDP 增长2.5%, 可比价): read as
        // the indicator's growth, in %, beside its levels.
        boolean growth = unitText != null && unitOk && priceBasis != null && indicator != null
                && unit.family() == UnitFamily.RATIO && !indicator.unit().isNone()
                && indicator.unit().family() != UnitFamily.RATIO;
        if (unitText != null) {
            if (unitOk && basisOk && !growth && indicator != null && !indicator.unit().isNone()
                    && !unit.isCompatibleWith(indicator.unit())) {
                report(ObservationProblem.INCOMPATIBLE_UNIT, row, Role.UNIT, unit.symbol(), indicator.unit().symbol(),
                        indicator.name());
                unitOk = false;
            }
        }
        boolean converting = valueOk && unitOk && basisOk && indicator != null && !growth
                && !indicator.unit().isNone() && !unit.equals(indicator.unit());
        // The unit of the quantity kept: the indicator's after a conversion, else the unit read.
        Unit keyUnit = converting ? indicator.unit() : unit;

        Map<String, String> dimensions = Map.of();
        if (!row.dimensions().isEmpty()) {
            dimensions = new TreeMap<>(); // sorted, for the key
            for (RawField d : row.dimensions()) {
                dimensions.put(d.name(), d.text());
            }
        }
        // The key's hash, as soon as what it is made of is known, and its slot of the duplicate set read now: the
        // (likely) cache miss is then under way while the rest of the row is checked (see KeyHashSet#touch).
        long hash = 0;
        boolean hashed = false;
        if (keys.checking() && valueOk && unitOk && basisOk && period != null && indicatorText != null
                && !row.isBroken() && problems.errorCount() == errorsBefore) {
            hash = keys.hash(indicator == null ? -1 : indicatorIndex, indicatorText, jurisdiction, period, dimensions,
                    RowKeys.basis(priceBasis, keyUnit.family() == UnitFamily.RATIO));
            hashed = true;
            keys.touch(hash);
        }

        Quantity quantity = null;
        boolean quantityOk = false;
        if (valueOk && unitOk && basisOk && converting && sink == null && convertsExactly(unit, indicator.unit())) {
            quantityOk = true; // every value converts exactly (亿元 → 万元): nothing to compute for a check
        } else if (valueOk && unitOk && basisOk) {
            if (converting || sink != null) {
                quantity = new Quantity(NumberText.decimal(valueText), unit);
            }
            quantityOk = true;
            if (converting) {
                try {
                    quantity = quantity.to(indicator.unit());
                } catch (UnitConversionException e) {
                    report(ObservationProblem.INEXACT_CONVERSION, row, unitText == null ? Role.VALUE : Role.UNIT,
                            quantity.toString(), indicator.unit().symbol());
                    quantity = null;
                    quantityOk = false;
                }
            }
        }

        // Status, default final.
        String statusText = row.text(Role.STATUS);
        ObservationStatus status = ObservationStatus.FINAL;
        if (statusText != null) {
            String text = statusText;
            if (text == lastStatusText) { // the same string as the row before's (RecentTexts): the same answer
                status = lastStatus;
            } else {
                status = STATUSES.get(text.toLowerCase(Locale.ROOT));
                lastStatusText = text;
                lastStatus = status;
            }
            if (status == null) {
                report(ObservationProblem.UNKNOWN_STATUS, row, Role.STATUS, statusText);
            }
        }

        // Source.
        String sourceText = row.text(Role.SOURCE);
        SourceRef source = null;
        if (sourceText != null) {
            try {
                source = SourceRef.parse(sourceText);
            } catch (IllegalArgumentException e) {
                report(ObservationProblem.BAD_SOURCE, row, Role.SOURCE, sourceText, e.getMessage());
            }
        }

        if (row.isBroken() || problems.errorCount() > errorsBefore || indicatorText == null || period == null
                || !quantityOk || status == null || !basisOk) {
            return;
        }
        if (period.year() > currentYear && (status == ObservationStatus.PRELIMINARY || status == ObservationStatus.FINAL
                || status == ObservationStatus.REVISED)) {
            report(ObservationProblem.FUTURE_PERIOD, row, Role.PERIOD, period, status.code(), currentYear);
        }
        if (keys.checking()) {
            if (!hashed) {
                throw new AssertionError("a row without errors is hashed before its last checks");
            }
            switch (keys.add(hash)) {
                case PRESENT -> {
                    report(ObservationProblem.DUPLICATE, row, indicatorRole, indicatorText, period);
                    return;
                }
                case FULL -> problems.add(ObservationProblem.DUPLICATE_CHECK_STOPPED, place(row.line(), 1), null,
                        null, keys.keys().size());
                default -> {
                }
            }
        }
        if (plan != null && jurisdiction != null && planHasJurisdiction
                && !covered.get(jurisdiction, covers)) { // a part is rolled up, not a stranger
            countOther(row);
        } else if (indicatorIndex >= 0) {
            observed.set(indicatorIndex);
        }
        delivered++;
        if (sink != null) {
            sink.accept(new Observation(indicatorText, jurisdiction, period, quantity, status, source,
                    dimensions, priceBasis));
        }
    }

    /** {@link Unit#convertsExactly}, remembered for the pair of units of the row before. */
    private boolean convertsExactly(Unit from, Unit to) {
        if (from != lastFrom || to != lastTo) {
            lastFrom = from;
            lastTo = to;
            lastExact = from.convertsExactly(to);
        }
        return lastExact;
    }

    /**
     * Takes the keys of the rows before this part of the file ({@code sets}, one a part, disjoint) as seen: a row whose
     * key is in one of them is a duplicate, and this checker's own set takes only the keys new to the file.
     */
    void priorKeys(List<KeyHashSet> sets) {
        keys.priorKeys(sets);
    }

    /** Whether the duplicate set reached its size limit and the check stopped ({@code O023}). */
    boolean full() {
        return keys.full();
    }

    /** Whether observations for more jurisdictions than are counted one by one were met (some counted as one). */
    boolean othersOverflowed() {
        return others.overflowed();
    }

    /**
     * Counts up to {@code limit} other jurisdictions one by one (instead of {@value #MAX_OTHER_JURISDICTIONS}), for
     * a part of a file whose counts are joined with other parts' ({@link #absorb}, after {@link #foldOthers()}).
     */
    void countOthersUpTo(int limit) {
        others.countUpTo(limit);
    }

    /**
     * Folds the count of other jurisdictions to what one reader counts one by one: the first {@value
     * #MAX_OTHER_JURISDICTIONS} met, the rest together. Exact when this checker did not overflow.
     */
    void foldOthers() {
        others.fold();
    }

    /**
     * Starts the count of other jurisdictions where {@code earlier}, the checker of the parts of the file before
     * this one, left it, so that this part counts on as one reader of the whole file would.
     */
    void continueOthers(RowChecker earlier) {
        others.continueFrom(earlier.others);
    }

    /**
     * Adds what {@code later}, the checker of the next part of the same file, counted: rows, observations delivered,
     * indicators observed, and observations for other jurisdictions, in the order one reader of the whole file would
     * have met them. When {@code later} {@linkplain #continueOthers continued} this checker's count, its count
     * replaces this one. {@code later} must not have {@linkplain #othersOverflowed() overflowed} unless it continued.
     */
    void absorb(RowChecker later, boolean continued) {
        rows += later.rows;
        delivered += later.delivered;
        observed.or(later.observed);
        if (continued) {
            others.replaceWith(later.others);
        } else {
            others.add(later.others);
        }
    }

    private Location place(int line, int column) {
        return places == null ? Location.at(file, line, column) : places.at(line, column);
    }

    /** Reports a problem with the field of {@code role} of {@code row}. */
    private void report(ObservationProblem code, RawRecord row, Role role, Object... arguments) {
        RawField field = row.get(role);
        if (field == null) {
            throw new AssertionError("a problem with a field the row does not have: " + role);
        }
        report(code, field, arguments);
    }

    private void report(ObservationProblem code, RawField field, Object... arguments) {
        Location at = places == null || field.column() == null ? field.location(file)
                : places.at(field.line(), field.column());
        problems.add(code, at, field.name(), field.text(), arguments);
    }

    /** The most distinct other jurisdictions counted one by one; the rest are counted together. */
    static final int MAX_OTHER_JURISDICTIONS = OtherJurisdictions.MAX;

    /** Notes an observation for a jurisdiction other than the plan's. */
    private void countOther(RawRecord row) {
        String fresh = others.countIfKnown(row.text(Role.JURISDICTION));
        if (fresh != null) {
            RawField field = row.get(Role.JURISDICTION);
            others.start(fresh, places == null || field.column() == null ? field.location(file)
                    : places.at(field.line(), field.column()));
        }
    }

    /**
     * Reports, after the last row, the observations for jurisdictions other than the plan's: one warning for each
     * jurisdiction written, placed at its first row ({@code 12 observations for 双流区 were not used: the plan is
     * 温江区's}).
     */
    void finish() {
        if (plan == null) {
            return;
        }
        others.report(problems, plan.jurisdiction().name());
    }

    /** Status codes, Chinese and English names, SDMX codes and the words reports use. */
    private static Map<String, ObservationStatus> statuses() {
        Map<String, ObservationStatus> m = new java.util.HashMap<>();
        for (ObservationStatus s : ObservationStatus.values()) {
            m.put(s.code(), s);
            m.put(s.chineseName(), s);
            m.put(s.englishName().toLowerCase(Locale.ROOT), s);
            s.sdmxCode().ifPresent(c -> m.put(c.toLowerCase(Locale.ROOT), s));
        }
        for (String w : new String[] {"初步", "初步核算数", "初步数", "预计", "预计数", "快报", "快报数", "provisional"}) {
            m.put(w, ObservationStatus.PRELIMINARY);
        }
        for (String w : new String[] {"最终", "最终核实数", "核实", "核实数", "正式", "正式数"}) {
            m.put(w, ObservationStatus.FINAL);
        }
        for (String w : new String[] {"修订数", "修正", "修正数"}) {
            m.put(w, ObservationStatus.REVISED);
        }
        for (String w : new String[] {"估计数", "估算", "估算数"}) {
            m.put(w, ObservationStatus.ESTIMATED);
        }
        for (String w : new String[] {"预测数"}) {
            m.put(w, ObservationStatus.FORECAST);
        }
        return Map.copyOf(m);
    }
}
