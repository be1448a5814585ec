package org.planindicators.validation.observation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Observation;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Observations;
import org.planindicators.validation.Problem;
import org.planindicators.validation.ValidationReport;
import org.planindicators.validation.internal.observation.KeyHasher;
import org.planindicators.validation.internal.observation.ObservationReader;

/** What a read gave: the report and the observations delivered. */
record Reads(ValidationReport report, List<Observation> observations) {
    /** The year the tests take as the current one, for {@code FUTURE_PERIOD}. */
    static final int CURRENT_YEAR = 2025;

    /** Reads {@code content} (UTF-8) as the file {@code name}. */
    static Reads of(String name, String content, @Nullable Plan plan) {
        return of(name, content.getBytes(StandardCharsets.UTF_8), plan);
    }

    /** Reads {@code bytes} as the file {@code name}, with the current year fixed at {@link #CURRENT_YEAR}. */
    static Reads of(String name, byte[] bytes, @Nullable Plan plan) {
        List<Observation> out = new ArrayList<>();
        ValidationReport r = new ObservationReader(ImportOptions.defaults(), plan, CURRENT_YEAR,
                new KeyHasher(1, 2), 1 << 26).read(new ByteArrayInputStream(bytes), name, out::add);
        return new Reads(r, out);
    }

    /** Reads the test resource {@code observation/<path>} through the public facade. */
    static Reads resource(String path, @Nullable Plan plan) {
        List<Observation> out = new ArrayList<>();
        try (InputStream in = Reads.class.getResourceAsStream("/observation/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource observation/" + path);
            }
            ValidationReport r = Observations.read(in, path, ImportOptions.defaults(), plan, out::add);
            return new Reads(r, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems listed. */
    List<Problem> problems() {
        return report.problems();
    }

    /** The codes of the problems listed, in order. */
    List<String> codes() {
        return report.problems().stream().map(p -> p.code().code()).toList();
    }
}
