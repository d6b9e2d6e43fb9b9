package dev.moat.eval;

import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBytes;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import java.util.ArrayList;
import java.util.List;

/** The {@code match} statement: patterns compiled to matchers that bind names as they match. */
final class Patterns {
  private Patterns() {}

  /** A compiled pattern. */
  abstract static class Matcher {
    abstract boolean match(Frame f, Object subject);
  }

  static final class Wildcard extends Matcher {
    @Override
    boolean match(Frame f, Object subject) {
      return true;
    }
  }

  static final class Capture extends Matcher {
    final Matcher inner;
    final Exec.Target target;

    Capture(Matcher inner, Exec.Target target) {
      this.inner = inner;
      this.target = target;
    }

    @Override
    boolean match(Frame f, Object subject) {
      if (inner != null && !inner.match(f, subject)) {
        return false;
      }
      target.assign(f, subject);
      return true;
    }
  }

  static final class Value extends Matcher {
    final Exec.Expr value;

    Value(Exec.Expr value) {
      this.value = value;
    }

    @Override
    boolean match(Frame f, Object subject) {
      return Ops.truth(Ops.compare(subject, value.eval(f), dev.moat.ast.Ast.CmpOp.EQ));
    }
  }

  static final class Singleton extends Matcher {
    final Object value;

    Singleton(Object value) {
      this.value = value;
    }

    @Override
    boolean match(Frame f, Object subject) {
      return subject == value || value instanceof Boolean && value.equals(subject);
    }
  }

  static final class Or extends Matcher {
    final Matcher[] alternatives;

    Or(Matcher[] alternatives) {
      this.alternatives = alternatives;
    }

    @Override
    boolean match(Frame f, Object subject) {
      for (Matcher m : alternatives) {
        if (m.match(f, subject)) {
          return true;
        }
      }
      return false;
    }
  }

  static boolean isSequence(Object o) {
    if (o instanceof PyList || o instanceof PyTuple || o instanceof dev.moat.runtime.PyRange) {
      return true;
    }
    if (o instanceof String || o instanceof PyBytes || o instanceof PyDict
        || o instanceof dev.moat.runtime.PyByteArray) {
      return false;
    }
    PyType t = Types.typeOf(o);
    return o instanceof dev.moat.runtime.PyInstance && t.lookup("__getitem__") != null
        && t.lookup("__len__") != null && t.lookup("keys") == null;
  }

  static final class Sequence extends Matcher {
    final Matcher[] items;
    /** Index of the star pattern, or -1; its target may be null ({@code *_}). */
    final int star;
    final Exec.Target starTarget;

    Sequence(Matcher[] items, int star, Exec.Target starTarget) {
      this.items = items;
      this.star = star;
      this.starTarget = starTarget;
    }

    @Override
    boolean match(Frame f, Object subject) {
      if (!isSequence(subject)) {
        return false;
      }
      Object[] vals = dev.moat.runtime.Builtins.toArray(subject);
      if (star < 0) {
        if (vals.length != items.length) {
          return false;
        }
        for (int i = 0; i < vals.length; i++) {
          if (!items[i].match(f, vals[i])) {
            return false;
          }
        }
        return true;
      }
      int fixed = items.length - 1;
      if (vals.length < fixed) {
        return false;
      }
      int after = items.length - star - 1;
      for (int i = 0; i < star; i++) {
        if (!items[i].match(f, vals[i])) {
          return false;
        }
      }
      for (int i = 0; i < after; i++) {
        if (!items[star + 1 + i].match(f, vals[vals.length - after + i])) {
          return false;
        }
      }
      if (starTarget != null) {
        int n = vals.length - fixed;
        Object[] rest = new Object[n];
        System.arraycopy(vals, star, rest, 0, n);
        starTarget.assign(f, new PyList(rest, n));
      }
      return true;
    }
  }

  static final class Mapping extends Matcher {
    final Exec.Expr[] keys;
    final Matcher[] values;
    final Exec.Target rest;

    Mapping(Exec.Expr[] keys, Matcher[] values, Exec.Target rest) {
      this.keys = keys;
      this.values = values;
      this.rest = rest;
    }

