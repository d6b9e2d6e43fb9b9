/** The {@code moat} command line. */
package dev.moat.cli;
