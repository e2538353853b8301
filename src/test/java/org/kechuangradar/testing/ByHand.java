package org.kechuangradar.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.kechuangradar.model.Document;
import org.kechuangradar.model.Event;
import org.kechuangradar.model.Mention;
import org.kechuangradar.model.Quantity;
import org.kechuangradar.model.Region;
import org.kechuangradar.model.TaggedName;

/**
 * Documents with a stage's inputs filled in by hand, so that each stage's test runs the stage alone: the clean text,
 * the publication date, and the names, mentions and regions earlier stages would have found.
 */
public final class ByHand {
  private ByHand() {}

  /** A clean document: the text as is, no cleaning, published on {@code published} (or null). */
  public static Document text(String published, String text) {
    return Document.fromText("test", text).withText(text, List.of()).withPublished(published);
  }

  /**
   * Mentions of the given surface forms, each at its first occurrence after the one before: pairs of text and
   * type, the canonical name the text itself unless given as {@code "text=canonical"}.
   */
  public static List<Mention> mentions(String text, Object... textAndType) {
    List<Mention> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < textAndType.length; i += 2) {
      String surface = (String) textAndType[i];
      String canonical = surface;
      int eq = surface.indexOf('=');
      if (eq > 0) {
        canonical = surface.substring(eq + 1);
        surface = surface.substring(0, eq);
      }
      int at = text.indexOf(surface, from);
      if (at < 0) {
        at = text.indexOf(surface);
      }
      if (at < 0) {
        throw new IllegalArgumentException(surface + " is not in " + text);
      }
      out.add(new Mention(surface, (Mention.Type) textAndType[i + 1], canonical, at, at + surface.length()));
      from = at + 1;
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** The document with these tagger names, each marked as surely as the tagger marks any. */
  public static Document names(Document d, Object... textAndType) {
    return d.withExtraction(d.extraction().withNames(mentions(d.text(), textAndType).stream()
        .map(m -> new TaggedName(m, 1)).toList()));
  }

  /** The document with these entities added. */
  public static Document entities(Document d, Object... textAndType) {
    return d.withExtraction(d.extraction().withEntities(mentions(d.text(), textAndType)));
  }

  /** The document with these regions. */
  public static Document regions(Document d, Region... regions) {
    return d.withExtraction(d.extraction().withRegions(List.of(regions)));
  }

  /** A text of random characters: common Chinese ones, digits, letters, punctuation and line breaks. */
  public static String randomText(Random random, int length) {
    String pool = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
        + "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还"
        + "因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意"
        + "建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知"
        + "较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研技术科创新省市县局委司所厅院校会协团队站"
        + "0123456789ABCabc，。、；：？！“”《》（）·—%\n ";
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(pool.charAt(random.nextInt(pool.length())));
    }
    return sb.toString();
  }

  /** Every span of the record lies inside the text, and every mention's text is what its span holds. */
  public static void assertSpansInside(Document d) {
    int n = d.text().length();
    List<Mention> names = d.extraction().names().stream().map(TaggedName::mention).toList();
    for (List<Mention> list : List.of(names, d.extraction().entities())) {
      for (Mention m : list) {
        assertTrue(m.start() >= 0 && m.end() <= n && m.start() <= m.end(), m + " outside a text of " + n);
        assertTrue(d.text().substring(m.start(), m.end()).equals(m.text()), m + " is not what its span holds");
      }
    }
    for (Event e : d.extraction().events()) {
      assertTrue(e.start() >= 0 && e.end() <= n && e.start() <= e.end(), e + " outside the text");
    }
    for (Quantity q : d.extraction().quantities()) {
      assertTrue(q.start() >= 0 && q.end() <= n && d.text().substring(q.start(), q.end()).equals(q.text()), q.toString());
    }
  }

  /** Names of mentions of a type, in text order. */
  public static List<String> texts(Document d, Mention.Type type) {
    return d.extraction().entities().stream().filter(m -> m.type() == type)
        .sorted((a, b) -> Integer.compare(a.start(), b.start())).map(Mention::text).toList();
  }

  /** The regions' names. */
  public static List<String> regionNames(Document d) {
    return d.extraction().regions().stream().map(Region::name).toList();
  }
}
