package uk.policygen.record;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code manifest.json} of one record: what was ratified, when and by whom, a SHA-256 of each
 * file, and everything the files were made from as it stood (profile, shared layers, the
 * school's own files, model and guidance editions, tool version).
 *
 * @param date the record's date, as its folder is named (YYYY-MM-DD or YYYY-MM)
 * @param ratified false only for an imported policy that records no ratification
 * @param imported the school's own earlier policy, brought in as published, not written by policygen
 * @param files SHA-256 of each file in the record folder, by name
 * @param sources the files the record was made from, by path under schools/ (text, or "sha256:…")
 * @param documents what the public index lists, in order
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Manifest(
        @JsonProperty("date") String date,
        @JsonProperty("ratified") boolean ratified,
        @JsonProperty("imported") boolean imported,
        @JsonProperty("approved_by") String approvedBy,
        @JsonProperty("note") String note,
        @JsonProperty("tool") String tool,
        @JsonProperty("model_edition") String modelEdition,
        @JsonProperty("guidance") Map<String, String> guidance,
        @JsonProperty("last_reviewed") String lastReviewed,
        @JsonProperty("next_review") String nextReview,
        @JsonProperty("documents") List<Listed> documents,
        @JsonProperty("files") Map<String, String> files,
        @JsonProperty("sources") Map<String, String> sources) {

    public Manifest {
        guidance = guidance == null ? Map.of() : guidance;
        documents = documents == null ? List.of() : documents;
        files = files == null ? Map.of() : files;
        sources = sources == null ? Map.of() : sources;
    }

    /** One document or form as the index lists it; {@code pdf} may be empty (an imported text). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Listed(@JsonProperty("kind") String kind, @JsonProperty("title") String title,
                         @JsonProperty("html") String html, @JsonProperty("pdf") String pdf) {
    }
}
