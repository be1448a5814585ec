package org.planindicators.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled statistical division codes: a code and the names people write for it are the same place, both ways,
 * for every division in the table, and a name two divisions share decides nothing.
 */
class DivisionNamesTest {
    @Test
    void aCountyHasItsOwnNameAndTheNamesJoinedWithItsParents() {
        assertThat(JurisdictionNames.namesOfCode("510115")).containsExactly("温江区", "成都市温江区", "四川省成都市温江区");
        assertThat(JurisdictionNames.namesOfCode("510100")).containsExactly("成都市", "四川省成都市");
        assertThat(JurisdictionNames.namesOfCode("510000")).containsExactly("四川省");
        // Municipalities: 市辖区 is not a name.
        assertThat(JurisdictionNames.namesOfCode("110105")).containsExactly("朝阳区", "北京市朝阳区");
        assertThat(JurisdictionNames.namesOfCode("999999")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"温江区,510115", "成都市温江区,510115", "四川省 成都市 温江区,510115", "双流区,510116", "朝阳区,",
        "成都市,510100", "北京市朝阳区,110105"})
    void aNameGivesItsCodeOnlyWhenOneDivisionHasIt(String name, String code) {
        assertThat(JurisdictionNames.codeOfName(name)).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({
        // plan's name, plan's code (empty: none), written, same place
        "成都市温江区,,510115,true",
        "温江区,,510115000000,true",
        "成都市温江区,,510116,false",
        "510115,510115,温江区,true",
        "510115,510115,四川省成都市温江区,true",
        "510115,510115,双流区,false",
        "温江区,510115,成都市温江区,true",
        "朝阳区,110105,北京市朝阳区,true",
        "朝阳区,110105,长春市朝阳区,false",
    })
    void aCodeAndANameMatchBothWays(String name, String code, String written, boolean same) {
        Jurisdiction j = code == null ? new Jurisdiction(name, JurisdictionLevel.COUNTY, null, List.of())
                : Jurisdiction.division(name, code);
        assertThat(j.matches(written)).isEqualTo(same);
    }

    @Test
    void everyDivisionInTheTableIsMatchedByEachOfItsNamesAndNoOtherCode() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                org.planindicators.internal.Divisions.class.getResourceAsStream("divisions.csv")),
                StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.startsWith("#")).forEach(l -> rows.add(l.split(",", 2)));
        }
        assertThat(rows).hasSizeGreaterThan(3000);
        int named = 0;
        for (String[] row : rows) {
            List<String> names = JurisdictionNames.namesOfCode(row[0]);
            if (names.isEmpty()) {
                continue; // 市辖区, 县, 省直辖县级行政区划: placeholders, not places
            }
            named++;
            String full = names.get(names.size() - 1);
            assertThat(JurisdictionNames.codeOfName(full)).as(full).isEqualTo(row[0]);
            Jurisdiction byName = new Jurisdiction(full, JurisdictionLevel.COUNTY, null, List.of());
            assertThat(byName.matches(row[0])).as(full + " ~ " + row[0]).isTrue();
            Jurisdiction byCode = Jurisdiction.division(row[0], row[0]);
            for (String n : names) {
                assertThat(byCode.matches(n)).as(row[0] + " ~ " + n).isTrue();
            }
        }
        assertThat(named).isGreaterThan(3000);
    }

    @Test
    void aCityCoversItsDistrictsButDoesNotMatchThem() {
        Jurisdiction chengdu = Jurisdiction.division("成都市", "510100");
        assertThat(chengdu.matches("510115")).isFalse();
        assertThat(chengdu.covers("510115")).isTrue();
        assertThat(chengdu.covers("成都市温江区")).isTrue();
        assertThat(chengdu.covers("成都市")).isTrue();
        assertThat(chengdu.covers("511402")).isFalse(); // 眉山市东坡区
    }
}
