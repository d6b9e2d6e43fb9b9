package dev.moat.runtime;

/**
 * A module object. Its namespace is provided by whoever made it: a script module's globals, or a
 * Java-implemented module's attribute dict.
 */
public final class PyModule implements PyObject {
  /** A module's attribute storage. */
  public interface Namespace {
    Object get(String name);

    void set(String name, Object value);

    boolean delete(String name);

    /** Names in definition order. */
    java.util.List<String> names();
  }

  public final String name;
  public final Namespace namespace;

  public PyModule(String name, Namespace namespace) {
    this.name = name;
    this.namespace = namespace;
  }

  @Override
  public PyType type() {
    return Types.MODULE;
  }

  /** A namespace backed by a dict, for Java-implemented modules. */
  public static Namespace dictNamespace(PyDict d) {
    return new Namespace() {
      @Override
      public Object get(String n) {
        return d.getStr(n);
      }

      @Override
      public void set(String n, Object v) {
        d.put(n, v);
      }

      @Override
      public boolean delete(String n) {
        return d.remove(n) != null;
      }

      @Override
      public java.util.List<String> names() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Object k : d.keyList()) {
          out.add((String) k);
        }
        return out;
      }
    };
  }
}
