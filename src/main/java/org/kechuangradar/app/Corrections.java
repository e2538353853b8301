package org.kechuangradar.app;

import org.kechuangradar.index.StoredDocument;

/**
 * What editors changed, laid over each document the extractor reads before it is stored, so that an article
 * ingested again (or read by a newer extractor) keeps its corrections.
 */
public interface Corrections {
  /** No corrections: the extractor's record as it is. */
  Corrections NONE = new Corrections() {
    @Override
    public StoredDocument apply(StoredDocument extracted) {
      return extracted;
    }

    @Override
    public String policyRecord(String documentId, String recordId) {
      return recordId;
    }
  };

  /** The document with the corrections of it laid over its record (the extractor's kept beside). */
  StoredDocument apply(StoredDocument extracted);

  /** The policy record a policy named in a document belongs to after the editors' merges and splits. */
  String policyRecord(String documentId, String recordId);
}
