package org.kechuangradar.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kechuangradar.index.FactKeys;
import org.kechuangradar.index.RecordFacets.Table;

/**
 * Lays the changes that stand over a record as the extractor made it: accepted facts marked verified, corrected
 * fields set (and marked), rejected facts taken out, merged organizations renamed (and split ones, in the documents
 * the split names), and policies moved to the record a merge or split names. The extractor's record is never changed; the same changes over it give the same result,
 * however often the document is ingested again.
 */
final class Overlay {
  static final ObjectMapper JSON = new ObjectMapper();
  // The fields of a fact that name organizations, renamed when two organizations are merged.
  private static final Set<String> ORGANIZATION_FIELDS = Set.of("issuers", "actors", "organization", "operator",
      "sponsor", "issuer");

  private Overlay() {}

  /** The record with the changes laid over it; {@code changes} are the document's and every document's, in order. */
  static String apply(String extracted, String document, List<Change> changes) {
    try {
      JsonNode record = JSON.readTree(extracted);
      FactKeys.stampAll(record);
      for (Change c : changes) {
        if (c.document().equals(document)) {
          applyToFact(record, c);
        }
      }
      // Merges and splits of organizations, in the order made: a split renames in the documents it names only.
      for (Change c : changes) {
        if (c.document().equals(Change.EVERY_DOCUMENT) && c.table() == Table.ORGANIZATION
            && (c.action() == Action.MERGE || c.action() == Action.SPLIT && names(c, document))) {
          renameOrganization(record, c.key(), into(c));
        }
      }
      for (JsonNode p : record.path(Table.POLICY.path)) {
        if (p.hasNonNull("record")) {
          ((ObjectNode) p).put("record", recordOf(document, p.get("record").asText(), changes));
        }
      }
      return JSON.writeValueAsString(record);
    } catch (IOException e) {
      throw new UncheckedIOException("record of " + document + " is not JSON", e);
    }
  }

  /** The policy record a policy of a document belongs to after the merges and splits, in the order made. */
  static String recordOf(String document, String record, List<Change> changes) {
    String r = record;
    for (Change c : changes) {
      if (c.table() != Table.POLICY || !c.document().equals(Change.EVERY_DOCUMENT) || !c.key().equals(r)) {
        continue;
      }
      JsonNode after = tree(c.after());
      if (c.action() == Action.MERGE) {
        r = after.path("into").asText(r);
      } else if (c.action() == Action.SPLIT) {
        for (JsonNode d : after.path("documents")) {
          if (d.asText().equals(document)) {
            r = after.path("record").asText(r);
          }
        }
      }
    }
    return r;
  }

  private static void applyToFact(JsonNode record, Change c) {
    JsonNode facts = record.path(c.table().path);
    if (!(facts instanceof ArrayNode array)) {
      return;
    }
    for (Iterator<JsonNode> it = array.iterator(); it.hasNext();) {
      JsonNode f = it.next();
      if (!(f instanceof ObjectNode fact) || !c.key().equals(f.path("key").asText())) {
        continue;
      }
      switch (c.action()) {
        case ACCEPT -> fact.put("verified", true);
        case EDIT -> {
          ArrayNode corrected = fact.has("corrected") ? (ArrayNode) fact.get("corrected") : fact.putArray("corrected");
          Set<String> names = new LinkedHashSet<>();
          corrected.forEach(n -> names.add(n.asText()));
          for (Map.Entry<String, JsonNode> e : tree(c.after()).properties()) {
            if (e.getValue().isNull()) {
              fact.remove(e.getKey());
            } else {
              fact.set(e.getKey(), e.getValue());
            }
            names.add(e.getKey());
          }
          names.remove("region_code");
          corrected.removeAll();
          names.forEach(corrected::add);
          fact.put("verified", true);
          if (fact.hasNonNull("region_code")) {
            knowRegion(record, fact.get("region").asText(), fact.get("region_code").asText());
          }
        }
        case REJECT -> it.remove();
        default -> { }
      }
      return;
    }
  }

  /** Adds a region a correction named to the record's regions, with its code, so it is counted as the others. */
  private static void knowRegion(JsonNode record, String name, String code) {
    if (record instanceof ObjectNode r) {
      ArrayNode regions = r.has("regions") && r.get("regions").isArray() ? (ArrayNode) r.get("regions")
          : r.putArray("regions");
      for (JsonNode region : regions) {
        if (region.path("name").asText().equals(name)) {
          return;
        }
      }
      regions.addObject().put("name", name).put("code", code);
    }
  }

  private static void renameOrganization(JsonNode record, String from, String to) {
    if (record.path(Table.ORGANIZATION.path) instanceof ArrayNode orgs) {
      ObjectNode target = null;
      ObjectNode merged = null;
      for (JsonNode o : orgs) {
        if (o.path("name").asText().equals(to)) {
          target = (ObjectNode) o;
        } else if (o.path("name").asText().equals(from)) {
          merged = (ObjectNode) o;
        }
      }
      if (merged != null) {
        ObjectNode keep = target != null ? target : merged;
        Set<String> aliases = new LinkedHashSet<>();
        for (ObjectNode o : target != null ? List.of(target, merged) : List.of(merged)) {
          o.path("aliases").forEach(a -> aliases.add(a.asText()));
        }
        aliases.add(from);
        aliases.remove(to);
        keep.put("name", to);
        ArrayNode a = keep.putArray("aliases");
        aliases.forEach(a::add);
        if (target != null) {
          for (Iterator<JsonNode> it = orgs.iterator(); it.hasNext();) {
            if (it.next() == merged) {
              it.remove();
            }
          }
        }
      }
    }
    for (Table t : Table.values()) {
      for (JsonNode f : record.path(t.path)) {
        if (f instanceof ObjectNode fact) {
          rename(fact, from, to);
        }
      }
    }
  }

  private static void rename(ObjectNode fact, String from, String to) {
    for (String field : ORGANIZATION_FIELDS) {
      JsonNode v = fact.get(field);
      if (v == null) {
        continue;
      }
      if (v.isTextual() && v.asText().equals(from)) {
        fact.put(field, to);
      } else if (v instanceof ArrayNode names) {
        Set<String> renamed = new LinkedHashSet<>();
        names.forEach(n -> renamed.add(n.asText().equals(from) ? to : n.asText()));
        names.removeAll();
        renamed.forEach(names::add);
      }
    }
  }

  private static boolean names(Change c, String document) {
    for (JsonNode d : tree(c.after()).path("documents")) {
      if (d.asText().equals(document)) {
        return true;
      }
    }
    return false;
  }

  private static String into(Change c) {
    return tree(c.after()).path("into").asText();
  }

  static JsonNode tree(String json) {
    try {
      return json == null || json.isEmpty() ? JSON.createObjectNode() : JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("a change's values are not JSON", e);
    }
  }
}
