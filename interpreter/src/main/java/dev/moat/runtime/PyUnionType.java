package dev.moat.runtime;

import dev.moat.runtime.Descriptors.GetSet;
import java.util.ArrayList;
import java.util.List;

/** {@code int | None}: a union of types (PEP 604), for annotations and isinstance. */
public final class PyUnionType implements PyObject {
  public static final PyType TYPE = new PyType("UnionType", Types.OBJECT);

  static {
    TYPE.setSubclassable(false);
    TYPE.define("__args__", new GetSet("__args__", a -> ((PyUnionType) a).args, null));
  }

  final PyTuple args;

  private PyUnionType(PyTuple args) {
    this.args = args;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  private static boolean unionable(Object o) {
    return o instanceof PyType || o == PyNone.NONE || o instanceof PyUnionType
        || o instanceof PyGenericAlias;
  }

  /** {@code a | b} when both are types (or None, unions, aliases); null otherwise. */
  static Object of(Object a, Object b) {
    if (!unionable(a) || !unionable(b)) {
      return null;
    }
    List<Object> items = new ArrayList<>();
    for (Object o : new Object[] {a, b}) {
      if (o instanceof PyUnionType) {
        for (Object x : ((PyUnionType) o).args.items) {
          add(items, x);
        }
      } else {
        add(items, o == PyNone.NONE ? Types.NONE_TYPE : o);
      }
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return new PyUnionType(PyTuple.of(items.toArray()));
  }

  private static void add(List<Object> items, Object o) {
    for (Object x : items) {
      if (x == o) {
        return;
      }
    }
    items.add(o);
  }

  boolean acceptsInstance(Object o) {
    for (Object t : args.items) {
      if (t instanceof PyType && ((PyType) t).acceptsInstance(o)) {
        return true;
      }
      if (t instanceof PyGenericAlias) {
        throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
      }
    }
    return false;
  }

  boolean acceptsSubclass(PyType c) {
    for (Object t : args.items) {
      if (t instanceof PyType && ((PyType) t).acceptsSubclass(c)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PyUnionType) || ((PyUnionType) o).args.size() != args.size()) {
      return false;
    }
    for (Object x : ((PyUnionType) o).args.items) {
      boolean found = false;
      for (Object y : args.items) {
        found |= Ops.eq(x, y);
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (Object x : args.items) {
      h += (int) Ops.hash(x);
    }
    return h;
  }

  String repr() {
    StringBuilder sb = new StringBuilder();
    for (Object t : args.items) {
      if (sb.length() > 0) {
        sb.append(" | ");
      }
      if (t == Types.NONE_TYPE) {
        sb.append("None");
      } else if (t instanceof PyType) {
        sb.append(Ops.moduleQualified((PyType) t));
      } else if (t instanceof PyGenericAlias) {
        sb.append(((PyGenericAlias) t).repr());
      } else {
        sb.append(Ops.repr(t));
      }
    }
    return sb.toString();
  }
}
