package uk.policygen.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import uk.policygen.profile.Problem;
import uk.policygen.profile.Problems;
import uk.policygen.profile.ProfileLoader;
import uk.policygen.render.SectionPlaces;
import uk.policygen.render.TemplateEngine;

/** What {@code check} finds in one profile: the loader's problems and where the school's own text goes. Shared with {@code serve}. */
final class SchoolCheck {
    private final ProfileLoader loader;
    private final TemplateEngine templates;

    record Checked(String id, ProfileLoader.Result result, List<Problem> problems) {
        boolean ok() {
            return problems.stream().noneMatch(Problem::isError);
        }
    }

    SchoolCheck(ProfileLoader loader, Path templatesDir) {
        this.loader = loader;
        this.templates = new TemplateEngine(templatesDir);
    }

    Checked check(Path profile) {
        ProfileLoader.Result r = loader.load(profile);
        Problems more = new Problems();
        if (r.ok()) {
            // Where the school's own text goes depends on the templates' section ids.
            try {
                SectionPlaces.check(r.school(), templates.sectionIds(templates.chainFor(r.school())), more);
            } catch (TemplateEngine.TemplateProblem e) {
                more.add(e.problem());
            }
        }
        List<Problem> all = new ArrayList<>(r.problems());
        all.addAll(more.all());
        return new Checked(r.id(), r, List.copyOf(all));
    }
}
