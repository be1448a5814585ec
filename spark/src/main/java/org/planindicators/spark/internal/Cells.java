package org.planindicators.spark.internal;

import java.math.BigDecimal;

/**
 * The text of a cell of any Spark type, for the readers' checks, which read text as written.
 *
 * <ul>
 *   <li>a string: itself;
 *   <li>a decimal ({@code DecimalType}, as Parquet keeps exact numbers): {@link BigDecimal#toPlainString()}, its
 *       scale kept ({@code 123.40} stays {@code 123.40});
 *   <li>a {@code double} or {@code float}: the shortest decimal that reads back to the same binary number ({@link
 *       Double#toString(double)}), written plainly ({@code 1.0E7} → {@code 10000000}, {@code 2.0} stays {@code 2.0}); not-a-number and the
 *       infinities stay {@code NaN}, {@code Infinity}, which the value check refuses;
 *   <li>anything else (integers, booleans, dates): {@link String#valueOf(Object)}.
 * </ul>
 */
final class Cells {
    private Cells() {
    }

    static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Double d) {
            return floating(d);
        }
        if (value instanceof Float f) {
            return Float.isFinite(f) ? new BigDecimal(Float.toString(f)).toPlainString() : Float.toString(f);
        }
        return String.valueOf(value);
    }

    private static String floating(double d) {
        return Double.isFinite(d) ? new BigDecimal(Double.toString(d)).toPlainString() : Double.toString(d);
    }
}
