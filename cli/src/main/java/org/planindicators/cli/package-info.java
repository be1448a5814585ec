/**
 * The {@code plan-indicators} command-line tool: a picocli command with one sub-command per task
 * ({@code parse}, …), each printing JSON Lines.
 */
@NullMarked
package org.planindicators.cli;

import org.jspecify.annotations.NullMarked;
