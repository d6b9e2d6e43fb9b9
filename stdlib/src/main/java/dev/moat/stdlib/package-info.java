/**
 * The safe standard-library modules (pure computation, no host access), registered by default.
 */
package dev.moat.stdlib;
