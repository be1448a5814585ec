package org.planindicators.target;

import java.util.Objects;
import org.planindicators.internal.TargetScanner;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitRegistry;

/**
 * Reads targets from table cells and sentences as Chinese plans write them. Every notation it reads, with examples
 * and the canonical notation each prints in, is listed in the project's guide, {@code docs/notation.md}.
 *
 * <p>Reads every notation of the domain: exact levels (达到120万标箱), inclusive and strict bounds (10%以上,
 * 不低于, 突破165亿元, 5.5%以内, 低于40微克/立方米), ranges (6.0%—7.0%, 6%至6.5%, 6~7%), approximations (6.5%左右, 约,
 * 820余万次), changes (增长3.0%, 下降7%, 提高3个百分点), cumulative ([13.5], 〔18〕, 累计) and annual-average (年均)
 * targets, relative targets (与经济增长基本同步, 高于全国平均水平), delegated ones (完成成都市下达目标) and
 * qualitative ones (保持在合理区间). It copes with full-width digits and signs, stray spaces from PDFs, several
 * figures in one phrase (分别增长4.4%、5.4%), thresholds inside names (30亿元以上项目3个, 3岁以下婴幼儿), dates (到2025年),
 * Roman class numerals (Ⅲ类) and dual units (10名(个)).
 *
 * <p>It never throws on bad input: what it cannot read becomes a {@link TargetParseError} that quotes the input.
 * Parsers are immutable and thread-safe.
 */
public final class TargetParser {
    /** The longest text read, in characters; longer texts are refused with {@link TargetParseErrorCode#INPUT_TOO_LONG}. */
    public static final int MAX_INPUT_LENGTH = 4096;

    private static final TargetParser STANDARD = new TargetParser(UnitRegistry.standard(), Unit.NONE);

    private final UnitRegistry registry;
    private final Unit defaultUnit;
    private final TargetScanner scanner;

    private TargetParser(UnitRegistry registry, Unit defaultUnit) {
        this.registry = registry;
        this.defaultUnit = defaultUnit;
        this.scanner = new TargetScanner(registry, defaultUnit);
    }

    /** {@return a parser with the standard units and no default unit} */
    public static TargetParser standard() {
        return STANDARD;
    }

    /**
     * A parser that knows the units of {@code registry}.
     *
     * @param registry the units known
     * @return a parser that knows the units of {@code registry}
     */
    public static TargetParser using(UnitRegistry registry) {
        return new TargetParser(Objects.requireNonNull(registry, "registry"), Unit.NONE);
    }

    /**
     * This parser, giving figures written without a unit the unit {@code unit}: a table whose unit column says
     * "%" writes its cells as "[13.5]" or "6.0—7.0".
     *
     * @param unit the unit of figures written without one
     * @return this parser, giving figures written without a unit the unit {@code unit}: a table whose unit column says
     *     "%" writes its cells as "[13.5]" or "6.0—7.0"
     */
    public TargetParser withDefaultUnit(Unit unit) {
        return new TargetParser(registry, Objects.requireNonNull(unit, "unit"));
    }

    /** {@return the units this parser knows} */
    public UnitRegistry registry() {
        return registry;
    }

    /** {@return the unit given to figures written without one ({@link Unit#NONE} unless set)} */
    public Unit defaultUnit() {
        return defaultUnit;
    }

    /**
     * Reads every target in {@code text}; never throws for bad input.
     *
     * @param text the text to read
     * @return the targets read, or the error that stopped reading
     */
    public TargetParseResult parse(CharSequence text) {
        String input = Objects.requireNonNull(text, "text").toString();
        if (input.length() <= MAX_INPUT_LENGTH) {
            for (int i = 0; i < input.length(); i++) {
                char c = input.charAt(i);
                if (isControl(c) || c == '\r' && (i + 1 == input.length() || input.charAt(i + 1) != '\n')) {
                    return TargetParseResult.failure(new TargetParseError(TargetParseErrorCode.CONTROL_CHARACTER,
                            input, i, String.format("U+%04X", (int) c)));
                }
            }
        }
        return scanner.parse(input);
    }

    /**
     * A control character that is not a tab or a line break: U+0000–U+001F, U+007F–U+009F (a carriage return is a
     * line break only before a line feed; alone it is a control character, checked by the caller).
     */
    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    /**
     * Reads a text holding exactly one target.
     *
     * @param text the text to read
     * @return the target
     * @throws TargetParseException when the text cannot be read or holds more than one target
     */
    public TargetExpression parseOne(CharSequence text) {
        TargetParseResult result = parse(text);
        if (result.error() != null) {
            throw new TargetParseException(result.error());
        }
        if (result.targets().size() != 1) {
            throw new TargetParseException(new TargetParseError(TargetParseErrorCode.SEVERAL_TARGETS,
                    result.input(), 0, result.input()));
        }
        return result.targets().get(0).target();
    }
}
