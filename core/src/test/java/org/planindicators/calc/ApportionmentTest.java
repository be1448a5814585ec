package org.planindicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.unit.Quantity;

/** Largest-remainder apportionment: the rounded parts add up to the total, ties go to the earlier part. */
class ApportionmentTest {

    private static List<BigDecimal> decimals(String spaced) {
        return Arrays.stream(spaced.trim().split("\\s+")).map(BigDecimal::new).toList();
    }

    @ParameterizedTest(name = "[{index}] {0} by {1} at scale {2} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # total    | ratio          | scale | parts
            10         | 3:7            | 2     | 3.00 7.00 | seed 002 line 41: tax shared 3:7
            1          | 3:7            | 0     | 0 1
            10         | 1:1:1          | 2     | 3.34 3.33 3.33 | tie: the earlier part takes the unit
            100        | 2.5:29:68.5    | 1     | 2.5 29.0 68.5 | seed 003 line 67
            100        | 1:1:1:1:1:1:1  | 0     | 15 15 14 14 14 14 14
            -10        | 1:1:1          | 2     | -3.34 -3.33 -3.33
            0          | 3:7            | 2     | 0.00 0.00
            5          | 0:1:0          | 1     | 0.0 5.0 0.0
            7.5        | 1:2            | 1     | 2.5 5.0
            2          | 1:1:1          | 0     | 1 1 0
            1          | 0.3:0.3:0.4    | 0     | 0 0 1
            """)
    void splitsByTheLargestRemainder(String total, String ratio, int scale, String parts) {
        List<BigDecimal> split = Apportionment.split(new BigDecimal(total), Apportionment.parseRatio(ratio), scale);
        assertThat(split).containsExactlyElementsOf(decimals(parts));
        assertThat(split).allSatisfy(p -> assertThat(p.scale()).isEqualTo(scale));
        assertThat(split.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(total);
    }

    @Test
    void splitsAQuantityInItsUnit() {
        List<Quantity> parts = Apportionment.split(Quantity.parse("10亿元"), List.of(new BigDecimal("3"),
                new BigDecimal("7")), 2);
        assertThat(parts).containsExactly(Quantity.parse("3.00亿元"), Quantity.parse("7.00亿元"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            3:7           | 3 7
            3∶7           | 3 7
            ３：７        | 3 7
            " 2.5 : 29 : 68.5 " | 2.5 29 68.5
            """)
    void readsRatios(String text, String weights) {
        assertThat(Apportionment.parseRatio(text)).containsExactlyElementsOf(decimals(weights));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            too many decimals   | total      | 10.005
            negative weight     | weights[1] | -7
            all zero            | weights    | [0, 0]
            no weights          | weights    | []
            negative scale      | scale      | -1
            one part            | text       | 37
            not a number        | text       | a:b
            """)
    void refusesBadArguments(String description, String argument, String value) {
        assertThatThrownBy(() -> call(description))
                .isInstanceOf(CalculationException.class)
                .hasMessageContaining(argument)
                .hasMessageContaining(value)
                .satisfies(e -> assertThat(((CalculationException) e).argument()).isEqualTo(argument));
    }

    private static void call(String description) {
        switch (description) {
            case "too many decimals" -> Apportionment.split(new BigDecimal("10.005"), decimals("3 7"), 2);
            case "negative weight" -> Apportionment.split(BigDecimal.TEN, decimals("3 -7"), 2);
            case "all zero" -> Apportionment.split(BigDecimal.TEN, decimals("0 0"), 2);
            case "no weights" -> Apportionment.split(BigDecimal.TEN, List.of(), 2);
            case "negative scale" -> Apportionment.split(BigDecimal.TEN, decimals("3 7"), -1);
            case "one part" -> Apportionment.parseRatio("37");
            case "not a number" -> Apportionment.parseRatio("a:b");
            default -> throw new AssertionError(description);
        }
    }
}
