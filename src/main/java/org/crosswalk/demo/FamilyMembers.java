package org.crosswalk.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.crosswalk.families.FamilyBatch.Person;
import org.crosswalk.shared.HudCode.Relationship;
import org.crosswalk.shared.HudCode.Sex;
import org.crosswalk.shared.HudCode.YesNo;
import org.crosswalk.shared.HudRace;

/** Draws the people of one household: the parent who heads it, perhaps a partner, and the children. */
final class FamilyMembers {

    enum Shape {
        SINGLE_MOTHER(0.94), TWO_PARENTS(0.035), SINGLE_FATHER(0.025);

        final double weight;

        Shape(double weight) {
            this.weight = weight;
        }
    }

    private static final List<HudRace> MIXED_HERITAGE = List.of(HudRace.BLACK_AF_AMERICAN, HudRace.WHITE,
            HudRace.HISPANIC_LATINAEO);

    private final Dice dice;
    private final LocalDate today;

    FamilyMembers(Dice dice, LocalDate today) {
        this.dice = dice;
        this.today = today;
    }

    /** Children's ages are decided first, so the parent is always old enough to be their parent. */
    List<Person> draw(Shape shape, Origin origin, List<Integer> childAges, String areaCode) {
        Heritage heritage = dice.pick(origin.heritages());
        int oldestChild = childAges.stream().mapToInt(Integer::intValue).max().orElse(0);
        // Skewed young: most parents in the cohort are in their twenties or early thirties.
        int age = 19 + (int) (26 * Math.pow(dice.fraction(), 1.4));
        age = Math.min(45, Math.max(age, oldestChild + 16 + dice.between(0, 4)));
        Sex headSex = shape == Shape.SINGLE_FATHER || (shape == Shape.TWO_PARENTS && dice.chance(0.5)) ? Sex.MALE : Sex.FEMALE;
        String surname = dice.pick(heritage.surnames);
        String language = heritage.preferredLanguage(dice);

        List<Person> members = new ArrayList<>();
        members.add(adult(Relationship.SELF, headSex, heritage, surname, age, origin.race(), language, phone(areaCode, 0.95)));
        if (shape == Shape.TWO_PARENTS) {
            Sex partnerSex = headSex == Sex.FEMALE ? Sex.MALE : Sex.FEMALE;
            String partnerSurname = dice.chance(0.5) ? surname : dice.pick(heritage.surnames);
            int partnerAge = Math.max(19, age + dice.between(-3, 5));
            members.add(adult(Relationship.SPOUSE_OR_PARTNER, partnerSex, heritage, partnerSurname, partnerAge,
                    origin.race(), language, phone(areaCode, 0.6)));
        }
        for (int childAge : childAges) {
            Sex sex = dice.chance(0.5) ? Sex.FEMALE : Sex.MALE;
            // Some children carry their father's surname rather than their mother's.
            String childSurname = dice.chance(0.8) ? surname : dice.pick(heritage.surnames);
            members.add(new Person(dice.uuid(), Relationship.CHILD, firstName(heritage, sex), middleName(heritage, sex, 0.3),
                    childSurname, birthDate(childAge), childRace(origin.race()), sex, YesNo.NOT_COLLECTED, language, null,
                    ssn(0.85)));
        }
        return List.copyOf(members);
    }

    private Person adult(Relationship relationship, Sex sex, Heritage heritage, String surname, int age,
                         List<HudRace> race, String language, String phone) {
        YesNo veteran = dice.chance(0.02) ? YesNo.YES : YesNo.NO;
        return new Person(dice.uuid(), relationship, firstName(heritage, sex), middleName(heritage, sex, 0.25), surname,
                birthDate(age), race, sex, veteran, language, phone, ssn(0.85));
    }

    private String firstName(Heritage heritage, Sex sex) {
        return dice.pick(sex == Sex.FEMALE ? heritage.femaleNames : heritage.maleNames);
    }

    private String middleName(Heritage heritage, Sex sex, double chance) {
        return dice.chance(chance) ? firstName(heritage, sex) : null;
    }

    private LocalDate birthDate(int age) {
        return today.minusYears(age).minusDays(dice.between(0, 364));
    }

    /** Most children share the parent's answer; some have a parent of another background. */
    private List<HudRace> childRace(List<HudRace> parentRace) {
        if (!dice.chance(0.15)) {
            return parentRace;
        }
        EnumSet<HudRace> race = EnumSet.copyOf(parentRace);
        race.add(dice.pick(MIXED_HERITAGE));
        return List.copyOf(race);
    }

    /** 555-0100 to 555-0199 are reserved for fiction, so no real phone rings. */
    private String phone(String areaCode, double chance) {
        return dice.chance(chance) ? "(%s) 555-01%02d".formatted(areaCode, dice.between(0, 99)) : null;
    }

    /** An SSN shaped like one SSA could issue (no 000, 666 or 9xx area, no 00 group, no 0000 serial), or none. */
    private String ssn(double chance) {
        if (!dice.chance(chance)) {
            return null;
        }
        int area = dice.between(1, 898);
        return "%03d-%02d-%04d".formatted(area >= 666 ? area + 1 : area, dice.between(1, 99), dice.between(1, 9999));
    }
}
