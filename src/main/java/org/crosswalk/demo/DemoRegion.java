package org.crosswalk.demo;

import java.util.List;
import org.crosswalk.access.AgencyKind;

/**
 * The four Secure Jobs Connecticut regions as the demo stages them: the agencies at each regional
 * table, the staff who sign in, and the towns families live in. Agency and staff names are invented.
 */
enum DemoRegion {

    GREATER_HARTFORD("Greater Hartford", "860",
            List.of("Hartford Rapid Rehousing Collaborative", "Capitol Region Secure Jobs", "Little Oaks Early Learning Center",
                    "Riverside Behavioral Health", "DCF Hartford Area Office", "DSS Hartford Benefits Center",
                    "BRS Hartford District Office", "American Job Center Hartford"),
            List.of("Nina Alvarez", "Dwayne Carter", "Hank Morrison", "Gloria Santiago", "Tara Whitfield",
                    "Paula Reyes", "Ruth Feldman", "Kevin O'Brien", "Lakisha Moore", "Thomas Nguyen", "Denise Holloway"),
            List.of(new Town("Hartford", 10, "06105", "06106", "06112", "06114", "06120"), new Town("East Hartford", 4, "06108"),
                    new Town("New Britain", 4, "06051", "06053"), new Town("Manchester", 2, "06040"), new Town("Bristol", 2, "06010"),
                    new Town("Windsor", 1, "06095"), new Town("Bloomfield", 1, "06002"), new Town("Enfield", 2, "06082"),
                    new Town("Wethersfield", 1, "06109"), new Town("West Hartford", 1, "06110"))),

    GREATER_NEW_HAVEN("Greater New Haven", "203",
            List.of("Elm City Housing Partners", "New Haven Works Navigators", "Quinnipiac Valley Child Care",
                    "Harborside Counseling Services", "DCF New Haven Area Office", "DSS New Haven Benefits Center",
                    "BRS New Haven District Office", "American Job Center New Haven"),
            List.of("Andrea Mitchell", "Luis Figueroa", "Brian Kessler", "Yolanda Pierce", "Marcus Bell",
                    "Wendy Tran", "Samuel Okoro", "Heather Quinn", "Rosa Delgado", "Peter Lindqvist", "Joanne Marsh"),
            List.of(new Town("New Haven", 10, "06511", "06513", "06515", "06519"), new Town("West Haven", 3, "06516"),
                    new Town("East Haven", 2, "06512"), new Town("Hamden", 2, "06514", "06517", "06518"),
                    new Town("Meriden", 3, "06450", "06451"), new Town("Ansonia", 1, "06401"), new Town("Derby", 1, "06418"),
                    new Town("Wallingford", 1, "06492"), new Town("Milford", 1, "06460"))),

    FAIRFIELD_COUNTY("Fairfield County", "203",
            List.of("Fairfield County Housing Connections", "Bridgeport Employment Pathways", "Sound Start Child Care",
                    "Pequonnock Mental Health Clinic", "DCF Bridgeport Area Office", "DSS Bridgeport Benefits Center",
                    "BRS Bridgeport District Office", "American Job Center Bridgeport"),
            List.of("Caitlin Burke", "Justin Rowe", "Monica Estrada", "Gregory Hale", "Ingrid Larsen",
                    "Tanya Brooks", "Victor Mendez", "Alison Price", "Carmen Ruiz", "Derek Stanton", "Ellen Sato"),
            List.of(new Town("Bridgeport", 10, "06604", "06605", "06606", "06607", "06608", "06610"),
                    new Town("Stamford", 4, "06901", "06902"), new Town("Norwalk", 4, "06850", "06851", "06854"),
                    new Town("Danbury", 3, "06810", "06811"), new Town("Stratford", 2, "06615"), new Town("Fairfield", 1, "06825"))),

    EASTERN_CONNECTICUT("Eastern Connecticut", "860",
            List.of("Thames Valley Housing Services", "Eastern CT Jobs Bridge", "Quinebaug Family Child Care",
                    "Norwich Community Mental Health", "DCF Norwich Area Office", "DSS Norwich Benefits Center",
                    "BRS Norwich District Office", "American Job Center Norwich"),
            List.of("Joel Ramirez", "Megan Dufresne", "Scott Albrecht", "Keisha Grant", "Laura Pelletier",
                    "Diane Kowal", "Robert Chase", "Amy Sinclair", "Jorge Batista", "Nancy Whitcomb", "Paul Harrington"),
            List.of(new Town("Norwich", 5, "06360"), new Town("New London", 4, "06320"), new Town("Willimantic", 4, "06226"),
                    new Town("Groton", 2, "06340"), new Town("Putnam", 1, "06260"), new Town("Danielson", 1, "06239"),
                    new Town("Plainfield", 1, "06374"), new Town("Colchester", 1, "06415")));

    /** Partner agencies join the regional table; the agency and staff lists above follow this order. */
    static final List<AgencyKind> PARTNERS = List.of(AgencyKind.CHILD_CARE, AgencyKind.MENTAL_HEALTH,
            AgencyKind.CHILD_WELFARE, AgencyKind.BENEFITS, AgencyKind.VOCATIONAL_REHAB, AgencyKind.CAREER_CENTER);

    record Town(String name, int weight, List<String> zips) {
        Town(String name, int weight, String... zips) {
            this(name, weight, List.of(zips));
        }
    }

    final String label;
    final String areaCode;
    private final List<String> agencyNames;
    /** Two navigators, two housing case managers, the team lead, then one person per partner agency. */
    final List<String> staffNames;
    private final List<Town> weightedTowns;

    DemoRegion(String label, String areaCode, List<String> agencyNames, List<String> staffNames, List<Town> towns) {
        this.label = label;
        this.areaCode = areaCode;
        this.agencyNames = agencyNames;
        this.staffNames = staffNames;
        this.weightedTowns = towns.stream().flatMap(t -> java.util.Collections.nCopies(t.weight(), t).stream()).toList();
    }

    /** Agency names follow {@link AgencyKind}'s order: housing, employment, then the partners. */
    String agencyName(AgencyKind kind) {
        return agencyNames.get(kind.ordinal());
    }

    Town town(Dice dice) {
        return dice.pick(weightedTowns);
    }
}
