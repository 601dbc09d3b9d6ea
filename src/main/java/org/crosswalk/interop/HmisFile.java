package org.crosswalk.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The 24 files of the HMIS CSV format (FY2024 and FY2026), in the order an import reads them so
 * that a row's parents are read before it: each with its key column, the columns an import needs
 * (a missing one stops the import), the date columns, the coded columns checked against HUD's lists,
 * and which file each reference column points to. {@code mapped} files feed Crosswalk's records;
 * the others are staged as they are.
 */
enum HmisFile {
    EXPORT("Export", "ExportID", true, List.of("ExportID", "SourceID", "ExportDate", "CSVVersion"), List.of("ExportDate", "ExportStartDate", "ExportEndDate")),
    ORGANIZATION("Organization", "OrganizationID", true, List.of("OrganizationID", "OrganizationName")),
    USER("User", "UserID", false, List.of("UserID")),
    PROJECT("Project", "ProjectID", true, List.of("ProjectID", "OrganizationID", "ProjectName", "ProjectType"),
            List.of("OperatingStartDate", "OperatingEndDate")),
    FUNDER("Funder", "FunderID", false, List.of("FunderID", "ProjectID"), List.of("StartDate", "EndDate")),
    PROJECT_COC("ProjectCoC", "ProjectCoCID", false, List.of("ProjectCoCID", "ProjectID")),
    INVENTORY("Inventory", "InventoryID", false, List.of("InventoryID", "ProjectID"), List.of("InventoryStartDate", "InventoryEndDate")),
    AFFILIATION("Affiliation", "AffiliationID", false, List.of("AffiliationID", "ProjectID")),
    HMIS_PARTICIPATION("HMISParticipation", "HMISParticipationID", false, List.of("HMISParticipationID", "ProjectID"),
            List.of("HMISParticipationStatusStartDate", "HMISParticipationStatusEndDate")),
    CE_PARTICIPATION("CEParticipation", "CEParticipationID", false, List.of("CEParticipationID", "ProjectID"),
            List.of("CEParticipationStatusStartDate", "CEParticipationStatusEndDate")),
    CLIENT("Client", "PersonalID", true, List.of("PersonalID", "FirstName", "MiddleName", "LastName", "SSN", "SSNDataQuality", "DOB",
            "AmIndAKNative", "Asian", "BlackAfAmerican", "MidEastNAfrican", "NativeHIPacific", "White", "RaceNone", "VeteranStatus"),
            List.of("DOB")),
    ENROLLMENT("Enrollment", "EnrollmentID", true, List.of("EnrollmentID", "PersonalID", "ProjectID", "EntryDate", "HouseholdID",
            "RelationshipToHoH", "LivingSituation"), List.of("EntryDate", "DateToStreetESSH", "MoveInDate")),
    EXIT("Exit", "ExitID", true, List.of("ExitID", "EnrollmentID", "PersonalID", "ExitDate", "Destination"), List.of("ExitDate")),
    INCOME_BENEFITS("IncomeBenefits", "IncomeBenefitsID", true, List.of("IncomeBenefitsID", "EnrollmentID", "PersonalID", "InformationDate",
            "IncomeFromAnySource", "TotalMonthlyIncome", "Earned", "EarnedAmount", "DataCollectionStage"), List.of("InformationDate")),
    HEALTH_AND_DV("HealthAndDV", "HealthAndDVID", true, List.of("HealthAndDVID", "EnrollmentID", "PersonalID", "InformationDate",
            "DomesticViolenceSurvivor", "CurrentlyFleeing", "DataCollectionStage"), List.of("InformationDate", "DueDate")),
    EMPLOYMENT_EDUCATION("EmploymentEducation", "EmploymentEducationID", true, List.of("EmploymentEducationID", "EnrollmentID", "PersonalID",
            "InformationDate", "DataCollectionStage"), List.of("InformationDate")),
    DISABILITIES("Disabilities", "DisabilitiesID", true, List.of("DisabilitiesID", "EnrollmentID", "PersonalID", "InformationDate",
            "DisabilityType", "DisabilityResponse", "DataCollectionStage"), List.of("InformationDate")),
    SERVICES("Services", "ServicesID", true, List.of("ServicesID", "EnrollmentID", "PersonalID", "DateProvided", "RecordType", "TypeProvided"),
            List.of("DateProvided")),
    CURRENT_LIVING_SITUATION("CurrentLivingSituation", "CurrentLivingSitID", true, List.of("CurrentLivingSitID", "EnrollmentID", "PersonalID",
            "InformationDate", "CurrentLivingSituation"), List.of("InformationDate")),
    ASSESSMENT("Assessment", "AssessmentID", false, List.of("AssessmentID", "EnrollmentID", "PersonalID"), List.of("AssessmentDate")),
    ASSESSMENT_QUESTIONS("AssessmentQuestions", "AssessmentQuestionID", false, List.of("AssessmentQuestionID", "AssessmentID", "EnrollmentID", "PersonalID")),
    ASSESSMENT_RESULTS("AssessmentResults", "AssessmentResultID", false, List.of("AssessmentResultID", "AssessmentID", "EnrollmentID", "PersonalID")),
    EVENT("Event", "EventID", true, List.of("EventID", "EnrollmentID", "PersonalID", "EventDate", "Event"), List.of("EventDate", "ResultDate")),
    YOUTH_EDUCATION_STATUS("YouthEducationStatus", "YouthEducationStatusID", false, List.of("YouthEducationStatusID", "EnrollmentID", "PersonalID"),
            List.of("InformationDate"));

