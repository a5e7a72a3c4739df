package io.bgpersistence.model;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project. Users see {@code WriterSpec} and
 * {@code new WriterSpec.Builder()}, never the generated {@code ImmutableWriterSpec}; the
 * generated code uses JDK collections only, so it does not change when Guava shows up on the
 * classpath (Pub/Sub brings it).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@JsonSerialize
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    redactedMask = "****",
    defaults = @Value.Immutable(copy = true))
public @interface BgStyle {}
