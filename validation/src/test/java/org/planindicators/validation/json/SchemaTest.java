package org.planindicators.validation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planindicators.plan.IndicatorAttribute;
import org.planindicators.plan.JurisdictionLevel;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanStatus;
import org.planindicators.target.Accumulation;
import org.planindicators.target.ChangeDirection;
import org.planindicators.target.Direction;
import org.planindicators.target.Measure;
import org.planindicators.target.ReferenceKind;
import org.planindicators.target.RelativeComparison;
import org.planindicators.target.TargetKind;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.internal.ModelConstraints;
import org.planindicators.validation.internal.json.Codes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code plan.schema.json}: a valid draft 2020-12 schema that accepts what the writer writes and the good files. */
class SchemaTest {
    private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree(PlanJson.schema());

    @Test
    void isAValidDraft202012Schema() {
        assertThat(SCHEMA.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(PlanSchema.validateSchema()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.QINGBAIJIANG, Fixtures.TIANFU, Fixtures.WENJIANG, "minimal.json",
            "structured-targets.json"})
    void goodFilesAndWhatTheWriterWritesOfThemValidate(String name) {
        assertThat(PlanSchema.validate(Fixtures.text(name))).isEmpty();
        assertThat(PlanSchema.validate(PlanJson.toJson(Fixtures.plan(name)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wrong-type.json", "wrong-type-null.json", "missing-field.json", "unknown-field.json",
            "bad-code.json", "bad-structured-kind.json", "bad-period.json", "unsupported-version.json",
            "root-not-object.json", "invalid-vision-year.json"})
    void brokenFilesTheSchemaCanSeeDoNotValidate(String name) {
        if (name.equals("invalid-vision-year.json")) {
            // A rule across properties: the schema cannot see it, the reader does.
            assertThat(PlanSchema.validate(Fixtures.text("broken/" + name))).isEmpty();
            return;
        }
        assertThat(PlanSchema.validate(Fixtures.text("broken/" + name))).isNotEmpty();
    }

    @Test
    void theSchemasCodesAreTheModelsCodes() {
        JsonNode defs = SCHEMA.get("$defs");
        JsonNode props = SCHEMA.get("properties");
        assertThat(codes(props.get("kind"))).isEqualTo(Codes.all(PlanKind.class));
        assertThat(codes(props.get("status"))).isEqualTo(Codes.all(PlanStatus.class));
        assertThat(codes(defs.get("jurisdiction").get("properties").get("level")))
                .isEqualTo(Codes.all(JurisdictionLevel.class));
        assertThat(codes(defs.get("part").get("properties").get("level"))).isEqualTo(Codes.all(PartLevel.class));
        JsonNode indicator = defs.get("indicator").get("properties");
        assertThat(codes(indicator.get("attribute"))).isEqualTo(Codes.all(IndicatorAttribute.class));
        assertThat(codes(indicator.get("direction"))).isEqualTo(Codes.all(Direction.class));
        assertThat(codes(indicator.get("measure"))).isEqualTo(Codes.all(Measure.class));
        assertThat(codes(defs.get("accumulation"))).isEqualTo(Codes.all(Accumulation.class));
        assertThat(codes(defs.get("structuredTarget").get("properties").get("kind")))
                .isEqualTo(Codes.all(TargetKind.class));
        assertThat(codes(defs.get("changeTarget").get("properties").get("direction")))
                .isEqualTo(Codes.all(ChangeDirection.class));
        JsonNode relative = defs.get("relativeTarget").get("properties");
        assertThat(codes(relative.get("comparison"))).isEqualTo(Codes.all(RelativeComparison.class));
        assertThat(codes(relative.get("referenceKind"))).isEqualTo(Codes.all(ReferenceKind.class));
    }

    @Test
    void theSchemasYearsAndIndicatorCodeAreTheModelsConstraints() {
        JsonNode year = SCHEMA.get("$defs").get("year");
        assertThat(year.get("minimum").asInt()).isEqualTo(ModelConstraints.FIRST_YEAR);
        assertThat(year.get("maximum").asInt()).isEqualTo(ModelConstraints.LAST_YEAR);
        assertThat(SCHEMA.get("$defs").get("indicator").get("properties").get("code").get("pattern").asString())
                .isEqualTo("^" + ModelConstraints.INDICATOR_CODE + "$");
    }

    @Test
    void everyObjectOfTheFormatRefusesPropertiesItDoesNotDefine() {
        List<String> open = new ArrayList<>();
        for (var def : SCHEMA.get("$defs").properties()) {
            JsonNode d = def.getValue();
            if ("object".equals(d.path("type").asString("")) && !def.getKey().equals("structuredTarget")
                    && !d.path("additionalProperties").isBoolean()) {
                open.add(def.getKey());
            }
        }
        assertThat(open).isEmpty();
        assertThat(SCHEMA.get("additionalProperties").asBoolean()).isFalse();
    }

    private static List<String> codes(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.get("enum").forEach(n -> out.add(n.asString()));
        return out;
    }
}
