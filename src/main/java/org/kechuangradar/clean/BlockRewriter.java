package org.kechuangradar.clean;

import java.util.ArrayList;
import java.util.List;
import org.kechuangradar.model.Block;
import org.kechuangradar.model.Document;
import org.kechuangradar.pipeline.Stage;

/** A stage that rewrites each block's text on its own, dropping blocks that end up blank. */
abstract class BlockRewriter implements Stage {

  /** The block's new text; blank to drop the block. */
  abstract String rewrite(String text);

  @Override
  public Document process(Document document) {
    List<Block> out = new ArrayList<>(document.blocks().size());
    for (Block block : document.blocks()) {
      String text = rewrite(block.text());
      if (!text.isBlank()) {
        out.add(text.equals(block.text()) ? block : block.withText(text));
      }
    }
    return document.withBlocks(out);
  }
}
