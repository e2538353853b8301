package org.kechuangradar.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.kechuangradar.index.RecordFacets.Dim;
import org.kechuangradar.model.PolicyRecord;
import org.kechuangradar.time.PartialDate;

/**
 * The fields of the embedded index and the Lucene documents of its three kinds: an article, a table row of an
 * article (a policy, an event, a person …), and a policy record. Policy records and rows live in the same index
 * as the articles, so that they commit atomically with the articles that name them.
 */
final class IndexSchema {
  static final String ID = "id";
  static final String SOURCE = "source";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String DAY = "day";
  // The days a date covers (a day, a month or a year), so that a period holds only what lies within it.
  static final String SPAN = "span";
  static final String PUBLISHED = "published";
  static final String RECORD = "record";
  static final String ORIGINAL = "original";
  static final String EXTRACTED = "extracted";
  static final String ADDED = "added";
  static final String KIND = "kind";
  static final String TABLE = "table";
  static final String OF = "of";
  static final String ROW_TEXT = "rowtext";
  static final String ROW = "row";
  // What a hit shows (id, title, date, sources, lead) as doc values: reading it does not decompress the
  // stored block that holds the whole text and record.
  static final String HIT = "hit";
  static final int LEAD_LENGTH = 120;

  // Index format: 2 added facet values and table rows, 3 the lead, 4 kind=article, 5 Lucene's facet field, 6 hit
  // fields as doc values, 7 bodies counted apart from other organizations, 8 rows of every kind of fact with their
  // own values, month a dimension, 9 month no search facet, 10 each row names its fact by key (for the review); an
  // older index is rewritten.
  static final String FORMAT_KEY = "format";
  static final String FORMAT = "10";

  static final Query ARTICLES = new TermQuery(new Term(KIND, "article"));
  static final Query POLICIES = new TermQuery(new Term(KIND, "policy"));
  static final Query NOT_ARTICLES = new TermInSetQuery(KIND, List.of(new BytesRef("policy"), new BytesRef("row")));
  static final Sort BY_DAY = new Sort(new SortField(DAY, SortField.Type.LONG, true), SortField.FIELD_SCORE);
  // Facets of articles, counted by Lucene's facet module over one doc-values field with global ordinals.
  static final FacetsConfig FACETS = facetsConfig();
  static final ObjectMapper JSON = new ObjectMapper();

  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private IndexSchema() {}

  /** What a hit shows of an article; {@code lead} is the start of its text. */
  record HitFields(String id, String title, String published, List<String> sources, String lead) {}

  /** An article with its facet values; {@code added} is when it was first stored. */
  static Document article(StoredDocument doc, RecordFacets facets, long added) throws IOException {
    Document d = new Document();
    d.add(new StringField(ID, doc.id(), Field.Store.YES));
    for (String s : doc.sources()) {
      d.add(new StringField(SOURCE, s, Field.Store.YES));
    }
    if (doc.title() != null) {
      d.add(new TextField(TITLE, doc.title(), Field.Store.YES));
    }
    d.add(new Field(TEXT, doc.text(), TEXT_WITH_OFFSETS));
    d.add(new BinaryDocValuesField(HIT, new BytesRef(JSON.writeValueAsBytes(new HitFields(doc.id(), doc.title(),
        doc.published(), doc.sources(), doc.text().substring(0, Math.min(LEAD_LENGTH, doc.text().length())))))));
    addDay(d, doc.published());
    if (doc.published() != null) {
      d.add(new StoredField(PUBLISHED, doc.published()));
    }
    d.add(new StoredField(RECORD, doc.record()));
    if (doc.original() != null) {
      d.add(new StoredField(ORIGINAL, doc.original()));
    }
    if (doc.extracted() != null) {
      d.add(new StoredField(EXTRACTED, doc.extracted()));
    }
    d.add(new LongPoint(ADDED, added));
    d.add(new StoredField(ADDED, added));
    d.add(new StringField(KIND, "article", Field.Store.NO));
    addValues(d, facets.values());
    Set<String> bodies = facets.values().get(Dim.BODY);
    facets.values().forEach((dim, values) -> values.forEach(v -> {
      // A body is counted under body only; org counts the other organizations, half the values to count. A month
      // is counted by the timeline and the matrix from its own field, not as a facet of every search.
      boolean counted = (dim != Dim.ORG || !bodies.contains(v)) && dim != Dim.MONTH;
      if (counted && !v.isBlank() && v.indexOf(FacetsConfig.DELIM_CHAR) < 0) {
        d.add(new SortedSetDocValuesFacetField(dim.param, v));
      }
    }));
    return FACETS.build(d);
  }

