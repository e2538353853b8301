package org.kechuangradar.clean;

import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.kechuangradar.model.Block;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Script;
import org.kechuangradar.pipeline.Stage;

/**
 * Converts Traditional Chinese to Simplified with HanLP's phrase-level converter (OpenCC's tables) and records
 * which script the document was written in.
 *
 * <p>The script is decided by counting characters that exist in only one of the two scripts, so documents
 * without any Traditional character are never passed through the converter.
 */
public final class ScriptConverter implements Stage {
  private static final int CJK_START = 0x3400;
  private static final int CJK_END = 0x9FFF;

  /** Characters that only Traditional text uses, and characters that only Simplified text uses. */
  private static final class Tables {
    static final BitSet TRADITIONAL = new BitSet();
    static final BitSet SIMPLIFIED = new BitSet();

    static {
      for (int c = CJK_START; c <= CJK_END; c++) {
        String ch = String.valueOf((char) c);
        boolean toSimplified = !HanLP.convertToSimplifiedChinese(ch).equals(ch);
        boolean toTraditional = !HanLP.convertToTraditionalChinese(ch).equals(ch);
        if (toSimplified && !toTraditional) {
          TRADITIONAL.set(c);
        } else if (toTraditional && !toSimplified) {
          SIMPLIFIED.set(c);
        }
      }
    }
  }

  @Override
  public Document process(Document document) {
    int traditional = 0;
    int simplified = 0;
    for (Block block : document.blocks()) {
      String s = block.text();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c >= CJK_START && c <= CJK_END) {
          if (Tables.TRADITIONAL.get(c)) {
            traditional++;
          } else if (Tables.SIMPLIFIED.get(c)) {
            simplified++;
          }
        }
      }
    }
    Script script = scriptOf(traditional, simplified);
    if (traditional == 0) {
      return document.withScript(script);
    }
    List<Block> out = new ArrayList<>(document.blocks().size());
    for (Block block : document.blocks()) {
      out.add(block.withText(toSimplified(block.text())));
    }
    return document.withBlocks(out).withScript(script);
  }

  /** Converts one string to Simplified Chinese; used for queries too. */
  public static String toSimplified(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Tables.TRADITIONAL.get(s.charAt(i))) {
        return HanLP.convertToSimplifiedChinese(s);
      }
    }
    return s;
  }

  static Script scriptOf(int traditional, int simplified) {
    int marked = traditional + simplified;
    if (marked == 0 || traditional * 10 <= marked) {
      return Script.SIMPLIFIED;
    }
    return simplified * 10 <= marked ? Script.TRADITIONAL : Script.MIXED;
  }
}
