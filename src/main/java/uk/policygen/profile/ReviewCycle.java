package uk.policygen.profile;

/** How often the policy is reviewed; the text's promise and the date check both follow it. */
public enum ReviewCycle {
    ANNUAL(12, "at least annually"),
    EVERY_TWO_YEARS(24, "at least every two years"),
    EVERY_THREE_YEARS(36, "at least every three years");

    private final int months;
    private final String promise;

    ReviewCycle(int months, String promise) {
        this.months = months;
        this.promise = promise;
    }

    public int months() {
        return months;
    }

    /** The words the policy uses: "at least annually". */
    public String promise() {
        return promise;
    }
}
