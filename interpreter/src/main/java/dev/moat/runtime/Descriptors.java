package dev.moat.runtime;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** The built-in descriptor kinds: property, staticmethod, classmethod and Java get/set slots. */
public final class Descriptors {
  private Descriptors() {}

  /** {@code property(fget, fset, fdel, doc)}. */
  public static final class Property implements PyObject {
    public final Object fget;
    public final Object fset;
    public final Object fdel;
    public final Object doc;

    public Property(Object fget, Object fset, Object fdel, Object doc) {
      this.fget = fget;
      this.fset = fset;
      this.fdel = fdel;
      this.doc = doc;
    }

    @Override
    public PyType type() {
      return Types.PROPERTY;
    }
  }

  /** {@code staticmethod(f)}. */
  public static final class StaticMethod implements PyObject, PyCallable {
    public final Object function;

    public StaticMethod(Object function) {
      this.function = function;
    }

    @Override
    public PyType type() {
      return Types.STATICMETHOD;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
      return Ops.call(function, args, kwnames);
    }

    @Override
    public String callableName() {
      return "staticmethod";
    }
  }

  /** {@code classmethod(f)}. */
  public static final class ClassMethod implements PyObject {
    public final Object function;

    public ClassMethod(Object function) {
      this.function = function;
    }

    @Override
    public PyType type() {
      return Types.CLASSMETHOD;
    }
  }

  /** A data attribute of built-in objects implemented in Java (e.g. {@code e.args}). */
  public static final class GetSet implements PyObject {
    public final String name;
    public final Function<Object, Object> getter;
    /** Null when the attribute is read-only. */
    public final BiConsumer<Object, Object> setter;

    public GetSet(String name, Function<Object, Object> getter, BiConsumer<Object, Object> setter) {
      this.name = name;
      this.getter = getter;
      this.setter = setter;
    }

    @Override
    public PyType type() {
      return Types.OBJECT;
    }
  }
}
