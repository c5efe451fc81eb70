package uk.policygen.profile;

import java.util.List;

/**
 * The school's choices among the model's clauses, by clause id ({@code mobile.learners-use.searching}):
 * every model clause is kept unless the profile omits it or gives its own wording for it. An id may
 * name a whole section ({@code social-media.learners-use}) or a subsection with its clauses.
 */
public record Clauses(
        @Expect("clause or section ids to leave out, e.g. mobile.visitors-use.public-areas") List<String> omit,
        List<ClauseWording> replace) {

    /** The school's own wording for one model clause. */
    public record ClauseWording(
            @Expect("the id of the model clause it replaces, e.g. social-media.official-use.followers") String id,
            @Expect("the school's wording, one sentence or a few") String text) {
    }
}
