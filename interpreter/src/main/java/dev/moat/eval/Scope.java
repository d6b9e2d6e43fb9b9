package dev.moat.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One scope the resolver found (module, function, lambda, comprehension or class body) and
 * what it decided about every name used in it.
 */
final class Scope {
  enum Kind { MODULE, FUNCTION, CLASS }

  /** Where a name lives. */
  enum Where {
    /** A slot of the frame's locals array. */
    LOCAL,
    /** A slot holding a Cell that inner functions share. */
    CELL,
    /** A slot holding a Cell captured from an enclosing function. */
    FREE,
    /** The module's globals (then builtins). */
    GLOBAL,
    /** A class body: the class namespace, then globals/builtins. */
    CLASS_NAME
  }

  final Kind kind;
  final Scope parent;
  final String name;
  final String qualname;
  /** Parameters in slot order. */
  final List<String> params = new ArrayList<>();
  final Set<String> assigned = new LinkedHashSet<>();
  final Set<String> used = new LinkedHashSet<>();
  final Set<String> declaredGlobal = new LinkedHashSet<>();
  final Set<String> declaredNonlocal = new LinkedHashSet<>();
  final List<Scope> children = new ArrayList<>();

  /** Final decisions. */
  final Map<String, Where> where = new LinkedHashMap<>();
  /** Slot of each LOCAL/CELL/FREE name. */
  final Map<String, Integer> slots = new LinkedHashMap<>();
  /** Names captured from enclosing functions, in closure order. */
  final List<String> freeVars = new ArrayList<>();
  /** True for a class body some method of which uses super() or __class__. */
  boolean needsClassCell;
  /** True if the function body contains yield. */
  boolean isGenerator;
  /** True for the implicit function of a comprehension. */
  boolean isComprehension;
  /** Class bodies: names read through a cell (class dict first), CPython's LOAD_CLASSDEREF. */
  final Set<String> classDeref = new LinkedHashSet<>();
  /** Where each nonlocal statement was, for error positions. */
  final Map<String, dev.moat.ast.Ast.Node> nonlocalAt = new LinkedHashMap<>();

  Scope(Kind kind, Scope parent, String name) {
    this.kind = kind;
    this.parent = parent;
    this.name = name;
    if (parent == null || parent.kind == Kind.MODULE) {
      this.qualname = name;
    } else if (parent.kind == Kind.FUNCTION) {
      this.qualname = parent.qualname + ".<locals>." + name;
    } else {
      this.qualname = parent.qualname + "." + name;
    }
    if (parent != null) {
      parent.children.add(this);
    }
  }

  int slotCount() {
    return slots.size();
  }

  int slotOf(String n) {
    Integer s = slots.get(n);
    if (s == null) {
      throw new IllegalStateException("no slot for " + n);
    }
    return s;
  }

  boolean isFunctionLike() {
    return kind == Kind.FUNCTION;
  }

  /** True if this scope binds {@code n} as its own local (so inner functions may capture it). */
  boolean bindsLocally(String n) {
    Where w = where.get(n);
    return w == Where.LOCAL || w == Where.CELL || w == Where.FREE;
  }
}
