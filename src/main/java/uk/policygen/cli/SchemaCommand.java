package uk.policygen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.policygen.publish.OutputFolder;
import uk.policygen.schema.KeyReference;
import uk.policygen.schema.ProfileSchema;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"For developers: prints the profiles' JSON Schema, generated from the profile records.",
                "With --write, updates " + ProfileSchema.FILE + " (which editors read) and the key reference in "
                        + KeyReference.FILE + ", after a key is added, renamed or described."})
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--write", description = "Write the schema and the key reference into the project instead of printing.")
    boolean write;

    @Option(names = "--project", paramLabel = "DIR", defaultValue = ".", description = "The project folder (default: the current folder).")
    Path project;

    @Override
    public Integer call() throws IOException {
        String schema = ProfileSchema.json();
        if (!write) {
            spec.commandLine().getOut().print(schema);
            return Main.OK;
        }
        Path readme = project.resolve(KeyReference.FILE);
        String updated = KeyReference.updated(Files.readString(readme, StandardCharsets.UTF_8));
        OutputFolder.writeAtomically(project.resolve(ProfileSchema.FILE), schema.getBytes(StandardCharsets.UTF_8));
        OutputFolder.writeAtomically(readme, updated.getBytes(StandardCharsets.UTF_8));
        spec.commandLine().getOut().println("wrote " + project.resolve(ProfileSchema.FILE) + " and the key reference in " + readme);
        return Main.OK;
    }
}
