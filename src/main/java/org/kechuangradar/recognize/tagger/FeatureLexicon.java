package org.kechuangradar.recognize.tagger;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kechuangradar.lexicon.EverydayWords;

/**
 * The word lists whose matches are features of the tagger: HanLP's core dictionary by coarse part of speech, the
 * person-name roles HanLP's corpus counts per character, and the names of our own gazetteers (divisions, countries,
 * bodies). A match says "a word of this class covers this character here", never "this is a name".
 */
final class FeatureLexicon {
  /** Coarse classes of HanLP's parts of speech. */
  static final int PERSON_WORD = 0;
  static final int PLACE_WORD = 1;
  static final int ORG_WORD = 2;
  static final int PROPER_WORD = 3;
  static final int TITLE_WORD = 4;
  static final int NOUN = 5;
  static final int VERB = 6;
  static final int NUMBER = 7;
  static final int TIME = 8;
  static final int OTHER_WORD = 9;
  /** Classes of our own lists, as bits above the part-of-speech classes. */
  static final int DIVISION = 10;
  static final int DIVISION_SHORT = 11;
  static final int COUNTRY = 12;
  static final int CENTRAL_BODY = 13;
  static final int LOCAL_BODY = 14;
  /** Words HanLP's corpus saw mostly as the last word of an organization's name (公司, 研究所, 中队). */
  static final int ORG_SUFFIX = 15;
  /** Words HanLP's corpus saw mostly as the last word of a place name (省, 乡, 村). */
  static final int PLACE_SUFFIX = 26;
  /** HanLP's custom dictionary, by the same coarse classes shifted past ours. */
  static final int CUSTOM = 16;

  /** Receives one match: where it begins, how long it is, and its classes as bits. */
  interface Sink {
    void word(int begin, int length, int classes, int roles);
  }

  private final DoubleArrayTrie<CoreDictionary.Attribute> core = CoreDictionary.trie;
  private final int[] coreClasses;
  /** Per core word: its most counted organization, place and person role in HanLP's role corpora, packed; or 0. */
  private final int[] coreRoles;
  private final DoubleArrayTrie<CoreDictionary.Attribute> custom = com.hankcs.hanlp.dictionary.CustomDictionary.DEFAULT.dat;
  private final int[] customClasses;
  private final DoubleArrayTrie<Integer> own;
  /** Per character: its most counted place-name role and organization-name role, packed; 0 when none. */
  private final int[] placeRoles = new int[0x10000];
  private final int[] organizationRoles = new int[0x10000];
  /** Per character: its two most counted person-name roles with a count bucket, packed; 0 when none. */
  private final int[] personRoles = new int[0x10000];

  /** Our own names with their class bits, built into a trie here. */
  FeatureLexicon(Map<String, Integer> ownNames) {
    CoreDictionary.Attribute[] attributes = core.getValueArray(new CoreDictionary.Attribute[0]);
    coreClasses = new int[attributes.length];
    for (int i = 0; i < attributes.length; i++) {
      coreClasses[i] = 1 << coarse(attributes[i]);
    }
    coreRoles = new int[attributes.length];
    List<String> hanlpWords = HanlpWords.all();
    for (String word : hanlpWords) {
      int index = core.exactMatchSearch(word);
      if (index >= 0) {
        coreRoles[index] = role(com.hankcs.hanlp.dictionary.nt.OrganizationDictionary.dictionary.get(word))
            | role(com.hankcs.hanlp.dictionary.ns.PlaceDictionary.dictionary.get(word)) << 6
            | role(PersonDictionary.dictionary.get(word)) << 12;
      }
    }
    CoreDictionary.Attribute[] customAttributes = custom.getValueArray(new CoreDictionary.Attribute[0]);
    customClasses = new int[customAttributes.length];
    for (int i = 0; i < customAttributes.length; i++) {
      customClasses[i] = customAttributes[i] == null ? 0 : 1 << (CUSTOM + coarse(customAttributes[i]));
    }
    own = new DoubleArrayTrie<>();
    TreeMap<String, Integer> sorted = new TreeMap<>(ownNames);
    for (String word : hanlpWords) {
      EnumItem<com.hankcs.hanlp.corpus.tag.NT> o = com.hankcs.hanlp.dictionary.nt.OrganizationDictionary.dictionary.get(word);
      if (o != null && mostly(o, com.hankcs.hanlp.corpus.tag.NT.D)) {
        sorted.merge(word, 1 << ORG_SUFFIX, (a, b) -> a | b);
      }
      EnumItem<com.hankcs.hanlp.corpus.tag.NS> p = com.hankcs.hanlp.dictionary.ns.PlaceDictionary.dictionary.get(word);
      if (p != null && mostly(p, com.hankcs.hanlp.corpus.tag.NS.H)) {
        sorted.merge(word, 1 << PLACE_SUFFIX, (a, b) -> a | b);
      }
    }
    if (!sorted.isEmpty()) {
      own.build(sorted);
    }
    for (char c = 0x4E00; c <= 0x9FFF; c++) {
      EnumItem<NR> item = PersonDictionary.dictionary.get(String.valueOf(c));
      if (item != null) {
        personRoles[c] = topRoles(item);
      }
      EnumItem<com.hankcs.hanlp.corpus.tag.NS> place =
          com.hankcs.hanlp.dictionary.ns.PlaceDictionary.dictionary.get(String.valueOf(c));
      if (place != null) {
        placeRoles[c] = topRoles(place) & 0xFF;
      }
      EnumItem<com.hankcs.hanlp.corpus.tag.NT> organization =
          com.hankcs.hanlp.dictionary.nt.OrganizationDictionary.dictionary.get(String.valueOf(c));
      if (organization != null) {
        organizationRoles[c] = topRoles(organization) & 0xFF;
      }
    }
  }

