package dev.moat;

import dev.moat.runtime.ScriptThread;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The big-stack thread that runs the scripts of one host thread. Scripts need a deep stack (the
 * recursion limit is counted in Python frames, each several Java frames), so a run started on an
 * ordinary host thread is handed to a {@link ScriptThread}. A pooled executor costs two
 * park/unpark round trips per run, several times the cost of a short script; a carrier per host
 * thread instead hands over through one volatile slot, and both sides spin briefly before they
 * park, so back-to-back short runs never sleep. An idle carrier parks, and retires after a while.
 */
final class ScriptCarrier implements Runnable {
  private static final long STACK_BYTES = 1L << 30;
  /** How long either side spins before parking: a short script finishes within it. */
  private static final long SPIN_NANOS = 50_000;
  /** An idle carrier retires after this long; its host gets a new one on its next run. */
  private static final long IDLE_NANOS = 30_000_000_000L;
  private static final ThreadLocal<ScriptCarrier> FOR_HOST = new ThreadLocal<>();
  private static final Task RETIRED = new Task(null, null);

  /** The task waiting to run, {@link #RETIRED} once the carrier has stopped, else null. */
  private final AtomicReference<Task> pending = new AtomicReference<>();
  private final Thread thread;
  private volatile boolean sleeping;

  private ScriptCarrier() {
    thread = new ScriptThread(null, this, "moat-script", STACK_BYTES);
  }

  /**
   * Runs {@code work} on a big-stack thread and waits for its result: in place when the caller is
   * one already, else on the calling host thread's carrier. An interrupt of the waiting host
   * thread runs {@code onInterrupt} (cancelling the run) and is kept.
   */
  static <T, E extends Exception> T onScriptThread(Work<T, E> work, Runnable onInterrupt)
      throws E {
    if (Thread.currentThread() instanceof ScriptThread) {
      return work.call();
    }
    Task task = new Task(work, Thread.currentThread());
    ScriptCarrier c = FOR_HOST.get();
    if (c == null || !c.pending.compareAndSet(null, task)) {
      c = new ScriptCarrier();
      FOR_HOST.set(c);
      c.pending.set(task);
      c.thread.start();
    } else if (c.sleeping) {
      LockSupport.unpark(c.thread);
    }
    task.<E>await(onInterrupt);
    @SuppressWarnings("unchecked")
    T result = (T) task.result;
    return result;
  }

  /** Work for a script thread; it throws only {@code E} or unchecked exceptions. */
  @FunctionalInterface
  interface Work<T, E extends Exception> {
    T call() throws E;
  }

  @Override
  public void run() {
    while (true) {
      Task t = nextTask();
      if (t == null) {
        return;
      }
      pending.set(null);
      t.run();
    }
  }

  /** Waits for the next task; null after retiring. */
  private Task nextTask() {
    long start = System.nanoTime();
    while (true) {
      Task t = pending.get();
      if (t != null) {
        return t;
      }
      long idle = System.nanoTime() - start;
      if (idle < SPIN_NANOS) {
        Thread.onSpinWait();
        continue;
      }
      if (idle > IDLE_NANOS && pending.compareAndSet(null, RETIRED)) {
        return null;
      }
      sleeping = true;
      if (pending.get() == null) {
        LockSupport.parkNanos(this, IDLE_NANOS);
      }
      sleeping = false;
    }
  }

  /** One run: the work, where its outcome goes, and who waits for it. */
  private static final class Task {
    private final Work<?, ?> work;
    private final Thread waiter;
    private Object result;
    private Throwable failure;
    private volatile boolean done;
    private volatile boolean waiterSleeping;

    Task(Work<?, ?> work, Thread waiter) {
      this.work = work;
      this.waiter = waiter;
    }

    void run() {
      try {
        result = work.call();
      } catch (Throwable e) {
        failure = e;
      }
      done = true;
      if (waiterSleeping) {
        LockSupport.unpark(waiter);
      }
    }

    /** Spins, then parks, until the run is done; an interrupt cancels the run, not the wait. */
    <E extends Exception> void await(Runnable onInterrupt) throws E {
      boolean interrupted = false;
      long start = System.nanoTime();
      while (!done) {
        if (System.nanoTime() - start < SPIN_NANOS) {
          Thread.onSpinWait();
          continue;
        }
        waiterSleeping = true;
        if (!done) {
          LockSupport.park(this);
        }
        waiterSleeping = false;
        if (Thread.interrupted()) {
          interrupted = true;
          onInterrupt.run();
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      if (failure instanceof RuntimeException) {
        throw (RuntimeException) failure;
      }
      if (failure instanceof Error) {
        throw (Error) failure;
      }
      if (failure != null) {
        @SuppressWarnings("unchecked") // the work throws only E when checked (see Work)
        E e = (E) failure;
        throw e;
      }
    }
  }
}
