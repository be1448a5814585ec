package org.planindicators.validation.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.plan.Plan;
import org.planindicators.target.Measure;
import org.planindicators.unit.Unit;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.Problem;

/**
 * Cases of the decoder, each a small change to {@code json/minimal.json}: the one problem it causes, with its code
 * and pointer. The indicator is at {@code /parts/0/goals/0/indicators/0}, shortened to {@code $} below.
 */
class DecoderCasesTest {
    private static final String IND = "/parts/0/goals/0/indicators/0";

    private static ImportResult<Plan> readChanged(String from, String to) {
        String base = Fixtures.text("minimal.json");
        assertThat(base).contains(from);
        return PlanJson.fromJson(base.replace(from, to), "case.json", ImportOptions.defaults());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "formatVersion": 1                | "formatVersion": "1"                            | J008 | /formatVersion
            "baseYear": 2020                  | "baseYear": 2020.5                              | J008 | /baseYear
            "baseYear": 2020                  | "baseYear": 99999                               | J015 | /baseYear
            "baseYear": 2020                  | "baseYear": 99999999999                         | J012 | /baseYear
            "code": "510113"                  | "code": "51011"                                 | J015 | /jurisdiction/code
            "code": "510113"                  | "code": 510113                                  | J008 | /jurisdiction/code
            "code": "510113"                  | "code": "510100"                                | J016 | /jurisdiction/code
            "level": "county"                 | "level": "zone"                                 | J016 | /jurisdiction/code
            "level": "county",                | "level": "county", "components": [],           | -    | -
            "level": "county",                | "level": "county", "components": [{"name": "片区", "parent": {"name": "成都市", "level": "city"}}], | J016 | /jurisdiction/components
            "id": "g1",                       | "id": "g1", "description": "   ",               | J016 | /parts/0/goals/0/description
            "level": "chapter",               | "level": "chapter", "children": [{"level": "part", "title": "篇"}], | J016 | /parts/0/children
            "value": "52.5"                   | "value": "5%"                                   | J016 | $/baseline/value
            "value": "52.5"                   | "value": "52.5万标箱"                            | -    | -
            "value": "52.5"                   | "value": true                                   | J008 | $/baseline/value
            "unit": "万标箱",                  | "unit": "万标箱", "coAgencies": "区统计局",      | J008 | $/coAgencies
            "unit": "万标箱",                  | "unit": "万标箱", "coAgencies": ["区统计局", 3], | J008 | $/coAgencies/1
            "unit": "万标箱",                  | "unit": "万标箱", "source": "规划纲要 § ",        | J016 | $/source
            "unit": "万标箱",                  | "unit": "万标箱", "targets": [1],               | J007 | $/targets
            "target": "120万标箱"              | "target": 120                                   | J008 | $/targets/0/target
            "target": "120万标箱"              | "target": {"value": "120"}                      | J009 | $/targets/0/target
            "target": "120万标箱"              | "target": {"kind": "relative", "comparison": "higher", "references": ["GDP增长"], "roughly": true} | J016 | $/targets/0/target/roughly
            "target": "120万标箱"              | "target": {"kind": "relative", "comparison": "in_step", "references": ["GDP增长"], "roughly": "yes"} | J008 | $/targets/0/target/roughly
            "target": "120万标箱"              | "target": {"kind": "change", "direction": "increase", "value": "-3"} | J016 | $/targets/0/target/value
            "target": "120万标箱"              | "target": "120万标箱", "revisedFrom": {"original": {"year": 2024, "target": "100万标箱"}, "date": "2022-06-30", "reason": "调整"} | J016 | $/targets/0/revisedFrom/original/year
            "target": "120万标箱"              | "target": "120万标箱", "revisedFrom": {"original": {"year": 2025, "target": "100万标箱"}, "date": "2022-06-30", "reason": " "} | J016 | $/targets/0/revisedFrom/reason
            "target": "120万标箱"              | "target": "120万标箱", "revisedFrom": {"date": "2022-06-30", "reason": "调整"} | J009 | $/targets/0/revisedFrom
            """)
    void oneChangeOneProblem(String from, String to, String code, String pointer) {
        ImportResult<Plan> r = readChanged(from.strip(), to.strip());
        if (code.equals("-")) {
            assertThat(r.report().problems()).as(Fixtures.describe(r)).isEmpty();
            return;
        }
        if (code.equals("J007")) {
            // "targets" given twice: the second is reported as a duplicate, the first is read (and is wrong).
            assertThat(r.report().problems()).extracting(p -> p.code().code() + " " + p.location().pointer())
                    .containsExactly("J008 " + IND + "/targets/0", "J007 " + IND + "/targets");
            return;
        }
        assertThat(r.report().problems()).as(Fixtures.describe(r)).hasSize(1);
        Problem p = r.report().problems().get(0);
        assertThat(p.code().code()).as(Fixtures.describe(r)).isEqualTo(code);
        assertThat(p.location().pointer()).isEqualTo(pointer.replace("$", IND));
    }

    @Test
    void aYearlyAmountReadsValidatesAndIsWrittenBack() {
        ImportResult<Plan> r = readChanged("\"unit\": \"万标箱\",", "\"unit\": \"万标箱\", \"measure\": \"flow\",");
        assertThat(r.report().problems()).as(Fixtures.describe(r)).isEmpty();
        assertThat(r.value().indicators().get(0).measure()).isEqualTo(Measure.FLOW);
        String written = PlanJson.toJson(r.value());
        assertThat(written).contains("\"measure\": \"flow\"");
        assertThat(PlanSchema.validate(written)).isEmpty();
        ImportResult<Plan> again = PlanJson.fromJson(written, "again.json", ImportOptions.defaults());
        assertThat(again.report().problems()).isEmpty();
        assertThat(again.value()).isEqualTo(r.value());
    }

    @Test
    void anExplicitEmptyUnitIsNoUnit() {
        ImportResult<Plan> r = readChanged("\"unit\": \"万标箱\"", "\"unit\": \"\"");
        assertThat(r.report().problems()).as(Fixtures.describe(r)).isEmpty();
        assertThat(r.value().indicators().get(0).unit()).isEqualTo(Unit.NONE);
    }

    @Test
    void goalIdsMustBeDistinctInThePlan() {
        ImportResult<Plan> r = readChanged("\"parts\": [", """
                "parts": [
                    {"level": "part", "title": "篇", "goals": [{"id": "g1", "title": "同号目标"}]},""");
        assertThat(r.report().problems()).extracting(p -> p.code().code(), p -> p.location().pointer())
                .containsExactly(org.assertj.core.api.Assertions.tuple("J016", ""));
        assertThat(r.report().problems().get(0).arguments().get(1)).contains("goals must have distinct ids");
    }
}
