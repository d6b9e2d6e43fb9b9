package dev.moat.parse;

import static dev.moat.parse.ParseTesting.assertSyntaxError;

import org.junit.jupiter.api.Test;

/** What Moat leaves out is refused at parse time with a clear SyntaxError. */
class UnsupportedTest {

  @Test
  void async() {
    assertSyntaxError("async is not supported", 1, 1, "async def f(): pass");
    assertSyntaxError("async is not supported", 2, 1, "@d\nasync def f(): pass");
    assertSyntaxError("async is not supported", 2, 5, "def f():\n    async for x in y: pass");
    assertSyntaxError("async is not supported", 2, 5, "def f():\n    async with a: pass");
    assertSyntaxError("async is not supported", 1, 8, "x = [a async for a in b]");
  }

  @Test
  void await() {
    assertSyntaxError("await is not supported", 1, 5, "x = await y");
    assertSyntaxError("await is not supported", 2, 12, "def f():\n    return await g() ** 2");
  }

  @Test
  void exceptionGroups() {
    assertSyntaxError("except* (exception groups) is not supported", 3, 1,
        "try:\n    pass\nexcept* E:\n    pass");
  }

  @Test
  void complexLiteralPatternsNeedARealAndAnImaginaryPart() {
    assertSyntaxError("imaginary number required in complex literal", 2, 14,
        "match x:\n    case 1 + 2: pass");
    assertSyntaxError("real number required in complex literal", 2, 10,
        "match x:\n    case 1j + 2j: pass");
  }
}
