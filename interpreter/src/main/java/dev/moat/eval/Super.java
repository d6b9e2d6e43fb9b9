package dev.moat.eval;

import dev.moat.runtime.Errors;
import dev.moat.runtime.PyObject;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;

/** A {@code super()} proxy: attribute lookup starts after {@code thisClass} in the MRO. */
final class Super {
  private Super() {}

  static PyObject make(PyType thisClass, Object self) {
    PyType start;
    if (self instanceof PyType && ((PyType) self).isSubtypeOf(thisClass)) {
      start = (PyType) self;
    } else if (Types.typeOf(self).isSubtypeOf(thisClass)) {
      start = Types.typeOf(self);
    } else {
      throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
    }
    return new dev.moat.runtime.PySuper(thisClass, self, start);
  }
}
