package org.crosswalk.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crosswalk.employment.Industry;
import org.crosswalk.employment.JobBatch;
import org.crosswalk.employment.Schedule;
import org.crosswalk.shared.Money;

/**
 * The demo's employer directory: per region, one invented employer in each sector Secure Jobs
 * parents were most often hired into (retail, home care, food service, warehouses, hotels,
 * manufacturing), each with the jobs it hires for at $15–$24 an hour.
 */
final class EmploymentEmployers {

    /** A job an employer hires for, with its wage range in cents an hour and usual weekly hours. */
    record Job(String title, int lowCents, int highCents, int hours, Schedule schedule) {}

    static final Map<Industry, List<Job>> JOBS = Map.of(
            Industry.RETAIL, List.of(new Job("Cashier", 15_50, 17_00, 28, Schedule.IRREGULAR),
                    new Job("Stock associate", 16_00, 18_00, 32, Schedule.REGULAR),
                    new Job("Shift supervisor", 19_00, 22_00, 36, Schedule.IRREGULAR)),
            Industry.HEALTH_CARE, List.of(new Job("Home health aide", 17_00, 19_00, 30, Schedule.IRREGULAR),
                    new Job("Certified nursing assistant", 18_00, 21_50, 36, Schedule.REGULAR),
                    new Job("Personal care attendant", 16_50, 18_00, 24, Schedule.IRREGULAR)),
            Industry.FOOD_SERVICE, List.of(new Job("Line cook", 16_00, 19_00, 32, Schedule.IRREGULAR),
                    new Job("Prep cook", 15_50, 17_00, 25, Schedule.REGULAR),
                    new Job("Server", 15_00, 16_00, 20, Schedule.IRREGULAR)),
            Industry.WAREHOUSE, List.of(new Job("Warehouse associate", 18_00, 20_00, 40, Schedule.REGULAR),
                    new Job("Forklift operator", 20_00, 23_00, 40, Schedule.REGULAR),
                    new Job("Picker and packer", 17_50, 19_00, 32, Schedule.IRREGULAR)),
            Industry.HOSPITALITY, List.of(new Job("Room attendant", 16_00, 18_00, 30, Schedule.REGULAR),
                    new Job("Front desk agent", 17_00, 19_50, 32, Schedule.IRREGULAR),
                    new Job("Laundry attendant", 15_50, 17_00, 24, Schedule.REGULAR)),
            Industry.MANUFACTURING, List.of(new Job("Machine operator", 19_00, 23_00, 40, Schedule.REGULAR),
                    new Job("Assembler", 17_00, 20_00, 40, Schedule.REGULAR),
                    new Job("Quality inspector", 20_00, 24_00, 40, Schedule.REGULAR)));

    private static final List<Industry> SECTORS = List.of(Industry.RETAIL, Industry.HEALTH_CARE, Industry.FOOD_SERVICE,
            Industry.WAREHOUSE, Industry.HOSPITALITY, Industry.MANUFACTURING);

    private static final Map<DemoRegion, List<String>> NAMES = Map.of(
            DemoRegion.GREATER_HARTFORD, List.of("Capitol Avenue Grocers", "Riverbend Home Care", "Bushnell Park Diner",
                    "Connecticut River Distribution", "Asylum Hill Inn", "Park River Precision Parts"),
            DemoRegion.GREATER_NEW_HAVEN, List.of("Elm City Fresh Market", "Harborview Home Health", "Wooster Square Kitchen",
                    "Long Wharf Logistics", "Green Street Hotel", "Quinnipiac Fabrication"),
            DemoRegion.FAIRFIELD_COUNTY, List.of("Seaside Grocery Co-op", "Pequonnock Care Partners", "Seaview Avenue Cafe",
                    "Sound Shore Fulfillment", "Harbor Point Suites", "Housatonic Machine Works"),
            DemoRegion.EASTERN_CONNECTICUT, List.of("Thames Valley Market", "Norwich Hill Home Care", "Shetucket Diner",
                    "Quinebaug Freight Center", "Mystic River Lodge", "Yantic Mill Plastics"));

    /** Small employers parents already worked for at enrollment, typed rather than in the directory. */
    static final List<String> TYPED = List.of("Neighborhood laundromat", "Corner convenience store", "A family-run bakery",
            "School cafeteria (district)", "A cleaning company", "Self-employed: childcare at home");

    private EmploymentEmployers() {
    }

    static Industry industryOf(int index) {
        return SECTORS.get(index);
    }

    static List<String> names(DemoRegion region) {
        return NAMES.get(region);
    }

    /** The region's employers, with two or three openings each (some already filled and closed). */
    static List<JobBatch.NewEmployer> of(DemoRegion region, LocalDate today) {
        Random dice = new Random(region.ordinal() * 7919L + 17);
        List<JobBatch.NewEmployer> employers = new ArrayList<>();
        List<String> names = NAMES.get(region);
        for (int i = 0; i < SECTORS.size(); i++) {
            Industry industry = SECTORS.get(i);
            List<JobBatch.NewOpening> openings = new ArrayList<>();
            for (Job job : JOBS.get(industry)) {
                if (dice.nextDouble() < 0.25) {
                    continue;
                }
                LocalDate posted = today.minusDays(3 + dice.nextInt(80));
                LocalDate closed = dice.nextDouble() < 0.3 ? posted.plusDays(10 + dice.nextInt(20)) : null;
                openings.add(new JobBatch.NewOpening(job.title(), new Money(job.lowCents()), new Money(job.highCents()),
                        BigDecimal.valueOf(job.hours()), job.schedule(), posted,
                        closed != null && closed.isBefore(today) ? closed : null));
            }
            String town = region.town(new Dice(region.ordinal() * 31L + i)).name();
            employers.add(new JobBatch.NewEmployer(names.get(i), industry, "Hiring manager", "(" + region.areaCode + ") 555-01"
                    + (10 + region.ordinal() * 10 + i), (100 + 17 * i) + " Commerce Street", town, null,
                    "Works with the regional team on second-chance and schedule-friendly hiring.", openings));
        }
        return employers;
    }
}
