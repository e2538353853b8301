package org.kechuangradar.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code radar} command: reads Chinese science-and-technology policy articles and keeps them searchable. */
@Command(
    name = "radar",
    mixinStandardHelpOptions = true,
    version = "Kechuang Radar 0.1",
    description = "Kechuang Radar (科创雷达): ingest, clean, store and search Chinese science-and-technology policy "
        + "articles.",
    subcommands = {
      IngestCommand.class,
      SearchCommand.class,
      PoliciesCommand.class,
      FactsCommand.class,
      BriefCommand.class,
      ShowCommand.class,
      StatsCommand.class,
      CheckCommand.class,
      ExtractCommand.class,
      DemoCommand.class,
      ServeCommand.class,
      BenchCommand.class,
      BenchWebCommand.class,
      HtmlEvalCommand.class,
      EvalCommand.class,
      TimeCommand.class,
      TimeEvalCommand.class,
      NerEvalCommand.class,
      TrainCommand.class,
      CalibrateCommand.class,
      AuditCommand.class,
      UsersCommand.class,
      CommandLine.HelpCommand.class
    })
public final class RadarCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line writing UTF-8 to standard output and error, with one-line errors. */
  public static CommandLine commandLine() {
    return commandLine(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
  }

  /** Builds the command line writing to the given streams (tests capture them). */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new RadarCommand());
    // An argument that starts with @ is a file name like any other (and # in a record's address is no comment).
    cl.setExpandAtFiles(false);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("radar: " + Errors.describe(e));
      return 1;
    });
    return cl;
  }

  // Lucene logs a hint about the incubating vector module at every start; users cannot act on it.
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.exit(commandLine().execute(args));
  }
}
