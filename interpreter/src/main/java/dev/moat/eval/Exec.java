package dev.moat.eval;

/** Executable tree nodes: what the compiler turns the AST into. */
final class Exec {
  private Exec() {}

  /** Statement results: how control leaves a statement. */
  static final int NORMAL = 0;
  static final int BREAK = 1;
  static final int CONTINUE = 2;
  static final int RETURN = 3;

  /** An expression. */
  abstract static class Expr {
    final int line;
    /** Where the expression is, for tracebacks; null when unknown. Set once, by the compiler. */
    dev.moat.runtime.ErrorPosition at;

    Expr(int line) {
      this.line = line;
    }

    /** Notes that {@code e} passed through this expression in {@code f}; returns {@code e}. */
    final dev.moat.runtime.PyException noted(dev.moat.runtime.PyException e, Frame f) {
      return Frames.noted(e, f, at);
    }

    abstract Object eval(Frame f);

    /**
     * The value as a float, unboxed, for a parent specialised on floats; a value of another
     * type comes back in {@link Unexpected} (the expression has been evaluated either way).
     */
    double evalDouble(Frame f) throws Unexpected {
      Object v = eval(f);
      if (v instanceof Double) {
        return (Double) v;
      }
      throw new Unexpected(v);
    }

    /** As {@link #evalDouble}, for a parent specialised on ints that fit a long. */
    long evalLong(Frame f) throws Unexpected {
      Object v = eval(f);
      if (v instanceof Long) {
        return (Long) v;
      }
      throw new Unexpected(v);
    }
  }

  /**
   * An expression's value was not of the type its parent specialised on: the parent takes the
   * value and continues on its generic path (and stops asking for that type). Rare by design: a
   * node is despecialised at most once.
   */
  static final class Unexpected extends Exception {
    final transient Object value;

    Unexpected(Object value) {
      super(null, null, false, false);
      this.value = value;
    }
  }

  /** A statement. Returns NORMAL, BREAK, CONTINUE or RETURN (value in {@code f.ret}). */
  abstract static class Stmt {
    final int line;

    Stmt(int line) {
      this.line = line;
    }

    abstract int exec(Frame f);
  }

  /** An assignment target. */
  abstract static class Target {
    abstract void assign(Frame f, Object value);

    abstract void delete(Frame f);
  }
}
