/**
 * Cross-agency record linkage: the same person held by several agencies, found and linked (never
 * merged). The matcher ({@code linkage.matching}) is plain Java: Fellegi–Sunter with weights
 * estimated by EM, several blocking keys plus a sorted-neighbourhood pass, and a privacy-preserving
 * mode over keyed Bloom-filter encodings. See {@code docs/linkage.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Linkage")
package org.crosswalk.linkage;
