package org.kechuangradar.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/** A {@link WordJunction} that segments a few characters either side of the junction with HanLP. */
public final class HanlpWordJunction implements WordJunction {
  private static final int CONTEXT = 4;

  private static final class Holder {
    static final Segment SEGMENT = HanLP.newSegment().enableNameRecognize(false).enablePlaceRecognize(false)
        .enableOrganizationRecognize(false);
  }

  @Override
  public boolean spansWord(String left, String right) {
    String l = left.substring(Math.max(0, left.length() - CONTEXT));
    String r = right.substring(0, Math.min(CONTEXT, right.length()));
    if (l.isEmpty() || r.isEmpty() || !isHan(l.charAt(l.length() - 1)) || !isHan(r.charAt(0))) {
      return false;
    }
    int offset = 0;
    for (Term term : Holder.SEGMENT.seg(l + r)) {
      int end = offset + term.word.length();
      if (offset < l.length() && end > l.length()) {
        return true;
      }
      offset = end;
    }
    return false;
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
