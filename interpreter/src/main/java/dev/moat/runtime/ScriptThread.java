package dev.moat.runtime;

/** A thread with a large stack that runs scripts; it carries the running state cheaply. */
public final class ScriptThread extends Thread {
  InterpreterState state;

  public ScriptThread(ThreadGroup group, Runnable r, String name, long stackSize) {
    super(group, r, name, stackSize);
    setDaemon(true);
  }
}
