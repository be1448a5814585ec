package org.planindicators.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planindicators.unit.Quantity;

class JurisdictionTest {
    private static final Jurisdiction CHENGDU = Jurisdiction.division("成都市", "510100");
    private static final Jurisdiction MEISHAN = Jurisdiction.division("眉山市", "511400");

    @Test
    void divisionTakesItsLevelFromTheCode() {
        assertThat(Jurisdiction.division("成都市青白江区", "510113").level()).isEqualTo(JurisdictionLevel.COUNTY);
        assertThat(CHENGDU.level()).isEqualTo(JurisdictionLevel.CITY);
        assertThat(Jurisdiction.division("四川省", "510000").level()).isEqualTo(JurisdictionLevel.PROVINCE);
        Jurisdiction china = Jurisdiction.national("中华人民共和国");
        assertThat(china.level()).isEqualTo(JurisdictionLevel.NATIONAL);
        assertThat(china.code()).isNull();
        assertThat(china.isZone()).isFalse();
    }

    @Test
    void aDivisionMayLackItsCode() {
        Jurisdiction county = new Jurisdiction("某县", JurisdictionLevel.COUNTY, null, List.of());
        assertThat(county.code()).isNull();
    }

    @Test
    void refusesACodeOfAnotherLevel() {
        assertThatThrownBy(() -> new Jurisdiction("成都市", JurisdictionLevel.COUNTY, DivisionCode.parse("510100"),
                List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("code must have the jurisdiction's level county: 510100 is a city code");
    }

    @Test
    void refusesACodeForTheNationOrAZone() {
        assertThatThrownBy(() -> new Jurisdiction("中国", JurisdictionLevel.NATIONAL, DivisionCode.parse("510000"),
                List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("code must be absent for level national: 510000");
        assertThatThrownBy(() -> new Jurisdiction("四川天府新区", JurisdictionLevel.ZONE, DivisionCode.parse("510100"),
                List.of()))
                .hasMessage("code must be absent for level zone: 510100");
    }

    @Test
    void refusesComponentsOutsideAZone() {
        ZoneComponent piece = ZoneComponent.of("成都片区", CHENGDU, Quantity.parse("1484平方公里"));
        assertThatThrownBy(() -> new Jurisdiction("成都市", JurisdictionLevel.CITY, DivisionCode.parse("510100"),
                List.of(piece)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("components must be empty for level city: 1 given");
    }

    @Test
    void refusesTwoComponentsOfOneName() {
        ZoneComponent a = ZoneComponent.of("成都片区", CHENGDU, Quantity.parse("1484平方公里"));
        ZoneComponent b = ZoneComponent.of("成都片区", MEISHAN, Quantity.parse("94平方公里"));
        assertThatThrownBy(() -> Jurisdiction.zone("四川天府新区", List.of(a, b)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("components must have distinct names: 成都片区 appears twice");
    }

    @Test
    void refusesABlankName() {
        assertThatThrownBy(() -> Jurisdiction.national(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be blank: ' '");
    }

    @Test
    void componentAreaMustBeAnArea() {
        assertThatThrownBy(() -> ZoneComponent.of("成都片区", CHENGDU, Quantity.parse("1484亿元")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("area must be in an area unit (平方公里, 公顷, 亩 …): 1484亿元 is currency");
        assertThatThrownBy(() -> ZoneComponent.of("成都片区", CHENGDU, Quantity.parse("-1平方公里")))
                .hasMessage("area must not be negative: -1平方公里");
        assertThatThrownBy(() -> ZoneComponent.of("", CHENGDU, Quantity.parse("1平方公里")))
                .hasMessage("name must not be blank: ''");
    }

    @Test
    void tianfuNewAreaTotalsItsTwoPieces() {
        Jurisdiction tianfu = SeedPlans.tianfuNewArea();
        assertThat(tianfu.isZone()).isTrue();
        assertThat(tianfu.code()).isNull();
        assertThat(tianfu.components()).extracting(c -> c.parent().code().value()).containsExactly("510100",
                "511400");
        assertThat(tianfu.totalArea()).contains(Quantity.parse("1578平方公里"));
    }

    @Test
    void totalAreaConvertsUnitsExactly() {
        Jurisdiction zone = Jurisdiction.zone("某功能区", List.of(
                ZoneComponent.of("甲片区", CHENGDU, Quantity.parse("1.5平方公里")),
                ZoneComponent.of("乙片区", MEISHAN, Quantity.parse("25公顷"))));
        assertThat(zone.totalArea()).contains(Quantity.parse("1.75平方公里"));
    }

    @Test
    void totalAreaFallsBackToAUnitEveryPieceConvertsInto() {
        // 1 亩 = 1/15 公顷 has no finite decimal in 公顷, so the sum is taken in 亩: 15 公顷 = 225 亩.
        Jurisdiction zone = Jurisdiction.zone("某园区", List.of(
                ZoneComponent.of("甲片区", CHENGDU, Quantity.parse("15公顷")),
                ZoneComponent.of("乙片区", MEISHAN, Quantity.parse("10亩"))));
        assertThat(zone.totalArea()).contains(Quantity.parse("235亩"));
    }

    @Test
    void totalAreaIsEmptyWhenUnknown() {
        Jurisdiction partlyKnown = Jurisdiction.zone("某功能区", List.of(
                ZoneComponent.of("甲片区", CHENGDU, Quantity.parse("1484平方公里")),
                new ZoneComponent("乙片区", MEISHAN, null)));
        assertThat(partlyKnown.totalArea()).isEmpty();
        assertThat(Jurisdiction.zone("某功能区", List.of()).totalArea()).isEmpty();
        assertThat(CHENGDU.totalArea()).isEmpty();
    }

    @Test
    void copiesComponents() {
        List<ZoneComponent> list = new java.util.ArrayList<>();
        list.add(ZoneComponent.of("甲片区", CHENGDU, Quantity.parse("1平方公里")));
        Jurisdiction zone = Jurisdiction.zone("某功能区", list);
        list.clear();
        assertThat(zone.components()).hasSize(1);
        assertThatThrownBy(() -> zone.components().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
