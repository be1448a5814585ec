package org.planindicators.validation.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.IndicatorTables;

/** The table fixtures under {@code src/test/resources/table}, and ways to read them. */
final class TableFixtures {
    /** The Qingbaijiang-shaped table, UTF-8 without BOM. */
    static final String QINGBAIJIANG = "good/qingbaijiang.csv";
    /** An excerpt of the national table, saved as GBK with CRLF line ends. */
    static final String NATIONAL_GBK = "good/national-gbk.csv";
    /** A table with English headers. */
    static final String ENGLISH = "good/english.csv";
    /** A table whose headers give no year. */
    static final String NO_YEARS = "good/no-years.csv";

    private TableFixtures() {
    }

    /** The bytes of {@code table/<name>}. */
    static byte[] bytes(String name) {
        try (InputStream in = TableFixtures.class.getResourceAsStream("/table/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture table/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the UTF-8 fixture {@code name}. */
    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** {@code text} in {@code charset}, after a UTF-8 BOM when {@code bom}. */
    static byte[] encode(String text, Charset charset, boolean bom) {
        byte[] body = text.getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    /** Reads {@code bytes} as the table {@code name}. */
    static ImportResult<Plan> read(byte[] bytes, String name, ImportOptions options) {
        return IndicatorTables.read(new ByteArrayInputStream(bytes), name, options);
    }

    /** Reads the fixture {@code name}. */
    static ImportResult<Plan> read(String name, ImportOptions options) {
        return read(bytes(name), name, options);
    }

    /** Reads the fixture {@code name} with the default options. */
    static ImportResult<Plan> read(String name) {
        return read(name, ImportOptions.defaults());
    }

    /** Reads CSV text written by the writer. */
    static ImportResult<Plan> readText(String csv, String name) {
        return read(csv.getBytes(StandardCharsets.UTF_8), name, ImportOptions.defaults());
    }
}
