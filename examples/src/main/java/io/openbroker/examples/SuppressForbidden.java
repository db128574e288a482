package io.openbroker.examples;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets the build's forbidden-API check pass one type, with the reason. Used for the JDK's HTTP
 * server ({@code com.sun.net.httpserver}, the supported, exported API of module {@code
 * jdk.httpserver}), which the check's non-portable list flags only for its package name.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
@interface SuppressForbidden {
  String reason();
}
