/**
 * Import and validation of plan documents, indicator tables and observations.
 *
 * <p>This module is filled by the import-and-validation issue; until then it only fixes the module's name and
 * its dependency on the core model.
 */
@NullMarked
package org.planindicators.validation;

import org.jspecify.annotations.NullMarked;
