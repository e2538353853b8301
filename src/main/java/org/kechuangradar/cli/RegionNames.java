package org.kechuangradar.cli;

import org.kechuangradar.clean.ScriptConverter;
import org.kechuangradar.lexicon.RegionGazetteer;

/** A region given on the command line: a name, short or full, in either script, or a division code. */
final class RegionNames {
  private RegionNames() {}

  /** The division given, or null when the gazetteer knows none of that name or code. */
  static RegionGazetteer.Division resolve(String nameOrCode) {
    RegionGazetteer.Division d = RegionGazetteer.get().resolve(ScriptConverter.toSimplified(nameOrCode.strip()));
    return d == null || d.code() == null ? null : d;
  }

  /** What a command says of a region it does not know. */
  static String unknown(String given) {
    return "no region " + given + " (give a name such as 上海 or 上海市, or a division code such as 310000)";
  }
}
