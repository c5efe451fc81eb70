package uk.policygen.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The folders and switches every command shares. */
final class Options {
    @Option(names = "--schools", paramLabel = "DIR", defaultValue = "schools", description = "Folder of school profiles (default: ${DEFAULT-VALUE}).")
    Path schools;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates", description = "Folder of templates (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--today", paramLabel = "DATE", converter = DayConverter.class,
            description = "Check review dates as if today were DATE (YYYY-MM-DD).")
    LocalDate today;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors and warnings: no progress, no summary.")
    boolean quiet;

    LocalDate today() {
        return today != null ? today : LocalDate.now();
    }

    /** A day as a profile writes one, with the same plain message as a profile gets. */
    static final class DayConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("\"" + value + "\" is not a date; expected YYYY-MM-DD such as 2026-09-01");
            }
        }
    }
}
