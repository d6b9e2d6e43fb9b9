/**
 * CPython-exact text for numbers: float repr, the format-spec mini-language, printf-style formatting, int/float parsing and str repr.
 */
package dev.moat.runtime.text;
