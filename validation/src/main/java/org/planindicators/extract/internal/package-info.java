/**
 * The extractor's rules, one seam a class: text normalisation, section tracking, agencies, 分别 splitting, naming,
 * target-versus-result classification, writing. Not exported.
 */
@NullMarked
package org.planindicators.extract.internal;

import org.jspecify.annotations.NullMarked;
