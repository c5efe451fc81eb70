package uk.policygen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.policygen.preview.PreviewServer;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Previews every school in your browser while you edit: builds them all, serves them on this computer only"
                + " (http://127.0.0.1:PORT/), and when a profile, a school's own section or a template changes, rebuilds that school"
                + " and reloads the page. Each page shows the school's problems with their file and line. Stop with Ctrl+C.",
                "The preview is built in a temporary folder, never in the output folder, so it cannot change a ratified record;"
                        + " it reads the ratified records in --out to compare with them."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Options options = new Options();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "The output folder whose ratified records the preview compares with (default: ${DEFAULT-VALUE}); nothing is written there.")
    Path out;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "1313", description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter say = spec.commandLine().getOut();
        Path site = Files.createTempDirectory("policygen-preview-");
        PreviewServer server = new PreviewServer(options.schools, options.templates, options.today(), site, line -> {
            if (!options.quiet) say.println(line);
        });
        server.copyArchives(out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
                deleteTree(site);
            } catch (IOException e) {
                // the temporary folder is left for the system to clear
            }
            stopped.countDown();
        }));
        URI address;
        try {
            address = server.start(port);
        } catch (java.net.BindException e) {
            server.close();
            deleteTree(site);
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "port " + port
                    + " is in use (is a preview already running?); expected a free port, e.g. --port 0 to pick one");
        }
        // The preview lists the schools it reads; a profile saved under another ending is said here, or it would be missing without a word.
        for (Path wrong : Profiles.misnamed(options.schools)) say.println(Report.line(Profiles.misnamedProblem(wrong)));
        say.println("Preview at " + address + " (this computer only). Press Ctrl+C to stop.");
        say.flush();
        stopped.await();
        return Main.OK;
    }

    /** Removes the preview's own temporary folder, which only it wrote. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
