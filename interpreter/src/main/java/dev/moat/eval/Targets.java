package dev.moat.eval;

import dev.moat.runtime.Cell;
import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyTuple;

/** Assignment targets: names of each kind, attributes, items, and unpacking. */
final class Targets {
  private Targets() {}

  static final class Local extends Exec.Target {
    final int slot;
    final String name;

    Local(int slot, String name) {
      this.slot = slot;
      this.name = name;
    }

    @Override
    void assign(Frame f, Object value) {
      f.locals[slot] = value;
    }

    @Override
    void delete(Frame f) {
      if (f.locals[slot] == null) {
        throw Errors.unboundLocal(name);
      }
      f.locals[slot] = null;
    }
  }

  static final class CellTarget extends Exec.Target {
    final int slot;
    final String name;

    CellTarget(int slot, String name) {
      this.slot = slot;
      this.name = name;
    }

    @Override
    void assign(Frame f, Object value) {
      ((Cell) f.locals[slot]).value = value;
    }

    @Override
    void delete(Frame f) {
      Cell c = (Cell) f.locals[slot];
      if (c.value == null) {
        throw Errors.unboundLocal(name);
      }
      c.value = null;
    }
  }

  static final class Global extends Exec.Target {
    final int index;
    final String name;

    Global(int index, String name) {
      this.index = index;
      this.name = name;
    }

    @Override
    void assign(Frame f, Object value) {
      f.globals[index].value = value;
    }

    @Override
    void delete(Frame f) {
      Globals.Ref r = f.globals[index];
      if (r.value == null) {
        throw Errors.nameError(name);
      }
      r.value = null;
    }
  }

  static final class ClassName extends Exec.Target {
    final String name;

    ClassName(String name) {
      this.name = name;
    }

    @Override
    void assign(Frame f, Object value) {
      if (f.classNamespaceHooked) {
        Ops.setItem(f.classNamespace, name, value);
        return;
      }
      f.classNamespace.put(name, value);
    }

    @Override
    void delete(Frame f) {
      if (f.classNamespaceHooked) {
        try {
          Ops.delItem(f.classNamespace, name);
        } catch (dev.moat.runtime.PyException e) {
          if (e.isInstance(dev.moat.runtime.ExceptionTypes.KEY_ERROR)) {
            throw Errors.nameError(name);
          }
          throw e;
        }
        return;
      }
      if (f.classNamespace.remove(name) == null) {
        throw Errors.nameError(name);
      }
    }
  }

  /** A store into the running class body's namespace (through a dict subclass's __setitem__). */
  static void classNamespaceSet(Frame f, String name, Object value) {
    if (f.classNamespaceHooked) {
      Ops.setItem(f.classNamespace, name, value);
    } else {
      f.classNamespace.put(name, value);
    }
  }

  /**
   * A name read from a dict subclass used as a class namespace: its {@code __getitem__}, null
   * when that raises KeyError (the read then goes on to globals and builtins, as in CPython).
   */
  static Object classNamespaceGet(dev.moat.runtime.PyDict ns, String name) {
    try {
      return Ops.getItem(ns, name);
    } catch (dev.moat.runtime.PyException e) {
      if (e.isInstance(dev.moat.runtime.ExceptionTypes.KEY_ERROR)) {
        return null;
      }
      throw e;
    }
  }

  static final class Attr extends Exec.Target {
    final Exec.Expr obj;
    final String name;
    final AttrSite site;

    /** Where the target is: a failing store or delete is reported there, as in CPython. */
    final dev.moat.runtime.ErrorPosition at;

    Attr(Exec.Expr obj, String name, dev.moat.runtime.ErrorPosition at) {
      this.obj = obj;
      this.name = name;
      this.site = new AttrSite(name);
      this.at = at;
    }

    @Override
    void assign(Frame f, Object value) {
      Object o = obj.eval(f);
      try {
        site.set(o, value);
      } catch (dev.moat.runtime.PyException e) {
        throw Frames.noted(e, f, at);
      }
    }

    @Override
    void delete(Frame f) {
      Object o = obj.eval(f);
      try {
        Ops.delAttr(o, name);
      } catch (dev.moat.runtime.PyException e) {
        throw Frames.noted(e, f, at);
      }
    }
  }

  static final class Item extends Exec.Target {
    final Exec.Expr obj;
    final Exec.Expr key;

    /** Where the target is: a failing store or delete is reported there, as in CPython. */
    final dev.moat.runtime.ErrorPosition at;

    Item(Exec.Expr obj, Exec.Expr key, dev.moat.runtime.ErrorPosition at) {
      this.obj = obj;
      this.key = key;
      this.at = at;
    }

    @Override
    void assign(Frame f, Object value) {
      Object o = obj.eval(f);
      Object k = key.eval(f);
      try {
        Ops.setItem(o, k, value);
      } catch (dev.moat.runtime.PyException e) {
        throw Frames.noted(e, f, at);
      }
    }

    @Override
    void delete(Frame f) {
      Object o = obj.eval(f);
      Object k = key.eval(f);
      try {
        Ops.delItem(o, k);
      } catch (dev.moat.runtime.PyException e) {
        throw Frames.noted(e, f, at);
      }
    }
  }

  /** {@code a, *b, c = value}. */
  static final class Unpack extends Exec.Target {
    final Exec.Target[] targets;
    /** Index of the starred target, or -1. */
    final int star;

    /** Where the target list is: errors unpacking the value are reported there, as CPython. */
    final dev.moat.runtime.ErrorPosition at;

    Unpack(Exec.Target[] targets, int star, dev.moat.runtime.ErrorPosition at) {
      this.targets = targets;
      this.star = star;
      this.at = at;
    }

    @Override
    void assign(Frame f, Object value) {
      Object[] items;
      if (value instanceof PyTuple) {
        items = ((PyTuple) value).array();
      } else if (value instanceof PyList) {
        items = ((PyList) value).toArray();
      } else {
        if (!Ops.isIterable(value)) {
          throw Frames.noted(Errors.typeError("cannot unpack non-iterable "
              + dev.moat.runtime.Types.typeName(value) + " object"), f, at);
        }
        items = dev.moat.runtime.Builtins.toArray(value);
      }
      int n = targets.length;
      if (star < 0) {
        if (items.length != n) {
          if (items.length > n) {
            throw Frames.noted(Errors.valueError("too many values to unpack (expected " + n
                + ")"), f, at);
          }
          throw Frames.noted(Errors.valueError("not enough values to unpack (expected " + n
              + ", got " + items.length + ")"), f, at);
        }
        for (int i = 0; i < n; i++) {
          targets[i].assign(f, items[i]);
        }
        return;
      }
      int after = n - star - 1;
      if (items.length < n - 1) {
        throw Frames.noted(Errors.valueError("not enough values to unpack (expected at least "
            + (n - 1) + ", got " + items.length + ")"), f, at);
      }
      for (int i = 0; i < star; i++) {
        targets[i].assign(f, items[i]);
      }
      int restLen = items.length - star - after;
      Object[] rest = new Object[restLen];
      System.arraycopy(items, star, rest, 0, restLen);
      targets[star].assign(f, new PyList(rest, restLen));
      for (int i = 0; i < after; i++) {
        targets[star + 1 + i].assign(f, items[star + restLen + i]);
      }
    }

    @Override
    void delete(Frame f) {
      for (Exec.Target t : targets) {
        t.delete(f);
      }
    }
  }
}
