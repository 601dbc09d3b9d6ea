/** The matcher core: preparation, comparison, blocking, EM-estimated Fellegi–Sunter weights. No Spring. */
package org.crosswalk.linkage.matching;
