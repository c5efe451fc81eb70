package uk.policygen.profile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The editions of national guidance the policies cite. The current editions live in the shared
 * layer {@code schools/shared/guidance.yml}; a school overrides one only if it must. The optional
 * ones are cited only by the clauses written to meet them (a clause's {@code meets=}).
 */
public record Guidance(
        @Describe("Keeping Children Safe in Education.") Edition keepingChildrenSafe,
        @Describe("Working Together to Safeguard Children.") Edition workingTogether,
        @Describe("The Statutory Framework for the Early Years Foundation Stage.") Edition earlyYears,
        @Describe("Behaviour in Schools.") Edition behaviour,
        @Describe("Searching, Screening and Confiscation.") Edition searching,
        @Describe("Mobile Phones in Schools, where cited.") Optional<Edition> mobilePhones,
        @Describe("The duty to have regard to the mobile phones guidance (Children's Wellbeing and Schools Act 2026, s.36).") Optional<Edition> phonesDuty,
        @Describe("The DfE's filtering and monitoring standards.") Optional<Edition> filteringMonitoring,
        @Describe("The DfE's Generative AI in education guidance.") Optional<Edition> generativeAi,
        @Describe("The DfE's Generative AI product safety standards.") Optional<Edition> generativeAiProductSafety,
        @Describe("UKCIS Sharing nudes and semi-nudes: advice for education settings.") Optional<Edition> sharingNudes) {

    /**
     * {@code checked}: when someone last confirmed this is the current edition (a record pins it).
     * {@code unconfirmed}: a newer edition that was expected but could not be confirmed as in force,
     * in words ({@code check} warns until someone confirms it and updates the entry).
     */
    public record Edition(
            @Describe("The guidance's title as cited.") String title,
            @Describe("The edition's year, e.g. 2024.") String year,
            @Describe("Its web address.") Optional<WebAddress> url,
            @Describe("When someone last confirmed this is the current edition, e.g. 2026-11; check warns when it is over a year ago.") Optional<PolicyDate> checked,
            @Describe("A newer edition that was expected but could not be confirmed as in force, in words; check warns until someone confirms it.") Optional<String> unconfirmed) {
    }

    /** Every edition given, by its key in guidance.yml ({@code keeping_children_safe} …), in the file's order. */
    public Map<String, Edition> byKey() {
        Map<String, Edition> all = new LinkedHashMap<>();
        all.put("keeping_children_safe", keepingChildrenSafe);
        all.put("working_together", workingTogether);
        all.put("early_years", earlyYears);
        all.put("behaviour", behaviour);
        all.put("searching", searching);
        mobilePhones.ifPresent(e -> all.put("mobile_phones", e));
        phonesDuty.ifPresent(e -> all.put("phones_duty", e));
        filteringMonitoring.ifPresent(e -> all.put("filtering_monitoring", e));
        generativeAi.ifPresent(e -> all.put("generative_ai", e));
        generativeAiProductSafety.ifPresent(e -> all.put("generative_ai_product_safety", e));
        sharingNudes.ifPresent(e -> all.put("sharing_nudes", e));
        return all;
    }

    /** The guidance key a template names in camelCase ({@code mobilePhones}) as guidance.yml spells it. */
    public static String key(String templateName) {
        return templateName.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }
}
