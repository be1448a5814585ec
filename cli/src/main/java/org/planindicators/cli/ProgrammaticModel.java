package org.planindicators.cli;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Options and positional parameters built by picocli's programmatic API ({@code OptionSpec.builder}) as picocli builds
 * them by reflection from an {@code @Option} or {@code @Parameters} field: with the annotation's defaults where the
 * builder's differ, and bound to the command's field through a getter and a setter, so that a command built either
 * way keeps its values in the same fields and runs the same {@code call()}. Used by {@link ValidateCommand#model()},
 * which spares a run of {@code validate} picocli's reflection over annotations at start-up.
 */
final class ProgrammaticModel {
    private ProgrammaticModel() {
    }

    /**
     * An option builder with the defaults of {@code @Option}: an empty description key and prompt, where the builder
     * has none.
     *
     * @param name the option's name
     * @return a builder for the option
     */
    static OptionSpec.Builder option(String name) {
        return OptionSpec.builder(name).descriptionKey("").prompt("");
    }

    /** {@return a positional-parameter builder with the defaults of {@code @Parameters}} */
    static PositionalParamSpec.Builder positional() {
        return PositionalParamSpec.builder().descriptionKey("").prompt("");
    }

    /**
     * The model of {@code mixinStandardHelpOptions = true}, built as picocli's {@code
     * CommandSpec.mixinStandardHelpOptions(true)} does but without reflection over its annotated mixin: {@code -h,
     * --help} and {@code -V, --version} with picocli's names, texts and description keys, mixed into {@code
     * command} under picocli's key (so that {@code command.mixinStandardHelpOptions()} is true). Call it after the
     * command's own options, where picocli adds them.
     *
     * @param command the command that gets the options
     */
    static void standardHelpOptions(CommandSpec command) {
        StandardHelpOptions values = new StandardHelpOptions();
        CommandSpec mixin = CommandSpec.wrapWithoutInspection(values);
        mixin.addOption(bound(option("${picocli.help.name.0:--h}"), () -> values.helpRequested,
                v -> values.helpRequested = v).names("${picocli.help.name.0:--h}", "${picocli.help.name.1:---help}")
                .usageHelp(true).descriptionKey("mixinStandardHelpOptions.help").paramLabel("<helpRequested>")
                .description("Show this help message and exit.").type(boolean.class).build());
        mixin.addOption(bound(option("${picocli.version.name.0:--V}"), () -> values.versionRequested,
                v -> values.versionRequested = v).names("${picocli.version.name.0:--V}",
                "${picocli.version.name.1:---version}").versionHelp(true)
                .descriptionKey("mixinStandardHelpOptions.version").paramLabel("<versionRequested>")
                .description("Print version information and exit.").type(boolean.class).build());
        command.addMixin(STANDARD_HELP_OPTIONS, mixin);
    }

    /** The key under which picocli keeps the mixin of {@code mixinStandardHelpOptions}. */
    static final String STANDARD_HELP_OPTIONS = "mixinStandardHelpOptions";

    /** The values of the standard help options, as picocli's own mixin keeps them. */
    private static final class StandardHelpOptions {
        private boolean helpRequested;
        private boolean versionRequested;
    }

    /**
     * The option bound to a field: its initial value is the field's now, and picocli reads and writes the field.
     *
     * @param <T> the field's type
     * @param builder the option's builder
     * @param getter reads the field
     * @param setter writes the field
     * @return {@code builder}
     */
    static <T> OptionSpec.Builder bound(OptionSpec.Builder builder, Supplier<T> getter, Consumer<T> setter) {
        FieldBinding<T> field = new FieldBinding<>(getter, setter);
        return builder.initialValue(getter.get()).getter(field).setter(field);
    }

    /**
     * The positional parameter bound to a field, as {@link #bound(OptionSpec.Builder, Supplier, Consumer)} an option.
     *
     * @param <T> the field's type
     * @param builder the parameter's builder
     * @param getter reads the field
     * @param setter writes the field
     * @return {@code builder}
     */
    static <T> PositionalParamSpec.Builder bound(PositionalParamSpec.Builder builder, Supplier<T> getter,
            Consumer<T> setter) {
        FieldBinding<T> field = new FieldBinding<>(getter, setter);
        return builder.initialValue(getter.get()).getter(field).setter(field);
    }

    /** A getter and setter of a field, as lambdas, in the shape of picocli's generic {@link IGetter} and {@link ISetter}. */
    private static final class FieldBinding<T> implements IGetter, ISetter {
        private final Supplier<T> getter;
        private final Consumer<T> setter;

        FieldBinding(Supplier<T> getter, Consumer<T> setter) {
            this.getter = Objects.requireNonNull(getter, "getter");
            this.setter = Objects.requireNonNull(setter, "setter");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> R get() {
            return (R) getter.get();
        }

        /** Writes the field and returns the value before; picocli gives only values of the argument's type. */
        @Override
        @SuppressWarnings("unchecked")
        public <R> R set(R value) {
            R old = get();
            setter.accept((T) value);
            return old;
        }
    }
}
