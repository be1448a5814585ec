package org.planindicators.validation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.Problem;

/** A document with many things wrong: each is reported, in file order, and the siblings of a bad node are read on. */
class ManyProblemsTest {
    private static final String IND0 = "/parts/0/goals/0/indicators/0";
    private static final String IND1 = "/parts/0/goals/0/indicators/1";

    @Test
    void everyProblemIsReportedInFileOrder() {
        ImportResult<Plan> r = Fixtures.read("many-problems.json");
        assertThat(r.value()).isNull();
        assertThat(r.report().problems())
                .extracting(p -> p.code().code(), p -> p.location().pointer(), p -> p.location().line(),
                        p -> p.location().column(), Problem::field)
                .containsExactly(
                        tuple("J010", "/subtitle", 4, 15, "subtitle"),
                        tuple("J016", "/jurisdiction/components/0/area", 12, 17, "area"),
                        tuple("J011", "/status", 22, 13, "status"),
                        tuple("J008", "/baseYear", 24, 15, "baseYear"),
                        tuple("J009", "/parts/0/goals/0", 30, 9, "id"),
                        tuple("J013", IND0 + "/unit", 35, 23, "unit"),
                        tuple("J014", IND0 + "/targets/0/target", 36, 52, "target"),
                        tuple("J011", IND1 + "/direction", 41, 28, "direction"),
                        tuple("J005", IND1 + "/baseline/value", 42, 51, "value"),
                        tuple("J016", IND1 + "/targets/1/target/value", 45, 69, "value"));
        assertThat(r.report().errors()).isEqualTo(10);
        assertThat(r.report().countsByCode()).containsEntry("J016", 2L).containsEntry("J011", 2L);
        assertThat(r.report().truncated()).isFalse();
    }

    @Test
    void theCapListsTheFirstProblemsInFileOrderAndCountsTheRest() {
        StringBuilder json = new StringBuilder("{\n");
        for (int i = 0; i < 5000; i++) {
            json.append("  \"unknown").append(i).append("\": 1e").append(i % 10).append(",\n");
        }
        json.append("  \"formatVersion\": 1\n}\n");
        ImportResult<Plan> r = PlanJson.fromJson(json.toString(), "many.json",
                ImportOptions.defaults().withMaxProblems(10));
        assertThat(r.value()).isNull();
        assertThat(r.report().problems()).hasSize(10);
        assertThat(r.report().truncated()).isTrue();
        // Each line has an unknown property and a number in exponent notation; then six required properties miss.
        assertThat(r.report().countsByCode()).containsEntry("J010", 5000L).containsEntry("J005", 5000L)
                .containsEntry("J009", 6L);
        assertThat(r.report().errors()).isEqualTo(10_006);
        // The missing properties are reported at the object, line 1: first in file order. Then line 2's two
        // problems, both at its value: the number's, found while reading, before the property's.
        assertThat(r.report().problems()).extracting(p -> p.code().code()).startsWith("J009", "J009", "J009",
                "J009", "J009", "J009", "J005", "J010", "J005", "J010");
        assertThat(r.report().problems().get(6).location().line()).isEqualTo(2);
    }
}
