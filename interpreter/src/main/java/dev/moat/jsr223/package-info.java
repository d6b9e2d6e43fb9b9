/** A JSR-223 ({@code javax.script}) engine for Moat. */
package dev.moat.jsr223;
