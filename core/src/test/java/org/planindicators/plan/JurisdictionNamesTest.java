package org.planindicators.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JurisdictionNamesTest {
    private static final Jurisdiction WENJIANG = Jurisdiction.division("成都市温江区", "510115");
    private static final Jurisdiction TIANFU = Jurisdiction.zone("四川天府新区", List.of(
            new ZoneComponent("成都直管区", Jurisdiction.division("成都市", "510100"), null),
            new ZoneComponent("成都片区", Jurisdiction.division("成都市", "510100"), null),
            new ZoneComponent("眉山片区", Jurisdiction.division("眉山市", "511400"), null)));

    @ParameterizedTest
    @CsvSource({
        "温江区, true", "成都市温江区, true", "四川省成都市温江区, true", "温江, true", "510115, true",
        "510115000000, true", "' 温江区 ', true", "温 江 区, true", "双流区, false", "成都市双流区, false",
        "510116, false", "成都市, false", "510115001000, false", "北京市温江区, false"})
    void aDivisionIsMatchedAsPeopleWriteIt(String written, boolean same) {
        assertThat(WENJIANG.matches(written)).isEqualTo(same);
    }

    @ParameterizedTest
    @CsvSource({
        "四川天府新区, true", "天府新区, true", "成都直管区, true", "天府新区成都直管区, true", "眉山片区, true",
        "成都市成都片区, true", "成都市, false", "眉山市, false", "双流区, false"})
    void aZoneMatchesItsDeclaredComponents(String written, boolean same) {
        assertThat(TIANFU.matches(written)).isEqualTo(same);
    }

    @ParameterizedTest
    @CsvSource({"北京市朝阳区, 长春市朝阳区, false", "朝阳区, 长春市朝阳区, true", "内蒙古自治区, 内蒙古, true",
        "城区, 城, false", "鄂尔多斯市东胜区, 东胜区, true"})
    void namesWithDifferentParentsDiffer(String a, String b, boolean same) {
        assertThat(JurisdictionNames.sameName(a, b)).isEqualTo(same);
        assertThat(JurisdictionNames.sameName(b, a)).isEqualTo(same);
    }

    @ParameterizedTest
    @CsvSource({"'', true", "'   ', true"})
    void noJurisdictionWrittenIsThePlans(String written, boolean same) {
        assertThat(WENJIANG.matches(written)).isEqualTo(same);
        assertThat(WENJIANG.matches(null)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2023年成都市温江区政府工作报告                    | 成都市温江区
            上海市“十四五”规划《纲要》主要指标                 | 上海市
            表2-1 青白江区“十四五”时期经济社会发展主要指标      | 青白江区
            四川天府新区2022—2027年发展规划主要指标            | 四川天府新区
            示范区“十五五”时期经济社会发展主要指标             | -
            全市主要经济指标                                  | -
            地区生产总值                                      | -
            “十四五”规划主要指标                              | -
            """)
    void aTitleNamesItsPlace(String title, String name) {
        assertThat(JurisdictionNames.inTitle(title)).isEqualTo(name.equals("-") ? null : name);
    }
}
