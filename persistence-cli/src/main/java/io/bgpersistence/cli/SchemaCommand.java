package io.bgpersistence.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.bgpersistence.model.PersistenceJson;
import io.bgpersistence.model.WriterTypeRegistry;
import io.bgpersistence.validation.DocumentSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "schema", mixinStandardHelpOptions = true,
    description = {"Print a JSON Schema of the document.",
        "",
        "JSON Schema 2020-12, for editors and forms. Its constraints are the validator's own;"
            + " bpctl validate remains the full check."})
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DebugOption debug;

  @Override
  public Integer call() throws JsonProcessingException {
    spec.commandLine().getOut().println(
        PersistenceJson.prettyWriter().writeValueAsString(DocumentSchema.generate(WriterTypeRegistry.builtIn())));
    spec.commandLine().getOut().flush();
    return Bpctl.OK;
  }
}
