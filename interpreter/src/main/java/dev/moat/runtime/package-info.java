/**
 * The object model and its protocol: built-in types and values, {@link dev.moat.runtime.Ops} (attribute, item, call, compare, arithmetic dispatch), built-in functions and type methods, exceptions, and the budgets every run is held to ({@link dev.moat.runtime.InterpreterState}).
 */
package dev.moat.runtime;
