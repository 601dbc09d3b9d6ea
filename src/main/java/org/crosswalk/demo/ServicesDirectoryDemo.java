package org.crosswalk.demo;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.services.directory.DirectoryBatch.NewLocation;
import org.crosswalk.services.directory.DirectoryBatch.NewOrganization;
import org.crosswalk.services.directory.DirectoryBatch.NewService;
import org.crosswalk.services.directory.ServiceCategory;
import org.crosswalk.services.directory.ServiceStatus;
import org.crosswalk.services.directory.WeeklyHours;

/**
 * The demo's partner directory: for each region, the partner agencies at the regional table
 * (child care with school-day and evening hours, a DMHAS-funded clinic, the DCF area office, the DSS
 * benefits center, BRS, the American Job Center) and two community organizations that are not on
 * Crosswalk (rides to work, legal aid). Organizations and addresses are invented.
 */
final class ServicesDirectoryDemo {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(MONDAY, FRIDAY);

    /** Where a region's partners sit, and the languages its families speak besides English and Spanish. */
    private record Places(String city, String zip, String street, String secondCity, String secondZip, String secondStreet,
                          String bus, List<String> languages) {}

    private static final Map<DemoRegion, Places> PLACES = Map.of(
            DemoRegion.GREATER_HARTFORD, new Places("Hartford", "06106", "Park Street", "New Britain", "06051", "Main Street",
                    "CTtransit and CTfastrak stops within two blocks", List.of("Polish")),
            DemoRegion.GREATER_NEW_HAVEN, new Places("New Haven", "06511", "Whalley Avenue", "Meriden", "06450", "Colony Street",
                    "CTtransit New Haven routes stop outside", List.of("Arabic")),
            DemoRegion.FAIRFIELD_COUNTY, new Places("Bridgeport", "06604", "Fairfield Avenue", "Stamford", "06902", "Washington Boulevard",
                    "GBT buses to the downtown Bridgeport transit center", List.of("Portuguese", "Haitian Creole")),
            DemoRegion.EASTERN_CONNECTICUT, new Places("Norwich", "06360", "Broadway", "Willimantic", "06226", "Main Street",
                    "SEAT bus routes stop nearby", List.of("Haitian Creole")));

    private ServicesDirectoryDemo() {
    }

    static List<NewOrganization> organizations(Map<String, Long> agencies) {
        List<NewOrganization> all = new ArrayList<>();
        for (DemoRegion region : DemoRegion.values()) {
            Places p = PLACES.get(region);
            all.add(childCare(region, p, agencies));
            all.add(mentalHealth(region, p, agencies));
            all.add(childWelfare(region, p, agencies));
            all.add(benefits(region, p, agencies));
            all.add(vocationalRehab(region, p, agencies));
            all.add(careerCenter(region, p, agencies));
            all.add(ridesToWork(region, p));
            all.add(legalAid(region, p));
        }
        return all;
    }

