package uk.policygen.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.policygen.profile.Problems;
import uk.policygen.profile.ProfileLoader;
import uk.policygen.render.SectionPlaces;
import uk.policygen.render.TemplateEngine;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks profiles and reports every problem at once. Writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Options options = new Options();

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Profiles to check (default: every profile in the schools folder).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        ProfileLoader loader = new ProfileLoader(options.schools, options.today());
        TemplateEngine templates = new TemplateEngine(options.templates);
        List<Path> profiles = files.isEmpty() ? Profiles.select(loader, List.of(), spec) : files;
        Report report = new Report(spec.commandLine().getOut(), spec.commandLine().getErr());
        for (Path profile : profiles) {
            ProfileLoader.Result r = loader.load(profile);
            Problems more = new Problems();
            if (r.ok()) {
                // Where the school's own text goes depends on the templates' section ids.
                try {
                    SectionPlaces.check(r.school(), templates.sectionIds(templates.chainFor(r.school())), more);
                    SectionPlaces.checkClauses(r.school(), templates.clauseIds(templates.chainFor(r.school())), more);
                } catch (TemplateEngine.TemplateProblem e) {
                    more.add(e.problem());
                }
            }
            boolean ok = r.ok() && !more.hasErrors();
            report.problems(r.problems());
            report.problems(more.all());
            report.line(r.id() + ": " + (ok ? "ok" : "invalid"));
            report.count(ok);
        }
        return report.finish();
    }
}
