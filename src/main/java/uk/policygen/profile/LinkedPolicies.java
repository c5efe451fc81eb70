package uk.policygen.profile;

import java.util.List;

/** The policies each document says it links with, in the school's order. */
public record LinkedPolicies(List<String> mobile, List<String> socialMedia) {
}
