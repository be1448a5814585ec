package org.planindicators.report.internal;

import org.planindicators.evaluation.EvaluationStatus;

/**
 * The colour of each status: a strong one for charts, a light one behind text (table cells, workbook fills). Text
 * always names the status too: colour is never the only sign.
 */
public final class Palette {
    private Palette() {
    }

    /** {@return the strong colour of {@code s}, {@code #rrggbb}} */
    public static String strong(EvaluationStatus s) {
        return switch (s) {
            case ACHIEVED -> "#1b7837";
            case ACHIEVED_EARLY -> "#5aae61";
            case AHEAD -> "#2166ac";
            case ON_TRACK -> "#67a9cf";
            case LAGGING -> "#e08214";
            case MISSED -> "#b2182b";
            case NOT_ASSESSABLE -> "#9e9e9e";
        };
    }

    /** {@return the light colour of {@code s}, {@code rrggbb} without the hash} */
    public static String light(EvaluationStatus s) {
        return switch (s) {
            case ACHIEVED -> "C6EFCE";
            case ACHIEVED_EARLY -> "DDF3D6";
            case AHEAD -> "D6E6F5";
            case ON_TRACK -> "E3F0F8";
            case LAGGING -> "FFE5B4";
            case MISSED -> "FFC7CE";
            case NOT_ASSESSABLE -> "EDEDED";
        };
    }
}
