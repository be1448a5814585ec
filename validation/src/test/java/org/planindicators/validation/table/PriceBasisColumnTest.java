package org.planindicators.validation.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PriceBasis;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.IndicatorTables;
import org.planindicators.validation.PlanJson;

/** An indicator table's 价格口径 column: read, written back, and a bad value located (T018). */
class PriceBasisColumnTest {
    private static ImportResult<Plan> read(String csv) {
        return IndicatorTables.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv",
                ImportOptions.defaults());
    }

    @Test
    void readsThePriceBasisAndWritesItBack() {
        ImportResult<Plan> r = read("""
                指标,单位,属性,2020年,2025年,价格口径
                地区生产总值,亿元,预期性,599.30,年均增长6%,现价
                规模以上工业增加值,亿元,预期性,200,年均增长7%,可比价
                城镇调查失业率,%,预期性,5.8,5.5%以内,
                """);
        Plan plan = r.value();
        assertThat(r.report().problems()).isEmpty();
        assertThat(plan.indicators()).extracting(i -> i.priceBasis())
                .containsExactly(PriceBasis.CURRENT, PriceBasis.COMPARABLE, null);
        String csv = IndicatorTables.toCsv(plan);
        assertThat(csv).contains("价格口径").contains("现价").contains("可比价");
        assertThat(read(csv).value().indicators()).extracting(i -> i.priceBasis())
                .containsExactly(PriceBasis.CURRENT, PriceBasis.COMPARABLE, null);
        String json = PlanJson.toJson(plan);
        assertThat(json).contains("priceBasis").contains("comparable");
        assertThat(PlanJson.fromJson(json, "p.json", ImportOptions.defaults()).value().indicators().get(1).priceBasis()).isEqualTo(PriceBasis.COMPARABLE);
    }

    @Test
    void anUnknownPriceBasisIsT018AtItsCell() {
        ImportResult<Plan> r = read("""
                指标,单位,属性,2020年,2025年,价格口径
                地区生产总值,亿元,预期性,599.30,年均增长6%,名义价
                """);
        assertThat(r.report().problems()).extracting(p -> p.code().code() + " " + p.location())
                .containsExactly("T018 t.csv:2:6");
        assertThat(r.report().problems().get(0).message(Locale.ENGLISH)).contains("名义价", "price basis");
    }
}
