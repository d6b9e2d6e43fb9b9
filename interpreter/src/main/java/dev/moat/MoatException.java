package dev.moat;

/** Base of the checked exceptions a script run reports to the host. */
public class MoatException extends Exception {
  private static final long serialVersionUID = 1L;

  public MoatException(String message) {
    super(message);
  }
}
