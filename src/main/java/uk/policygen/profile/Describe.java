package uk.policygen.profile;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a key means, in the business manager's words. The profile schema (editor completion and
 * hover) and the key reference in {@code schools/README.md} are both generated from it, so the
 * explanation lives beside the key and cannot drift from it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Describe {
    String value();
}
