package io.bgpersistence.cli;

import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterType;
import io.bgpersistence.model.WriterTypeRegistry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "types", mixinStandardHelpOptions = true,
    description = {"List the writer types and what each needs.",
        "",
        "The image each runs, the bus it reads, what it publishes to and the settings it needs."})
final class TypesCommand implements Callable<Integer> {
  private static final List<String> HEADER =
      List.of("TYPE", "IMAGE", "READS", "PUBLISHES TO", "NEEDS", "SHOULD HAVE", "USES", "ROW");

  @Spec CommandSpec spec;
  @Mixin DebugOption debug;

  @Override
  public Integer call() {
    return print(spec.commandLine().getOut());
  }

  /** The table and its notes; also how {@code bpctl types} runs without picocli ({@link Bpctl}). */
  static int print(PrintWriter out) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (WriterType t : WriterTypeRegistry.builtIn().all()) {
      rows.add(List.of(t.name(),
          t.image().map(i -> i.name().toLowerCase(Locale.ROOT)).orElse("image_override"),
          t.subscribesTo().map(Setting::jsonName).orElse("-"),
          t.publishesTo().map(Setting::jsonName).orElse("-"), names(t.needs()), names(t.expects()),
          names(t.uses()), t.inferred() ? "inferred" : "documented"));
    }
    printTable(rows, out);
    out.println();
    out.println("Inferred rows: the type is known to exist, its details are not public; a writer of it is warned of.");
    out.println("A type not listed here renders with its image_override, the shared settings and additional_env_vars.");
    out.flush();
    return Bpctl.OK;
  }

  private static String names(List<Setting> settings) {
    return settings.isEmpty() ? "-" : settings.stream().map(Setting::jsonName).collect(Collectors.joining(","));
  }

  static void printTable(List<List<String>> rows, PrintWriter out) {
    int[] widths = new int[rows.get(0).size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        line.append(i == row.size() - 1 ? row.get(i) : String.format("%-" + (widths[i] + 2) + "s", row.get(i)));
      }
      out.println(line.toString().stripTrailing());
    }
    out.flush();
  }
}
