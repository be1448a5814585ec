package org.planindicators.validation.internal.observation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The quick white-space answers are those of {@code Character} and {@code String}, for every {@code char}. */
class SpacesTest {
    @Test
    void everyCharIsWhiteSpaceExactlyWhenCharacterSaysSo() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(Spaces.isSpace((char) c)).as("U+%04X", c).isEqualTo(Character.isWhitespace((char) c));
        }
    }

    @Test
    void stripAndIsBlankAreStringsOwn() {
        String[] parts = {"", " ", "\t", "\u3000", "\u00A0", "a", "测", "\u2007", "\u2028", "\u001F", "x y"};
        for (String a : parts) {
            for (String b : parts) {
                for (String c : parts) {
                    String s = a + b + c;
                    assertThat(Spaces.strip(s)).as("[%s]", s).isEqualTo(s.strip());
                    assertThat(Spaces.isBlank(s)).as("[%s]", s).isEqualTo(s.isBlank());
                }
            }
        }
        String plain = "C0001";
        assertThat(Spaces.strip(plain)).isSameAs(plain);
    }
}
