package dev.moat.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

/** argparse: the host's argv, the refused file features, budgets on big parsers. */
class ArgparseModuleTest {
  @Test
  void parseArgsReadsTheArgvTheHostGaveAndProgIsItsBasename() throws Exception {
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    Interpreter in = Interpreter.builder().stdout(out).stderr(err)
        .argv(List.of("/opt/tools/report.py", "--limit", "3", "x")).build();
    in.exec("import argparse\n"
        + "p = argparse.ArgumentParser()\n"
        + "p.add_argument('--limit', type=int)\n"
        + "print(p.parse_args(['--limit', '1']))\n"
        + "try:\n"
        + "    p.parse_args()\n"
        + "except SystemExit as e:\n"
        + "    print('exit', e.code)\n");
    assertEquals("Namespace(limit=1)\nexit 2\n", out.toString());
    assertEquals("usage: report.py [-h] [--limit LIMIT]\n"
        + "report.py: error: unrecognized arguments: x\n", err.toString());
  }

  @Test
  void helpWithoutArgvUsesAnEmptyProg() throws Exception {
    StringBuilder out = new StringBuilder();
    Interpreter in = Interpreter.builder().stdout(out).build();
    in.exec("import argparse\nargparse.ArgumentParser().print_usage()\n");
    assertEquals("usage: [-h]\n", out.toString()); // CPython leaves out an empty prog
  }

  @Test
  void fileFeaturesAreRefusedWithPermissionError() throws Exception {
    StringBuilder out = new StringBuilder();
    Interpreter in = Interpreter.builder().stdout(out).build();
    in.exec("import argparse\n"
        + "for make in (lambda: argparse.FileType('r'),\n"
        + "             lambda: argparse.ArgumentParser(fromfile_prefix_chars='@')):\n"
        + "    try:\n"
        + "        make()\n"
        + "    except PermissionError as e:\n"
        + "        print(type(e).__name__, e)\n");
    assertEquals("PermissionError argparse.FileType is not available: scripts have no file"
        + " access\n"
        + "PermissionError argparse fromfile_prefix_chars is not available: scripts have no"
        + " file access\n", out.toString());
  }

  @Test
  void parsingHugeCommandLinesSpendsTheStepBudget() {
    Interpreter in = Interpreter.builder()
        .limits(Limits.builder().maxSteps(200_000).build()).build();
    BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> in.exec(
        "import argparse\n"
        + "p = argparse.ArgumentParser(prog='big')\n"
        + "p.add_argument('-v', action='count', default=0)\n"
        + "p.add_argument('items', nargs='*')\n"
        + "p.parse_args(['-v', 'x'] * 100000)\n"));
    assertEquals(BudgetExceededException.Budget.STEPS, e.budget(), e.getMessage());
  }
}
