package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import org.junit.jupiter.api.Test;

/** UserDict/UserList/UserString: per-interpreter classes and budget charging. */
class UserClassesTest {
  @Test
  void classesArePerInterpreter() throws Exception {
    Interpreter a = Interpreter.builder().build();
    a.exec("import collections\n"
        + "collections.UserDict.extra = 1\n"
        + "collections.UserList.append = None\n");
    assertEquals("1", a.eval("repr(collections.UserDict().extra)"));
    Interpreter b = Interpreter.builder().build();
    b.exec("from collections import UserDict, UserList\n");
    assertEquals("False", b.eval("repr(hasattr(UserDict(), 'extra'))"));
    assertEquals("[1]", b.eval("repr((lambda l: (l.append(1), l)[1])(UserList()))"));
  }

  @Test
  void largeCopiesChargeSteps() throws Exception {
    Interpreter small = Interpreter.builder()
        .limits(Limits.builder().maxSteps(200_000).build()).build();
    small.exec("from collections import UserList, UserDict\nbig = list(range(50_000))\n");
    BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> small.exec(
        "for _ in range(100):\n    UserList(big)\n"));
    assertEquals(BudgetExceededException.Budget.STEPS, e.budget());
  }

  @Test
  void subclassOverridesReachMixins() throws Exception {
    Interpreter i = Interpreter.builder().build();
    i.exec("from collections import UserDict\n"
        + "class Up(UserDict):\n"
        + "    def __setitem__(self, k, v):\n"
        + "        super().__setitem__(k.upper(), v)\n"
        + "d = Up({'a': 1}, b=2)\n"
        + "d.update(c=3)\n"
        + "d.setdefault('e', 5)\n");
    assertEquals("{'A': 1, 'B': 2, 'C': 3, 'E': 5}", i.eval("repr(d)"));
    assertEquals("'Up'", i.eval("repr(type(d.copy()).__name__)"));
  }
}
