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

    Expr(int line) {
      this.line = line;
    }

    abstract Object eval(Frame f);
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
