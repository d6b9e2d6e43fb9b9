/**
 * Source text to AST: the ANTLR parser (SLL first, LL on failure), string and f-string decoding, and CPython-worded syntax errors.
 */
package dev.moat.parse;
