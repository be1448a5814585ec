/** Implementation of the validation module; not exported. */
@NullMarked
package org.planindicators.validation.internal;

import org.jspecify.annotations.NullMarked;
