/**
 * Rendering: a valid background persistence document becomes Kubernetes objects (fabric8 model
 * types), in the order of docs/contract.md ("What rendering produces"), as YAML or JSON. Backends
 * add their pieces through {@link io.bgpersistence.render.RenderExtension}; this package knows no backend.
 */
@BgStyle
package io.bgpersistence.render;

import io.bgpersistence.model.BgStyle;
