/**
 * Implementation details of plan-indicators core. Not exported by the module; no compatibility promises.
 */
@NullMarked
package org.planindicators.internal;

import org.jspecify.annotations.NullMarked;
