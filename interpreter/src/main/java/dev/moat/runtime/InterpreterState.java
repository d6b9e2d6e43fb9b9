package dev.moat.runtime;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Everything one interpreter's running script shares: budgets and their counters, the output
 * sinks, the builtins namespace and loaded modules. Owned by one thread at a time.
 */
public final class InterpreterState {
  /** How many steps run between two reads of the clock and the cancel flag. */
  private static final int CHECK_INTERVAL = 4096;

  private static final ThreadLocal<InterpreterState> CURRENT = new ThreadLocal<>();

  /** Where printed text goes. */
  public interface Sink {
    void write(String text);

    default void flush() {}
  }

  // limits (0 or negative = unlimited where documented by Limits)
  private long maxSteps = Long.MAX_VALUE;
  private long timeoutNanos = Long.MAX_VALUE;
  private long maxMemoryBytes = Long.MAX_VALUE;
  private int maxDepth = 1000;
  private long maxOutputBytes = Long.MAX_VALUE;

  // counters of the current run
  /** Steps left before the next slow check; decremented on the hot path. */
  public int countdown = CHECK_INTERVAL;
  private int countdownStart = CHECK_INTERVAL;
  private long stepsUsed;
  private long deadline = Long.MAX_VALUE;
  private long outputBytes;
  private int depth;
  private volatile boolean cancelled;
  /** The exception being handled by the innermost except block (for bare raise, context). */
  public PyBaseException handled;
  /** Finds modules that are not loaded yet: name to module, or null if there is none. */
  private java.util.function.BiFunction<InterpreterState, String, PyModule> moduleLoader =
      (s, n) -> null;

  /** What the script sees as sys.argv. */
  private java.util.List<String> argv = java.util.List.of("");
  /** The host's depth limit; sys.setrecursionlimit may lower the effective one, never raise it. */
  private int hostMaxDepth = 1000;
  private Sink stdout = s -> {};
  private Sink stderr = s -> {};
  private final Map<String, Object> builtins;
  private final Map<String, PyModule> modules = new HashMap<>();

  // memory accounting (see MemoryMeter)
  /** Reservations at least this big check the live total at once rather than at the next tick. */
  private static final long LARGE_RESERVATION = 1 << 16;
  /** The innermost running frame; each frame links to its caller. The evaluator maintains it. */
  public Object topFrame;
  /** Containers built by Java code that only the Java stack holds yet; see {@link #pin}. */
  private final java.util.ArrayList<Object> pins = new java.util.ArrayList<>();
  /** How many of the latest growing containers a measurement also counts. */
  private static final int RECENT_GROWERS = 8;
  /** Large containers that grew since the last measurement (see {@link #noteGrowth}). */
  private final java.util.ArrayList<java.lang.ref.WeakReference<Object>> grown =
      new java.util.ArrayList<>();
  /** The last measurement was over the limit only counting containers held by Java code. */
  private boolean overWithGrown;
  /** How many objects the last measurement visited (to size the next one's tables). */
  private int lastWalkObjects;
  /** What the script held at the last measurement. */
  private long measuredBytes;
  /** The thread's allocation counter value at which to measure again. */
  private long nextMeasureAt = Long.MAX_VALUE;

  public InterpreterState(Map<String, Object> builtins) {
    this.builtins = builtins;
  }

  /** The state of the script running on this thread, or null. */
  public static InterpreterState current() {
    Thread t = Thread.currentThread();
    if (t instanceof ScriptThread) {
      return ((ScriptThread) t).state;
    }
    return CURRENT.get();
  }

  /** Makes this state current on the calling thread; returns the previous one. */
  public InterpreterState enter() {
    Thread t = Thread.currentThread();
    InterpreterState prev;
    if (t instanceof ScriptThread) {
      prev = ((ScriptThread) t).state;
      ((ScriptThread) t).state = this;
    } else {
      prev = CURRENT.get();
      CURRENT.set(this);
    }
    return prev;
  }

  /** Restores the state that {@link #enter()} replaced. */
  public static void leave(InterpreterState prev) {
    Thread t = Thread.currentThread();
    if (t instanceof ScriptThread) {
      ((ScriptThread) t).state = prev;
    } else if (prev == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(prev);
    }
  }

