package org.kechuangradar.recognize.person;

import org.kechuangradar.lexicon.BodyGazetteer;
import org.kechuangradar.lexicon.RegionGazetteer;

/** What a person's name looks like: two to eight Chinese characters, or a foreign name with its middle dots. */
final class PersonNames {
  private PersonNames() {}

  static boolean looksLikeName(String name) {
    if (name.length() < 2 || name.length() > 16 || name.startsWith("·") || name.endsWith("·")) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isIdeographic(c) && c != '·') {
        return false;
      }
    }
    boolean foreign = name.indexOf('·') >= 0;
    // A name the gazetteers give a region or a body is not a person's, whatever the tagger says.
    return (foreign || name.length() <= 8) && RegionGazetteer.get().form(name) == null
        && BodyGazetteer.get().centralAt(name, 0) == null;
  }
}