    @Override
    boolean match(Frame f, Object subject) {
      boolean isMapping = subject instanceof PyDict || (subject instanceof dev.moat.runtime.PyInstance
          && Types.typeOf(subject).lookup("keys") != null
          && Types.typeOf(subject).lookup("__getitem__") != null);
      if (!isMapping) {
        return false;
      }
      List<Object> seen = new ArrayList<>();
      for (int i = 0; i < keys.length; i++) {
        Object k = keys[i].eval(f);
        for (Object s : seen) {
          if (Ops.eq(s, k)) {
            throw Errors.valueError("mapping pattern checks duplicate key (" + Ops.repr(k)
                + ")");
          }
        }
        seen.add(k);
        Object v;
        if (subject instanceof PyDict) {
          v = ((PyDict) subject).get(k);
        } else {
          v = Ops.contains(subject, k) ? Ops.getItem(subject, k) : null;
        }
        if (v == null || !values[i].match(f, v)) {
          return false;
        }
      }
      if (rest != null) {
        PyDict d = new PyDict();
        dev.moat.runtime.Builtins.dictUpdate(d, subject);
        for (Object k : seen) {
          d.remove(k);
        }
        rest.assign(f, d);
      }
      return true;
    }
  }

  private static final PyType[] SELF_MATCHING = {Types.BOOL, Types.BYTEARRAY, Types.BYTES,
      Types.DICT,
      Types.FLOAT, Types.FROZENSET, Types.INT, Types.LIST, Types.SET, Types.STR, Types.TUPLE};

  static final class ClassPattern extends Matcher {
    final Exec.Expr cls;
    final Matcher[] positional;
    final String[] kwNames;
    final Matcher[] kwPatterns;

    ClassPattern(Exec.Expr cls, Matcher[] positional, String[] kwNames, Matcher[] kwPatterns) {
      this.cls = cls;
      this.positional = positional;
      this.kwNames = kwNames;
      this.kwPatterns = kwPatterns;
    }

    @Override
    boolean match(Frame f, Object subject) {
      Object c = cls.eval(f);
      if (!(c instanceof PyType)) {
        throw Errors.typeError("called match pattern must be a class");
      }
      PyType t = (PyType) c;
      if (!dev.moat.runtime.Builtins.isInstance(subject, t)) {
        return false;
      }
      if (positional.length > 0) {
        boolean self = false;
        for (PyType s : SELF_MATCHING) {
          self |= t == s;
        }
        if (self) {
          if (positional.length > 1) {
            throw Errors.typeError(t.name() + "() accepts 1 positional sub-pattern ("
                + positional.length + " given)");
          }
          if (!positional[0].match(f, subject)) {
            return false;
          }
        } else {
          Object ma = Ops.getAttrOrNull(t, "__match_args__");
          Object[] names = ma instanceof PyTuple ? ((PyTuple) ma).array() : new Object[0];
          if (ma != null && !(ma instanceof PyTuple)) {
            throw Errors.typeError(t.name() + ".__match_args__ must be a tuple (got "
                + Types.typeName(ma) + ")");
          }
          if (positional.length > names.length) {
            throw Errors.typeError(t.name() + "() accepts " + names.length + " positional"
                + " sub-pattern" + (names.length == 1 ? "" : "s") + " (" + positional.length
                + " given)");
          }
          for (int i = 0; i < positional.length; i++) {
            Object v = Ops.getAttrOrNull(subject, (String) names[i]);
            if (v == null || !positional[i].match(f, v)) {
              return false;
            }
          }
        }
      }
      for (int i = 0; i < kwNames.length; i++) {
        Object v = Ops.getAttrOrNull(subject, kwNames[i]);
        if (v == null || !kwPatterns[i].match(f, v)) {
          return false;
        }
      }
      return true;
    }
  }

  /** One {@code case}. */
  static final class Case {
    final Matcher pattern;
    final Exec.Expr guard;
    final Exec.Stmt body;

    Case(Matcher pattern, Exec.Expr guard, Exec.Stmt body) {
      this.pattern = pattern;
      this.guard = guard;
      this.body = body;
    }
  }

  /** A case's guard; its errors are reported at the guard's line, as in CPython. */
  static boolean guard(Frame f, Exec.Expr guard) {
    try {
      return Ops.truth(guard.eval(f));
    } catch (dev.moat.runtime.PyException e) {
      f.line = guard.line;
      throw e;
    }
  }

  static final class MatchStmt extends Exec.Stmt {
    final Exec.Expr subject;
    final Case[] cases;

    MatchStmt(int line, Exec.Expr subject, Case[] cases) {
      super(line);
      this.subject = subject;
      this.cases = cases;
    }

    @Override
    int exec(Frame f) {
      Object s = subject.eval(f);
      for (Case c : cases) {
        if (c.pattern.match(f, s) && (c.guard == null || guard(f, c.guard))) {
          return c.body.exec(f);
        }
      }
      return Exec.NORMAL;
    }
  }
}
