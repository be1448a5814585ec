/**
 * The {@code plan-indicators} command-line tool: a picocli command with one sub-command per task
 * ({@code parse}, …), each printing JSON Lines.
 */
@NullMarked
package org.planindicators.examples.cli;

import org.jspecify.annotations.NullMarked;
