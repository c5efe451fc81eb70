package uk.policygen.cli;

import java.nio.file.Path;
import java.time.LocalDate;

import picocli.CommandLine.Option;

/** The folders every command shares. */
final class Options {
    @Option(names = "--schools", paramLabel = "DIR", defaultValue = "schools", description = "Folder of school profiles (default: ${DEFAULT-VALUE}).")
    Path schools;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates", description = "Folder of templates (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--today", paramLabel = "DATE", description = "Check review dates as if today were DATE (YYYY-MM-DD).")
    LocalDate today;

    LocalDate today() {
        return today != null ? today : LocalDate.now();
    }
}
