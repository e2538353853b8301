package org.kechuangradar.recognize.place;

import java.util.ArrayList;
import java.util.List;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Mention;
import org.kechuangradar.pipeline.Stage;

/**
 * Finds places finer than divisions by the word that ends their names: business districts, villages, towns,
 * squares, streets, stadiums, parks, bases ({@code 丽泽商务区}, {@code 南京路步行街}, {@code 宏村}), as ADDRESS
 * mentions. The name runs back to the nearest pause or function word.
 */
public final class AddressExtractor implements Stage {
  private static final List<String> SUFFIXES = List.of("金融商务区", "商务区", "步行街", "大街", "广场", "体育场", "体育馆",
      "球场", "会展中心", "小镇", "公馆", "大厦", "开发区", "高新区", "海域", "空军基地", "基地", "公园", "新城", "街道", "艺术村");
  private static final String STOPS = "的在和与是为及对从向将把被由等于以了到自其这那各每该一个几";
  private static final java.util.BitSet SUFFIX_FIRST_CHARS = firstChars();

  @Override
  public Document process(Document d) {
    String text = d.text();
    List<Mention> mentions = new ArrayList<>();
    int lastEnd = 0;
    for (int i = 1; i < text.length(); i++) {
      if (!SUFFIX_FIRST_CHARS.get(text.charAt(i))) {
        continue;
      }
      String suffix = suffixAt(text, i);
      if (suffix == null) {
        continue;
      }
      int end = i + suffix.length();
      int start = i;
      while (start > Math.max(lastEnd, i - 8) && Character.isIdeographic(text.charAt(start - 1))
          && STOPS.indexOf(text.charAt(start - 1)) < 0) {
        start--;
      }
      if (i - start >= 2 && !insideWord(text, end)) {
        mentions.add(new Mention(text.substring(start, end), Mention.Type.ADDRESS, text.substring(start, end), start, end));
        lastEnd = end;
      }
      i = end - 1;
    }
    return d.withExtraction(d.extraction().withEntities(mentions));
  }

  /** 广场舞 or 公园路: the suffix goes on into another word. */
  private static boolean insideWord(String text, int end) {
    return end < text.length() && "舞路里内外口".indexOf(text.charAt(end)) >= 0;
  }

  private static String suffixAt(String text, int i) {
    for (String s : SUFFIXES) {
      if (text.startsWith(s, i)) {
        return s;
      }
    }
    return null;
  }

  private static java.util.BitSet firstChars() {
    java.util.BitSet first = new java.util.BitSet(0x10000);
    SUFFIXES.forEach(s -> first.set(s.charAt(0)));
    return first;
  }
}