  public void configure(long maxSteps, long timeoutNanos, long maxMemoryBytes, int maxDepth,
      long maxOutputBytes) {
    this.maxSteps = maxSteps;
    this.timeoutNanos = timeoutNanos;
    this.maxMemoryBytes = maxMemoryBytes;
    this.maxDepth = maxDepth;
    this.hostMaxDepth = maxDepth;
    this.maxOutputBytes = maxOutputBytes;
  }

  public java.util.List<String> argv() {
    return argv;
  }

  public void setArgv(java.util.List<String> argv) {
    this.argv = java.util.List.copyOf(argv);
  }

  /** sys.setrecursionlimit: capped at the host's limit. */
  public void setRecursionLimit(int limit) {
    this.maxDepth = Math.min(limit, hostMaxDepth);
  }

  public void setSinks(Sink stdout, Sink stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** Starts a run: fresh budgets. */
  public void startRun() {
    maxDepth = hostMaxDepth;
    stepsUsed = 0;
    outputBytes = 0;
    depth = 1; // the module's own frame counts, as in CPython
    handled = null;
    cancelled = false;
    long now = System.nanoTime();
    deadline = timeoutNanos == Long.MAX_VALUE ? Long.MAX_VALUE : now + timeoutNanos;
    topFrame = null;
    pins.clear();
    grown.clear();
    overWithGrown = false;
    measuredBytes = 0;
    scheduleMeasure();
    resetCountdown();
  }

  private void resetCountdown() {
    long left = maxSteps - stepsUsed;
    countdownStart = (int) Math.max(0, Math.min(CHECK_INTERVAL, left));
    countdown = countdownStart;
  }

  /** Called when {@link #countdown} goes negative: accounts steps, reads the clock. */
  public void slowTick() {
    stepsUsed += countdownStart - countdown;
    if (stepsUsed > maxSteps) {
      stepsUsed = maxSteps;
      throw new BudgetExceededError(BudgetExceededError.Kind.STEPS, maxSteps,
          "step budget exceeded (" + maxSteps + " steps)");
    }
    checkClock();
    resetCountdown();
    if (countdown == 0) {
      // exactly at the limit: the next step fails
      countdownStart = 0;
    }
    // after the counters are settled: measuring charges steps itself
    measureIfDue();
  }

  private void measureIfDue() {
    if (nextMeasureAt != Long.MAX_VALUE
        && MemoryMeter.allocatedByThisThread() - nextMeasureAt > 0) {
      checkMemory(0);
    }
  }

  private void checkClock() {
    if (cancelled) {
      throw new BudgetExceededError(BudgetExceededError.Kind.CANCELLED, 0,
          "run cancelled by the host");
    }
    if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0) {
      throw new BudgetExceededError(BudgetExceededError.Kind.TIME, timeoutNanos / 1_000_000,
          "time budget exceeded (" + timeoutNanos / 1_000_000 + " ms)");
    }
  }

  /** Charges {@code n} steps of work done by a built-in. */
  public void chargeSteps(long n) {
    if (n <= 0) {
      return;
    }
    if (n >= countdown) {
      long over = n - countdown;
      countdown = -1;
      stepsUsed += over;
      slowTick();
    } else {
      countdown -= (int) n;
    }
  }

  /** One step (loop back-edge, call). */
  public void tick() {
    if (--countdown < 0) {
      slowTick();
    }
  }

  /** Steps used so far in this run. */
  public long stepsUsed() {
    return stepsUsed + (countdownStart - countdown);
  }

  /** Nanoseconds left before the deadline (Long.MAX_VALUE when unlimited). */
  public long nanosLeft() {
    return deadline == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(0, deadline - System.nanoTime());
  }

