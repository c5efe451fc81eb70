package uk.policygen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import uk.policygen.Policygen;

/**
 * {@code java -jar policygen.jar build|check|…}. Exit codes live here, in one place:
 * 0 all well, 1 a profile (or template) has errors, 2 the command line was wrong,
 * 3 policygen itself failed (a bug: the detail goes to a log file, not the screen).
 */
@Command(name = "policygen", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Writes schools' mobile and smart technology and social media policies from their profiles.",
        footer = {"", "Exit status: 0 all well, 1 a profile has errors, 2 the command was mistyped, 3 policygen failed (a bug)."})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int INVALID = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;
    public static final int CRASH = INTERNAL;
    /**
     * The JVM policygen started itself in ({@link LeanJvm}) ended because the one that started it was killed: as a
     * shell reports a process killed by signal 9. No one is left to read it; it is here so each exit code has one home.
     */
    static final int ABANDONED = 137;

    /**
     * The commands, in the order the usage lists them. In a class of their own, so the JVM that only
     * starts policygen's own ({@link LeanJvm}) does not load them.
     */
    static final class Commands {
        static final List<Class<?>> ALL = List.of(BuildCommand.class, CheckCommand.class, NewCommand.class, ServeCommand.class,
                ReviewCommand.class, AupCommand.class, ImportCommand.class, SchemaCommand.class, CompletionCommand.class,
                CommandLine.HelpCommand.class);

        private Commands() {
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A bare {@code policygen} is a question, not a mistake: answer it with the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Policygen.VERSION};
        }
    }

    public static void main(String[] args) {
        java.util.OptionalInt lean = LeanJvm.relaunch(args);
        if (lean.isPresent()) System.exit(lean.getAsInt());
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Writes a crash's detail to a log file for the developer; returns " (details in FILE)" for the message. */
    static String crashLog(Throwable e) {
        try {
            return " (details in " + saveCrash(e) + ")";
        } catch (IOException | RuntimeException again) {
            return " (the details could not be saved: " + again.getMessage() + ")";
        }
    }

    /** A crash in one line for the screen: its kind and the first line of its message, cut short (the log has the rest). */
    static String briefly(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip().lines().findFirst().orElse("");
        if (message.length() > 160) message = message.substring(0, 157) + "...";
        return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    /** The crash's stack trace, in a new log file named policygen-crash-*.log in the temporary folder. */
    private static Path saveCrash(Throwable e) throws IOException {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        Path log = Files.createTempFile("policygen-crash-", ".log");
        Files.writeString(log, Policygen.VERSION + "\n" + trace, StandardCharsets.UTF_8);
        return log;
    }

    /** Runs a command line; the tests call this rather than {@link #main}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        // Only the command asked for is built (picocli reads every option of every command it is given:
        // 30 ms of each run for the eight not used); all of them when none is named, for the usage, and
        // in the build that lists the classes for the class archive (cli/LeanJvm), so that it holds theirs.
        boolean all = args.length == 0 || "dump".equals(System.getProperty("policygen.cds"));
        Class<?> asked = all ? null : Commands.ALL.stream()
                .filter(c -> c != CommandLine.HelpCommand.class && c != CompletionCommand.class)
                .filter(c -> c.getAnnotation(Command.class).name().equals(args[0])).findFirst().orElse(null);
        for (Class<?> command : Commands.ALL) {
            if (asked == null || command == asked) cli.addSubcommand(command);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INTERNAL);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CommandLine.ParameterException pe) {
                // A command found a mistake in its own arguments (an unknown school id, say).
                return usage(pe);
            }
            return crashed(e, commandLine.getErr());
        });
        cli.setParameterExceptionHandler((e, a) -> usage(e));
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int usage(CommandLine.ParameterException e) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("policygen: error: " + e.getMessage());
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
        return USAGE;
    }

    /**
     * A bug, not a user mistake: one plain line on the screen, and the stack trace in a log
     * file whose name is printed, so that it can be sent with a bug report.
     */
    static int crashed(Throwable e, PrintWriter err) {
        String where;
        try {
            where = "the details are in " + saveCrash(e);
        } catch (IOException | RuntimeException io) {
            where = "the details could not be saved (" + io.getMessage() + ")";
        }
        err.println("policygen: internal error: " + briefly(e));
        err.println("This is a fault in policygen, not in your profiles; " + where + ". Please send that file with a bug report.");
        return INTERNAL;
    }
}