  /** Calls {@code sink} for every dictionary word of two characters or more and every own name in {@code text}. */
  void matches(char[] text, Sink sink) {
    DoubleArrayTrie<CoreDictionary.Attribute>.Searcher s = core.getSearcher(text, 0);
    while (s.next()) {
      if (s.length > 1) {
        sink.word(s.begin, s.length, coreClasses[s.index], coreRoles[s.index]);
      }
    }
    DoubleArrayTrie<CoreDictionary.Attribute>.Searcher cs = custom.getSearcher(text, 0);
    while (cs.next()) {
      if (cs.length > 1 && customClasses[cs.index] != 0) {
        sink.word(cs.begin, cs.length, customClasses[cs.index], 0);
      }
    }
    if (own.size() > 0) {
      DoubleArrayTrie<Integer>.Searcher o = own.getSearcher(text, 0);
      while (o.next()) {
        sink.word(o.begin, o.length, o.value, 0);
      }
    }
  }

  int personRoles(char c) {
    return personRoles[c];
  }

  int placeRoles(char c) {
    return placeRoles[c];
  }

  int organizationRoles(char c) {
    return organizationRoles[c];
  }

  /** One more than the ordinal of the item's most counted role; 0 for no item. */
  private static <E extends Enum<E>> int role(EnumItem<E> item) {
    int packed = item == null ? 0 : topRoles(item) & 0xFF;
    return packed == 0 ? 0 : 1 + (packed - 1) / 8;
  }

  /** The role makes up at least half of the item's counts and was seen at least ten times. */
  private static <E extends Enum<E>> boolean mostly(EnumItem<E> item, E role) {
    int n = item.getFrequency(role);
    int total = 0;
    for (int v : item.labelMap.values()) {
      total += v;
    }
    return n >= 10 && n * 2 >= total;
  }

  private static int coarse(CoreDictionary.Attribute a) {
    String n = EverydayWords.usualNature(a).toString();
    if (n.startsWith("nr")) {
      return PERSON_WORD;
    } else if (n.startsWith("ns")) {
      return PLACE_WORD;
    } else if (n.startsWith("nt")) {
      return ORG_WORD;
    } else if (n.equals("nz")) {
      return PROPER_WORD;
    } else if (n.startsWith("nn")) {
      return TITLE_WORD;
    } else if (n.startsWith("n")) {
      return NOUN;
    } else if (n.startsWith("v")) {
      return VERB;
    } else if (n.startsWith("m") || n.startsWith("q")) {
      return NUMBER;
    } else if (n.startsWith("t")) {
      return TIME;
    }
    return OTHER_WORD;
  }

  /** The two roles the character has most often, each with a bucket of its count (log base 4, capped at 7). */
  private static <E extends Enum<E>> int topRoles(EnumItem<E> item) {
    E first = null;
    E second = null;
    for (Map.Entry<E, Integer> e : item.labelMap.entrySet()) {
      if (first == null || e.getValue() > item.getFrequency(first)
          || e.getValue() == item.getFrequency(first) && e.getKey().ordinal() < first.ordinal()) {
        second = first;
        first = e.getKey();
      } else if (second == null || e.getValue() > item.getFrequency(second)
          || e.getValue() == item.getFrequency(second) && e.getKey().ordinal() < second.ordinal()) {
        second = e.getKey();
      }
    }
    return pack(first, item) | (second == null ? 0 : pack(second, item) << 8);
  }

  private static <E extends Enum<E>> int pack(E role, EnumItem<E> item) {
    int count = item.getFrequency(role);
    int bucket = Math.min(7, (32 - Integer.numberOfLeadingZeros(count)) / 2);
    return 1 + role.ordinal() * 8 + bucket;
  }
}
