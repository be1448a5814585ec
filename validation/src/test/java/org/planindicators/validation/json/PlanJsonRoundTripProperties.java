package org.planindicators.validation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.unit.UnitRegistry;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.PlanProblem;
import org.planindicators.validation.internal.json.DocumentReader;
import org.planindicators.validation.internal.json.OrderedProblems;
import org.planindicators.validation.internal.json.PlanDecoder;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.Problem;

/**
 * The laws of the format over random plans: what the writer writes reads back, without a problem, to an equal plan
 * (numbers keep their scale, every target its kind), writes again to the same text, and validates against the
 * schema; and no input, however damaged, makes the reader throw.
 */
class PlanJsonRoundTripProperties {
    @Provide
    Arbitrary<Plan> plans() {
        return Arbitraries.randomValue(PlanGenerator::plan);
    }

    @Property(tries = 300)
    void writtenPlansReadBackEqualAndWriteAgainTheSame(@ForAll("plans") Plan plan) {
        String json = PlanJson.toJson(plan);
        // The generated plans are structurally rich but need not obey the plan rules (P1xx: a target in 亿元 for
        // an indicator in 岁 …), so the mapping is checked through the reader and decoder alone …
        OrderedProblems problems = new OrderedProblems("generated.json", 1000);
        DocumentReader.Document doc = DocumentReader.read(json, "generated.json", problems, Long.MAX_VALUE);
        Plan decoded = PlanDecoder.decode(doc.root(), "generated.json", problems,
                UnitRegistry.standard()).plan();
        assertThat(problems.hasErrors()).as(json).isFalse();
        assertThat(decoded).as(json).isEqualTo(plan);
        assertThat(PlanJson.toJson(decoded)).isEqualTo(json);
        // … and the public reader adds nothing but what the plan rules say of the plan.
        ImportResult<Plan> r = PlanJson.fromJson(json, "generated.json", ImportOptions.defaults());
        assertThat(r.report().problems()).as(() -> Fixtures.describe(r) + "\n" + json)
                .allSatisfy(p -> assertThat(p.code()).isInstanceOf(PlanProblem.class));
        if (!r.report().hasErrors()) {
            assertThat(r.value()).isEqualTo(plan);
        }
    }

    @Property(tries = 100)
    void writtenPlansValidateAgainstTheSchema(@ForAll("plans") Plan plan) {
        String json = PlanJson.toJson(plan);
        assertThat(PlanSchema.validate(json)).as(json).isEmpty();
    }

    @Property(tries = 300)
    void damagedDocumentsAreReportedNeverThrown(@ForAll("plans") Plan plan, @ForAll("seeds") long seed) {
        Random random = new Random(seed);
        byte[] bytes = PlanJson.toJson(plan).getBytes(StandardCharsets.UTF_8);
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(3)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes = java.util.Arrays.copyOf(bytes, at);
                default -> bytes[at] = (byte) "{}[]\",:0e-.n \\".charAt(random.nextInt(14));
            }
            if (bytes.length == 0) {
                break;
            }
        }
        ImportResult<Plan> r = PlanJson.read(new java.io.ByteArrayInputStream(bytes), "damaged.json",
                ImportOptions.defaults());
        assertThat(r.value() == null).isEqualTo(r.report().hasErrors());
        for (Problem p : r.report().problems()) {
            assertThat(p.message(java.util.Locale.ENGLISH)).isNotBlank();
            if (p.code().code().startsWith("J")) {
                assertThat(p.location().pointer()).isNotNull();
                assertThat(p.location().line()).isNotNull().isPositive();
                assertThat(p.location().column()).isNotNull().isPositive();
            }
        }
    }

    @Property(tries = 500)
    void anyTextIsReportedNeverThrown(@ForAll String text) {
        ImportResult<Plan> r = PlanJson.fromJson(text, "any.json", ImportOptions.defaults());
        assertThat(r.value()).isNull();
        assertThat(r.report().hasErrors()).isTrue();
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }
}