  /**
   * Sleeps for {@code nanos} (a script's {@code time.sleep}), waking early when the host cancels
   * the run: the sleep counts against the wall-clock budget, and one that would pass the
   * deadline ends the run with the time budget error at the deadline.
   */
  public void sleep(long nanos) {
    long end = System.nanoTime() + Math.max(0, nanos);
    while (true) {
      checkClock();
      if (Thread.currentThread().isInterrupted()) {
        throw new BudgetExceededError(BudgetExceededError.Kind.CANCELLED, 0,
            "run cancelled by the host");
      }
      long now = System.nanoTime();
      long left = end - now;
      if (left <= 0) {
        return;
      }
      if (deadline != Long.MAX_VALUE) {
        // wake just after the deadline so that checkClock reports it
        left = Math.min(left, Math.max(0, deadline - now) + 1_000_000L);
      }
      java.util.concurrent.locks.LockSupport.parkNanos(Math.min(left, 20_000_000L));
    }
  }

  /**
   * Checks that an allocation of {@code bytes} fits the memory budget, given what the script
   * already holds. Small reservations are left to the periodic check in {@link #slowTick}.
   */
  public void reserveMemory(long bytes) {
    if (bytes > maxMemoryBytes || bytes < 0) {
      throw memoryExceeded();
    }
    if (bytes >= LARGE_RESERVATION && maxMemoryBytes != Long.MAX_VALUE
        && (measuredBytes + bytes > maxMemoryBytes
            || MemoryMeter.allocatedByThisThread() + bytes - nextMeasureAt > 0)) {
      checkMemory(bytes);
    }
  }

  private BudgetExceededError memoryExceeded() {
    return new BudgetExceededError(BudgetExceededError.Kind.MEMORY, maxMemoryBytes,
        "memory budget exceeded (" + (maxMemoryBytes >> 20) + " MB)");
  }

  /**
   * Measures what the script holds and fails if that plus {@code extra} bytes about to be
   * allocated passes the limit. Measurements are spaced by the thread's allocation counter: the
   * next one comes once the script has allocated what would take it from the measured size to
   * the limit, and at least a quarter of the limit (so a script near its limit does not measure
   * constantly; it can then overshoot by at most that quarter).
   */
  public void checkMemory(long extra) {
    if (maxMemoryBytes == Long.MAX_VALUE) {
      return;
    }
    nextMeasureAt = Long.MAX_VALUE; // the walk charges steps: no measuring inside it
    java.util.List<Object> roots = new java.util.ArrayList<>();
    roots.add(topFrame);
    roots.add(handled);
    roots.addAll(modules.values());
    roots.add(builtins);
    roots.addAll(pins);
    MemoryMeter meter = new MemoryMeter(this, maxMemoryBytes - extra, lastWalkObjects);
    long live = meter.walk(roots);
    if (live + extra > maxMemoryBytes) {
      measuredBytes = live;
      throw memoryExceeded();
    }
    // Large containers that grew but are not reachable from the roots are either garbage not
    // collected yet or being built by Java code. Garbage cannot grow again, so they fail the
    // run only if containers are still growing there at the next measurement too.
    java.util.List<Object> recent = new java.util.ArrayList<>();
    for (java.lang.ref.WeakReference<Object> r : grown) {
      Object o = r.get();
      if (o != null) {
        recent.add(o);
      }
    }
    grown.clear();
    long withGrown = recent.isEmpty() ? live : meter.walk(recent);
    lastWalkObjects = meter.objects();
    measuredBytes = live;
    if (withGrown + extra > maxMemoryBytes) {
      if (overWithGrown) {
        measuredBytes = withGrown;
        throw memoryExceeded();
      }
      overWithGrown = true;
      long now = MemoryMeter.allocatedByThisThread();
      nextMeasureAt = now < 0 ? Long.MAX_VALUE : now + maxMemoryBytes / 8;
      return;
    }
    overWithGrown = false;
    scheduleMeasure();
  }

  /** A large container grew (see {@link Budget#noteGrowth}). */
  void noteGrowth(Object container) {
    if (maxMemoryBytes == Long.MAX_VALUE) {
      return;
    }
    // Only the few latest growers: what Java code is filling right now is among them, while
    // older ones are mostly garbage that would cost a walk and could be counted wrongly.
    int n = grown.size();
    if (n == 0 || grown.get(n - 1).get() != container) {
      if (n >= RECENT_GROWERS) {
        grown.remove(0);
      }
      grown.add(new java.lang.ref.WeakReference<>(container));
    }
    // a built-in filling a container may not tick for a long time
    measureIfDue();
  }

