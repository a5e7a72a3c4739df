package io.bgpersistence.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.NumericNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Numbers that write back exactly as they were read. A decimal node would write {@code 1.0} as
 * {@code 1}, {@code 10.0} as {@code 1E+1} and {@code -0.0} as {@code 0}; the document is the
 * user's, so {@code fmt} keeps each number's text (in unknown fields, too) and these nodes hold it.
 * Everything but writing is the plain number node's.
 */
final class LiteralNumbers {
  private LiteralNumbers() {}

  /** A decimal number; {@code text} is what the input said. */
  static JsonNode decimal(BigDecimal value, String text) {
    return new Literal(DecimalNode.valueOf(value), text);
  }

  /** A whole number whose text is not its canonical form ({@code -0}); others need no help. */
  static JsonNode integer(BigInteger value, String text) {
    return new Literal(BigIntegerNode.valueOf(value), text);
  }

  private static final class Literal extends NumericNode {
    private static final long serialVersionUID = 1L;
    private final NumericNode value;
    private final String text;

    Literal(NumericNode value, String text) {
      this.value = value;
      this.text = text;
    }

    @Override
    public void serialize(JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeNumber(text);
    }

    @Override
    public JsonToken asToken() {
      return value.asToken();
    }

    @Override
    public JsonParser.NumberType numberType() {
      return value.numberType();
    }

    @Override
    public boolean isIntegralNumber() {
      return value.isIntegralNumber();
    }

    @Override
    public boolean isFloatingPointNumber() {
      return value.isFloatingPointNumber();
    }

    @Override
    public boolean isBigDecimal() {
      return value.isBigDecimal();
    }

    @Override
    public boolean isBigInteger() {
      return value.isBigInteger();
    }

    @Override
    public Number numberValue() {
      return value.numberValue();
    }

    @Override
    public int intValue() {
      return value.intValue();
    }

    @Override
    public long longValue() {
      return value.longValue();
    }

    @Override
    public double doubleValue() {
      return value.doubleValue();
    }

    @Override
    public BigDecimal decimalValue() {
      return value.decimalValue();
    }

    @Override
    public BigInteger bigIntegerValue() {
      return value.bigIntegerValue();
    }

    @Override
    public boolean canConvertToInt() {
      return value.canConvertToInt();
    }

    @Override
    public boolean canConvertToLong() {
      return value.canConvertToLong();
    }

    @Override
    public boolean isNaN() {
      return false;
    }

    @Override
    public String asText() {
      return text;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Literal other ? text.equals(other.text) : value.equals(o);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }
  }
}
