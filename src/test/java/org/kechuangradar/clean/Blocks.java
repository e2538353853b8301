package org.kechuangradar.clean;

import java.util.ArrayList;
import java.util.List;
import org.kechuangradar.model.Block;
import org.kechuangradar.model.Document;
import org.kechuangradar.pipeline.Stage;

/** Test helpers: run a stage on lines and read back the texts of the blocks it leaves. */
final class Blocks {
  private Blocks() {}

  static Document doc(String... lines) {
    return Document.fromText("test", String.join("\n", lines));
  }

  static List<String> texts(Document d) {
    List<String> out = new ArrayList<>();
    for (Block b : d.blocks()) {
      out.add(b.text());
    }
    return out;
  }

  static List<String> run(Stage stage, String... lines) {
    return texts(stage.process(doc(lines)));
  }
}
