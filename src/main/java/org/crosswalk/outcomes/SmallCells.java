package org.crosswalk.outcomes;

/**
 * The small-cell rule every aggregate page follows for state analysts, written once: a cell counting
 * 1 to 10 ({@link #SMALLEST_SHOWN} − 1) is hidden, and so is a total over regions when any region is
 * hidden, since the total minus the shown regions would reveal it. Zero is shown: it describes nobody,
 * and hiding it would let one empty region hide every statewide figure.
 */
final class SmallCells {

    /** Cells describing fewer than this are not shown to state analysts. */
    static final int SMALLEST_SHOWN = 11;

    /** What a hidden cell shows, on the page and in exports. */
    static final String HIDDEN = "n<11";

    private SmallCells() {
    }

    static boolean tooSmall(long count) {
        return count > 0 && count < SMALLEST_SHOWN;
    }

    /**
     * Whether the total over {@code regions} regions must be hidden. With a single region the total is
     * that region, so it is hidden exactly when the region is.
     */
    static boolean totalHidden(boolean anyRegionHidden, int regions, long total) {
        return anyRegionHidden && regions > 1 || tooSmall(total);
    }
}
