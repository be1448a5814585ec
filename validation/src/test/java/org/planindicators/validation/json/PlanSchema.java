package org.planindicators.validation.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.planindicators.validation.PlanJson;

/** The format's JSON Schema, loaded once, and the meta-schema of draft 2020-12 (shipped by the validator). */
final class PlanSchema {
    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    static final Schema SCHEMA = REGISTRY.getSchema(PlanJson.schema(), InputFormat.JSON);

    private PlanSchema() {
    }

    /** The schema's complaints about {@code json}; empty when it validates. */
    static List<Error> validate(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    /** The meta-schema's complaints about the schema itself. */
    static List<Error> validateSchema() {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        return meta.validate(PlanJson.schema(), InputFormat.JSON);
    }
}
