package org.planindicators.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.planindicators.target.GreaterThan;
import org.planindicators.target.Measure;
import org.planindicators.target.NumericTarget;
import org.planindicators.target.ParsedTarget;
import org.planindicators.target.Qualitative;
import org.planindicators.target.TargetExpression;
import org.planindicators.target.TargetParseError;
import org.planindicators.target.TargetParseErrorCode;
import org.planindicators.target.TargetParseResult;
import org.planindicators.target.TargetParser;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitRegistry;

/**
 * The engine behind {@link TargetParser}: a hand-written scanner over normalised text, in passes.
 *
 * <ol>
 *   <li>Lexing ({@link FigureLexer}, {@link NumberReader}): figures, their units and what is written right after them;
 *       numbers that are not figures (dates, names, ordinals, thresholds inside names) are skipped.</li>
 *   <li>Bounds, ranges and changes ({@link BoundGrammar}, {@link ChangeGrammar}): each figure's kind from the words
 *       before it, its measure and accumulation.</li>
 *   <li>Two tiers ({@link TwoTierGrammar}): a figure followed by 力争/争取/努力 and an aspiration.</li>
 *   <li>Clauses without figures: delegated ({@link DelegatedGrammar}), relative ({@link RelativeGrammar}) and worded
 *       bounds (实现正增长, read here); a text with no target at all is qualitative.</li>
 * </ol>
 *
 * <p>Speed (issue 16: a million phrases a second on one core): normalisation returns the input when nothing changes;
 * the passes read ranges of the text in place, matching word lists with {@link WordList} and units by their first
 * character, and copy only what a target keeps (a subject); regular expressions run only behind exact quick tests
 * (a clause must end in 同步 before the pattern of 与…同步 is tried). {@code ParserGoldenTest} holds the readings.
 */
public final class TargetScanner {
    private static final Pattern POSITIVE_GROWTH = Pattern.compile("^(.*?)(?:实现|保持|确保)?正增长$");
    private static final Pattern DATE_WORDS = Pattern.compile("\\d{4}年|\\d{1,2}月|\\d{1,2}日|[-—至到底末]");

    private static final String[] QUALIFIERS_AFTER = {"以上", "以下", "以内", "左右", "及"};
    /** Every character of the qualifier words: the prefix bound words and {@link #QUALIFIERS_AFTER}. */
    private static final String QUALIFIER_CHARS;

    static {
        StringBuilder b = new StringBuilder();
        for (String[] pb : Words.PREFIX_BOUNDS) {
            b.append(pb[0]);
        }
        for (String w : QUALIFIERS_AFTER) {
            b.append(w);
        }
        QUALIFIER_CHARS = b.toString();
    }

    private final UnitRegistry registry;
    private final Unit defaultUnit;
    private final Unit piece;
    private final Unit rank;
    private final Unit classUnit;

    /** A scanner reading units from {@code registry} and giving unit-less figures {@code defaultUnit}. */
    public TargetScanner(UnitRegistry registry, Unit defaultUnit) {
        this.registry = registry;
        this.defaultUnit = defaultUnit;
        this.piece = UnitRegistry.standard().parse("个");
        this.rank = UnitRegistry.standard().parse("名");
        this.classUnit = UnitRegistry.standard().parse("类");
    }

    /** Reads {@code input}; never throws for bad input. */
    public TargetParseResult parse(String input) {
        if (input.length() > TargetParser.MAX_INPUT_LENGTH) {
            return TargetParseResult.failure(new TargetParseError(TargetParseErrorCode.INPUT_TOO_LONG, input,
                    TargetParser.MAX_INPUT_LENGTH, String.valueOf(TargetParser.MAX_INPUT_LENGTH)));
        }
        CjkText norm = CjkText.normalize(input);
        if (norm.text().isEmpty()) {
            return TargetParseResult.failure(new TargetParseError(TargetParseErrorCode.EMPTY_INPUT, input, 0, ""));
        }
        try {
            return execute(new Scan(input, norm));
        } catch (Scan.Failure f) {
            return TargetParseResult.failure(f.error);
        }
    }

