/**
 * The background persistence document as immutable typed values, its exact JSON format, the
 * writer-type registry, and problems as values ({@link io.bgpersistence.model.FieldProblem}).
 */
@BgStyle
package io.bgpersistence.model;
