package dev.moat;

import dev.moat.runtime.ScriptThread;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.locks.LockSupport;

/**
 * A big-stack thread that runs scripts for host threads. Scripts need a deep stack (the recursion
 * limit is counted in Python frames, each several Java frames), so a run started on an ordinary
 * host thread is handed to a {@link ScriptThread}. A pooled executor costs two park/unpark round
 * trips per run, several times the cost of a short script; a carrier instead takes the run through
 * one volatile slot, and both sides spin briefly before they park, so back-to-back short runs
 * never sleep. Idle carriers wait on a last-in-first-out stack (the one taken next is the one most
 * likely still spinning), so there are as many carriers as runs ever ran at once, whichever host
 * threads started them; a carrier idle for a while retires.
 */
final class ScriptCarrier implements Runnable {
  private static final long STACK_BYTES = 1L << 30;
  /** How long either side spins before parking: a short script finishes within it. */
  private static final long SPIN_NANOS = 50_000;
  /** An idle carrier retires after this long. */
  private static final long IDLE_NANOS = 30_000_000_000L;
  /** Carriers with no run: a carrier taken off it belongs to the taker until it is back. */
  private static final ConcurrentLinkedDeque<ScriptCarrier> IDLE = new ConcurrentLinkedDeque<>();

  /** The task handed over and not yet started, else null. */
  private volatile Task pending;
  private final Thread thread;
  private volatile boolean sleeping;

  private ScriptCarrier(Task first) {
    pending = first;
    thread = new ScriptThread(null, this, "moat-script", STACK_BYTES);
  }

  /**
   * Runs {@code work} on a big-stack thread and waits for its result: in place when the caller is
   * one already, else on an idle carrier or a new one. An interrupt of the waiting host
   * thread runs {@code onInterrupt} (cancelling the run) and is kept.
   */
  static <T, E extends Exception> T onScriptThread(Work<T, E> work, Runnable onInterrupt)
      throws E {
    if (Thread.currentThread() instanceof ScriptThread) {
      return work.call();
    }
    Task task = new Task(work, Thread.currentThread());
    ScriptCarrier c = IDLE.pollFirst();
    if (c == null) {
      new ScriptCarrier(task).thread.start();
    } else {
      c.pending = task;
      if (c.sleeping) {
        LockSupport.unpark(c.thread);
      }
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
      pending = null;
      t.execute();
      // idle before the host hears of the result, so its next run finds this carrier
      IDLE.offerFirst(this);
      t.signalDone();
    }
  }

  /** Waits for the next task; null after retiring. */
  private Task nextTask() {
    long start = System.nanoTime();
    while (true) {
      Task t = pending;
      if (t != null) {
        return t;
      }
      long idle = System.nanoTime() - start;
      if (idle < SPIN_NANOS) {
        Thread.onSpinWait();
        continue;
      }
      // off the idle stack, nobody can hand it a task; failing that, a task is on its way
      if (idle > IDLE_NANOS && IDLE.remove(this)) {
        return null;
      }
      sleeping = true;
      if (pending == null) {
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

    void execute() {
      try {
        result = work.call();
      } catch (Throwable e) {
        failure = e;
      }
    }

    void signalDone() {
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
