package dev.moat.eval;

import dev.moat.runtime.BoundMethod;
import dev.moat.runtime.Descriptors.Property;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyFunction;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyType;

/**
 * An inline cache for one attribute name at one place in the code ({@code obj.name} read or
 * written): for instances of script classes it remembers what the class lookup of the name gave,
 * for the class and {@link PyType#version} it was made at, so repeated accesses skip the lookup
 * and the generic dispatch. Anything else, and every case the cache does not cover, takes the
 * generic path ({@link Ops#getAttr}, {@link Ops#setAttr}), which decides exactly as before.
 */
final class AttrSite {
  /** What a lookup gave for one class at one version; immutable, so it is safely shared. */
  private static final class Entry {
    final PyType type;
    final int version;
    /** The class attribute found for the name (null: none). */
    final Object descr;
    /** Writes go straight to the instance dict (no descriptor, no __setattr__ override). */
    final boolean plainSet;
    /** The class defines its own __getattribute__: every read goes through it. */
    final boolean hookedGet;

    Entry(PyType type, Object descr, boolean plainSet) {
      this.type = type;
      this.version = type.version();
      this.descr = descr;
      this.plainSet = plainSet;
      this.hookedGet = type.lookup("__getattribute__") instanceof PyFunction;
    }
  }

  final String name;
  /** Racy on purpose: an entry is immutable and checked against the class before use. */
  private Entry read;
  private Entry write;

  AttrSite(String name) {
    this.name = name;
  }

  /** {@code o.name}. */
  Object get(Object o) {
    if (o.getClass() == PyInstance.class) {
      PyInstance inst = (PyInstance) o;
      PyType t = inst.type();
      Entry e = read;
      if (e == null || e.type != t || e.version != t.version()) {
        e = new Entry(t, t.lookup(name), false);
        read = e;
      }
      Object d = e.descr;
      if (e.hookedGet) {
        return Ops.getAttr(o, name);
      }
      if (d == null || d instanceof PyFunction) {
        // no descriptor, or a plain method: the instance dict first
        PyDict dict = inst.dictOrNull();
        if (dict != null) {
          Object v = dict.getStr(name);
          if (v != null) {
            return v;
          }
        }
        if (d != null) {
          return new BoundMethod(o, d);
        }
      } else if (d instanceof Property && ((Property) d).fget != PyNone.NONE) {
        try {
          return Ops.call(((Property) d).fget, new Object[] {o}, null);
        } catch (dev.moat.runtime.PyException ex) {
          return Ops.afterGetAttrError(ex, o, name);
        }
      }
    }
    return Ops.getAttr(o, name);
  }

  /** {@code o.name = value}. */
  void set(Object o, Object value) {
    if (o.getClass() == PyInstance.class) {
      PyInstance inst = (PyInstance) o;
      PyType t = inst.type();
      Entry e = write;
      if (e == null || e.type != t || e.version != t.version()) {
        Object d = t.lookup(name);
        boolean hooked = Ops.isOverride(t.lookup("__setattr__"));
        e = new Entry(t, !hooked && d instanceof Property && ((Property) d).fset != PyNone.NONE
            ? d : null,
            d == null && !hooked
                && Ops.slotsAllow(t, name)); // a slotted class takes only its slot names
        write = e;
      }
      if (e.plainSet) {
        inst.dict().put(name, value);
        return;
      }
      if (e.descr != null) { // a property with a setter, no __setattr__ override
        Ops.call(((Property) e.descr).fset, new Object[] {o, value}, null);
        return;
      }
    }
    Ops.setAttr(o, name, value);
  }
}
