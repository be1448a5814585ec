package org.planindicators.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One in-process run of {@code plan-indicators}, through {@link PlanIndicatorsCommand#run}, the path {@code main}
 * takes: the raw bytes written to standard output and error.
 */
record CliRun(int exitCode, byte[] stdout, byte[] stderr) {
    static CliRun run(String... args) {
        return runWithStdin(new byte[0], args);
    }

    static CliRun runWithStdin(String stdin, String... args) {
        return runWithStdin(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static CliRun runWithStdin(byte[] stdin, String... args) {
        return runWithStdin(new ByteArrayInputStream(stdin), args);
    }

    static CliRun runWithStdin(InputStream stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PlanIndicatorsCommand.run(stdin, out, err, args);
        return new CliRun(code, out.toByteArray(), err.toByteArray());
    }

    /** Standard output decoded strictly as UTF-8; fails on malformed bytes. */
    String out() {
        return strictUtf8(stdout);
    }

    /** Standard error decoded strictly as UTF-8. */
    String err() {
        return strictUtf8(stderr);
    }

    /** The output lines, each parsed as JSON. */
    List<JsonNode> json() {
        String text = out();
        if (text.isEmpty()) {
            return List.of();
        }
        if (!text.endsWith("\n")) {
            throw new AssertionError("output does not end with a line break: " + text);
        }
        return Arrays.stream(text.substring(0, text.length() - 1).split("\n", -1))
                .map(TargetJson.MAPPER::readTree)
                .toList();
    }

    /** The only output line, parsed as JSON. */
    JsonNode single() {
        List<JsonNode> lines = json();
        if (lines.size() != 1) {
            throw new AssertionError("expected one line of output, got " + lines.size() + ": " + out());
        }
        return lines.get(0);
    }

    static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("not valid UTF-8", e);
        }
    }
}
