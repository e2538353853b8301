package org.kechuangradar.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NoLockFactory;

/**
 * Verifies a store with Lucene's CheckIndex, reading only: every file's checksum and every segment's
 * structures. It never repairs; a damaged segment is named with the documents it holds.
 */
public final class StoreCheck {
  /**
   * What a check found.
   *
   * @param problems one line per problem; empty when the index is sound
   * @param notes what the user should know besides (another process held the writer …)
   * @param segments segments in the last commit
   * @param documents documents in them, table rows and policy records included
   * @param log CheckIndex's own report, for {@code --verbose}
   */
  public record Result(List<String> problems, List<String> notes, int segments, long documents, String log) {
    public Result {
      problems = List.copyOf(problems);
      notes = List.copyOf(notes);
    }

    public boolean sound() {
      return problems.isEmpty();
    }
  }

  private StoreCheck() {}

  /** Checks the index of a data directory; {@code slow} adds Lucene's slow cross-checks of postings. */
  public static Result check(Path dataDir, boolean slow) throws IOException {
    Path index = dataDir.resolve("index");
    if (!Files.isDirectory(index)) {
      throw new StoreException("no store in " + dataDir);
    }
    List<String> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (Directory dir = FSDirectory.open(index); CheckIndex checker = checker(dir, notes)) {
      checker.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8), false);
      checker.setLevel(slow ? CheckIndex.Level.MIN_LEVEL_FOR_SLOW_CHECKS
          : CheckIndex.Level.MIN_LEVEL_FOR_INTEGRITY_CHECKS);
      CheckIndex.Status status;
      try {
        status = checker.checkIndex();
      } catch (IndexNotFoundException e) {
        problems.add("no commit point (segments_N is missing) in " + index + "; the segment files there are "
            + "not readable without it");
        return new Result(problems, notes, 0, 0, log.toString(StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException e) {
        problems.add("the index could not be checked: " + StoreException.oneLine(e));
        return new Result(problems, notes, 0, 0, log.toString(StandardCharsets.UTF_8));
      }
      if (status.missingSegments) {
        problems.add("no readable commit point (segments_N is missing or damaged) in " + index);
      }
      if (status.toolOutOfDate) {
        problems.add("the index was written by a newer Lucene than this radar reads");
      }
      long documents = 0;
      for (CheckIndex.Status.SegmentInfoStatus s : status.segmentInfos) {
        documents += s.maxDoc;
        if (s.error != null) {
          problems.add("segment " + s.name + " (" + s.maxDoc + " documents) is damaged: "
              + StoreException.oneLine(s.error));
        }
      }
      if (!status.clean && problems.isEmpty()) {
        problems.add("CheckIndex found the index unclean; run with --verbose for its report");
      }
      return new Result(problems, notes, status.numSegments, documents, log.toString(StandardCharsets.UTF_8));
    }
  }

  // A running server or ingest holds the write lock; checking its last commit needs no lock, only reads.
  private static CheckIndex checker(Directory dir, List<String> notes) throws IOException {
    try {
      return new CheckIndex(dir);
    } catch (LockObtainFailedException e) {
      notes.add("another process holds the store for writing; its last commit was checked");
      return new CheckIndex(dir, NoLockFactory.INSTANCE.obtainLock(dir, IndexWriter.WRITE_LOCK_NAME));
    }
  }

}
