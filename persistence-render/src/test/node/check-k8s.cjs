// Checks a YAML stream of Kubernetes objects (stdin) against Kubernetes' own OpenAPI schemas, as
// compiled by kubernetes-models (Kubernetes 1.33), and KEDA's CRD schemas, and strictly: a field the schema does not define
// is an error too, which the compiled validators alone do not report.
//
// Strictness: every object node is wrapped in a Proxy that records which property names the
// validator looks at. A validator reads each property its schema defines (and enumerates every key
// of a map-typed field), so any key that was neither read nor enumerated is unknown to the schema.
//
// Output: one JSON line {"errors": ["<kind>/<name>: <path>: <message>", ...]}; exit 0 either way.
"use strict";
const path = require("path");
const YAML = require("yaml");

const schemas = path.join(__dirname, "node_modules", "kubernetes-models", "_schemas");

const kedaSchemas = path.join(__dirname, "node_modules", "@kubernetes-models", "keda", "_schemas");

function schemaModule(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["core", apiVersion];
  if (group === "keda.sh") {
    // KEDA's CRDs (ScaledObject, TriggerAuthentication), as compiled by @kubernetes-models/keda.
    const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
    try {
      return require(path.join(kedaSchemas, `ComGithubKedacoreKedaV2ApisKeda${cap(version)}${kind}.js`));
    } catch (e) {
      return null;
    }
  }
  const groupName = group.split(".")[0];
  const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
  const file = path.join(schemas, `IoK8sApi${cap(groupName)}${cap(version)}${kind}.js`);
  try {
    return require(file);
  } catch (e) {
    return null;
  }
}

/** Wraps every plain object and array in a recording Proxy; returns [proxy, records]. */
function instrument(value, where, records) {
  if (Array.isArray(value)) {
    return value.map((v, i) => instrument(v, `${where}[${i}]`, records));
  }
  if (value !== null && typeof value === "object") {
    const record = { where, keys: Object.keys(value), read: new Set(), enumerated: false };
    records.push(record);
    const target = {};
    for (const k of Object.keys(value)) {
      target[k] = instrument(value[k], where ? `${where}.${k}` : k, records);
    }
    return new Proxy(target, {
      get(t, prop, receiver) {
        if (typeof prop === "string") record.read.add(prop);
        return Reflect.get(t, prop, receiver);
      },
      has(t, prop) {
        if (typeof prop === "string") record.read.add(prop);
        return Reflect.has(t, prop);
      },
      ownKeys(t) {
        record.enumerated = true;
        return Reflect.ownKeys(t);
      },
    });
  }
  return value;
}

function check(obj) {
  const errors = [];
  if (obj === null || typeof obj !== "object" || Array.isArray(obj)) {
    return ["(document): not an object"];
  }
  const apiVersion = obj.apiVersion, kind = obj.kind;
  const label = `${kind}/${obj.metadata && obj.metadata.name}`;
  const mod = typeof apiVersion === "string" && typeof kind === "string" ? schemaModule(apiVersion, kind) : null;
  if (!mod) {
    return [`${label}: no Kubernetes schema for apiVersion ${apiVersion}, kind ${kind}`];
  }
  const records = [];
  const data = instrument(obj, "", records);
  const ok = mod.validate(data);
  if (!ok) {
    for (const e of mod.validate.errors || []) {
      errors.push(`${label}: ${e.instancePath || "/"}: ${e.keyword} ${JSON.stringify(e.params)}`);
    }
  }
  for (const r of records) {
    if (r.enumerated) continue;
    for (const k of r.keys) {
      if (!r.read.has(k)) errors.push(`${label}: ${r.where ? r.where + "." : ""}${k}: unknown field`);
    }
  }
  return errors;
}

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", () => {
  const errors = [];
  let count = 0;
  for (const doc of YAML.parseAllDocuments(input)) {
    if (doc.errors.length) {
      errors.push(`YAML: ${doc.errors.map((e) => e.message).join("; ")}`);
      continue;
    }
    const obj = doc.toJS();
    if (obj === null || obj === undefined) continue;
    count++;
    errors.push(...check(obj));
  }
  process.stdout.write(JSON.stringify({ checked: count, errors }) + "\n");
});
