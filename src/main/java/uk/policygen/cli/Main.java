package uk.policygen.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import uk.policygen.Policygen;
import picocli.CommandLine.Command;

/**
 * {@code java -jar policygen.jar build|check …}. Exit codes live here, in one place:
 * 0 all well, 1 a profile (or template) has errors, 2 the command line was wrong, 3 policygen itself
 * failed (a bug: the detail goes to a log file).
 */
@Command(name = "policygen", mixinStandardHelpOptions = true, version = Policygen.VERSION,
        description = "Writes schools' mobile and smart technology and social media policies from their profiles.",
        subcommands = {BuildCommand.class, CheckCommand.class, AupCommand.class, ReviewCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int INVALID = 1;
    public static final int USAGE = 2;
    public static final int CRASH = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: build, check, review or aup");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Writes a crash's detail to a log file for the developer; returns " (details in FILE)" for the message. */
    static String crashLog(Throwable e) {
        try {
            java.nio.file.Path log = java.nio.file.Files.createTempFile("policygen-crash-", ".log");
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            java.nio.file.Files.writeString(log, "policygen " + Policygen.VERSION + "\n" + trace);
            return " (details in " + log + ")";
        } catch (java.io.IOException | RuntimeException again) {
            return " (run with -Dpolicygen.debug=true for details)";
        }
    }

    /** Runs a command line; the tests call this rather than {@link #main}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INVALID);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // A bug, not a user mistake: one line, no stack trace, and a hint for the developer.
            commandLine.getErr().println("policygen: internal error: " + e + crashLog(e));
            if (Boolean.getBoolean("policygen.debug")) e.printStackTrace(commandLine.getErr());
            return CRASH;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("policygen: " + e.getMessage());
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return USAGE;
        });
        return cli.execute(args);
    }
}