    private TargetParseResult execute(Scan scan) {
        checkBrackets(scan);
        new FigureLexer(scan, registry, defaultUnit, piece, rank, classUnit).scan();
        BoundGrammar.resolve(scan);
        TwoTierGrammar.pair(scan);
        List<ParsedTarget> out = new ArrayList<>();
        for (Figure f : scan.figures) {
            if (f.absorbed) {
                continue;
            }
            NumericTarget own = BoundGrammar.build(f);
            TargetExpression target = f.aspirationWord != null ? TwoTierGrammar.build(f, own) : own;
            int end = f.aspirationWord != null ? f.aspirationEnd : f.end;
            out.add(new ParsedTarget(target, f.subject, scan.origin(f.start), scan.origin(end), f.year, f.measure));
        }
        readClausesWithoutFigures(scan, out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        if (out.isEmpty()) {
            out.add(wholeTextTarget(scan));
        }
        return TargetParseResult.of(scan.input, out);
    }

    private void readClausesWithoutFigures(Scan scan, List<ParsedTarget> out) {
        for (int c = 0; c < scan.clauseCount(); c++) {
            if (hasFigure(scan, c)) {
                continue;
            }
            int start = scan.clauseStart(c);
            int end = scan.clauseEnd(c);
            if (scan.isConsumed(start, end)) {
                continue;
            }
            String raw = scan.s.substring(start, end);
            String text = Words.clean(raw);
            if (text.isEmpty()) {
                continue;
            }
            boolean bracketed = raw.startsWith("[") && raw.endsWith("]");
            Worded w = worded(text, bracketed);
            if (w != null) {
                out.add(new ParsedTarget(w.target(), w.subject(), scan.origin(start), scan.origin(end),
                        scan.yearBefore(end), w.measure()));
            }
        }
    }

    private static boolean hasFigure(Scan scan, int clause) {
        for (Figure f : scan.figures) {
            if (f.clause == clause) {
                return true;
            }
        }
        return false;
    }

    /** A delegated, relative or worded-bound target read from a clause without figures, or null. */
    private @Nullable Worded worded(String text, boolean bracketed) {
        Worded d = DelegatedGrammar.read(text);
        if (d != null) {
            return d;
        }
        Matcher g = text.endsWith("正增长") ? POSITIVE_GROWTH.matcher(text) : null;
        if (g != null && g.matches()) {
            // 实现正增长: a growth rate above zero.
            return new Worded(GreaterThan.of(Quantity.of(BigDecimal.ZERO, Unit.PERCENT)),
                    Words.trimSubject(Words.stripTrailing(g.group(1), Words.SUBJECT_TAIL)), Measure.GROWTH_RATE);
        }
        return RelativeGrammar.read(text, bracketed);
    }

    private ParsedTarget wholeTextTarget(Scan scan) {
        String text = Words.clean(scan.s);
        boolean ideographs = text.chars().anyMatch(ch -> CjkText.isIdeograph((char) ch));
        // Removing words only drops characters: an ideograph or letter that is in no qualifier word stays, and
        // then the text is not only qualifiers (the usual case, decided without the replacements).
        if (!holdsOtherWordChar(text, QUALIFIER_CHARS)) {
            String withoutQualifiers = text;
            for (String[] pb : Words.PREFIX_BOUNDS) {
                withoutQualifiers = withoutQualifiers.replace(pb[0], "");
            }
            for (String w : QUALIFIERS_AFTER) {
                withoutQualifiers = withoutQualifiers.replace(w, "");
            }
            boolean onlyQualifiers = !withoutQualifiers.equals(text)
                    && withoutQualifiers.chars().noneMatch(ch -> CjkText.isIdeograph((char) ch)
                            || CjkText.isAsciiLetter((char) ch));
            if (onlyQualifiers) {
                throw scan.fail(TargetParseErrorCode.NO_VALUE, 0, scan.input);
            }
        }
        // Likewise, an ideograph that no date word holds means the text is not only dates.
        boolean onlyDates = ideographs && !holdsOtherWordChar(text, "年月日至到底末")
                && DATE_WORDS.matcher(text).replaceAll("").isEmpty();
        if (!ideographs || onlyDates) {
            throw scan.fail(TargetParseErrorCode.NO_TARGET, 0, scan.input);
        }
        return new ParsedTarget(new Qualitative(scan.s), "", 0, scan.input.length(), scan.yearBefore(scan.n),
                Measure.LEVEL);
    }

    /** Whether {@code text} holds an ideograph or ASCII letter that is not in {@code chars}. */
    private static boolean holdsOtherWordChar(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((CjkText.isIdeograph(c) || CjkText.isAsciiLetter(c)) && chars.indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    private static void checkBrackets(Scan scan) {
        if (scan.s.indexOf('[') < 0 && scan.s.indexOf(']') < 0) {
            return; // no brackets, the usual case
        }
        int d = 0;
        int lastOpen = -1;
        for (int i = 0; i < scan.n; i++) {
            char c = scan.s.charAt(i);
            if (c == '[') {
                d++;
                lastOpen = i;
            } else if (c == ']') {
                d--;
                if (d < 0) {
                    throw scan.fail(TargetParseErrorCode.UNBALANCED_BRACKET, i, scan.s);
                }
            }
        }
        if (d > 0) {
            throw scan.fail(TargetParseErrorCode.UNBALANCED_BRACKET, lastOpen, scan.s);
        }
    }
}
