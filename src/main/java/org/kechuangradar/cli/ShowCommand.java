package org.kechuangradar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kechuangradar.app.Radar;
import org.kechuangradar.index.Store;
import org.kechuangradar.index.StoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radar show}: prints one stored document's record. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Print the stored record of a document.")
public final class ShowCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataDirOption data;

  @Parameters(paramLabel = "ID", description = "The document's id, as search prints it.")
  String id;

  @Override
  public Integer call() throws Exception {
    Optional<StoredDocument> doc;
    try (Store store = Radar.openStoreForReading(data.dir)) {
      doc = store.get(id.strip());
    }
    if (doc.isEmpty()) {
      spec.commandLine().getErr().println("radar show: no document with id " + id);
      return 1;
    }
    ObjectMapper json = new ObjectMapper();
    var record = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(doc.get().record());
    record.set("sources", json.valueToTree(doc.get().sources()));
    spec.commandLine().getOut().println(json.writerWithDefaultPrettyPrinter().writeValueAsString(record));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
