package org.kechuangradar.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decodes text whose encoding is not declared: byte-order marks first, then strict UTF-8, then ICU's
 * statistical detector restricted to the encodings Chinese text comes in (GB18030 and its subsets GBK and
 * GB2312, Big5, UTF-16).
 *
 * <p>Fails with a reason rather than guessing: binary content, UTF-8 with invalid bytes, or text no
 * candidate decodes cleanly. A declared or confidently detected charset tolerates a few damaged bytes.
 */
public final class CharsetGuesser {
  private static final int MIN_CONFIDENCE = 10;
  private static final int CONFIDENT = 60;
  private static final Set<String> CANDIDATES =
      Set.of("GB18030", "Big5", "UTF-16LE", "UTF-16BE", "UTF-8", "ISO-8859-1", "windows-1252");

  private CharsetGuesser() {}

  /** Decodes {@code bytes} or says why it cannot. */
  public static String decode(String source, byte[] bytes) throws InputException {
    if (bytes.length == 0) {
      throw new InputException(source, "empty file");
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(source, bytes, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(source, bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(source, bytes, 2, StandardCharsets.UTF_16BE);
    }
    if (looksBinary(bytes)) {
      String utf16 = utf16WithoutBom(bytes);
      if (utf16 != null) {
        return utf16;
      }
      throw new InputException(source, "binary content, not text, HTML or PDF");
    }
    int invalid = firstInvalidUtf8(bytes);
    if (invalid < 0) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    if (mostlyUtf8(bytes)) {
      throw new InputException(source, "invalid UTF-8: undecodable byte at offset " + invalid);
    }
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch best = null;
    for (CharsetMatch match : detector.detectAll()) {
      if (CANDIDATES.contains(match.getName()) && match.getConfidence() >= MIN_CONFIDENCE) {
        String text = tryDecode(bytes, charsetFor(match.getName()));
        if (text == null && match.getConfidence() >= CONFIDENT) {
          text = lenient(bytes, charsetFor(match.getName()));
        }
        if (text != null && plausible(text)) {
          return text;
        }
        best = best == null ? match : best;
      }
    }
    String guess = best == null ? "none" : best.getName() + " at " + best.getConfidence() + "%";
    throw new InputException(source, "encoding cannot be detected (best guess: " + guess + ")");
  }

  /** Decodes with a declared charset name, falling back to detection when the name is unknown or wrong. */
  public static String decode(String source, byte[] bytes, String declared) throws InputException {
    if (declared != null) {
      Charset cs = charsetFor(declared);
      if (cs != null) {
        String text = tryDecode(bytes, cs);
        // Pages that declare GBK but are UTF-8 are common; valid UTF-8 wins over a damaged declared charset.
        if (text == null && firstInvalidUtf8(bytes) < 0) {
          text = new String(bytes, StandardCharsets.UTF_8);
        }
        text = text != null ? text : lenient(bytes, cs);
        if (text != null) {
          return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
      }
    }
    return decode(source, bytes);
  }

  /** Maps a declared or detected name to the charset to decode with; GB2312 and GBK are read as GB18030. */
  static Charset charsetFor(String name) {
    String n = name.toLowerCase(Locale.ROOT).strip();
    if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk") || n.equals("gb18030") || n.equals("cp936")) {
      return Charset.forName("GB18030");
    }
    if (n.startsWith("big5")) {
      return Charset.forName("Big5-HKSCS");
    }
    try {
      return Charset.forName(n);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String strict(String source, byte[] bytes, int offset, Charset cs) throws InputException {
    String text = tryDecode(ByteBuffer.wrap(bytes, offset, bytes.length - offset), cs);
    if (text == null) {
      throw new InputException(source, "invalid " + cs.name() + " after its byte-order mark");
    }
    return text;
  }

  private static String tryDecode(byte[] bytes, Charset cs) {
    return cs == null ? null : tryDecode(ByteBuffer.wrap(bytes), cs);
  }

  private static String tryDecode(ByteBuffer buffer, Charset cs) {
    try {
      return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Decodes with a charset known to be right (declared, or detected with high confidence) when a few bytes
   * are damaged, as old pages often are: at most one character in 200 may be undecodable; those are dropped.
   */
  private static String lenient(byte[] bytes, Charset cs) {
    if (cs == null) {
      return null;
    }
    String text = new String(bytes, cs);
    long bad = text.chars().filter(c -> c == '\uFFFD').count();
    return bad * 200 <= text.length() ? text.replace("\uFFFD", "") : null;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Decodes UTF-16 without a byte-order mark, or returns null. Only input with NUL bytes is tried, since text in
   * UTF-16 has them (the high byte of every ASCII character, a line break included) and 8-bit text has none; the
   * byte order with more NULs at high-byte positions is tried first. It is UTF-16 when it decodes strictly (random
   * bytes leave unpaired surrogates) to text without control characters that is {@link #plausible}.
   */
  static String utf16WithoutBom(byte[] bytes) {
    int zerosEven = 0;
    int zerosOdd = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        zerosEven += 1 - (i & 1);
        zerosOdd += i & 1;
      }
    }
    if (zerosEven + zerosOdd == 0) {
      return null;
    }
    // A cut may leave half a character at the end; the whole characters before it are judged.
    ByteBuffer whole = ByteBuffer.wrap(bytes, 0, bytes.length & ~1);
    Charset first = zerosOdd >= zerosEven ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    Charset second = first == StandardCharsets.UTF_16LE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    for (Charset cs : List.of(first, second)) {
      String text = tryDecode(whole.duplicate(), cs);
      if (text != null && !text.isBlank() && noControlCharacters(text) && plausible(text)) {
        return text;
      }
    }
    return null;
  }

  /** No C0 control other than tab, line breaks and form feed, and no noncharacter. */
  private static boolean noControlCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F || c >= 0xFFFE) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text with every half of a surrogate pair that lacks its other half replaced by U+FFFD: jsoup decodes
   * {@code &#xD800;}, and Jackson the JSON escape of it, to such a half, which no encoder can write. Hand-written
   * because the JDK replaces them only while encoding, and then with {@code ?}.
   */
  static String wholeCharacters(String s) {
    StringBuilder out = null;
    for (int i = 0; s != null && i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        if (out != null) {
          out.append(c).append(s.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (Character.isSurrogate(c) && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (out != null) {
        out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return out == null ? s : out.toString();
  }

  /** NUL bytes or many control characters in the first 8 KiB. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
        control++;
      }
    }
    return control * 20 > n;
  }

  /** The offset of the first byte that breaks UTF-8, or -1 when the whole input is valid. */
  static int firstInvalidUtf8(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      int len = sequenceLength(bytes, i);
      if (len < 0) {
        return i;
      }
      i += len;
    }
    return -1;
  }

  /** At least ten well-formed multi-byte sequences for every broken one: UTF-8 with damage, not GBK. */
  private static boolean mostlyUtf8(byte[] bytes) {
    int valid = 0;
    int broken = 0;
    int i = 0;
    while (i < bytes.length) {
      int len = sequenceLength(bytes, i);
      if (len < 0) {
        broken++;
        i++;
      } else {
        valid += len > 1 ? 1 : 0;
        i += len;
      }
    }
    return valid >= 10 * broken;
  }

  private static int sequenceLength(byte[] b, int i) {
    int c = b[i] & 0xFF;
    int len;
    if (c < 0x80) {
      return 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
    } else {
      return -1;
    }
    if (i + len > b.length) {
      return -1;
    }
    for (int k = 1; k < len; k++) {
      if ((b[i + k] & 0xC0) != 0x80) {
        return -1;
      }
    }
    return len;
  }

  /** Decoded text that is mostly Han, ASCII and common punctuation, not a soup of rare symbols. */
  static boolean plausible(String text) {
    int good = 0;
    int total = 0;
    for (int i = 0; i < text.length() && total < 20000; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      total++;
      if (c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
          || c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—' || c == '·') {
        good++;
      }
    }
    return total == 0 || good * 10 >= total * 8;
  }
}
