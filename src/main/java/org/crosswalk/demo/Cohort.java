package org.crosswalk.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.families.FamilyBatch;

/**
 * The demo cohort, modelled on the Secure Jobs Connecticut enrolment: 161 parents with 285
 * children, almost half under six; 94% single mothers, 89% women of color, about $610 a month.
 * Pure: one seed and one day give the same families, drawn one at a time so a large cohort never
 * sits in memory. Shares that matter are drawn as quotas so that a small cohort hits them too.
 */
final class Cohort implements Iterator<DemoFamily> {

    static final int PUBLISHED_PARENTS = 161;
    static final int PUBLISHED_CHILDREN = 285;
    static final double UNDER_SIX = 0.47;
    /** A navigator's realistic caseload, kept at any cohort size so her "My families" page stays readable. */
    static final int NINA_CASELOAD_CAP = 25;

    private static final double[] REGION_WEIGHTS = {0.36, 0.28, 0.22, 0.14};
    private static final double[] CHILD_COUNT_WEIGHTS = {0, 0.48, 0.33, 0.13, 0.05, 0.01};
    private static final List<String> STREETS = List.of("Main Street", "Park Street", "Broad Street", "Elm Street",
            "Maple Avenue", "Washington Street", "Franklin Avenue", "Church Street", "High Street", "Prospect Street",
            "Oak Street", "Pine Street", "Summer Street", "School Street", "Union Street", "Spring Street",
            "Mill Street", "Bank Street", "Pleasant Street", "Chestnut Street", "Laurel Street", "Grand Avenue",
            "Central Avenue", "Lafayette Street", "Howard Avenue", "Garden Street", "Wooster Street", "Hillside Avenue",
            "Capitol Avenue", "Farmington Avenue", "Asylum Street", "Whalley Avenue", "Dixwell Avenue", "Fairfield Avenue",
            "Boston Avenue", "Stratford Avenue", "Thames Street", "Jackson Street", "Water Street", "Ridge Road");

    private final Dice dice;
    private final LocalDate today;
    private final FamilyMembers people;
    private final ConsentHistory consents;
    private final int size;
    private final int[] regions;
    /** Per region, so every region's employment agency gets its share of families. */
    private final int[][] ownersByRegion;
    private final int[] drawnByRegion = new int[DemoRegion.values().length];
    private final int[] dvRestricted;
    private final int[] shapes;
    private final int[] origins;
    private final int[] childCounts;
    private final int[] underSix;
    private final int[] incomeBands;
    private final int[] consentPlans;
    private int drawn;
    private int childrenDrawn;
    private int ninaCaseload;

    Cohort(long seed, int households, LocalDate today) {
        this.dice = new Dice(seed);
        this.today = today;
        this.people = new FamilyMembers(dice, today);
        this.consents = new ConsentHistory(dice, today);
        this.size = households;
        this.regions = dice.quota(households, REGION_WEIGHTS);
        this.ownersByRegion = new int[REGION_WEIGHTS.length][];
        for (int r = 0; r < REGION_WEIGHTS.length; r++) {
            int region = r;
            ownersByRegion[r] = dice.quota((int) IntStream.of(regions).filter(x -> x == region).count(), 0.6, 0.4);
        }
        this.dvRestricted = dice.quota(households, 0.97, 0.03);
        this.shapes = dice.quota(households, Arrays.stream(FamilyMembers.Shape.values()).mapToDouble(s -> s.weight).toArray());
        this.origins = dice.quota(households, Origin.weights());
        this.childCounts = childCounts(households);
        this.underSix = dice.quota(IntStream.of(childCounts).sum(), 1 - UNDER_SIX, UNDER_SIX);
        this.incomeBands = dice.quota(households, IncomeBand.weights());
        this.consentPlans = dice.quota(households, Arrays.stream(ConsentHistory.Plan.values()).mapToDouble(p -> p.weight).toArray());
    }

    static List<DemoFamily> generate(long seed, int households, LocalDate today) {
        List<DemoFamily> families = new ArrayList<>(households);
        new Cohort(seed, households, today).forEachRemaining(families::add);
        return families;
    }

    @Override
    public boolean hasNext() {
        return drawn < size;
    }

    @Override
    public DemoFamily next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int i = drawn++;
        int r = regions[i];
        DemoRegion region = DemoRegion.values()[r];
        AgencyKind owner = ownersByRegion[r][drawnByRegion[r]++] == 0 ? AgencyKind.HOUSING : AgencyKind.EMPLOYMENT;
        List<Integer> childAges = new ArrayList<>();
        for (int c = 0; c < childCounts[i]; c++) {
            childAges.add(underSix[childrenDrawn++] == 1 ? dice.between(0, 5) : dice.between(6, 17));
        }
        childAges.sort((a, b) -> b - a);
        var members = people.draw(FamilyMembers.Shape.values()[shapes[i]], Origin.ALL.get(origins[i]), childAges,
                region.areaCode);
        var history = consents.draw(ConsentHistory.Plan.values()[consentPlans[i]], owner);
        LocalDate enrolled = today.minusDays(dice.between(20, 1100));
        if (!history.isEmpty() && history.getFirst().signedOn().isBefore(enrolled)) {
            enrolled = history.getFirst().signedOn();
        }
        return new DemoFamily(dice.uuid(), region, owner, worker(region, owner), dvRestricted[i] == 1, enrolled,
                address(region), members, IncomeBand.values()[incomeBands[i]].draw(dice, today), history);
    }

    /**
     * Child counts in the published proportions, then nudged so the total is exactly
     * households × 285/161 (285 for the default 161).
     */
    private int[] childCounts(int households) {
        int[] counts = dice.quota(households, CHILD_COUNT_WEIGHTS);
        long target = Math.round((double) households * PUBLISHED_CHILDREN / PUBLISHED_PARENTS);
        long total = IntStream.of(counts).sum();
        while (total != target) {
            int i = dice.between(0, households - 1);
            if (total > target && counts[i] > 1) {
                counts[i]--;
                total--;
            } else if (total < target && counts[i] < CHILD_COUNT_WEIGHTS.length - 1) {
                counts[i]++;
                total++;
            }
        }
        return counts;
    }

    /** Housing families go to either case manager; the first navigator carries most employment families. */
    private String worker(DemoRegion region, AgencyKind owner) {
        List<DemoStaff> caseworkers = DemoStaff.caseworkers(region, owner);
        if (owner == AgencyKind.HOUSING) {
            return dice.pick(caseworkers).username();
        }
        double roll = dice.fraction();
        DemoStaff chosen = caseworkers.get(roll < 0.8 ? 0 : roll < 0.92 ? 1 : 2);
        // Past her cap, nina's new families go to her colleague.
        if (chosen.username().equals(DemoStaff.NAVIGATOR) && ninaCaseload++ >= NINA_CASELOAD_CAP) {
            chosen = caseworkers.get(1);
        }
        return chosen.username();
    }

    private FamilyBatch.Address address(DemoRegion region) {
        DemoRegion.Town town = region.town(dice);
        String line2 = dice.chance(0.45) ? "Apt " + dice.between(1, 4) + dice.pick(List.of("A", "B", "C", "D", "R", "L")) : null;
        return new FamilyBatch.Address(dice.between(12, 1480) + " " + dice.pick(STREETS), line2, town.name(), "CT",
                dice.pick(town.zips()));
    }
}
