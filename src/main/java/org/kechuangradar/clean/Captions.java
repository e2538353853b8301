package org.kechuangradar.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.kechuangradar.lexicon.Tsv;
import org.kechuangradar.model.Block;
import org.kechuangradar.model.Document;
import org.kechuangradar.pipeline.Stage;

/**
 * Takes photo captions and credits out of the body into {@code captions}: lines opening with {@code 图为},
 * {@code ▲} or {@code ▶}, paragraphs with a {@code 图为} sentence, lines ending in a photo credit
 * ({@code 本报记者 袁婧摄}, {@code 制图:李洁}) and credit lines ({@code 中新社发 王力摄}, {@code 人民图片}).
 */
public final class Captions implements Stage {
  private static final int TAIL = 48;
  private static final List<String> CREDIT_WORDS =
      Tsv.words("photo-credits");
  private static final Pattern OPENER = Pattern.compile(
      "^(?:[▲△▶►▷◀◁↑↓]|图为|上图|下图|左图|右图|左上图|右上图|图一|图二|图\\d|图片说明|图注|(?:图|图片|照片)\\s*[:：/])");
  private static final Pattern PHOTO_SENTENCE = Pattern.compile("(?:^|[。！？”\\s])(?:图为|上图为|下图为|图中为)");
  private static final Pattern CREDIT_END = Pattern.compile(
      "(?:(?:^|[\\s。）)”])(?:[\\p{IsHan}]{0,12}?(?:记者|通讯员|社发|社|网发|报发))?\\s*[\\p{IsHan}·]{2,6}\\s*(?:摄|摄影|供图)"
          + "|(?:制图|绘图|漫画|图片来源|图源)\\s*[:：/]\\s*[\\p{IsHan}\\w ]{1,20}"
          + "|人民图片|人民视觉|视觉中国|新华社发|中新社发|资料图片|资料图|IC\\s?photo|东方IC)\\s*[)）]?$");

  @Override
  public Document process(Document document) {
    List<Block> out = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    for (Block block : document.blocks()) {
      if (block.kind() == Block.Kind.PARAGRAPH && isCaption(block.text())) {
        captions.add(block.text());
      } else {
        out.add(block);
      }
    }
    return document.withBlocks(out).withCaptions(captions);
  }

  static boolean isCaption(String s) {
    if (s.isEmpty() || OPENER.matcher(s).lookingAt()) {
      return true;
    }
    if ((s.contains("图为") || s.contains("图中为")) && PHOTO_SENTENCE.matcher(s).find()) {
      return true;
    }
    char last = s.charAt(s.length() - 1);
    // A credit may close a bracket, (新华社记者 李四摄); any other finished sentence is not a credit.
    if (s.length() >= 400 || s.endsWith("拍摄") || last != ')' && last != '）' && Punctuation.endsSentence(s)) {
      return false;
    }
    // Credits stand at the end of a line; matching only its tail keeps the search linear.
    int from = Math.max(0, s.length() - TAIL);
    return hasCreditWord(s, from)
        && CREDIT_END.matcher(s).region(from, s.length()).useAnchoringBounds(false).find();
  }

  private static boolean hasCreditWord(String s, int from) {
    for (String word : CREDIT_WORDS) {
      if (s.indexOf(word, from) >= 0) {
        return true;
      }
    }
    return false;
  }
}
