/** The abstract syntax tree: immutable records with CPython's source positions. */
package dev.moat.ast;
