package org.planindicators.plan;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How settled an observed figure is: a subset of SDMX's observation status (the cross-domain concept OBS_STATUS,
 * code list {@code SDMX:CL_OBS_STATUS} version 2.2; its codes are those of version 2.0 plus K and W), with the
 * statuses Chinese statistics give a figure.
 *
 * <p>{@link #sdmxCode()} gives the matching SDMX code: P provisional, A normal, E estimated, F forecast. CL_OBS_STATUS
 * has no code for a revised value (SDMX records revisions outside the status flag), so {@link #REVISED} has none; a
 * revised figure exported to SDMX is a normal value, A.
 */
public enum ObservationStatus {
    /**
     * 初步核算: a first figure, to be verified (初步核算数), including 预计数, the figure a January report gives for a
     * year just ended. SDMX P, provisional value.
     */
    PRELIMINARY("preliminary", "初步核算", "preliminary", "P"),
    /** 最终核实: the verified figure (最终核实数), as the yearbook gives it. SDMX A, normal value. */
    FINAL("final", "最终核实", "final", "A"),
    /** 修订: a figure changed after it was final, after a census for instance. No SDMX code. */
    REVISED("revised", "修订", "revised", null),
    /** 估计: an estimate where no count exists. SDMX E, estimated value. */
    ESTIMATED("estimated", "估计", "estimated", "E"),
    /** 预测: a forecast of a figure not yet measured. SDMX F, forecast value. */
    FORECAST("forecast", "预测", "forecast", "F");

    private final String code;
    private final String chineseName;
    private final String englishName;
    private final @Nullable String sdmxCode;

    ObservationStatus(String code, String chineseName, String englishName, @Nullable String sdmxCode) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.sdmxCode = sdmxCode;
    }

    /**
     * The stable code: {@code preliminary}, {@code final}, {@code revised}, {@code estimated}, {@code forecast}.
     *
     * @return the stable code: {@code preliminary}, {@code final}, {@code revised}, {@code estimated}, {@code
     *     forecast}
     */
    public String code() {
        return code;
    }

    /** {@return the name in Chinese: 初步核算, 最终核实, 修订, 估计, 预测} */
    public String chineseName() {
        return chineseName;
    }

    /** {@return the name in English} */
    public String englishName() {
        return englishName;
    }

    /** {@return the code in SDMX CL_OBS_STATUS 2.2: P, A, E or F; empty for {@link #REVISED}, which has none} */
    public Optional<String> sdmxCode() {
        return Optional.ofNullable(sdmxCode);
    }

    /**
     * The status with this code.
     *
     * @param code the stable code
     * @return the status with this code
     * @throws IllegalArgumentException for an unknown code, naming it
     */
    public static ObservationStatus ofCode(String code) {
        return Checks.byCode(values(), ObservationStatus::code, code, "observation status");
    }

    /**
     * The status an SDMX CL_OBS_STATUS code maps to: P, A, E or F.
     *
     * @param sdmxCode the SDMX code: P, A, E or F
     * @return the status an SDMX CL_OBS_STATUS code maps to: P, A, E or F
     * @throws IllegalArgumentException for any other code (B break, M missing …), naming it
     */
    public static ObservationStatus ofSdmxCode(String sdmxCode) {
        Objects.requireNonNull(sdmxCode, "sdmxCode");
        for (ObservationStatus s : values()) {
            if (sdmxCode.equals(s.sdmxCode)) {
                return s;
            }
        }
        throw new IllegalArgumentException("SDMX observation status '" + sdmxCode
                + "' has no ObservationStatus; expected P, A, E or F");
    }
}
