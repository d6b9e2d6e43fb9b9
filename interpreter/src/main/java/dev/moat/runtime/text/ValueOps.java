package dev.moat.runtime.text;

/** Callbacks the formatting code needs from the object model. */
public interface ValueOps {
  boolean isTuple(Object o);

  java.util.List<Object> tupleItems(Object tuple);

  boolean isMapping(Object o);

  Object getItem(Object mapping, String key);

  String str(Object o);

  String repr(Object o);

  String ascii(Object o);

  String typeName(Object o);

  Object toIndexOrNull(Object o);

  Double toFloatOrNull(Object o);
}