  private void scheduleMeasure() {
    long now = maxMemoryBytes == Long.MAX_VALUE ? -1 : MemoryMeter.allocatedByThisThread();
    nextMeasureAt = now < 0 ? Long.MAX_VALUE
        : now + Math.max(maxMemoryBytes - measuredBytes, maxMemoryBytes / 4);
  }

  /** Bytes the script held at the last measurement (0 before the first). */
  public long measuredMemory() {
    return measuredBytes;
  }

  /**
   * Keeps {@code container} visible to memory measurement while Java code fills it and only
   * the Java stack refers to it. Returns a mark for {@link #unpin}.
   */
  public int pin(Object container) {
    pins.add(container);
    return pins.size() - 1;
  }

  /** Drops the pins from {@code mark} on. */
  public void unpin(int mark) {
    for (int i = pins.size() - 1; i >= mark; i--) {
      pins.remove(i);
    }
  }

  /** Enters a Python call; RecursionError past the depth limit. */
  public void enterCall() {
    enterCall("");
  }

  /** Enters a nested operation; {@code what} completes the message (" in comparison"). */
  public void enterCall(String what) {
    if (++depth > maxDepth) {
      depth--;
      throw Errors.recursionError("maximum recursion depth exceeded" + what);
    }
  }

  public void exitCall() {
    depth--;
  }

  public int depth() {
    return depth;
  }

  public int maxDepth() {
    return maxDepth;
  }

  /** Asks the running script to stop at its next check (any thread may call this). */
  public void cancel() {
    cancelled = true;
  }

  /** Writes script output, charging the output budget. */
  public void write(String text, boolean toStderr) {
    long n = utf8Length(text);
    if (outputBytes + n > maxOutputBytes) {
      long room = maxOutputBytes - outputBytes;
      if (room > 0) {
        String part = text.substring(0, (int) Math.min(text.length(), room));
        (toStderr ? stderr : stdout).write(part);
      }
      outputBytes = maxOutputBytes;
      throw new BudgetExceededError(BudgetExceededError.Kind.OUTPUT, maxOutputBytes,
          "output budget exceeded (" + maxOutputBytes + " bytes)");
    }
    outputBytes += n;
    (toStderr ? stderr : stdout).write(text);
  }

  public void flush() {
    stdout.flush();
    stderr.flush();
  }

  private static long utf8Length(String s) {
    long n = s.length();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return s.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return n;
  }

  /** The builtins namespace (per interpreter, so scripts cannot affect each other). */
  public Map<String, Object> builtins() {
    return builtins;
  }

  public void setModuleLoader(java.util.function.BiFunction<InterpreterState, String, PyModule> l) {
    this.moduleLoader = l;
  }

  /** Loads a module not imported yet, or null. */
  public PyModule loadModule(String name) {
    return moduleLoader.apply(this, name);
  }

  /** Modules imported so far, by name. */
  public Map<String, PyModule> modules() {
    return modules;
  }

  /**
   * {@code import name}: the module, loaded once per interpreter (parents first, and bound in
   * their namespace), or ModuleNotFoundError.
   */
  public PyModule importModule(String name) {
    PyModule m = modules.get(name);
    if (m != null) {
      return m;
    }
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      importModule(name.substring(0, dot));
    }
    m = loadModule(name);
    if (m == null) {
      throw Errors.moduleNotFound(name);
    }
    modules.put(name, m);
    if (dot > 0) {
      PyModule parent = modules.get(name.substring(0, dot));
      if (parent != null) {
        parent.namespace.set(name.substring(dot + 1), m);
      }
    }
    return m;
  }

  /**
   * What the script put in {@code sys.stdout} in place of the interpreter's stream (for example
   * through {@code contextlib.redirect_stdout}): {@code print} and {@code pprint} write there.
   * Null while {@code sys.stdout} is still {@code sys.__stdout__} or {@code sys} was never
   * imported; {@code None} when the script set it to None (print then writes nothing).
   */
  public Object replacedStdout() {
    PyModule sys = modules.get("sys");
    if (sys == null) {
      return null;
    }
    Object out = sys.namespace.get("stdout");
    return out == null || out == sys.namespace.get("__stdout__") ? null : out;
  }
}
