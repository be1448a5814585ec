package org.planindicators.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.planindicators.plan.Observation;
import org.planindicators.unit.UnitRegistry;

/**
 * The columns of the data sets {@link SparkObservations} returns.
 *
 * <p><b>Problems</b> ({@link #PROBLEMS}), one row a problem, as {@code validate --format json} lists them: {@code
 * file}, {@code line} (null without a line column), {@code column} (the 1-based place of the column among the data
 * set's columns, which for a CSV file read with its header is the field number), {@code pointer}, {@code severity}
 * ({@code error}, {@code warning}), {@code code} ({@code O006}), {@code field} (the column's name as written), {@code
 * value} (as written, cut to 200 characters), {@code message} (English) and {@code message_zh} (Chinese).
 *
 * <p><b>Observations</b> ({@link #OBSERVATIONS}), one row an observation that passed every check: {@code file},
 * {@code line}, {@code indicator} (code or name as written), {@code jurisdiction}, {@code period} ({@code 2023},
 * {@code 2023-Q2}), {@code value} (a plain decimal string in {@code unit}, its scale as written or as the exact
 * conversion into the indicator's unit made it: a string, since a Spark decimal column has one scale for all rows),
 * {@code unit}, {@code status} (code: {@code final} …), {@code source} and {@code dimensions} (a map). {@link
 * #toObservation(Row)} reads such a row back.
 *
 * <p><b>Evaluations</b> ({@link #EVALUATIONS}), one row an indicator of a jurisdiction: {@code jurisdiction}, {@code
 * year}, {@code rank} (its place in the order of concern, from 1), then the keys of an indicator object of {@code
 * evaluate --format json}, with the same names and the same text: {@code indicator}, {@code code}, {@code
 * attribute}, {@code status}, {@code actual}, {@code expected}, {@code target}, {@code progress}, {@code
 * time_progress}, {@code required_growth}, {@code unit}, {@code required_growth_unit}, {@code provisional}, {@code
 * target_year}, {@code target_value}, {@code notes}, {@code figures}, {@code review_class}, {@code sdg_progress},
 * {@code tiers}, {@code direction}, {@code measure}.
 */
public final class SparkSchemas {
    /** The problems' columns. */
    public static final StructType PROBLEMS = new StructType(new StructField[] {
        field("file", DataTypes.StringType, false),
        field("line", DataTypes.IntegerType, true),
        field("column", DataTypes.IntegerType, true),
        field("pointer", DataTypes.StringType, true),
        field("severity", DataTypes.StringType, false),
        field("code", DataTypes.StringType, false),
        field("field", DataTypes.StringType, true),
        field("value", DataTypes.StringType, true),
        field("message", DataTypes.StringType, false),
        field("message_zh", DataTypes.StringType, false)});

    /** The good observations' columns. */
    public static final StructType OBSERVATIONS = new StructType(new StructField[] {
        field("file", DataTypes.StringType, false),
        field("line", DataTypes.IntegerType, true),
        field("indicator", DataTypes.StringType, false),
        field("jurisdiction", DataTypes.StringType, true),
        field("period", DataTypes.StringType, false),
        field("value", DataTypes.StringType, false),
        field("unit", DataTypes.StringType, false),
        field("status", DataTypes.StringType, false),
        field("source", DataTypes.StringType, true),
        field("dimensions", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), false)});

    private static final StructType FIGURE = new StructType(new StructField[] {
        field("kind", DataTypes.StringType, false),
        field("value", DataTypes.StringType, false),
        field("unit", DataTypes.StringType, false),
        field("formula", DataTypes.StringType, false),
        field("inputs", DataTypes.createArrayType(DataTypes.StringType, false), false)});

    private static final StructType TIERS = new StructType(new StructField[] {
        field("floor", DataTypes.StringType, false),
        field("floor_met", DataTypes.BooleanType, false),
        field("word", DataTypes.StringType, false),
        field("aspiration", DataTypes.StringType, true),
        field("aspiration_status", DataTypes.StringType, true),
        field("aspiration_met", DataTypes.BooleanType, false)});

    private static final StructType PART = new StructType(new StructField[] {
        field("dimensions", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), false),
        field("status", DataTypes.StringType, false),
        field("actual", DataTypes.StringType, true),
        field("expected", DataTypes.StringType, true),
        field("target_value", DataTypes.StringType, true),
        field("review_class", DataTypes.StringType, false),
        field("notes", DataTypes.createArrayType(DataTypes.StringType, false), false)});

    private static final StructType REVISION = new StructType(new StructField[] {
        field("date", DataTypes.StringType, false),
        field("reason", DataTypes.StringType, false),
        field("published_target", DataTypes.StringType, false),
        field("current_target", DataTypes.StringType, false)});

    private static final StructType PUBLISHED = new StructType(new StructField[] {
        field("target", DataTypes.StringType, true),
        field("status", DataTypes.StringType, false),
        field("review_class", DataTypes.StringType, false),
        field("actual", DataTypes.StringType, true),
        field("target_value", DataTypes.StringType, true)});

    /** The evaluations' columns. */
    public static final StructType EVALUATIONS = new StructType(new StructField[] {
        field("jurisdiction", DataTypes.StringType, false),
        field("year", DataTypes.IntegerType, false),
        field("rank", DataTypes.IntegerType, false),
        field("indicator", DataTypes.StringType, false),
        field("code", DataTypes.StringType, true),
        field("attribute", DataTypes.StringType, false),
        field("status", DataTypes.StringType, false),
        field("actual", DataTypes.StringType, true),
        field("expected", DataTypes.StringType, true),
        field("target", DataTypes.StringType, true),
        field("progress", DataTypes.StringType, true),
        field("time_progress", DataTypes.StringType, true),
        field("required_growth", DataTypes.StringType, true),
        field("unit", DataTypes.StringType, true),
        field("required_growth_unit", DataTypes.StringType, true),
        field("provisional", DataTypes.BooleanType, false),
        field("target_year", DataTypes.IntegerType, true),
        field("target_value", DataTypes.StringType, true),
        field("notes", DataTypes.createArrayType(DataTypes.StringType, false), false),
        field("figures", DataTypes.createArrayType(FIGURE, false), false),
        field("review_class", DataTypes.StringType, false),
        field("sdg_progress", DataTypes.StringType, true),
        field("tiers", TIERS, true),
        field("direction", DataTypes.StringType, false),
        field("measure", DataTypes.StringType, false),
        field("parts", DataTypes.createArrayType(PART, false), false),
        field("category", DataTypes.StringType, true),
        field("lead_agency", DataTypes.StringType, true),
        field("price_basis", DataTypes.StringType, true),
        field("revision", REVISION, true),
        field("published", PUBLISHED, true)});

    private SparkSchemas() {
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    /**
     * The observation a row of {@link #OBSERVATIONS} holds, with units read by the standard registry.
     *
     * @param row a row with the observations' columns (by name)
     * @return the observation
     */
    public static Observation toObservation(Row row) {
        return toObservation(row, UnitRegistry.standard());
    }

    /**
     * The observation a row of {@link #OBSERVATIONS} holds.
     *
     * @param row a row with the observations' columns (by name)
     * @param units the registry the unit symbols are read with
     * @return the observation
     */
    public static Observation toObservation(Row row, UnitRegistry units) {
        return org.planindicators.spark.internal.SparkObservationRows.observation(row, "value", units);
    }
}
