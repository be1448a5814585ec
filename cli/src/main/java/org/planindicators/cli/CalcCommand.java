package org.planindicators.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.planindicators.calc.Apportionment;
import org.planindicators.calc.CalculationException;
import org.planindicators.calc.Growth;
import org.planindicators.calc.Ratios;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitFamily;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code plan-indicators calc cagr|yoy|required|project|cumulative|share|per|points|apportion ARGS...}: one-off
 * figures with the calculators of {@code org.planindicators.calc} (DOMAIN.md §5).
 *
 * <p>Values may carry a unit ({@code 696.22亿元}, {@code 6.5%}, {@code 38.5万人}); a rate written without one is in %.
 * Every calculation is made to 34 significant digits ({@link MathContext#DECIMAL128}, half-even); the result is then
 * printed rounded half-even to {@code --scale} decimals (2 by default) or to {@code --precision} significant digits.
 * The first line of output is the result with its unit; the second is the formula with its inputs and the rounding.
 * With {@code --format json}, one JSON object: {@code {"calculation": "cagr", "values": ["6.50"], "unit": "%",
 * "unrounded": ["6.4999…"], "formula": "...", "inputs": {"FROM": "67.7", …}, "rounding": "half_even", "scale": 2,
 * "precision": null}}.
 *
 * <p>Exit code 0 with a result, 2 on a usage error: a missing or extra argument, a value that is not a number with a
 * known unit, a unit that does not fit the calculation, a calculation that cannot be made (a growth rate from zero);
 * the message names the argument and says what was expected.
 */
@Command(name = "calc",
        mixinStandardHelpOptions = true,
        description = {
            "One-off figures: average annual growth (cagr), year-on-year growth (yoy), growth still needed "
                    + "(required), the level a growth rate leads to (project), the yearly rate of a cumulative "
                    + "reduction or growth (cumulative), shares (share), figures per N people (per), percentage "
                    + "points (points), and a total split by a ratio (apportion).",
            "Values may carry units (696.22亿元, 6.5%%, 38.5万人); a rate without one is in %%. Computed to 34 "
                    + "significant digits, printed rounded half-even to --scale decimals (default 2) or "
                    + "--precision significant digits.",
            "Exit code: 0 with a result, 2 on a usage error."},
        subcommands = {CalcCommand.Cagr.class, CalcCommand.Yoy.class, CalcCommand.Required.class,
            CalcCommand.Project.class, CalcCommand.Cumulative.class, CalcCommand.Share.class, CalcCommand.Per.class,
            CalcCommand.Points.class, CalcCommand.Apportion.class},
        usageHelpAutoWidth = true)
final class CalcCommand implements Runnable {
    /** The precision every calculation is made to: 34 significant digits, half-even. */
    static final MathContext WORKING = MathContext.DECIMAL128;
    /** The default number of decimals printed. */
    static final int DEFAULT_SCALE = 2;

    @Spec
    private CommandSpec spec;

    /**
     * Lets the calculations take negative values with a unit ({@code -1.5%}) as arguments: picocli reads a bare
     * negative number as a value but would take {@code -1.5%} for an unknown option.
     *
     * @param calc the command line of {@code calc}
     */
    static void configure(CommandLine calc) {
        for (CommandLine c : calc.getSubcommands().values()) {
            c.setUnmatchedOptionsArePositionalParams(true);
        }
    }

    /** Without a calculation: a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required sub-command: one of cagr, yoy, required, "
                + "project, cumulative, share, per, points, apportion");
    }

    /** The options every calculation shares: rounding of the printed result and the output format. */
    static final class OutputOptions {
        @Option(names = "--scale", paramLabel = "N",
                description = "Decimals of the result, rounded half-even (for apportion: the decimals of each part). "
                        + "Default: 2.")
        private @Nullable Integer scale;

        @Option(names = "--precision", paramLabel = "N",
                description = "Significant digits of the result instead of decimals, rounded half-even.")
        private @Nullable Integer precision;

        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
                description = "Output: text for people, json for programs. Default: ${DEFAULT-VALUE}.")
        private OutputFormat format = OutputFormat.text;

        /**
         * The decimals asked for.
         *
         * @return {@code --scale}, or {@code null} when not given
         */
        @Nullable Integer scale() {
            return scale;
        }

        /**
         * The significant digits asked for.
         *
         * @return {@code --precision}, or {@code null} when not given
         */
        @Nullable Integer precision() {
            return precision;
        }

        /**
         * The output format.
         *
         * @return {@code --format}
         */
        OutputFormat format() {
            return format;
        }
    }

    /**
     * A result: its values before rounding (several for apportion), its unit, the formula and the inputs.
     *
     * @param values the values, at the working precision
     * @param unit the unit of every value
     * @param formula the formula, naming the inputs by their labels
     * @param inputs each input's label and value as read
     * @param exactScale the decimals the values already have exactly (apportion), or {@code null} to round them
     */
    record Result(List<BigDecimal> values, Unit unit, String formula, Map<String, String> inputs,
            @Nullable Integer exactScale) {
    }

    /** What every calculation does: read its arguments, compute, round and print. */
    abstract static class Calculation implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        /** The rounding and format options, a mixin. */
        @Mixin
        OutputOptions output = new OutputOptions();

        /** Each argument name of the calculators, mapped to the label of the command-line argument it comes from. */
        private final Map<String, String> labels;

        /**
         * A calculation whose calculator names its arguments as {@code argumentToLabel} maps them, pairwise: {@code
         * "start", "FROM", "end", "TO"}.
         *
         * @param argumentToLabel each calculator argument name followed by its command-line label
         */
        Calculation(String... argumentToLabel) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i + 1 < argumentToLabel.length; i += 2) {
                m.put(argumentToLabel[i], argumentToLabel[i + 1]);
            }
            this.labels = m;
        }

        /**
         * Computes the result at {@link #WORKING} precision.
         *
         * @return the result, not yet rounded for printing
         * @throws CalculationException when the calculator refuses the arguments
         * @throws ParameterException on another usage error
         */
        abstract Result compute();

        @Override
        public Integer call() {
            Integer scale = output.scale();
            Integer precision = output.precision();
            if (scale != null && precision != null) {
                throw usage("--scale and --precision exclude each other; give one");
            }
            if (scale != null && (scale < 0 || scale > 34)) {
                throw usage("--scale must be from 0 to 34, not " + scale);
            }
            if (precision != null && (precision < 1 || precision > 34)) {
                throw usage("--precision must be from 1 to 34 significant digits, not " + precision);
            }
            Result result;
            try {
                result = compute();
            } catch (CalculationException e) {
                String label = labels.getOrDefault(e.argument(), e.argument());
                String message = e.getMessage();
                throw usage(message.startsWith(e.argument() + " ")
                        ? label + message.substring(e.argument().length()) : label + ": " + message);
            }
            List<String> shown = new ArrayList<>();
            String rounding;
            if (result.exactScale() != null) {
                for (BigDecimal v : result.values()) {
                    shown.add(v.toPlainString());
                }
                BigDecimal sum = result.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                rounding = "split at " + result.exactScale() + " decimals by the largest remainder; the parts sum to "
                        + sum.toPlainString() + result.unit().symbol();
            } else if (precision != null) {
                for (BigDecimal v : result.values()) {
                    shown.add(v.round(new MathContext(precision, RoundingMode.HALF_EVEN)).toPlainString());
                }
                rounding = "rounded half-even to " + precision + " significant digits from 34";
            } else {
                int s = scale != null ? scale : DEFAULT_SCALE;
                for (BigDecimal v : result.values()) {
                    shown.add(v.setScale(s, RoundingMode.HALF_EVEN).toPlainString());
                }
                rounding = "rounded half-even to " + s + " decimals from 34 significant digits";
            }
            PrintWriter out = spec.commandLine().getOut();
            if (output.format() == OutputFormat.json) {
                ObjectNode o = TargetJson.MAPPER.createObjectNode();
                o.put("calculation", spec.name());
                ArrayNode values = o.putArray("values");
                shown.forEach(values::add);
                o.put("unit", result.unit().symbol());
                ArrayNode unrounded = o.putArray("unrounded");
                result.values().forEach(v -> unrounded.add(v.toPlainString()));
                o.put("formula", result.formula());
                ObjectNode inputs = o.putObject("inputs");
                result.inputs().forEach(inputs::put);
                o.put("rounding", result.exactScale() != null ? "largest_remainder" : "half_even");
                if (result.exactScale() != null || precision == null) {
                    o.put("scale", result.exactScale() != null ? result.exactScale()
                            : scale != null ? scale : DEFAULT_SCALE);
                } else {
                    o.putNull("scale");
                }
                if (precision != null && result.exactScale() == null) {
                    o.put("precision", precision);
                } else {
                    o.putNull("precision");
                }
                out.print(TargetJson.MAPPER.writeValueAsString(o) + "\n");
            } else {
                StringBuilder line = new StringBuilder();
                for (String v : shown) {
                    line.append(line.length() == 0 ? "" : "  ").append(v).append(result.unit().symbol());
                }
                out.print(line + "\n");
                StringBuilder explanation = new StringBuilder(result.formula());
                String sep = "; ";
                for (Map.Entry<String, String> in : result.inputs().entrySet()) {
                    explanation.append(sep).append(in.getKey()).append(" = ").append(in.getValue());
                    sep = ", ";
                }
                explanation.append("; ").append(rounding);
                out.print(explanation + "\n");
            }
            out.flush();
            return PlanIndicatorsCommand.EXIT_OK;
        }

        /**
         * A usage error of this calculation: exit code 2, {@code message} and the usage on standard error.
         *
         * @param message what is wrong, naming the argument
         * @return the exception to throw
         */
        ParameterException usage(String message) {
            return new ParameterException(spec.commandLine(), message);
        }

        /**
         * {@code q} as a rate or percentage in %: a bare number is taken in %, ‰ is converted.
         *
         * @param label the command-line label of the argument, for the message
         * @param q the value as read
         * @return the value in %
         * @throws ParameterException when {@code q} is in another unit
         */
        Quantity rate(String label, Quantity q) {
            if (q.unit().isNone()) {
                return Quantity.of(q.value(), Unit.PERCENT);
            }
            if (q.unit().family() == UnitFamily.RATIO) {
                return q.to(Unit.PERCENT);
            }
            throw usage(label + ": expected a rate in % (6.5 or 6.5%), got '" + q + "'");
        }

        /**
         * Inputs in the order given.
         *
         * @param labelValue label, value, label, value …
         * @return each label with its value as text, in order
         */
        static Map<String, String> inputs(Object... labelValue) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i + 1 < labelValue.length; i += 2) {
                m.put(labelValue[i].toString(), labelValue[i + 1].toString());
            }
            return m;
        }
    }

    /** {@code calc cagr FROM TO YEARS}: average annual growth by the level method (水平法). */
    @Command(name = "cagr", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
            description = {"Average annual growth from FROM to TO over YEARS years, by the level method (水平法): "
                    + "g = (TO / FROM)^(1 / YEARS) − 1, in %%.",
                "Example: calc cagr 67.7 92.75 5  →  6.50%%"})
    static final class Cagr extends Calculation {
        @Parameters(index = "0", paramLabel = "FROM", converter = QuantityConverter.class,
                description = "The value in the base year, positive (67.7, 67.7万亿元).")
        private Quantity from;
        @Parameters(index = "1", paramLabel = "TO", converter = QuantityConverter.class,
                description = "The value YEARS later, in a compatible unit.")
        private Quantity to;
        @Parameters(index = "2", paramLabel = "YEARS", converter = YearsConverter.class,
                description = "The years between them, at least 1.")
        private int years;

        /** The calculation, its arguments named as the calculator names them. */
        Cagr() {
            super("start", "FROM", "end", "TO", "years", "YEARS");
        }

        @Override
        Result compute() {
            Quantity g = Growth.averageAnnual(from, to, years, WORKING);
            return new Result(List.of(g.value()), Unit.PERCENT, "g = (TO / FROM)^(1 / YEARS) − 1",
                    inputs("FROM", from, "TO", to, "YEARS", years), null);
        }
    }

    /** {@code calc yoy PREVIOUS CURRENT}: year-on-year growth. */
    @Command(name = "yoy", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
            description = {"Year-on-year growth from PREVIOUS to CURRENT: g = CURRENT / PREVIOUS − 1, in %%.",
                "Example: calc yoy 696.22亿元 717.11亿元  →  3.00%%"})
    static final class Yoy extends Calculation {
        @Parameters(index = "0", paramLabel = "PREVIOUS", converter = QuantityConverter.class,
                description = "The value a year before, positive (696.22亿元).")
        private Quantity previous;
        @Parameters(index = "1", paramLabel = "CURRENT", converter = QuantityConverter.class,
                description = "The value now, in a compatible unit (717.11亿元).")
        private Quantity current;

        /** The calculation, its arguments named as the calculator names them. */
        Yoy() {
            super("previous", "PREVIOUS", "current", "CURRENT");
        }

        @Override
        Result compute() {
            Quantity g = Growth.yearOnYear(previous, current, WORKING);
            return new Result(List.of(g.value()), Unit.PERCENT, "g = CURRENT / PREVIOUS − 1",
                    inputs("PREVIOUS", previous, "CURRENT", current), null);
        }
    }

    /** {@code calc required CURRENT TARGET YEARS}: the growth still needed each year to reach a target. */
    @Command(name = "required", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
            description = {"The growth needed in each of the YEARS remaining years to go from CURRENT to TARGET: "
                    + "g = (TARGET / CURRENT)^(1 / YEARS) − 1, in %%.",
                "Example: calc required 700亿元 850亿元 3  →  6.69%%"})
    static final class Required extends Calculation {
        @Parameters(index = "0", paramLabel = "CURRENT", converter = QuantityConverter.class,
                description = "The level now, positive (700亿元).")
        private Quantity current;
        @Parameters(index = "1", paramLabel = "TARGET", converter = QuantityConverter.class,
                description = "The level to reach, in a compatible unit (850亿元).")
        private Quantity target;
        @Parameters(index = "2", paramLabel = "YEARS", converter = YearsConverter.class,
                description = "The years left, at least 1.")
        private int years;

        /** The calculation, its arguments named as the calculator names them. */
        Required() {
            super("current", "CURRENT", "target", "TARGET", "remainingYears", "YEARS");
        }

        @Override
        Result compute() {
            Quantity g = Growth.requiredAnnual(current, target, years, WORKING);
            return new Result(List.of(g.value()), Unit.PERCENT, "g = (TARGET / CURRENT)^(1 / YEARS) − 1",
                    inputs("CURRENT", current, "TARGET", target, "YEARS", years), null);
        }
    }

    /** {@code calc project START RATE YEARS}: the level a growth rate leads to. */
    @Command(name = "project", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
            description = {"The level START reaches growing by RATE a year for YEARS years: "
                    + "v = START × (1 + RATE)^YEARS, in the unit of START.",
                "Example: calc project 67.7万亿元 6.5%% 5  →  92.75万亿元"})
    static final class Project extends Calculation {
        @Parameters(index = "0", paramLabel = "START", converter = QuantityConverter.class,
                description = "The level in the base year (67.7万亿元).")
        private Quantity start;
        @Parameters(index = "1", paramLabel = "RATE", converter = QuantityConverter.class,
                description = "The yearly growth, in %% (6.5 or 6.5%%), not below −100%%.")
        private Quantity rate;
        @Parameters(index = "2", paramLabel = "YEARS", converter = YearsConverter.class,
                description = "The number of years, at least 1.")
        private int years;

        /** The calculation, its arguments named as the calculator names them. */
        Project() {
            super("start", "START", "rate", "RATE", "years", "YEARS");
        }

        @Override
        Result compute() {
            Quantity r = rate("RATE", rate);
            Quantity v = Growth.level(start, r, years, WORKING);
            return new Result(List.of(v.value()), v.unit(), "v = START × (1 + RATE)^YEARS",
                    inputs("START", start, "RATE", r, "YEARS", years), null);
        }
    }

    /** {@code calc cumulative TOTAL YEARS [--growth]}: the yearly rate equivalent to a cumulative one. */
    @Command(name = "cumulative", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
            description = {"The yearly rate equivalent to a cumulative reduction TOTAL over YEARS years (累计下降, "
                    + "written [13.5] in plans): r = 1 − (1 − TOTAL)^(1 / YEARS), in %%; with --growth, of a "
                    + "cumulative growth: g = (1 + TOTAL)^(1 / YEARS) − 1.",
                "Example: calc cumulative 13.5 5  →  2.86%%"})
    static final class Cumulative extends Calculation {
        @Parameters(index = "0", paramLabel = "TOTAL", converter = BracketedQuantityConverter.class,
                description = "The cumulative rate over all the years, in %% (13.5, 13.5%% or [13.5]).")
        private Quantity total;
        @Parameters(index = "1", paramLabel = "YEARS", converter = YearsConverter.class,
                description = "The number of years, at least 1.")
        private int years;
        @Option(names = "--growth", description = "TOTAL is a cumulative growth, not a reduction.")
        private boolean growth;

        /** The calculation, its arguments named as the calculator names them. */
        Cumulative() {
            super("cumulative", "TOTAL", "years", "YEARS");
        }

        @Override
        Result compute() {
            Quantity c = rate("TOTAL", total);
            Quantity r = growth ? Growth.annualFromCumulativeGrowth(c, years, WORKING)
                    : Growth.annualFromCumulativeReduction(c, years, WORKING);
            return new Result(List.of(r.value()), Unit.PERCENT, growth ? "g = (1 + TOTAL)^(1 / YEARS) − 1"
                    : "r = 1 − (1 − TOTAL)^(1 / YEARS)", inputs("TOTAL", c, "YEARS", years), null);
        }
    }

    /** {@code calc share PART WHOLE}: the share of a part in a whole. */
    @Command(name = "share", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
            description = {"The share of PART in WHOLE: s = PART / WHOLE, in %%.",
                "Example: calc share 582.25亿元 850亿元  →  68.50%%"})
    static final class Share extends Calculation {
        @Parameters(index = "0", paramLabel = "PART", converter = QuantityConverter.class,
                description = "The part (582.25亿元).")
        private Quantity part;
        @Parameters(index = "1", paramLabel = "WHOLE", converter = QuantityConverter.class,
                description = "The whole, in a compatible unit, not zero (850亿元).")
        private Quantity whole;

        /** The calculation, its arguments named as the calculator names them. */
        Share() {
            super("part", "PART", "whole", "WHOLE");
        }

        @Override
        Result compute() {
            Quantity s = Ratios.share(part, whole, WORKING);
            return new Result(List.of(s.value()), Unit.PERCENT, "s = PART / WHOLE",
                    inputs("PART", part, "WHOLE", whole), null);
        }
    }

    /** {@code calc per COUNT POPULATION PER}: a count per N people. */
    @Command(name = "per", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
            description = {"COUNT per PER people: x = COUNT / POPULATION, the population counted in PER, in the "
                    + "unit COUNT's unit/PER.",
                "Example: calc per 1200张 38.5万人 千人  →  3.12张/千人"})
    static final class Per extends Calculation {
        @Parameters(index = "0", paramLabel = "COUNT", converter = QuantityConverter.class,
                description = "The count, with its unit (1200张, 500件).")
        private Quantity count;
        @Parameters(index = "1", paramLabel = "POPULATION", converter = QuantityConverter.class,
                description = "The population, in people (38.5万人, 385000人), not zero.")
        private Quantity population;
        @Parameters(index = "2", paramLabel = "PER", converter = UnitConverter.class,
                description = "How many people the result is per: 人, 百人, 千人, 万人.")
        private Unit per;

        /** The calculation, its arguments named as the calculator names them. */
        Per() {
            super("count", "COUNT", "population", "POPULATION", "per", "PER");
        }

        @Override
        Result compute() {
            Quantity x = Ratios.perPeople(count, population, per, WORKING);
            return new Result(List.of(x.value()), x.unit(), "x = COUNT / (POPULATION in " + per.symbol() + ")",
                    inputs("COUNT", count, "POPULATION", population, "PER", per.symbol()), null);
        }
    }

    /** {@code calc points FROM TO}: the difference of two percentages in percentage points. */
    @Command(name = "points", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
            description = {"The change from the percentage FROM to the percentage TO in percentage points "
                    + "(个百分点): Δ = TO − FROM, exactly.",
                "Example: calc points 60.6%% 65%%  →  4.40个百分点"})
    static final class Points extends Calculation {
        @Parameters(index = "0", paramLabel = "FROM", converter = QuantityConverter.class,
                description = "The earlier percentage (60.6 or 60.6%%).")
        private Quantity from;
        @Parameters(index = "1", paramLabel = "TO", converter = QuantityConverter.class,
                description = "The later percentage (65 or 65%%).")
        private Quantity to;

        /** The calculation, its arguments named as the calculator names them. */
        Points() {
            super("from", "FROM", "to", "TO");
        }

        @Override
        Result compute() {
            Quantity a = rate("FROM", from);
            Quantity b = rate("TO", to);
            Quantity d = Ratios.points(a, b);
            return new Result(List.of(d.value()), d.unit(), "Δ = TO − FROM", inputs("FROM", a, "TO", b), null);
        }
    }

    /** {@code calc apportion TOTAL RATIO [--scale N]}: a total split by a ratio, the parts summing to it exactly. */
    @Command(name = "apportion", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
            description = {"Splits TOTAL by RATIO at --scale decimals (default 2) so that the parts add up to TOTAL "
                    + "exactly: each part is TOTAL × w / Σw rounded down, and the units left over go to the largest "
                    + "remainders (ties to the earlier part).",
                "Example: calc apportion 100 3:7 --scale 2  →  30.00  70.00"})
    static final class Apportion extends Calculation {
        @Parameters(index = "0", paramLabel = "TOTAL", converter = QuantityConverter.class,
                description = "The total, with at most --scale decimals (100, 10亿元).")
        private Quantity total;
        @Parameters(index = "1", paramLabel = "RATIO", description = "The ratio, parts joined by ':' (3:7, 2.5:29:68.5).")
        private String ratio;

        /** The calculation, its arguments named as the calculator names them. */
        Apportion() {
            super("total", "TOTAL", "text", "RATIO", "weights", "RATIO", "scale", "--scale");
        }

        @Override
        Result compute() {
            if (output.precision() != null) {
                throw usage("--precision does not apply to apportion: the parts are exact at --scale decimals");
            }
            int scale = output.scale() != null ? output.scale() : DEFAULT_SCALE;
            List<BigDecimal> weights = Apportionment.parseRatio(ratio);
            List<Quantity> parts = Apportionment.split(total, weights, scale);
            List<BigDecimal> values = parts.stream().map(Quantity::value).toList();
            return new Result(values, total.unit(), "part_i = TOTAL × w_i / Σw",
                    inputs("TOTAL", total, "RATIO", ratio.strip()), scale);
        }
    }

    /** Reads a number with an optional unit: {@code 67.7}, {@code 696.22亿元}, {@code 6.5%}. */
    static final class QuantityConverter implements ITypeConverter<Quantity> {
        @Override
        public Quantity convert(String value) {
            try {
                return Quantity.parse(value.strip());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a number with an optional known unit; "
                        + "expected a value such as 67.7, 696.22亿元 or 6.5%");
            }
        }
    }

    /** Reads a quantity that plans may write in brackets for a cumulative figure: {@code [13.5]}, {@code 13.5%}. */
    static final class BracketedQuantityConverter implements ITypeConverter<Quantity> {
        @Override
        public Quantity convert(String value) {
            String s = value.strip();
            if (s.length() > 2 && (s.charAt(0) == '[' || s.charAt(0) == '［' || s.charAt(0) == '【')
                    && (s.endsWith("]") || s.endsWith("］") || s.endsWith("】"))) {
                s = s.substring(1, s.length() - 1);
            }
            return new QuantityConverter().convert(s);
        }
    }

    /** Reads a whole number of years, at least 1. */
    static final class YearsConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            String s = value.strip();
            if (s.endsWith("年")) {
                s = s.substring(0, s.length() - 1);
            }
            int n;
            try {
                n = Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a number of years; expected a whole "
                        + "number such as 5");
            }
            if (n < 1 || n > 1000) {
                throw new TypeConversionException("'" + value + "' is not a number of years from 1 to 1000");
            }
            return n;
        }
    }

    /** Reads a unit of people: {@code 人}, {@code 千人}, {@code 万人}. */
    static final class UnitConverter implements ITypeConverter<Unit> {
        @Override
        public Unit convert(String value) {
            Unit unit;
            try {
                unit = Unit.parse(value.strip());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a known unit; expected people such as 人, "
                        + "千人 or 万人");
            }
            if (unit.isNone()) {
                throw new TypeConversionException("'" + value + "' is not a unit; expected people such as 人, 千人 or "
                        + "万人");
            }
            return unit;
        }
    }
}
