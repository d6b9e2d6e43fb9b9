package dev.moat.runtime.text;

import dev.moat.runtime.Errors;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A small ValueOps for tests: tuples are java.util.List, mappings are java.util.Map (keys are
 * strings), {@link #NONE} is Python's None, {@link PyList} is a list (a "mapping" for
 * PyMapping_Check purposes, but indexing it with a str key is a TypeError).
 */
final class TestOps implements ValueOps {
  static final TestOps INSTANCE = new TestOps();

  /** Python's None. */
  static final Object NONE = new Object() {
    @Override
    public String toString() {
      return "None";
    }
  };

  /** A Python list wrapper. */
  record PyList(List<Object> items) {}

  /** Stands for the KeyError a real mapping raises; it must propagate unchanged. */
  static final class MissingKey extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingKey(String key) {
      super(key);
    }
  }

  /** An object with __index__ only. */
  record Indexable(long value) {}

  @Override
  public boolean isTuple(Object o) {
    return o instanceof List;
  }

  @SuppressWarnings("unchecked")
  @Override
  public List<Object> tupleItems(Object tuple) {
    return (List<Object>) tuple;
  }

  @Override
  public boolean isMapping(Object o) {
    return o instanceof Map || o instanceof PyList;
  }

  @Override
  public Object getItem(Object mapping, String key) {
    if (mapping instanceof PyList) {
      throw Errors.typeError("list indices must be integers or slices, not str");
    }
    Map<?, ?> m = (Map<?, ?>) mapping;
    if (!m.containsKey(key)) {
      throw new MissingKey(key);
    }
    return m.get(key);
  }

  @Override
  public String str(Object o) {
    if (o instanceof String) {
      return (String) o;
    }
    return repr(o);
  }

  @Override
  public String repr(Object o) {
    if (o == NONE) {
      return "None";
    }
    if (o instanceof Boolean) {
      return (Boolean) o ? "True" : "False";
    }
    if (o instanceof Long || o instanceof BigInteger) {
      return NumberParse.intToDecimal(o);
    }
    if (o instanceof Double) {
      return FloatRepr.repr((Double) o);
    }
    if (o instanceof String) {
      return StrRepr.repr((String) o);
    }
    if (o instanceof List) {
      List<?> l = (List<?>) o;
      String inner = l.stream().map(this::repr).collect(Collectors.joining(", "));
      return l.size() == 1 ? "(" + inner + ",)" : "(" + inner + ")";
    }
    if (o instanceof PyList) {
      return ((PyList) o).items().stream().map(this::repr).collect(Collectors.joining(", ", "[", "]"));
    }
    if (o instanceof Map) {
      return ((Map<?, ?>) o).entrySet().stream().map(e -> repr(e.getKey()) + ": " + repr(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (o instanceof Indexable) {
      return "<Indexable>";
    }
    throw new IllegalArgumentException(String.valueOf(o));
  }

  @Override
  public String ascii(Object o) {
    if (o instanceof String) {
      return StrRepr.ascii((String) o);
    }
    String r = repr(o);
    StringBuilder sb = new StringBuilder();
    r.codePoints().forEach(cp -> {
      if (cp < 128) {
        sb.append((char) cp);
      } else if (cp < 0x100) {
        sb.append(String.format("\\x%02x", cp));
      } else if (cp < 0x10000) {
        sb.append(String.format("\\u%04x", cp));
      } else {
        sb.append(String.format("\\U%08x", cp));
      }
    });
    return sb.toString();
  }

  @Override
  public String typeName(Object o) {
    if (o == NONE) {
      return "NoneType";
    }
    if (o instanceof Boolean) {
      return "bool";
    }
    if (o instanceof Long || o instanceof BigInteger) {
      return "int";
    }
    if (o instanceof Double) {
      return "float";
    }
    if (o instanceof String) {
      return "str";
    }
    if (o instanceof List) {
      return "tuple";
    }
    if (o instanceof PyList) {
      return "list";
    }
    if (o instanceof Map) {
      return "dict";
    }
    if (o instanceof Indexable) {
      return "Indexable";
    }
    return o.getClass().getSimpleName();
  }

  @Override
  public Object toIndexOrNull(Object o) {
    if (o instanceof Boolean) {
      return (Boolean) o ? 1L : 0L;
    }
    if (o instanceof Long || o instanceof BigInteger) {
      return o;
    }
    if (o instanceof Indexable) {
      return ((Indexable) o).value();
    }
    return null;
  }

  @Override
  public Double toFloatOrNull(Object o) {
    if (o instanceof Double) {
      return (Double) o;
    }
    if (o instanceof Long || o instanceof BigInteger || o instanceof Boolean) {
      return NumberFormat.intToDouble(o);
    }
    if (o instanceof Indexable) {
      return (double) ((Indexable) o).value();
    }
    return null;
  }
}
