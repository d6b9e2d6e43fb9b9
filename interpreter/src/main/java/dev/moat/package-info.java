/**
 * The embedding API: {@link dev.moat.Interpreter}, {@link dev.moat.Program}, {@link dev.moat.Limits} and the checked exceptions a run reports to the host.
 */
package dev.moat;
