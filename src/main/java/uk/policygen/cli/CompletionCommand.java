package uk.policygen.cli;

import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Prints a bash (or zsh) completion script for the commands and options.",
                "Load it in this shell with:  source <(java -jar target/policygen.jar completion)",
                "It completes the command 'policygen', so define it first, e.g."
                        + "  alias policygen='java -jar /path/to/policygen.jar'",
                "School names complete as files (schools/<TAB>): every command takes a file as well as an id."})
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("policygen", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
