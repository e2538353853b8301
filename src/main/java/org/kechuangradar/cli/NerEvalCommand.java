package org.kechuangradar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kechuangradar.app.Radar;
import org.kechuangradar.eval.NerEvaluation;
import org.kechuangradar.eval.TaggerFitting;
import org.kechuangradar.recognize.tagger.EntityTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code radar eval-ner}: entity recognition per class on CLUENER and MSRA, beside HanLP's recogniser. */
@Command(name = "eval-ner", mixinStandardHelpOptions = true,
    description = "Measure entity recognition sentence by sentence on the held-out parts of CLUENER and MSRA "
        + "(../shared/data) and of our annotated stories, per class: the tagger alone, then the whole extraction "
        + "beside HanLP's recogniser on the same sentences.")
public final class NerEvalCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "The shared data folder (default: ../shared/data).")
  Path data;

  @Option(names = "--limit", defaultValue = "100000", description = "Sentences per data set (default: all).")
  int limit;

  @Override
  public Integer call() throws Exception {
    Path dir = data != null ? data : Path.of(System.getProperty("radar.home", ".")).resolve("../shared/data");
    PrintWriter out = spec.commandLine().getOut();
    Path shared = dir.getParent();
    Path annotations = Path.of(System.getProperty("radar.home", ".")).resolve("training/xwlb-entities.jsonl");
    out.println("The entity tagger alone, in each corpus's style, on the parts it never trained on:");
    TaggerFitting.print(TaggerFitting.score(EntityTagger::inStyle, new TaggerFitting.Sources(shared, annotations), 0,
        0), out);
    out.println("The whole extraction beside HanLP's recogniser, on the same held-out sentences:");
    NerEvaluation eval = new NerEvaluation(new Radar());
    for (NerEvaluation.Result r : new NerEvaluation.Result[] {
        eval.cluener(dir.resolve("cluener/train.json"), limit),
        eval.msra(dir.resolve("msra_ner/val_sentences.txt"), dir.resolve("msra_ner/val_tags.txt"), limit)}) {
      out.printf("%n%s, %d sentences%n", r.dataset(), r.sentences());
      out.println("| class | ours P | ours R | ours F1 | HanLP P | HanLP R | HanLP F1 |");
      out.println("| --- | --- | --- | --- | --- | --- | --- |");
      r.ours().forEach((cls, c) -> {
        NerEvaluation.Counts h = r.hanlp().get(cls);
        out.printf("| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n", cls, 100 * c.precision(), 100 * c.recall(),
            100 * c.f1(), 100 * h.precision(), 100 * h.recall(), 100 * h.f1());
      });
    }
    out.flush();
    return 0;
  }
}
