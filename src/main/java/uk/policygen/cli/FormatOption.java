package uk.policygen.cli;

import picocli.CommandLine.Option;

/** How a command reports: lines for people, or JSON for editors and scripts. */
final class FormatOption {
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json: one JSON document on standard output with every problem's"
                    + " file, line, column, field, severity and message.")
    Format format;

    boolean json() {
        return format == Format.json;
    }
}