    /** Columns every file but Export carries; DateCreated/DateUpdated are timestamps. */
    static final List<String> AUDIT_COLUMNS = List.of("DateCreated", "DateUpdated", "DateDeleted", "ExportID");

    /** HUD 3.12 / 4.12 living situations and destinations (FY2024, unchanged in FY2026). */
    static final Set<String> LIVING_SITUATIONS = Set.of("101", "116", "118", "204", "205", "206", "207", "215", "225", "302", "312",
            "313", "314", "327", "329", "332", "335", "336", "410", "411", "421", "422", "423", "426", "435", "17", "24", "30", "37",
            "8", "9", "99");
    static final Set<String> NO_YES_REASONS = Set.of("0", "1", "8", "9", "99");
    static final Set<String> NO_YES = Set.of("0", "1");

    final String fileName;
    final String key;
    /** Feeds Crosswalk's records (or, for Export/Organization/Project, describes them); the rest are staged raw. */
    final boolean required;
    final List<String> columns;
    final List<String> dates;

    HmisFile(String name, String key, boolean required, List<String> columns) {
        this(name, key, required, columns, List.of());
    }

    HmisFile(String name, String key, boolean required, List<String> columns, List<String> dates) {
        this.fileName = name;
        this.key = key;
        this.required = required;
        this.columns = columns;
        this.dates = dates;
    }

    String csvName() {
        return fileName + ".csv";
    }

    /** The columns a file must have in the given version: the common ones plus the version's own. */
    List<String> requiredColumns(HmisVersion version) {
        List<String> all = new ArrayList<>(columns);
        if (this == CLIENT && version != null) {
            all.addAll(version == HmisVersion.FY2024 ? List.of("HispanicLatinaeo", "Woman", "Man") : List.of("HispanicLatinao", "Sex"));
        }
        if (this != EXPORT) {
            all.addAll(AUDIT_COLUMNS);
        }
        return all;
    }

    /** Timestamps are parsed like dates but keep their time. */
    boolean isDate(String column) {
        return dates.contains(column);
    }

    static boolean isTimestamp(String column) {
        return column.equals("DateCreated") || column.equals("DateUpdated") || column.equals("DateDeleted");
    }

    /** The HUD list a coded column's value must be in (empty values are allowed: HUD's "not collected" may be blank). */
    Optional<Set<String>> codes(String column) {
        Set<String> list = switch (this) {
            case CLIENT -> switch (column) {
                case "VeteranStatus", "Sex", "SSNDataQuality", "DOBDataQuality" -> column.equals("SSNDataQuality") || column.equals("DOBDataQuality")
                        ? Set.of("1", "2", "8", "9", "99") : NO_YES_REASONS;
                case "AmIndAKNative", "Asian", "BlackAfAmerican", "HispanicLatinaeo", "HispanicLatinao", "MidEastNAfrican",
                     "NativeHIPacific", "White", "Woman", "Man" -> NO_YES;
                case "RaceNone" -> Set.of("8", "9", "99");
                default -> null;
            };
            case ENROLLMENT -> switch (column) {
                case "RelationshipToHoH" -> Set.of("1", "2", "3", "4", "5", "8", "9", "99");
                case "LivingSituation" -> LIVING_SITUATIONS;
                default -> null;
            };
            case EXIT -> column.equals("Destination") ? LIVING_SITUATIONS : null;
            case CURRENT_LIVING_SITUATION -> column.equals("CurrentLivingSituation") ? LIVING_SITUATIONS : null;
            case INCOME_BENEFITS -> switch (column) {
                case "IncomeFromAnySource" -> NO_YES_REASONS;
                case "Earned" -> NO_YES;
                case "DataCollectionStage" -> Set.of("1", "2", "3", "5", "6");
                default -> null;
            };
            case HEALTH_AND_DV -> switch (column) {
                case "DomesticViolenceSurvivor", "CurrentlyFleeing" -> NO_YES_REASONS;
                case "DataCollectionStage" -> Set.of("1", "2", "3", "5", "6");
                default -> null;
            };
            default -> null;
        };
        return Optional.ofNullable(list);
    }

    /** Reference columns and the file they must point into. */
    Map<String, HmisFile> references() {
        return switch (this) {
            case PROJECT -> Map.of("OrganizationID", ORGANIZATION);
            case FUNDER, PROJECT_COC, INVENTORY, AFFILIATION, HMIS_PARTICIPATION, CE_PARTICIPATION -> Map.of("ProjectID", PROJECT);
            case ENROLLMENT -> Map.of("PersonalID", CLIENT, "ProjectID", PROJECT);
            case EXPORT, ORGANIZATION, USER, CLIENT -> Map.of();
            default -> Map.of("PersonalID", CLIENT, "EnrollmentID", ENROLLMENT);
        };
    }

    static Optional<HmisFile> byCsvName(String name) {
        for (HmisFile f : values()) {
            if (f.csvName().equalsIgnoreCase(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
