package org.planindicators.spark.internal;

import java.math.BigDecimal;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.planindicators.plan.Observation;
import org.planindicators.plan.ObservationPeriod;
import org.planindicators.plan.ObservationStatus;
import org.planindicators.plan.SourceRef;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitRegistry;

/** Observations read back from rows with the observations' columns. */
public final class SparkObservationRows {
    private SparkObservationRows() {
    }

    /** The observation of a checked row ({@link CheckedRows#SCHEMA}: its value in {@code obs_value}). */
    public static Observation observation(Row row) {
        return observation(row, "obs_value", UnitRegistry.standard());
    }

    /** The observation of a row whose value is in the column {@code valueColumn}. */
    public static Observation observation(Row row, String valueColumn, UnitRegistry units) {
        String unitText = row.getAs("unit");
        Unit unit = unitText == null || unitText.isEmpty() ? Unit.NONE : units.parse(unitText);
        String source = row.getAs("source");
        scala.collection.Map<String, String> dims = row.getAs("dimensions");
        Map<String, String> dimensions = dims == null ? Map.of() : scala.jdk.javaapi.CollectionConverters.asJava(dims);
        return new Observation(row.getAs("indicator"), row.getAs("jurisdiction"),
                ObservationPeriod.parse((String) row.getAs("period")),
                new Quantity(new BigDecimal((String) row.getAs(valueColumn)), unit),
                ObservationStatus.ofCode(row.getAs("status")), source == null ? null : SourceRef.parse(source),
                dimensions);
    }
}
