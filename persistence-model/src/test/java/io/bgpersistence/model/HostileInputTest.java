package io.bgpersistence.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Input written to break the reader: it reports, in its own words and at the field, and leaks nothing. */
class HostileInputTest {
  private static final String PROBE = "S3cr3t-PROBE-99";

  private static String messages(ReadResult read) {
    StringBuilder all = new StringBuilder();
    read.problems().forEach(p -> all.append(p.toLine()).append('\n').append(p).append('\n'));
    return all.toString();
  }

  @Test
  void aSyntaxErrorAnywhereNeverQuotesTheSecretsAroundIt() {
    List<String> broken = List.of(
        "{\"kafka_sasl_secret\": \"" + PROBE + "\", \"writers\": [",
        "{\"kafka_sasl_secret\": \"" + PROBE + "\", \"writers\": [1, 2}",
        "{\"db_password\": \"" + PROBE + "\", \"x\": tru}",
        "{\"a\": {\"api_token\": \"" + PROBE + "\"}, \"b\" 1}",
        "{\"x\": {\"refresh_token\": " + PROBE + "}}",
        "{\"kafka_sasl_secret\": \"" + PROBE + "\n\"}",
        "{\"kafka_sasl_secret\": \"" + PROBE);
    for (String json : broken) {
      ReadResult read = DocumentReader.read(json);
      assertFalse(read.ok(), json);
      String text = messages(read);
      assertFalse(text.contains(PROBE), text);
      assertFalse(text.contains("Source"), "no parser internals: " + text);
    }
  }

  @Test
  void limitsAreReportedAtTheirFieldWithLineAndColumnInOurWords() {
    // A long string is read: its field's own rule judges it, beside every other problem; only the
    // document's size bounds it.
    String longString = "{\n  \"writers\": [{\"name\": \"" + "a".repeat(300_000) + "\", \"x\": 1}]}";
    assertEquals(List.of("writers[0].x"), DocumentReader.read(longString).problems().stream()
        .map(p -> p.path().toString()).toList());

    FieldProblem number = DocumentReader.read("{\"x\": {\"y\": " + "9".repeat(101) + "}}").errors().get(0);
    assertEquals("x.y", number.path().toString());
    assertEquals(OptionalInt.of(1), number.line());

    String deep = "{\"x\": " + "[".repeat(PersistenceJson.MAX_NESTING_DEPTH + 1) + "]".repeat(PersistenceJson.MAX_NESTING_DEPTH + 1) + "}";
    FieldProblem nested = DocumentReader.read(deep).errors().get(0);
    assertTrue(nested.path().toString().startsWith("x"), nested.toLine());
    assertTrue(nested.line().isPresent() && nested.column().isPresent(), nested.toLine());

    for (FieldProblem p : List.of(number, nested)) {
      assertFalse(p.message().contains("StreamReadConstraints") || p.message().contains("JsonReadFeature"), p.message());
    }
    FieldProblem nan = DocumentReader.read("{\"x\": NaN}").errors().get(0);
    assertFalse(nan.message().contains("JsonReadFeature"), nan.message());
  }

  @Test
  void aLoneSurrogateIsMalformedAtItsField() {
    ReadResult read = DocumentReader.read("{\"api_server_host\": \"x\\udbff\\ue000y\", \"writers\": [{\"name\": \"\\udc00\"}]}");
    assertEquals(List.of("api_server_host", "writers[0].name"),
        read.errors().stream().map(p -> p.path().toString()).toList());
    assertTrue(read.errors().stream().allMatch(p -> p.type() == ProblemType.Malformed && p.line().isPresent()));
    FieldProblem inName = DocumentReader.read("{\"ok\\ud800\": 1}").errors().get(0);
    assertTrue(inName.message().contains("not valid Unicode"), inName.message());
    // A proper pair is a character like any other.
    assertTrue(DocumentReader.read("{\"api_server_host\": \"x\\ud83d\\ude00y\"}").ok());
  }

  @Test
  void numbersWriteBackAsTheyWereWritten() {
    String json = "{\"writers\": [], \"extra\": [1.0, 10.0, -0.0, 2.5E-3, -0, 1e400, 12345678901234567890123]}";
    ReadResult read = DocumentReader.read(json);
    String canonical = PersistenceJson.canonical(read.document().orElseThrow());
    assertTrue(canonical.contains("1.0,\n    10.0,\n    -0.0,\n    2.5E-3,\n    -0,\n    1e400,\n    12345678901234567890123"),
        canonical);
    assertEquals(canonical, PersistenceJson.canonical(DocumentReader.read(canonical).document().orElseThrow()));
  }

  @Test
  void aNumberNoDecimalCanHoldIsMalformedNotAnException() {
    FieldProblem p = DocumentReader.read("{\"x\": 1e99999999999}").errors().get(0);
    assertEquals("x", p.path().toString());
    assertEquals(ProblemType.Malformed, p.type());
  }

  @Test
  void anEndlessStreamIsReadOnlyUpToTheLimit() throws IOException {
    InputStream zeros = new InputStream() {
      long served;

      @Override
      public int read() {
        served++;
        return 0;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        served += len;
        java.util.Arrays.fill(b, off, off + len, (byte) 0);
        return len;
      }
    };
    ReadResult read = DocumentReader.read(zeros);
    assertTrue(read.errors().get(0).message().contains("larger than"), read.errors().get(0).message());
    assertTrue(read.document().isEmpty());
  }

  @Test
  void keysWithControlCharactersPrintOnOneLine() {
    ReadResult read = DocumentReader.read("{\"writers\": [], \"x\\n(document): Invalid: forged\\u001b[31m\": 1}");
    String line = read.warnings().get(0).toLine();
    assertFalse(line.contains("\n") || line.contains("\u001b"), line);
    assertTrue(line.contains("\\n") && line.contains("\\u001b"), line);
  }

  @Test
  void streamsUnderTheLimitReadLikeBytes() throws IOException {
    ReadResult read = DocumentReader.read(new ByteArrayInputStream("{\"writers\": []}".getBytes()));
    assertTrue(read.ok());
  }
}