    private static NewOrganization childCare(DemoRegion region, Places p, Map<String, Long> agencies) {
        List<String> languages = languages(p, true);
        return linked(region, AgencyKind.CHILD_CARE, agencies,
                "Licensed early learning centers for infants through school age. Care 4 Kids certificates accepted.", p, List.of(
                service("Infant and toddler care", ServiceCategory.CHILD_CARE,
                        "Full-day care for babies and toddlers in small groups, with meals and developmental screening.",
                        "Children from 6 weeks to 3 years.", 0, 3, "Sliding scale; Care 4 Kids certificates accepted.",
                        "Call or walk in for a tour; bring the child's immunization record.", languages, List.of("main"),
                        hours(WEEKDAYS, "06:30", "18:00", null)),
                service("School-day preschool", ServiceCategory.CHILD_CARE,
                        "Part-day preschool whose hours match the school day, so a parent can attend training or work a"
                                + " school-hours shift while older children are at school.",
                        "Children aged 3 to 5; priority for families in job training.", 3, 5,
                        "Free for families under 75% of state median income; otherwise sliding scale.",
                        "Apply at the front desk or ask your navigator to refer you.", languages, List.of("main", "second"),
                        hours(WEEKDAYS, "09:30", "14:30", "School-day program")),
                service("Evening and weekend care", ServiceCategory.CHILD_CARE,
                        "Care for parents who work second shift, retail or health-care weekends.",
                        "Children from 1 to 12 years.", 1, 12, "Sliding scale; Care 4 Kids certificates accepted.",
                        "Call to reserve regular evenings or weekends.", languages, List.of("main"),
                        hours(WEEKDAYS, "15:00", "22:00", "Evenings"), hours(EnumSet.of(SATURDAY), "08:00", "16:00", "Saturdays")),
                service("Before- and after-school care", ServiceCategory.CHILD_CARE,
                        "Supervised mornings and afternoons with homework help; walking pick-up from nearby schools.",
                        "School-age children, 5 to 12.", 5, 12, "Sliding scale.", "Enroll in person.", languages(p, false),
                        List.of("second"), hours(WEEKDAYS, "06:30", "08:30", "Before school"),
                        hours(WEEKDAYS, "14:30", "18:00", "After school"))));
    }

    private static NewOrganization mentalHealth(DemoRegion region, Places p, Map<String, Long> agencies) {
        List<String> languages = languages(p, true);
        return linked(region, AgencyKind.MENTAL_HEALTH, agencies,
                "DMHAS-funded community clinic: counseling, recovery support and groups for adults and parents.", p, List.of(
                service("Adult outpatient counseling", ServiceCategory.MENTAL_HEALTH,
                        "Individual therapy for depression, anxiety and trauma, with evening appointments for working parents.",
                        "Adults 18 and over living in the region.", 18, null, "Medicaid (HUSKY) and sliding scale.",
                        "Call the intake line or come to walk-in hours Monday to Friday 9:00–11:00.", languages, List.of("main"),
                        hours(WEEKDAYS, "08:30", "17:00", null), hours(EnumSet.of(TUESDAY, THURSDAY), "17:00", "20:00", "Evening appointments")),
                service("Parent support group", ServiceCategory.MENTAL_HEALTH,
                        "A weekly group on stress, parenting and returning to work, with child watch in the next room.",
                        "Parents and caregivers.", 18, null, "Free.", "Drop in, or ask your navigator to refer you.",
                        languages, List.of("main"), hours(EnumSet.of(WEDNESDAY), "10:00", "11:30", "Child watch provided")),
                service("Substance use intensive outpatient", ServiceCategory.MENTAL_HEALTH,
                        "Intensive outpatient program (IOP) in the evenings, so people can keep a job while in treatment.",
                        "Adults 18 and over.", 18, null, "Medicaid (HUSKY) and sliding scale.", "Call intake for an assessment.",
                        languages(p, false), List.of("main"),
                        hours(EnumSet.of(MONDAY, WEDNESDAY, THURSDAY), "17:30", "20:30", "Evening program"))));
    }

    private static NewOrganization childWelfare(DemoRegion region, Places p, Map<String, Long> agencies) {
        return linked(region, AgencyKind.CHILD_WELFARE, agencies,
                "Department of Children and Families area office: voluntary support for families and child protective services.", p, List.of(
                service("Community support for families", ServiceCategory.CHILD_WELFARE,
                        "Voluntary, home-based help for families under stress: a care coordinator, flexible funds and links to local services.",
                        "Families with children under 18 who ask for help; no open protective case needed.", null, 17, "Free.",
                        "A referral from a provider or a call from the parent.", languages(p, false), List.of("main"),
                        hours(WEEKDAYS, "08:00", "16:30", null)),
                service("Family reunification support", ServiceCategory.CHILD_WELFARE,
                        "Help for parents working toward reunification: visits, parenting classes and housing coordination.",
                        "Parents with a DCF case plan.", 18, null, "Free.", "Through the family's DCF social worker.",
                        languages(p, false), List.of("main"), hours(WEEKDAYS, "08:00", "17:00", null))));
    }

