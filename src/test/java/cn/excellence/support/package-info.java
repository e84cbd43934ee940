/**
 * Test support. Every Spring test class carries {@code @DirtiesContext}: each application context
 * holds a process engine named "default", and the engine REST API finds engines by name in a
 * JVM-wide registry, so only one context may live at a time.
 */
package cn.excellence.support;
