package org.kechuangradar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kechuangradar.cli.RadarCommand;
import org.kechuangradar.index.LuceneStore;
import org.kechuangradar.index.Store;

/**
 * Kills a real {@code radar ingest} process with SIGKILL in the middle of a large ingest, then reopens the
 * store: it must hold what it held before plus whole commits of the batch, and nothing half-written.
 */
class KillDuringIngestIT {
  private static final int BATCH = 40;
  private static final int ARTICLES = 4000;

  @Test
  void keepsEveryCommittedDocumentAfterKillDashNine(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("data");
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    assertEquals(0, RadarCommand.commandLine().execute("ingest", "--quiet", "--data", data.toString(), "samples"));
    long before;
    try (Store store = LuceneStore.open(data)) {
      before = store.stats().documents();
    }
    for (int i = 0; i < ARTICLES; i++) {
      Files.writeString(corpus.resolve(String.format("a%05d.txt", i)), "第" + i + "号测试文章\n\n本报记者 张三\n\n"
          + ("某市发布第" + i + "号科技创新政策，支持企业开展关键核心技术攻关，推动产业高质量发展。").repeat(30) + "\n");
    }
    Process child = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
        RadarCommand.class.getName(), "ingest", "--quiet", "--commit-every", String.valueOf(BATCH),
        "--data", data.toString(), corpus.toString()).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("child.log").toFile()).start();
    Path index = data.resolve("index");
    long generation = latestGeneration(index);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (latestGeneration(index) < generation + 2 && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(child.isAlive(), "the ingest finished before it could be killed: " + Files.readString(tmp.resolve("child.log")));
    child.destroyForcibly().waitFor();
    assertEquals(137, child.exitValue(), "killed by SIGKILL");

    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      ObjectMapper json = new ObjectMapper();
      StoredFields fields = reader.storedFields();
      long articles = 0;
      var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
      for (int i = 0; i < reader.maxDoc(); i++) {
        if (live != null && !live.get(i)) {
          continue;
        }
        var d = fields.document(i);
        if (d.get("record") == null) {
          continue; // a table row of an article, indexed on its own
        }
        var record = json.readTree(d.get("record"));
        assertEquals(d.get("id"), record.get("id").asText());
        // Policy records share the index; articles are the documents with a text.
        if (d.get("text") != null) {
          articles++;
          assertEquals(d.get("text"), record.get("text").asText());
          assertTrue(d.get("text").endsWith("。"), "whole text");
        }
      }
      long added = articles - before;
      assertTrue(added > 0 && added < ARTICLES, "added " + added);
      assertEquals(0, added % BATCH, "only whole commits of " + BATCH + " documents: " + added);
      // Run again, the ingest skips every committed input without reading it, and stores the rest.
      java.io.StringWriter out = new java.io.StringWriter();
      assertEquals(0, RadarCommand.commandLine(new java.io.PrintWriter(out, true), new java.io.PrintWriter(
          new java.io.StringWriter(), true)).execute("ingest", "--quiet", "--data", data.toString(), corpus.toString()));
      var summary = java.util.regex.Pattern.compile("read (\\d+), stored (\\d+) .*\nskipped (\\d+) stored before")
          .matcher(out.toString());
      assertTrue(summary.find(), out.toString());
      assertEquals(ARTICLES - added, Long.parseLong(summary.group(2)), out.toString());
      // A kill between a commit and the ledger's append costs that one batch a second reading, no more.
      assertTrue(Long.parseLong(summary.group(3)) >= added - BATCH, out.toString());
    }
    assertEquals(0, RadarCommand.commandLine().execute("stats", "--data", data.toString()));
  }

  private static long latestGeneration(Path index) throws Exception {
    long latest = -1;
    List<Path> files = new ArrayList<>();
    try (var list = Files.list(index)) {
      list.forEach(files::add);
    }
    for (Path p : files) {
      String n = p.getFileName().toString();
      if (n.startsWith("segments_")) {
        latest = Math.max(latest, Long.parseLong(n.substring(9), Character.MAX_RADIX));
      }
    }
    return latest;
  }

  private static String javaBin() {
    return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
  }
}
