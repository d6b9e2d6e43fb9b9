package dev.moat.stdlib;

import dev.moat.runtime.Errors;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.Signature;
import java.util.List;

/**
 * Binds call arguments with the rules and messages of CPython's C argument parser
 * ({@code PyArg_ParseTupleAndKeywords}), for library functions whose argument errors users
 * commonly see (the datetime constructors and {@code replace}).
 */
final class CArgs {
  private CArgs() {}

  /**
   * Values for {@code names} (absent ones are {@link Signature#MISSING}). {@code fname} is the
   * function's name with "()" or null for CPython's anonymous "function"; the first
   * {@code required} names are required; the first {@code maxPositional} may be positional.
   */
  static Object[] bind(String fname, String[] names, int required, int maxPositional,
      PyTuple args, PyDict kwargs) {
    int nargs = args.size();
    int nkw = kwargs.size();
    int len = names.length;
    String fn = fname == null ? "function" : fname;
    if (nargs + nkw > len) {
      throw Errors.typeError(fn + " takes at most " + len + " argument"
          + (len == 1 ? "" : "s") + " (" + (nargs + nkw) + " given)");
    }
    if (nargs > maxPositional) {
      throw Errors.typeError(fn + " takes at most " + maxPositional + " positional argument"
          + (maxPositional == 1 ? "" : "s") + " (" + nargs + " given)");
    }
    Object[] out = new Object[len];
    int used = 0;
    for (int i = 0; i < len; i++) {
      Object v = null;
      if (i < nargs) {
        v = args.get(i);
      } else if (nkw > 0) {
        v = kwargs.getStr(names[i]);
        if (v != null) {
          used++;
        }
      }
      if (v == null) {
        if (i < required) {
          throw Errors.typeError(fn + " missing required argument '" + names[i] + "' (pos "
              + (i + 1) + ")");
        }
        v = Signature.MISSING;
      }
      out[i] = v;
    }
    if (used < nkw) {
      List<Object> keys = kwargs.keyList();
      for (Object k : keys) {
        int idx = -1;
        for (int i = 0; i < len; i++) {
          if (names[i].equals(k)) {
            idx = i;
          }
        }
        if (idx < 0) {
          throw Errors.typeError("'" + k + "' is an invalid keyword argument for "
              + (fname == null ? "this function" : fname));
        }
        if (idx < nargs) {
          throw Errors.typeError("argument for " + fn + " given by name ('" + k
              + "') and position (" + (idx + 1) + ")");
        }
      }
    }
    return out;
  }

  /** The value, or {@code dflt} when it was not given. */
  static Object or(Object v, Object dflt) {
    return v == Signature.MISSING ? dflt : v;
  }
}
