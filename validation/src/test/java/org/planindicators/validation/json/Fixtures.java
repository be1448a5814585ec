package org.planindicators.validation.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.PlanJson;

/** The JSON fixtures under {@code src/test/resources/json}. */
final class Fixtures {
    /** The good fixtures: three seed plans, each in the form the writer writes (but for Qingbaijiang's "[13.5]"). */
    static final String QINGBAIJIANG = "good/qingbaijiang-14th-fyp.json";
    static final String TIANFU = "good/tianfu-new-area-2022-2027.json";
    static final String WENJIANG = "good/wenjiang-2023-report.json";

    private Fixtures() {
    }

    static Path path(String name) {
        URL url = Fixtures.class.getResource("/json/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportResult<Plan> read(String name) {
        return PlanJson.read(path(name), ImportOptions.defaults());
    }

    static Plan plan(String name) {
        ImportResult<Plan> r = read(name);
        if (r.value() == null) {
            throw new AssertionError(name + " has problems:\n" + describe(r));
        }
        return r.value();
    }

    static String describe(ImportResult<?> r) {
        return r.report().problems().stream().map(p -> p + " | field=" + p.field() + " value=" + p.value())
                .collect(Collectors.joining("\n"));
    }

    static String english(ImportResult<?> r) {
        return r.report().problems().stream().map(p -> p.message(Locale.ENGLISH)).collect(Collectors.joining("\n"));
    }
}
