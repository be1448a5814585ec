package org.planindicators.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.planindicators.target.NumericTarget;
import org.planindicators.target.ParsedTarget;
import org.planindicators.target.TargetExpression;
import org.planindicators.target.TargetParseError;
import org.planindicators.target.TargetParseResult;
import org.planindicators.target.TargetParser;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitParseException;

/**
 * Fuzz tests of the two parsers of core: the target notation and units with quantities. Each asserts the parser's
 * contract on any text: a result or an error value that is placed inside the input (never another exception), and
 * the round trip where one exists. In a plain build they run on the committed corpus ({@code
 * src/test/resources/org/planindicators/fuzz/ParserFuzzTestInputs/<method>/}); {@code JAZZER_FUZZ=1} fuzzes one
 * of them (RELIABILITY.md). The timeout guards against a hang; it is not a measurement.
 */
class ParserFuzzTest {
    private static final TargetParser PARSER = TargetParser.standard();

    /** Any text: targets, each printing in a notation that reads back to it, or an error placed in the text. */
    @FuzzTest
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void targetParser(byte[] data) {
        String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
        TargetParseResult r = PARSER.parse(text);
        if (r.error() != null) {
            TargetParseError e = r.error();
            assertThat(e.index()).isBetween(0, Math.max(0, text.length()));
            assertThat(e.message(Locale.ENGLISH)).isNotBlank().hasSizeLessThan(2000);
            assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isNotBlank().hasSizeLessThan(2000);
            return;
        }
        for (ParsedTarget p : r.targets()) {
            TargetExpression t = p.target();
            if (t instanceof NumericTarget) {
                String printed = t.toString();
                assertThat(TargetExpression.parse(printed)).as("parse(print(t)) for %s read from %s", printed, text)
                        .isEqualTo(t);
            }
        }
    }

    /** Any text: a unit whose symbol reads back to it, or a {@link UnitParseException}. */
    @FuzzTest
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void unitParser(byte[] data) {
        String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
        Unit u;
        try {
            u = Unit.parse(text);
        } catch (UnitParseException e) {
            assertThat(e.getMessage()).isNotBlank().hasSizeLessThan(2000);
            return;
        }
        assertThat(Unit.parse(u.symbol())).isEqualTo(u);
        Quantity q;
        try {
            q = Quantity.parse("12.50" + text);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank().hasSizeLessThan(2000);
            return;
        }
        assertThat(Quantity.parse(q.toString())).isEqualTo(q);
    }
}
