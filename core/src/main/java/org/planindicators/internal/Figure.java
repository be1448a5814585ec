package org.planindicators.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.planindicators.target.Accumulation;
import org.planindicators.target.ChangeDirection;
import org.planindicators.target.Measure;
import org.planindicators.target.TargetKind;
import org.planindicators.unit.Quantity;

/** A figure found in the text, filled in over the scanner's passes. */
final class Figure {
    /** A number as written: where it stands, its value, whether it has a fraction, its integer digits. */
    record Num(int start, int end, BigDecimal value, boolean integer, int intDigits) {
    }

    // read by the lexer
    int start;
    int end;
    int clause;
    int depth;
    Quantity low;
    @Nullable Quantity high;
    @Nullable Quantity tolerance;
    @Nullable TargetKind postfix;
    @Nullable TargetKind forced;
    boolean above;
    boolean lowUnitWritten;
    /** A duration after 连续 (连续9年): a streak, which qualifies a figure that follows rather than being a target. */
    boolean streak;
    // resolved by the grammar
    @Nullable TargetKind own;
    TargetKind kind = TargetKind.EXACT;
    @Nullable ChangeDirection change;
    Measure measure = Measure.LEVEL;
    Accumulation accumulation = Accumulation.LEVEL;
    String subject = "";
    @Nullable Integer year;
    // two tiers: this figure's aspiration, or the figure whose aspiration this one is
    @Nullable Figure aspiration;
    @Nullable String aspirationWord;
    @Nullable String aspirationText;
    int aspirationEnd;
    boolean absorbed;

    Figure(int start, Quantity low) {
        this.start = start;
        this.low = low;
    }
}
