package io.bgpersistence.render;

/**
 * What a writer's objects take from their fleet: its namespace, the service account its pods run
 * as, and the render options. Known before any writer is resolved, so that a writer's objects can
 * be made as soon as it is.
 */
record FleetFrame(String namespace, String serviceAccountName, RenderOptions options) {}
