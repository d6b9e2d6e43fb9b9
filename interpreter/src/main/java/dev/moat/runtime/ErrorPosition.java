package dev.moat.runtime;

/**
 * The part of the source a traceback line points at, as CPython 3.11 shows it under the line:
 * from {@code col} on line {@code line} to {@code endCol} (exclusive) on {@code endLine}, UTF-16
 * columns. When {@code anchorStart >= 0} (a binary operator, a subscript's brackets), that part of
 * the first line is marked {@code ^} and the rest {@code ~}.
 */
public record ErrorPosition(int line, int col, int endLine, int endCol, int anchorStart,
    int anchorEnd) {}
