package org.crosswalk.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.families.FamilyBatch;

/**
 * The same mother registered a second time, by the other Secure Jobs agency of her region — the
 * housing agency when the employment provider holds her family, and the other way round — as
 * happens when agencies keep their own records: the second agency registered her alone (an adult
 * program), typed her name with a typo or a nickname, swapped day and month of her birth date,
 * recorded a newer address, or did not take her SSN — three are clear enough to link, one (a surname
 * typo, a wrong digit of the birth day, a move and no SSN) waits for a person in the review queue. Record linkage finds these pairs when the demo
 * loads, so its review queue and links have something to show. Only mothers whose family consented
 * to share with the other agency are chosen, so caseworkers of both agencies may see both records.
 * These households are written after the cohort and are not part of it: the cohort's published
 * figures ({@link Cohort}) stay as they are.
 */
final class SecondRegistrations {

    static final int COUNT = 4;

    /** Given names and the short forms a second agency might have typed. */
    private static final Map<String, String> NICKNAMES = Map.ofEntries(Map.entry("Guadalupe", "Lupe"),
            Map.entry("Elizabeth", "Liz"), Map.entry("Jessica", "Jessie"), Map.entry("Jennifer", "Jenny"),
            Map.entry("Stephanie", "Steph"), Map.entry("Patricia", "Patty"), Map.entry("Margarita", "Rita"),
            Map.entry("Alexandra", "Alex"), Map.entry("Katherine", "Kathy"), Map.entry("Christina", "Tina"),
            Map.entry("Rebecca", "Becky"), Map.entry("Victoria", "Vicky"), Map.entry("Samantha", "Sam"),
            Map.entry("Kimberly", "Kim"), Map.entry("Deborah", "Debbie"), Map.entry("Josefina", "Josie"));

    private final List<DemoFamily> chosen = new ArrayList<>();

    /** Offers a cohort family as it is drawn; the first {@link #COUNT} that fit are kept. */
    void offer(DemoFamily family, LocalDate today) {
        if (chosen.size() < COUNT && fits(family, today)) chosen.add(family);
    }

    private static boolean fits(DemoFamily f, LocalDate today) {
        AgencyKind other = other(f.owner());
        return f.region() == DemoRegion.GREATER_HARTFORD && !f.dvRestricted()
                && f.head().sex() == org.crosswalk.shared.HudCode.Sex.FEMALE && f.head().ssn() != null
                && f.consents().stream().anyMatch(c -> c.activeOn(today) && c.agencies().contains(other));
    }

    private static AgencyKind other(AgencyKind owner) {
        return owner == AgencyKind.HOUSING ? AgencyKind.EMPLOYMENT : AgencyKind.HOUSING;
    }

    /** The cohort families whose mothers are registered again, in the order of {@link #families}. */
    List<DemoFamily> originals() {
        return List.copyOf(chosen);
    }

    /** The second registrations of the chosen mothers, each with its own kind of discrepancy. */
    List<DemoFamily> families(long seed, LocalDate today) {
        Dice dice = new Dice(seed ^ 0x5EC0_4D4EL);
        List<DemoFamily> out = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            DemoFamily original = chosen.get(i);
            FamilyBatch.Person mother = original.head();
            String first = mother.firstName(), last = mother.lastName(), ssn = mother.ssn();
            LocalDate born = mother.birthDate();
            FamilyBatch.Address address = original.address();
            switch (i % COUNT) {
                case 0 -> first = NICKNAMES.getOrDefault(first, swapInner(first)); // a nickname, else two letters swapped
                case 1 -> { // day and month swapped (or the year off by one), and she has moved since
                    born = born.getDayOfMonth() <= 12 && born.getDayOfMonth() != born.getMonthValue()
                            ? LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue()) : born.plusYears(1);
                    address = new FamilyBatch.Address(dice.between(12, 1480) + " Wethersfield Avenue", null, "Hartford", "CT", "06114");
                }
                case 2 -> { // a letter of the surname dropped, no SSN taken, a digit of the birth day wrong, moved:
                    // enough doubt that a person should look (the review queue)
                    last = last.length() > 4 ? last.substring(0, 2) + last.substring(3) : last + "e";
                    ssn = null;
                    born = born.withDayOfMonth(born.getDayOfMonth() <= 18 ? born.getDayOfMonth() + 10 : born.getDayOfMonth() - 10);
                    address = new FamilyBatch.Address(dice.between(12, 1480) + " Franklin Avenue", null, "Hartford", "CT", "06114");
                }
                default -> last = last + "-" + dice.pick(List.of("Rivera", "Santos", "Morales", "Brooks")); // a second surname added
            }
            AgencyKind owner = other(original.owner());
            FamilyBatch.Person again = new FamilyBatch.Person(dice.uuid(), mother.relationship(), first, null, last, born,
                    mother.race(), mother.sex(), mother.veteranStatus(), mother.preferredLanguage(), mother.phone(), ssn);
            LocalDate registered = today.minusDays(dice.between(10, 200));
            DemoFamily.Consent consent = new DemoFamily.Consent(dice.uuid(), registered, registered.plusYears(1),
                    List.of(original.owner()), false, false, null, null);
            out.add(new DemoFamily(dice.uuid(), original.region(), owner, DemoStaff.caseworkers(original.region(), owner).getFirst().username(),
                    false, registered, address, List.of(again), original.income(), List.of(consent)));
        }
        return out;
    }

    private static String swapInner(String name) {
        if (name.length() < 4) return name + "a";
        char[] c = name.toCharArray();
        char x = c[2];
        c[2] = c[3];
        c[3] = x;
        return new String(c);
    }
}
