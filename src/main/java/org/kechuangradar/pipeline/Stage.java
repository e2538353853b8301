package org.kechuangradar.pipeline;

import org.kechuangradar.model.Document;

/**
 * One step of the pipeline: takes a document and returns a new one with something cleaned or added.
 *
 * <p>Stages are immutable and thread-safe; they never change their input.
 */
@FunctionalInterface
public interface Stage {
  Document process(Document document);
}
