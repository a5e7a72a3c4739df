package io.bgpersistence.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.PersistenceJson;
import io.bgpersistence.model.Setting;

/**
 * Changes one setting of a document, whichever it is, through the document's JSON form, so tests
 * can set any row of the {@link Setting} table without a builder call per field. A boolean setting
 * takes {@code "true"} or {@code "false"}.
 */
public final class SettingValues {
  private SettingValues() {}

  /**
   * The document with {@code setting} set to {@code value}, or removed when {@code value} is null.
   *
   * @param document a document
   * @param setting the row of the Setting table to change
   * @param value the new value, or null to remove the field
   * @return a new document
   */

  public static PersistenceDocument with(PersistenceDocument document, Setting setting, String value) {
    ObjectNode root = PersistenceJson.mapper().valueToTree(document);
    ObjectNode parent = root;
    if (setting.location() == Setting.Location.COMMON) {
      parent = root.has("common_persistence_specs")
          ? (ObjectNode) root.get("common_persistence_specs") : root.putObject("common_persistence_specs");
    }
    // One spelling at a time: the setting's value replaces whatever the document had under either.
    setting.deprecatedName().ifPresent(parent::remove);
    if (value == null) {
      parent.remove(setting.jsonName());
    } else if (setting.jsonType() == Setting.JsonType.BOOLEAN && ("true".equals(value) || "false".equals(value))) {
      parent.put(setting.jsonName(), Boolean.parseBoolean(value));
    } else {
      parent.put(setting.jsonName(), value);
    }
    try {
      return PersistenceJson.mapper().treeToValue(root, PersistenceDocument.class);
    } catch (JsonProcessingException e) {
      // A document's own JSON with one string changed always reads back.
      throw new IllegalStateException("cannot rebuild the document", e);
    }
  }
}
