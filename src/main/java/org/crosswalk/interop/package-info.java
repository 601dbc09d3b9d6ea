/**
 * Interoperability: HUD HMIS CSV (FY2024 and FY2026) in and out, quarterly UI wage records and the
 * WIOA primary indicators. An HMIS import stages every source row in schema {@code interop} (by
 * SourceID, file and the file's own key, newer DateUpdated wins), reports what is wrong per file and
 * row, and maps households, members, enrollments and exits, income and living situations into the
 * owning modules through their batch loaders. Publishes {@code interop.hmis_household_facts}.
 * See {@code docs/interop.md}.
 */
package org.crosswalk.interop;
