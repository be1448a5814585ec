package org.planindicators.benchmarks;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Plan;

/**
 * Writes the inputs of the peer comparison ({@code benchmarks/scripts/peers.sh}): the same files for the command-line
 * tool, pandas, Frictionless tableschema-js and ajv, with the bad rows planted at known lines.
 *
 * <p>Files written into the directory {@code args[0]} (rows {@code args[1]}, default 1,000,000):
 * <ul>
 *   <li>{@code plan-100.json}: {@link SyntheticData#plan(int)} of 100 indicators, the plan the observations belong
 *       to;</li>
 *   <li>{@code plan-2000.json}: the plan of 2,000 indicators (the plan-document run);</li>
 *   <li>{@code obs-big.csv}: {@code rows} observation rows of {@link SyntheticData#writeObservations} (seed 42),
 *       in which row {@code r} (1-based, the header is line 1, so the row is line {@code r + 1}) is replaced by a bad
 *       row when {@code r % 10_000 == 5_000}: the kind of fault cycles through {@link Fault} by {@code r / 10_000};
 *       </li>
 *   <li>{@code obs-10.csv}: the first ten rows of the same stream, one of them (row 5) bad (the start-up run);</li>
 *   <li>{@code expected-big.txt}, {@code expected-10.txt}: the bad lines, one line number a line, ascending;</li>
 *   <li>{@code indicators.txt}: the plan's indicator codes, one a line (for the peers' code checks);</li>
 *   <li>{@code units.txt}: the units the rows of the clean stream use, one a line.</li>
 * </ul>
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.planindicators.benchmarks.PeerData DIR [ROWS]}
 */
public final class PeerData {
    /** The faults planted, one a bad row, each a check that every peer can express without the plan model. */
    enum Fault {
        /** The value is not a number: {@code n/a} (O006). */
        BAD_VALUE,
        /** The value is empty (O001). */
        MISSING_VALUE,
        /** The indicator code is not the plan's: {@code C9999} (O002). */
        UNKNOWN_INDICATOR,
        /** The year is 1899, before any plan's range (O004). */
        YEAR_OUT_OF_RANGE,
        /** The row repeats the key (indicator, jurisdiction, year) of the row before it (O015). */
        DUPLICATE,
        /** The unit is not a unit: {@code 亿美刀} (O010). */
        UNKNOWN_UNIT
    }

    /** Rows between two bad rows in the big file. */
    static final int EVERY = 10_000;

    private PeerData() {
    }

    /**
     * Writes the files.
     *
     * @param args the directory, and optionally the number of rows of the big file
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        Files.createDirectories(dir);
        Plan plan = SyntheticData.plan(100);
        SyntheticData.writePlan(dir.resolve("plan-100.json"), plan);
        SyntheticData.writePlan(dir.resolve("plan-2000.json"), SyntheticData.plan(2000));
        List<String> codes = new ArrayList<>();
        for (Indicator i : plan.indicators()) {
            codes.add(i.code());
        }
        Files.write(dir.resolve("indicators.txt"), codes, StandardCharsets.UTF_8);
        Path clean = dir.resolve("obs-clean.tmp");
        SyntheticData.writeObservations(clean, SyntheticData.Format.CSV, rows, 100, 42);
        Set<String> units = new LinkedHashSet<>();
        List<Long> bad = plant(clean, dir.resolve("obs-big.csv"), rows, EVERY, EVERY / 2, units);
        write(dir.resolve("expected-big.txt"), bad);
        List<Long> badSmall = plant(clean, dir.resolve("obs-10.csv"), 10, 10, 5, new LinkedHashSet<>());
        write(dir.resolve("expected-10.txt"), badSmall);
        Files.write(dir.resolve("units.txt"), units, StandardCharsets.UTF_8);
        Files.delete(clean);
        System.out.println("rows=" + rows + " bad=" + bad.size() + " dir=" + dir);
    }

    /**
     * Copies the first {@code rows} rows of {@code from} to {@code to}, replacing row {@code r} by a bad one when
     * {@code r % every == at}, and collects the units of the clean rows.
     *
     * @return the line numbers of the bad rows (the header is line 1)
     */
    static List<Long> plant(Path from, Path to, long rows, int every, int at, Set<String> units) throws IOException {
        List<Long> bad = new ArrayList<>();
        Fault[] faults = Fault.values();
        try (BufferedReader in = Files.newBufferedReader(from, StandardCharsets.UTF_8);
                Writer out = new BufferedWriter(Files.newBufferedWriter(to, StandardCharsets.UTF_8), 1 << 16)) {
            out.write(in.readLine());
            out.write('\n');
            String previous = null;
            for (long r = 1; r <= rows; r++) {
                String line = in.readLine();
                if (line == null) {
                    break;
                }
                String[] f = line.split(",", -1);
                String written = line;
                if (r % every == at) {
                    Fault fault = faults[(int) ((r / every) % faults.length)];
                    written = switch (fault) {
                        case BAD_VALUE -> join(f[0], f[1], f[2], "n/a", f[4], f[5]);
                        case MISSING_VALUE -> join(f[0], f[1], f[2], "", f[4], f[5]);
                        case UNKNOWN_INDICATOR -> join("C9999", f[1], f[2], f[3], f[4], f[5]);
                        case YEAR_OUT_OF_RANGE -> join(f[0], f[1], "1899", f[3], f[4], f[5]);
                        case DUPLICATE -> previous;
                        case UNKNOWN_UNIT -> join(f[0], f[1], f[2], f[3], "亿美刀", f[5]);
                    };
                    bad.add(r + 1);
                } else {
                    units.add(f[4]);
                }
                out.write(written);
                out.write('\n');
                previous = written;
            }
        }
        return bad;
    }

    private static String join(String... fields) {
        return String.join(",", fields);
    }

    private static void write(Path file, List<Long> lines) throws IOException {
        List<String> text = new ArrayList<>();
        for (long l : lines) {
            text.add(Long.toString(l));
        }
        Files.write(file, text, StandardCharsets.UTF_8);
    }
}
