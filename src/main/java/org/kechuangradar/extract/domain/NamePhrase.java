package org.kechuangradar.extract.domain;

import org.kechuangradar.lexicon.FunctionWords;

/**
 * The name phrase that ends where a kind word starts (…智算中心, …基金, …集聚区): back over Chinese
 * characters, digits, quotes and plus signs to a pause, a function word or a verb that introduces it.
 * Written by hand because a segmenter cuts such new names (模速空间, 脑机接口未来产业集聚区) into pieces.
 */
final class NamePhrase {
  private static final String PAUSES = "，。；：、,;:！？!?（）()\n《》 ";
  private static final String[] INTRODUCERS = {"全国首个", "国内首个", "首个", "首批", "设立", "成立", "发起", "组建", "打造",
      "推出", "建设", "建成", "布局", "启动", "接入", "入驻", "落户", "获批", "批复", "开工", "揭牌", "上线", "运营", "依托",
      "推动", "支持", "实施", "开展", "共建", "加快", "积极", "正式", "一个", "一批", "一支", "多个", "已", "又", "还", "也", "即"};

  private NamePhrase() {}

  /** The start of the phrase ending at {@code end}, at most {@code max} characters long. */
  static int start(String text, int end, int max) {
    int start = end;
    while (start > 0 && end - start < max && PAUSES.indexOf(text.charAt(start - 1)) < 0
        && !FunctionWords.is(text.charAt(start - 1))) {
      start--;
    }
    boolean trimmed = true;
    while (trimmed && start < end) {
      trimmed = false;
      // Only the phrase is searched, never the rest of the text.
      String phrase = text.substring(start, end);
      for (String word : INTRODUCERS) {
        int at = phrase.indexOf(word);
        if (at >= 0 && at <= 8) {
          start += at + word.length();
          trimmed = true;
          break;
        }
      }
    }
    return start;
  }
}
