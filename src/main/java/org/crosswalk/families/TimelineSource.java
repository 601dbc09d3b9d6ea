package org.crosswalk.families;

import java.util.List;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.HouseholdId;

/**
 * Implemented by each module that records events in a family's journey. Called only after the
 * families module has checked that the viewer may read the household; a source must still leave
 * out what the viewer may not see (sensitive barriers without consent that covers them,
 * agency-private notes of other agencies).
 */
public interface TimelineSource {

    List<TimelineEntry> timeline(Viewer viewer, HouseholdId household);
}