    private static NewOrganization benefits(DemoRegion region, Places p, Map<String, Long> agencies) {
        List<String> languages = languages(p, true);
        return linked(region, AgencyKind.BENEFITS, agencies,
                "Department of Social Services benefits center: SNAP, Temporary Family Assistance, HUSKY health and child care subsidy.", p, List.of(
                service("SNAP, cash assistance and HUSKY applications", ServiceCategory.BENEFITS,
                        "Applications and renewals for SNAP food benefits, Temporary Family Assistance (TFA) and HUSKY health coverage.",
                        "Connecticut residents; income limits apply.", null, null, "Free.",
                        "Apply online, by phone or in person; bring ID, proof of income and address.", languages, List.of("main"),
                        hours(WEEKDAYS, "08:00", "16:30", null)),
                service("Care 4 Kids application help", ServiceCategory.BENEFITS,
                        "One-to-one help applying for Care 4 Kids, Connecticut's child care subsidy, during school hours.",
                        "Working parents, or parents in training, with children under 13.", null, null, "Free.",
                        "Book a session, or ask your navigator to refer you.", languages, List.of("main", "second"),
                        hours(EnumSet.of(TUESDAY, THURSDAY), "09:30", "14:30", "Help sessions"))));
    }

    private static NewOrganization vocationalRehab(DemoRegion region, Places p, Map<String, Long> agencies) {
        return linked(region, AgencyKind.VOCATIONAL_REHAB, agencies,
                "Bureau of Rehabilitation Services district office: employment services for people with disabilities.", p, List.of(
                service("Vocational rehabilitation services", ServiceCategory.VOCATIONAL_REHAB,
                        "Career counseling, training, job placement and workplace accommodations.",
                        "A physical or mental disability that makes it hard to get or keep a job.", 16, null, "Free.",
                        "Apply by phone or online; a counselor decides eligibility within 60 days.", languages(p, false),
                        List.of("main"), hours(WEEKDAYS, "08:30", "16:30", null)),
                service("Pre-employment transition services", ServiceCategory.VOCATIONAL_REHAB,
                        "Job exploration, work-based learning and self-advocacy for students with disabilities.",
                        "Students with disabilities aged 16 to 21.", 16, 21, "Free.", "Through the student's school or BRS.",
                        languages(p, false), List.of("main"), hours(WEEKDAYS, "08:30", "16:30", null))));
    }

