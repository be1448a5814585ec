package org.planindicators.cli;

/** What a command prints: {@code --format text|json}, shared by {@code validate}, {@code evaluate} and {@code calc}. */
enum OutputFormat {
    /** For people: a report, a table, a result and its explanation. */
    text,
    /** One JSON document, for programs: the contract the README gives for each command. */
    json
}