  /** One table row of an article, found by its own values and date and deleted with the article. */
  static Document row(StoredDocument of, RecordFacets.Row row) {
    Document d = new Document();
    d.add(new StringField(KIND, "row", Field.Store.NO));
    d.add(new StringField(TABLE, row.table().name(), Field.Store.NO));
    d.add(new StringField(OF, of.id(), Field.Store.NO));
    for (String s : of.sources()) {
      d.add(new StringField(SOURCE, s, Field.Store.NO));
    }
    d.add(new TextField(ROW_TEXT, row.text(), Field.Store.NO));
    d.add(new StoredField(ROW, row.json()));
    addDay(d, row.date());
    row.otherDates().stream().filter(o -> !o.equals(row.date())).forEach(o -> addSpan(d, o));
    addValues(d, row.values());
    return d;
  }

  static Document policy(PolicyRecord policy) throws IOException {
    Document d = new Document();
    d.add(new StringField(ID, policy.id(), Field.Store.YES));
    d.add(new StringField(KIND, "policy", Field.Store.NO));
    d.add(new TextField(TITLE, policy.title(), Field.Store.YES));
    d.add(new StoredField(RECORD, JSON.writeValueAsString(policy)));
    return d;
  }

  /** An article as it was stored. */
  static StoredDocument load(StoredFields fields, int docId) throws IOException {
    Document d = fields.document(docId);
    return new StoredDocument(d.get(ID), List.of(d.getValues(SOURCE)), d.get(TITLE), d.get(PUBLISHED), d.get(TEXT),
        d.get(RECORD), d.get(ORIGINAL), d.get(EXTRACTED));
  }

  static HitFields hitFields(List<LeafReaderContext> leaves, int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    var values = DocValues.getBinary(leaf.reader(), HIT);
    if (!values.advanceExact(doc - leaf.docBase)) {
      throw new IOException("article without hit fields (index written by an older version): " + doc);
    }
    BytesRef b = values.binaryValue();
    return JSON.readValue(b.bytes, b.offset, b.length, HitFields.class);
  }

  /** The field that holds a dimension's values. */
  static String valueField(String dim) {
    for (Dim d : Dim.values()) {
      if (d.param.equals(dim)) {
        return d.field();
      }
    }
    throw new IllegalArgumentException("no such dimension: " + dim);
  }

  /** The calendar day of an ISO date or date-time ({@code 2024-03}, {@code 2024-03-07T10:00}), or null. */
  static LocalDate dayOf(String published) {
    PartialDate d = PartialDate.parse(published);
    return d == null || d.yearMonth() == null ? null : d.first();
  }

  private static void addDay(Document d, String date) {
    LocalDate day = dayOf(date);
    if (day != null) {
      d.add(new NumericDocValuesField(DAY, day.toEpochDay()));
    }
    addSpan(d, date);
  }

  /** The days a date covers, as one more value of the multi-valued span: a row matches when any lies in a period. */
  private static void addSpan(Document d, String date) {
    PartialDate covered = PartialDate.parse(date);
    if (covered != null) {
      d.add(new LongRange(SPAN, new long[] {covered.first().toEpochDay()}, new long[] {covered.last().toEpochDay()}));
    }
  }

  private static void addValues(Document d, Map<Dim, Set<String>> values) {
    for (Map.Entry<Dim, Set<String>> e : values.entrySet()) {
      for (String v : e.getValue()) {
        d.add(new StringField(e.getKey().field(), v, Field.Store.NO));
        d.add(new SortedSetDocValuesField(e.getKey().field(), new BytesRef(v)));
      }
    }
  }

  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (Dim d : Dim.values()) {
      config.setMultiValued(d.param, true);
    }
    return config;
  }

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }
}
