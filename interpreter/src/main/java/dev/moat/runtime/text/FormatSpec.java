package dev.moat.runtime.text;

/** Placeholder until the exact implementation lands. */
public final class FormatSpec {
  final String raw;

  private FormatSpec(String raw) {
    this.raw = raw;
  }

  public static FormatSpec parse(String spec) {
    return new FormatSpec(spec);
  }
}
