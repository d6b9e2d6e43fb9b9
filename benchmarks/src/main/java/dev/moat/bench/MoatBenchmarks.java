package dev.moat.bench;

import dev.moat.Interpreter;
import dev.moat.MoatException;
import dev.moat.Program;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmarks of the interpreter, in-process and warmed. Short defaults (3 warm-up and 5
 * measured iterations of 1 s, one fork) keep a full run at about a minute per benchmark; override
 * them on the command line ({@code -wi -i -w -r -f}). Each kernel runs a precompiled program in a
 * fresh {@link Interpreter} and returns the value of its last expression, so the result is used.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xss16m"})
public class MoatBenchmarks {

  /** A 20-line script: a function, a class, a loop, a comprehension, an f-string. */
  static final String SCRIPT_20 = String.join("\n",
      "def area(w, h):",
      "    return w * h",
      "",
      "class Box:",
      "    def __init__(self, w, h):",
      "        self.w = w",
      "        self.h = h",
      "",
      "    def area(self):",
      "        return area(self.w, self.h)",
      "",
      "boxes = [Box(i, i + 1) for i in range(10)]",
      "total = 0",
      "for b in boxes:",
      "    total += b.area()",
      "names = {f'box{i}': b.area() for i, b in enumerate(boxes)}",
      "label = f'{len(boxes)} boxes, total {total}'",
      "ok = total == sum(names.values())",
      "result = (label, ok)",
      "result",
      "");

  static final String CALL_KERNEL = String.join("\n",
      "def add(a, b):",
      "    return a + b",
      "def f(n):",
      "    return add(n, 1) if n % 2 else add(n, 2)",
      "acc = 0",
      "for i in range(20000):",
      "    acc = f(acc) % 1000003",
      "acc",
      "");

  static final String LOOP_KERNEL = String.join("\n",
      "acc = 0",
      "i = 0",
      "while i < 50000:",
      "    if i % 3 == 0:",
      "        acc += i * 2",
      "    else:",
      "        acc -= i",
      "    i += 1",
      "for j in range(50000):",
      "    acc ^= j",
      "acc",
      "");

  static final String ATTRIBUTE_KERNEL = String.join("\n",
      "class Point:",
      "    def __init__(self, x, y):",
      "        self.x = x",
      "        self.y = y",
      "    def shift(self, d):",
      "        self.x += d",
      "        self.y -= d",
      "        return self",
      "    def norm(self):",
      "        return self.x * self.x + self.y * self.y",
      "p = Point(1, 2)",
      "acc = 0",
      "for i in range(10000):",
      "    acc += p.shift(i % 5).norm() % 97 + p.x - p.y",
      "acc",
      "");

  static final String DICT_STR_KERNEL = String.join("\n",
      "counts = {}",
      "parts = []",
      "for i in range(5000):",
      "    k = 'k' + str(i % 101)",
      "    counts[k] = counts.get(k, 0) + 1",
      "    if k in counts and i % 10 == 0:",
      "        parts.append(k.upper())",
      "s = ','.join(parts)",
      "words = s.split(',')",
      "inv = {v: k for k, v in counts.items()}",
      "len(s) + len(words) + len(inv) + sum(counts.values()) + s.count('K1')",
      "");

  /** A generated script of exactly 500 lines: 100 small functions of 5 lines each. */
  static final String SCRIPT_500 = generate500();

  static String generate500() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      sb.append("def fn").append(i).append("(a, b=").append(i).append("):\n");
      sb.append("    x = [a * k + b for k in range(").append(i % 7 + 1).append(")]\n");
      sb.append("    if a > b and not x:\n");
      sb.append("        return {'a': a, 'b': b, 's': f'{a}-{b}'}\n");
      sb.append("    return sum(x) + fn").append(Math.max(0, i - 1)).append(".__name__.count('f')\n");
    }
    return sb.toString();
  }

  Program callKernel;
  Program loopKernel;
  Program attributeKernel;
  Program dictStrKernel;
  int compileCounter;

  @Setup
  public void setup() throws MoatException {
    callKernel = Program.compile(CALL_KERNEL, "call_kernel.py");
    loopKernel = Program.compile(LOOP_KERNEL, "loop_kernel.py");
    attributeKernel = Program.compile(ATTRIBUTE_KERNEL, "attribute_kernel.py");
    dictStrKernel = Program.compile(DICT_STR_KERNEL, "dict_str_kernel.py");
  }

  static Interpreter fresh() {
    return Interpreter.builder().limits(WarmRunner.LIMITS).build();
  }

  /** A new interpreter, then eval of a 20-line script (compilation is cached by source). */
  @Benchmark
  public Object createAndEval20Lines() throws MoatException {
    return fresh().eval(SCRIPT_20);
  }

  /** Parse + resolve of a 500-line script; a new file name each time defeats the cache. */
  @Benchmark
  public Program compile500Lines() throws MoatException {
    return Program.compile(SCRIPT_500, "gen" + (compileCounter++) + ".py");
  }

  /** 20,000 iterations each calling two small Python functions. */
  @Benchmark
  public Object callKernel() throws MoatException {
    return fresh().run(callKernel);
  }

  /** 100,000 loop iterations of integer arithmetic (a while loop and a for loop). */
  @Benchmark
  public Object loopKernel() throws MoatException {
    return fresh().run(loopKernel);
  }

  /** 10,000 method calls and attribute reads/writes on one instance. */
  @Benchmark
  public Object attributeKernel() throws MoatException {
    return fresh().run(attributeKernel);
  }

  /** 5,000 dict get/set with str concatenation, then join/split/count/dict comprehension. */
  @Benchmark
  public Object dictStrKernel() throws MoatException {
    return fresh().run(dictStrKernel);
  }
}
