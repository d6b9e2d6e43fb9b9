package dev.moat.runtime;

/**
 * A value that can be called. Arguments come in one array, positional first; when
 * {@code kwnames} is non-null its names belong to the last {@code kwnames.length} entries
 * (the layout CPython's vectorcall uses, so no map is built for keyword arguments).
 */
public interface PyCallable {
  /** Calls this value. {@code kwnames} is null when there are no keyword arguments. */
  Object call(Object[] args, String[] kwnames);

  /** The name shown in error messages, e.g. {@code "len"} or {@code "f"}. */
  String callableName();
}
