/**
 * The evaluator: the resolver decides every name's scope once, the compiler turns the AST into executable nodes (locals in arrays, status codes for control flow, resumable statements for generators), and {@link dev.moat.eval.ScriptRunner} runs a module against its globals.
 */
package dev.moat.eval;
