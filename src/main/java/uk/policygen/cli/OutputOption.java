package uk.policygen.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Where the commands that write put their files. */
final class OutputOption {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output", description = "Where to write (default: ${DEFAULT-VALUE}).")
    Path out;
}
