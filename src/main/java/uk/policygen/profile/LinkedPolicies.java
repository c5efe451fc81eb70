package uk.policygen.profile;

import java.util.List;

/** The policies each document says it links with, in the school's order. */
public record LinkedPolicies(
        @Describe("The policies the mobile and smart technology policy links with.") List<String> mobile,
        @Describe("The policies the social media policy links with.") List<String> socialMedia) {
}