    private static NewOrganization careerCenter(DemoRegion region, Places p, Map<String, Long> agencies) {
        List<String> languages = languages(p, true);
        return linked(region, AgencyKind.CAREER_CENTER, agencies,
                "American Job Center: job search help, workshops and WIOA training funds.", p, List.of(
                service("Job search workshops", ServiceCategory.CAREER_CENTER,
                        "Résumés, interviewing and online applications, scheduled inside school hours for parents.",
                        "Anyone looking for work.", 18, null, "Free.", "Register at the front desk or online.", languages,
                        List.of("main", "second"), hours(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY), "09:30", "14:30", "Workshops")),
                service("WIOA training funds", ServiceCategory.CAREER_CENTER,
                        "Individual training accounts for approved programs such as CNA, CDL and IT support.",
                        "Adults and dislocated workers meeting WIOA eligibility.", 18, null, "Free.",
                        "Meet a career advisor; bring ID and proof of income.", languages(p, false), List.of("main"),
                        hours(WEEKDAYS, "08:30", "16:30", null)),
                service("Evening job club", ServiceCategory.CAREER_CENTER,
                        "A weekly evening group for people working while looking for a better job.",
                        "Anyone looking for work.", 18, null, "Free.", "Drop in.", languages(p, false), List.of("main"),
                        hours(EnumSet.of(TUESDAY, THURSDAY), "17:30", "19:30", "Job club"))));
    }

    private static NewOrganization ridesToWork(DemoRegion region, Places p) {
        return new NewOrganization(region.label + " Rides to Work", null,
                "Community transportation: rides to work and child care, and reduced-fare bus passes for job seekers.",
                null, null, null, List.of(location("main", p.city(), p.zip(), "210 " + p.street(), p.bus())), List.of(
                service("Rides to work and child care", ServiceCategory.TRANSPORTATION,
                        "Shared rides for early, late and weekend shifts where the bus does not run, with a child care stop on the way.",
                        "Working parents and people starting a job.", 18, null, "$2 a ride; free for the first month of a new job.",
                        "Call two days ahead to book.", languages(p, false), List.of("main"),
                        hours(WEEKDAYS, "05:30", "22:00", null), hours(EnumSet.of(SATURDAY), "07:00", "18:00", null)),
                service("Reduced-fare bus pass help", ServiceCategory.TRANSPORTATION,
                        "Help getting a reduced-fare or employer-paid monthly bus pass.", "Job seekers and low-wage workers.",
                        18, null, "Free.", "Walk in.", languages(p, false), List.of("main"),
                        hours(WEEKDAYS, "09:00", "17:00", null))));
    }

    private static NewOrganization legalAid(DemoRegion region, Places p) {
        return new NewOrganization(region.label + " Legal Aid Clinic", null,
                "Free civil legal help for low-income families: housing, child support, benefits and clean-slate record relief.",
                null, null, null, List.of(location("main", p.city(), p.zip(), "77 " + p.street(), p.bus())), List.of(
                service("Renters' and parents' legal clinic", ServiceCategory.LEGAL,
                        "Advice on eviction, child support orders and benefit denials from volunteer lawyers.",
                        "Low-income residents of the region.", 18, null, "Free.", "Walk in, or call to book a slot.",
                        languages(p, false), List.of("main"), hours(EnumSet.of(THURSDAY), "17:30", "19:30", "Evening clinic")),
                service("Clean slate record help", ServiceCategory.LEGAL,
                        "Help erasing old convictions under Connecticut's clean slate law, so they stop blocking job offers.",
                        "Anyone with a Connecticut criminal record.", 18, null, "Free.", "Call to book an appointment.",
                        languages(p, false), List.of("main"), hours(WEEKDAYS, "09:00", "16:00", null))));
    }

    private static NewOrganization linked(DemoRegion region, AgencyKind kind, Map<String, Long> agencies, String description,
                                          Places p, List<NewService> services) {
        String name = region.agencyName(kind);
        String domain = name.toLowerCase().replaceAll("[^a-z]+", "") + ".example";
        return new NewOrganization(name, null, description, "intake@" + domain, "https://www." + domain,
                agencies.get(name), List.of(
                location("main", p.city(), p.zip(), (100 + 7 * kind.ordinal()) + " " + p.street(), p.bus()),
                location("second", p.secondCity(), p.secondZip(), (40 + 11 * kind.ordinal()) + " " + p.secondStreet(), null)),
                services);
    }

    private static NewLocation location(String key, String city, String zip, String address, String bus) {
        return new NewLocation(key, key.equals("main") ? city + " office" : city + " site", address, city, "CT", zip, bus);
    }

    private static NewService service(String name, ServiceCategory category, String description, String eligibility,
                                      Integer minimumAge, Integer maximumAge, String fees, String application,
                                      List<String> languages, List<String> locations, WeeklyHours... hours) {
        return new NewService(name, null, description, category, ServiceStatus.ACTIVE, eligibility, minimumAge, maximumAge,
                fees, application, "Phone interpreters for other languages.", languages, locations, List.of(hours));
    }

    private static WeeklyHours hours(Set<DayOfWeek> days, String opens, String closes, String description) {
        return new WeeklyHours(null, days, LocalTime.parse(opens), LocalTime.parse(closes), description);
    }

    /** English and Spanish everywhere; the region's other community languages where staff speak them. */
    private static List<String> languages(Places p, boolean regional) {
        List<String> languages = new ArrayList<>(List.of("English", "Spanish"));
        if (regional) {
            languages.addAll(p.languages());
        }
        return languages;
    }
}
