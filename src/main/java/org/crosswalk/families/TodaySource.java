package org.crosswalk.families;

import java.time.LocalDate;
import java.util.List;
import org.crosswalk.access.Viewer;

/**
 * Implemented by each module that has work waiting for a caseworker. Return items for households on
 * the viewer's caseload (the view {@code families.caseload}) or addressed to the viewer's agency
 * (a partner's inbox), and only for households the viewer may read
 * ({@code access.readable_households}).
 */
public interface TodaySource {

    List<ActionItem> actionsFor(Viewer viewer, LocalDate today);
}
