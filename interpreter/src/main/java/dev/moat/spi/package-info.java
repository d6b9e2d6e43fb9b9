/**
 * How modules implemented in Java plug in: safe modules are discovered with {@link java.util.ServiceLoader}; capability modules are registered by the host explicitly.
 */
package dev.moat.spi;
