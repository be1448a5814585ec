package org.planindicators.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Aggregation rules, shared zone pieces and the parts of a jurisdiction. */
class AggregationTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sum                       | sum",
        "加总                       | sum",
        "  SUM                     | sum",
        "weighted_mean(常住人口)     | weighted_mean(常住人口)",
        "加权平均（常住人口）         | weighted_mean(常住人口)",
        "Weighted Mean ( GDP )     | weighted_mean(GDP)",
        "not_additive              | not_additive",
        "不可加总                   | not_additive"})
    void readsWhatItWritesAndTheChineseWords(String text, String written) {
        Aggregation a = Aggregation.parse(text);

        assertThat(a).hasToString(written);
        assertThat(Aggregation.parse(a.toString())).isEqualTo(a);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "weighted_mean | must name its weight indicator",
        "加权平均       | must name its weight indicator",
        "average       | not an aggregation: 'average'",
        "''            | not an aggregation"})
    void refusesWhatItCannotRead(String text, String message) {
        assertThatThrownBy(() -> Aggregation.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void onlyAWeightedMeanHasAWeight() {
        assertThatThrownBy(() -> new Aggregation(Aggregation.Kind.SUM, "常住人口"))
                .hasMessageContaining("weight must be absent for aggregation sum");
        assertThatThrownBy(() -> new Aggregation(Aggregation.Kind.WEIGHTED_MEAN, " "))
                .hasMessageContaining("weight");
        assertThat(Aggregation.notAdditive().isAdditive()).isFalse();
        assertThat(Aggregation.weightedMean("常住人口").isAdditive()).isTrue();
    }

    @Test
    void aSharedPieceHasTheZonesPartFirstAndAboveZero() {
        Jurisdiction meishan = Jurisdiction.division("眉山市", "511400");
        ZoneComponent c = new ZoneComponent("合作园区", meishan, null).withShare("3：7");

        assertThat(c.share()).containsExactly(new BigDecimal("3"), new BigDecimal("7"));
        assertThat(c.shareText()).isEqualTo("3:7");
        assertThat(c.isShared()).isTrue();
        assertThatThrownBy(() -> new ZoneComponent("合作园区", meishan, null, List.of(BigDecimal.ZERO, BigDecimal.TEN)))
                .hasMessageContaining("more than zero");
        assertThatThrownBy(() -> new ZoneComponent("合作园区", meishan, null, List.of(BigDecimal.ONE)))
                .hasMessageContaining("at least two parts");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "510115          | code:510115",
        "510115000000    | code:510115",
        "成都市温江区      | name:温江",
        "四川省成都市温江区 | name:温江",
        "温江区           | name:温江",
        "郫都区           | name:郫都",
        "朝阳区           | ",
        "东坡区           | ",
        "成都市           | ",
        "511402          | ",
        "510000          | ",
        "眉山市东坡区      | "})
    void thePartsOfACityAreItsCountiesByCodeOrByANameWritingTheCityAsParent(String written, String key) {
        Jurisdiction chengdu = Jurisdiction.division("成都市", "510100");

        assertThat(chengdu.componentOf(written)).isEqualTo(Optional.ofNullable(key));
    }

    @Test
    void regressionABareDistrictNameWasNotAPartOfItsCity() {
        // A city's statistics bureau writes its districts bare (温江区, not 成都市温江区): the division codes place them.
        assertThat(Jurisdiction.division("成都市", "510100").componentOf("温江区")).contains("name:温江");
        assertThat(Jurisdiction.division("成都市", "510100").covers("温江区")).isTrue();
        assertThat(Jurisdiction.division("北京市", "110000").componentOf("朝阳区")).contains("name:朝阳");
        assertThat(Jurisdiction.division("长春市", "220100").componentOf("朝阳区")).contains("name:朝阳");
        assertThat(Jurisdiction.division("四川省", "510000").componentOf("成都市")).contains("name:成都");
        // One level down only: a county is not a part of its province.
        assertThat(Jurisdiction.division("四川省", "510000").componentOf("温江区")).isEmpty();
        assertThat(Jurisdiction.division("成都市", "510100").covers("朝阳区")).isFalse();
    }

    @Test
    void theNationsPartsAreProvincesByCodeAndAZonesAreItsComponents() {
        assertThat(Jurisdiction.national("中华人民共和国").componentOf("510000")).contains("code:510000");
        assertThat(Jurisdiction.national("中华人民共和国").componentOf("510100")).isEmpty();
        Jurisdiction tianfu = Jurisdiction.zone("四川天府新区", List.of(new ZoneComponent("成都片区",
                Jurisdiction.division("成都市", "510100"), null)));
        assertThat(tianfu.componentOf("天府新区成都片区")).contains("成都片区");
        assertThat(tianfu.componentOf("四川天府新区")).isEmpty();
    }
}
