package org.planindicators.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.planindicators.target.TargetParseError;
import org.planindicators.target.TargetParseErrorCode;
import org.planindicators.target.TargetParseResult;
import org.planindicators.target.TargetParser;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitParseException;

/**
 * Issue 15 items 12 and 13 (core): a control character inside a phrase split it into two targets without an error;
 * TP002 quoted a 10 MB input whole; the unit parser quoted any input whole, twice (found by fuzzing: a message of
 * 2006 characters for a 1000-character input).
 */
class HostilePhrasesTest {
    @ParameterizedTest
    @CsvSource({"0001, 4", "0000, 4", "001b, 4", "007f, 4", "0085, 4", "000b, 4", "000d, 4"})
    void aControlCharacterInsideAPhraseIsAnErrorAtItsPlaceNotTwoTargets(String hex, int index) {
        String text = "6.0%" + (char) Integer.parseInt(hex, 16) + "—7.0%";
        TargetParseResult r = TargetParser.standard().parse(text);
        assertThat(r.targets()).isEmpty();
        TargetParseError e = r.error();
        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo(TargetParseErrorCode.CONTROL_CHARACTER);
        assertThat(e.index()).isEqualTo(index);
        assertThat(e.message(Locale.ENGLISH)).contains("U+" + hex.toUpperCase(Locale.ROOT));
    }

    @Test
    void tabsAndLineBreaksInACellAreSpaceNotControlCharacters() {
        assertThat(TargetParser.standard().parse("6.0%—\t7.0%").isSuccess()).isTrue();
        assertThat(TargetParser.standard().parse("6.0%—\r\n7.0%").isSuccess()).isTrue();
    }

    @Test
    void aTenMegabyteInputIsNotQuotedWholeInTP002() {
        TargetParseResult r = TargetParser.standard().parse("6".repeat(10_000_000));
        assertThat(r.error().code()).isEqualTo(TargetParseErrorCode.INPUT_TOO_LONG);
        assertThat(r.error().message(Locale.ENGLISH)).hasSizeLessThan(400);
        assertThat(r.error().message(Locale.SIMPLIFIED_CHINESE)).hasSizeLessThan(400);
    }

    @Test
    void anUnknownUnitOfAThousandCharactersIsQuotedShort() {
        String text = "万" + "x".repeat(1000);
        assertThatThrownBy(() -> Unit.parse(text)).isInstanceOfSatisfying(UnitParseException.class, e -> {
            assertThat(e.getMessage()).hasSizeLessThan(400);
            assertThat(e.chineseMessage()).hasSizeLessThan(400);
        });
    }
}
