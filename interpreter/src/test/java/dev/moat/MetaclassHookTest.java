package dev.moat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PySet;
import dev.moat.runtime.PyType;
import dev.moat.spi.ModuleBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The two small hooks library ABCs rely on: {@code class C(metaclass=M)} with a library
 * metaclass whose {@code __init__} runs after the class is made, and the refusal to instantiate
 * a class whose own {@code __abstractmethods__} is non-empty.
 */
class MetaclassHookTest {
  private final StringBuilder out = new StringBuilder();

  private Interpreter withMeta() {
    Map<String, Object> ns = new LinkedHashMap<>();
    ns.put("__module__", "m");
    ns.put("__init__", BuiltinFunction.of("__init__", "cls, name, bases, namespace", a -> {
      PyType cls = (PyType) a[0];
      cls.setAttribute("seen", a[1] + ":" + ((dev.moat.runtime.PyTuple) a[2]).size() + ":"
          + ((dev.moat.runtime.PyDict) a[3]).containsKey("x"));
      if (((dev.moat.runtime.PyDict) a[3]).containsKey("abstract")) {
        cls.setAttribute("__abstractmethods__", PySet.of(true, "b", "a"));
      }
      return PyNone.NONE;
    }));
    PyType meta = PyType.createMetaclass("Meta", ns);
    return Interpreter.builder().stdout(out)
        .module("m", n -> ModuleBuilder.named("m").constant("Meta", meta).build()).build();
  }

  @Test
  void libraryMetaclassInitRunsForKeywordAndInheritance() throws Exception {
    Interpreter in = withMeta();
    in.exec("from m import Meta\n"
        + "class A(metaclass=Meta):\n    x = 1\n"
        + "class B(A): pass\n"
        + "class C(metaclass=type): pass\n"
        + "print(A.seen, B.seen, type(A).__name__, type(B).__name__, type(C).__name__)\n");
    assertEquals("A:0:true B:1:false Meta Meta type\n", out.toString());
  }

  @Test
  void abstractMethodsBlockInstantiation() throws Exception {
    Interpreter in = withMeta();
    in.exec("from m import Meta\n"
        + "class A(metaclass=Meta):\n    abstract = True\n"
        + "try:\n    A()\nexcept TypeError as e:\n    print(e)\n"
        + "class N(A):\n    def __new__(cls):\n        return super().__new__(cls)\n"
        + "N()\n"
        + "A.__abstractmethods__ = frozenset({'z'})\n"
        + "try:\n    A()\nexcept TypeError as e:\n    print(e)\n"
        + "A.__abstractmethods__ = frozenset()\n"
        + "print(type(A()).__name__)\n");
    assertEquals("Can't instantiate abstract class A with abstract methods a, b\n"
        + "Can't instantiate abstract class A with abstract method z\nA\n", out.toString());
  }

  @Test
  void badMetaclassesAreRejected() {
    Interpreter in = withMeta();
    Exception e = assertThrows(Exception.class, () -> in.exec("class C(metaclass=42): pass"));
    // as CPython: a metaclass that is not a class is called, and 42 cannot be
    assertTrue(e.getMessage().contains("'int' object is not callable"), e.getMessage());
    Exception e2 = assertThrows(Exception.class, () -> in.exec("class C(flag=1): pass"));
    assertTrue(e2.getMessage().contains("C.__init_subclass__() takes no keyword arguments"),
        e2.getMessage());
  }
}
