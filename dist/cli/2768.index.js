export const id = 2768;
export const ids = [2768];
export const modules = {

/***/ 4596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Py: () => (/* binding */ ROOT_BASE),
  q0: () => (/* binding */ allLiterals),
  zg: () => (/* binding */ flattenJsonLd),
  KT: () => (/* binding */ iris),
  v$: () => (/* binding */ literals),
  R1: () => (/* binding */ rootPathOfIri)
});

// UNUSED EXPORTS: BUNDLED_CONTEXTS, RemoteContextRefused

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/catalogs/node-map.ts
// The flattened graph of an expanded JSON-LD document: the JSON-LD 1.1 API's Node Map Generation
// and Flattening algorithms, in the order the jsonld library runs them (properties in code-unit
// order, blank nodes relabelled _:b0, _:b1, ... as met), so the nodes, their values and their
// labels are the library's. What differs is the de-duplication of a property's values: the
// library compares each new value with every value already there, which is quadratic in the
// values of one node (20,000 distributions of one dataset: 30 s); here each node's property
// keeps a set of the values' keys, so a document flattens in time linear in its size.
// __tests__/catalogs/node-map.test.ts holds the two to the same output.
const KEYWORD = /^@[a-zA-Z]+$/;
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const isValue = (v) => isObject(v) && '@value' in v;
const isList = (v) => isObject(v) && '@list' in v;
const isReference = (v) => isObject(v) && Object.keys(v).length === 1 && '@id' in v;
function isSubject(v) {
    if (!isObject(v) || '@value' in v || '@set' in v || '@list' in v)
        return false;
    return Object.keys(v).length > 1 || !('@id' in v);
}
function isBlankNode(v) {
    if ('@id' in v)
        return typeof v['@id'] !== 'string' || v['@id'].startsWith('_:');
    return Object.keys(v).length === 0 || !('@value' in v || '@set' in v || '@list' in v);
}
/** Blank node labels, issued in the order they are met: the same old label, the same new one. */
class Labels {
    issued = new Map();
    next = 0;
    get(old) {
        if (typeof old === 'string') {
            const known = this.issued.get(old);
            if (known !== undefined)
                return known;
        }
        const label = `_:b${this.next++}`;
        if (typeof old === 'string')
            this.issued.set(old, label);
        return label;
    }
}
/**
 * The key two values share exactly when the library counts them as the same value: the same
 * string, the same value object (`@value`, `@type`, `@language`, `@index`), or the same `@id`.
 * Anything else (a list, a JSON literal's object) is never the same as another: no key.
 */
function keyOf(value) {
    if (typeof value === 'string')
        return `s${value}`;
    if (!isObject(value))
        return undefined;
    if ('@value' in value) {
        const literal = value['@value'];
        if (isObject(literal) || Array.isArray(literal))
            return undefined;
        return `v${JSON.stringify([literal, value['@type'], value['@language'], value['@index']])}`;
    }
    return '@id' in value ? `i${String(value['@id'])}` : undefined;
}
/** The values of a node's properties, each property with the keys of the values it holds. */
class Values {
    seen = new WeakMap();
    /** Adds `value` to `node[property]` unless the same value is there already. */
    add(node, property, value) {
        let properties = this.seen.get(node);
        if (!properties)
            this.seen.set(node, (properties = new Map()));
        let keys = properties.get(property);
        if (!keys) {
            properties.set(property, (keys = new Set()));
            // A property copied in whole (merging named graphs) brings its values' keys with it.
            for (const present of node[property] ?? []) {
                const key = keyOf(present);
                if (key !== undefined)
                    keys.add(key);
            }
        }
        const list = (node[property] ??= []);
        const key = keyOf(value);
        if (key !== undefined) {
            if (keys.has(key))
                return;
            keys.add(key);
        }
        list.push(value);
    }
    /** `node[property]` as an empty array when the property has no values. */
    ensure(node, property) {
        node[property] ??= [];
    }
}
class NodeMap {
    graphs = new Map([['@default', new Map()]]);
    labels = new Labels();
    values = new Values();
    graph(name) {
        let graph = this.graphs.get(name);
        if (!graph)
            this.graphs.set(name, (graph = new Map()));
        return graph;
    }
    add(input, graphName, name, list) {
        if (Array.isArray(input)) {
            for (const item of input)
                this.add(item, graphName, undefined, list);
            return;
        }
        if (!isObject(input)) {
            list?.push(input);
            return;
        }
        if (isValue(input)) {
            const type = input['@type'];
            if (typeof type === 'string' && type.startsWith('_:'))
                input['@type'] = this.labels.get(type);
            list?.push(input);
            return;
        }
        if (list && isList(input)) {
            const inner = [];
            this.add(input['@list'], graphName, name, inner);
            list.push({ '@list': inner });
            return;
        }
        this.addSubject(input, graphName, name, list);
    }
    addSubject(input, graphName, given, list) {
        // The types' blank nodes are named first, as the specification asks.
        for (const type of input['@type'] ?? [])
            if (typeof type === 'string' && type.startsWith('_:'))
                this.labels.get(type);
        const name = given ?? (isBlankNode(input) ? this.labels.get(input['@id']) : String(input['@id']));
        list?.push({ '@id': name });
        const subjects = this.graph(graphName);
        let subject = subjects.get(name);
        if (!subject)
            subjects.set(name, (subject = {}));
        subject['@id'] = name;
        for (const key of Object.keys(input).sort()) {
            if (key === '@id')
                continue;
            if (key === '@reverse') {
                this.addReverse(input['@reverse'], graphName, name);
                continue;
            }
            if (key === '@graph') {
                this.graph(name);
                this.add(input['@graph'], name);
                continue;
            }
            if (key === '@included') {
                this.add(input['@included'], graphName);
                continue;
            }
            if (key !== '@type' && KEYWORD.test(key)) {
                if (key === '@index' && key in subject && input[key] !== subject[key])
                    throw new Error('Invalid JSON-LD syntax; conflicting @index property detected.');
                subject[key] = input[key];
                continue;
            }
            const property = key.startsWith('_:') ? this.labels.get(key) : key;
            const objects = input[key];
            if (objects.length === 0) {
                this.values.ensure(subject, property);
                continue;
            }
            for (const object of objects)
                this.addObject(subject, property, object, graphName, name);
        }
    }
    addObject(subject, property, object, graphName, name) {
        if (property === '@type') {
            const type = typeof object === 'string' && object.startsWith('_:') ? this.labels.get(object) : object;
            this.values.add(subject, property, type);
            return;
        }
        if (isSubject(object) || isReference(object)) {
            const node = object;
            if ('@id' in node && !node['@id'])
                return;
            const id = isBlankNode(node) ? this.labels.get(node['@id']) : String(node['@id']);
            this.values.add(subject, property, { '@id': id });
            this.add(node, graphName, id);
        }
        else if (isValue(object)) {
            this.values.add(subject, property, object);
        }
        else if (isList(object)) {
            const inner = [];
            this.add(object['@list'], graphName, name, inner);
            this.values.add(subject, property, { '@list': inner });
        }
        else {
            this.add(object, graphName, name);
            this.values.add(subject, property, object);
        }
    }
    addReverse(reverse, graphName, name) {
        const referenced = { '@id': name };
        for (const property of Object.keys(reverse)) {
            for (const item of reverse[property]) {
                const itemName = isBlankNode(item) ? this.labels.get(item['@id']) : String(item['@id']);
                this.add(item, graphName, itemName);
                this.values.add(this.graph(graphName).get(itemName), property, referenced);
            }
        }
    }
    /** The default graph with every named graph added to the node named after it, as `@graph`. */
    merged() {
        const merged = this.graphs.get('@default');
        for (const graphName of [...this.graphs.keys()].sort()) {
            if (graphName === '@default')
                continue;
            let subject = merged.get(graphName);
            if (!subject)
                merged.set(graphName, (subject = { '@id': graphName, '@graph': [] }));
            else
                subject['@graph'] ??= [];
            const nodes = this.graphs.get(graphName);
            for (const id of [...nodes.keys()].sort()) {
                const node = nodes.get(id);
                if (!isReference(node))
                    subject['@graph'].push(node);
            }
        }
        return merged;
    }
}
/** The flattened form of an expanded document: its nodes by `@id`, references left out. */
function flattenExpanded(expanded) {
    const map = new NodeMap();
    map.add(expanded, '@default');
    const merged = map.merged();
    return [...merged.keys()]
        .sort()
        .map((id) => merged.get(id))
        .filter((node) => !isReference(node));
}

;// CONCATENATED MODULE: ./src/catalogs/jsonld.ts
// JSON-LD read as JSON-LD: prefixes, aliases and contexts resolved by the jsonld library, so
// `dct:license`, `http://purl.org/dc/terms/license` and a context alias all mean the same.
// Contexts come only from the document itself or from those bundled with the action; any other
// remote context is an error, never a network fetch (DECISIONS.md, "Catalog triplet").


/** Remote contexts the action carries. None is needed by the formats it reads today. */
const BUNDLED_CONTEXTS = {};
/**
 * Relative IRIs are resolved against the document's own location under this base, so they can be
 * mapped back to dataset-root paths, and one that climbs out of the root is visible as such. The
 * base holds a token drawn for each run: a document cannot write an absolute IRI that lands in
 * the root by a path the gate did not resolve itself (it would have to guess the token).
 */
const ROOT_BASE = `file:///kfm-dataset-root-${(0,external_node_crypto_.randomUUID)()}/`;
class RemoteContextRefused extends Error {
    url;
    constructor(url) {
        super(`the remote JSON-LD context ${url} is not bundled with the action`);
        this.url = url;
    }
}
// The jsonld typings describe the loader loosely; this is the shape the library calls.
const documentLoader = async (url) => {
    const bundled = BUNDLED_CONTEXTS[url];
    if (bundled === undefined)
        throw new RemoteContextRefused(url);
    return { contextUrl: null, documentUrl: url, document: bundled };
};
function findCause(error) {
    let current = error;
    for (let depth = 0; current && depth < 8; depth++) {
        if (current instanceof RemoteContextRefused)
            return current;
        const record = current;
        current = record.details?.cause ?? record.cause;
    }
    return undefined;
}
/** Flattens a JSON-LD document into its nodes; throws an Error whose message a user can act on. */
async function flattenJsonLd(document, rootRelativePath) {
    try {
        // The library expands (contexts, prefixes, aliases, base IRIs); the flattening is ours, the
        // library's algorithm with linear de-duplication (node-map.ts). No context: the flattened
        // graph stays in expanded form, full IRIs as keys.
        // Loaded on first use: a run whose catalogs hold no JSON-LD never pays for it.
        const { default: processor } = await Promise.all(/* import() */[__webpack_require__.e(1366), __webpack_require__.e(2571)]).then(__webpack_require__.t.bind(__webpack_require__, 1366, 23));
        const expanded = await processor.expand(document, {
            base: ROOT_BASE + rootRelativePath,
            documentLoader: documentLoader
        });
        return flattenExpanded(expanded);
    }
    catch (error) {
        const refused = findCause(error);
        if (refused) {
            throw new Error(`it uses ${refused.message}, and the action never fetches from the network; inline the context in the document`);
        }
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(`it is not valid JSON-LD: ${message}`);
    }
}
/** IRIs of the values of a property (node references and IRI-typed values). */
function iris(node, property) {
    const values = node[property];
    if (!Array.isArray(values))
        return [];
    return values.flatMap((v) => {
        const id = v['@id'];
        return typeof id === 'string' ? [id] : [];
    });
}
/** Literal values of a property, as strings. */
function literals(node, property) {
    const values = node[property];
    if (!Array.isArray(values))
        return [];
    return values.flatMap((v) => {
        const value = v['@value'];
        return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
            ? [String(value)]
            : [];
    });
}
/** Every literal string anywhere on a node (any property). */
function allLiterals(node) {
    return Object.keys(node)
        .filter((key) => !key.startsWith('@'))
        .flatMap((key) => literals(node, key));
}
/** The root-relative path an IRI names, `outside` when it climbs out of the root, or undefined for a web URL. */
function rootPathOfIri(iri) {
    if (!iri.startsWith('file:'))
        return undefined;
    if (!iri.startsWith(ROOT_BASE))
        return 'outside';
    try {
        return decodeURIComponent(iri.slice(ROOT_BASE.length).split(/[?#]/)[0]);
    }
    catch {
        return 'outside';
    }
}


/***/ }),

/***/ 8746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ TERMS),
/* harmony export */   u3: () => (/* binding */ PROV)
/* harmony export */ });
/* unused harmony exports DCAT, DCT, SPDX, RDFS */
// The IRIs the readers look for, expanded, so prefixes and aliases never matter.
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const PROV = 'http://www.w3.org/ns/prov#';
const SPDX = 'http://spdx.org/rdf/terms#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const TERMS = {
    dataset: `${DCAT}Dataset`,
    distribution: `${DCAT}distribution`,
    downloadURL: `${DCAT}downloadURL`,
    accessURL: `${DCAT}accessURL`,
    license: `${DCT}license`,
    rights: `${DCT}rights`,
    identifier: `${DCT}identifier`,
    title: `${DCT}title`,
    label: `${RDFS}label`,
    checksum: `${SPDX}checksum`,
    checksumAlgorithm: `${SPDX}algorithm`,
    checksumValue: `${SPDX}checksumValue`,
    sha256Algorithm: `${SPDX}checksumAlgorithm_sha256`,
    provEntity: `${PROV}Entity`,
    provActivity: `${PROV}Activity`,
    provWasGeneratedBy: `${PROV}wasGeneratedBy`,
    provGenerated: `${PROV}generated`,
    provQualifiedGeneration: `${PROV}qualifiedGeneration`,
    provActivityProperty: `${PROV}activity`
};


/***/ }),

/***/ 5873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ unreadable),
/* harmony export */   u: () => (/* binding */ readDocument)
/* harmony export */ });
/* harmony import */ var _json_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8258);
// The input documents a run is given by path (QA report, policy decision, approvals, SBOMs,
// attestations), read into evidence: the parsed value with its digest and line finder, or the
// reason the file cannot be read at all. What the value says is judged by the gates.

function unreadable(error) {
    return error.line === undefined
        ? { path: error.path, message: error.message }
        : { path: error.path, message: error.message, line: error.line };
}
/** Reads a JSON document; I/O and syntax problems become its evidence, never a throw. */
async function readDocument(ref) {
    try {
        const document = await (0,_json_document_js__WEBPACK_IMPORTED_MODULE_0__/* .readJsonDocument */ .E_)(ref.absolute, ref.path, ref.confine);
        return {
            readable: true,
            path: ref.path,
            digest: document.digest,
            value: document.value,
            lineOf: (location) => document.lineOf(location)
        };
    }
    catch (error) {
        if (!(error instanceof _json_document_js__WEBPACK_IMPORTED_MODULE_0__/* .DocumentError */ .Mi))
            throw error;
        return { readable: false, ...unreadable(error) };
    }
}


/***/ }),

/***/ 769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fn: () => (/* binding */ verifyGateF),
/* harmony export */   KI: () => (/* binding */ qaOutcomeOf),
/* harmony export */   O6: () => (/* binding */ gateF)
/* harmony export */ });
/* unused harmony exports QA_STATUSES, judgeQaReport, checkEvidence, validateManifest */
/* harmony import */ var _generated_validators_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6161);
/* harmony import */ var _model_json_schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9831);
/* harmony import */ var _model_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7979);
/* harmony import */ var _model_violation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6078);
/* harmony import */ var _c_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5844);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4003);






const QA_STATUSES = ['pass', 'warn', 'fail'];
/** The QA outcome the report states, and the violations of its status. */
function judgeQaReport(document) {
    const violations = [];
    const status = (0,_model_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(document.value) ? document.value.status : undefined;
    if (typeof status !== 'string' || !QA_STATUSES.includes(status)) {
        return {
            violations: [
                (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('F', 'QA_STATUS_INVALID', document.path, `${document.path} needs a top-level "status" of "pass", "warn" or "fail"${status === undefined ? '' : `, not ${JSON.stringify(status)}`}.`, document.lineOf(['status']) ?? 1)
            ]
        };
    }
    const value = {
        status: status,
        reportDigest: document.digest,
        path: document.path
    };
    if (status !== 'pass') {
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('F', 'QA_NOT_PASSED', document.path, `QA status is "${status}"; only "pass" promotes. Fix what the QA report lists and run QA again.`, document.lineOf(['status'])));
    }
    return { value, violations };
}
/**
 * What the receipts cite, held to what this run was given: a receipt's validation report must be
 * the QA report (its digest, not the digest of any document the run happens to have), and its
 * policy decision the one given. `documents` names what a wrong digest is the digest of.
 */
function checkEvidence(documents, receipts, qaReport, decision) {
    const violations = [];
    const resolved = [];
    const byDigest = new Map(documents.map((d) => [d.digest, d.path]));
    for (const receipt of receipts) {
        const cited = receipt.validation.reportDigest;
        if (qaReport && cited === qaReport.digest)
            resolved.push(`${receipt.path} validation.report_digest → ${qaReport.path}`);
        else {
            const other = byDigest.get(cited);
            const what = other
                ? `which is the digest of ${other}, not of the QA report${qaReport ? ` (${qaReport.path})` : ''}: a receipt's validation report is the QA report, so cite its digest`
                : 'which is none of the documents given to this run; give that report as qa-report, or fix the receipt';
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('F', 'EVIDENCE_UNRESOLVED', receipt.path, `The receipt ${receipt.runId} cites the validation report ${cited}, ${what}.`, receipt.lineOf(['validation', 'report_digest'])));
        }
        if (decision && receipt.decisionId === decision.decisionId)
            resolved.push(`${receipt.path} policy.decision_id → ${decision.path}`);
        else if (decision) {
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('F', 'EVIDENCE_UNRESOLVED', receipt.path, `The receipt ${receipt.runId} cites the policy decision ${receipt.decisionId}, but the decision given to this run is ${decision.decisionId}.`, receipt.lineOf(['policy', 'decision_id'])));
        }
    }
    return { violations, resolved };
}
const manifestProblems = (0,_model_json_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .schemaValidator */ .K)(_generated_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .manifestV1 */ .$N);
/** Checks a manifest value; `path` names it in violations (the output path or a fixture). */
function validateManifest(manifest, path) {
    return manifestProblems(manifest).map((problem) => (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('F', 'MANIFEST_SCHEMA', path, `The manifest does not match the v1 schema: ${problem.text.replace(/^the document/, 'the manifest')}.`));
}
/** The QA outcome of the evidence, when a readable report with a known status was given. */
function qaOutcomeOf(evidence) {
    const document = evidence.qaReport;
    return document?.readable ? judgeQaReport(document).value : undefined;
}
function judgeQa(evidence, checked) {
    const document = evidence.qaReport;
    if (!document) {
        const message = (0,_evidence_js__WEBPACK_IMPORTED_MODULE_5__/* .missingInput */ .f)('only a QA report with status "pass" promotes', 'qa-report');
        return [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('F', 'QA_REPORT_MISSING', 'qa-report', message)];
    }
    if (!document.readable)
        return [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('F', 'QA_REPORT_INVALID', document.path, document.message, document.line)];
    const judged = judgeQaReport(document);
    if (judged.value)
        checked.push(`QA report ${judged.value.path}: ${judged.value.status}`);
    return judged.violations;
}
const gateF = {
    letter: 'F',
    check(evidence) {
        const checked = [];
        const violations = judgeQa(evidence, checked);
        const qa = qaOutcomeOf(evidence);
        const policy = (0,_c_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .policyDecisionOf */ .cz)(evidence);
        const receipts = evidence.receipts?.receipts ?? [];
        const references = checkEvidence([
            ...(qa ? [{ path: qa.path, digest: qa.reportDigest }] : []),
            ...(policy ? [{ path: policy.path, digest: policy.digest }] : []),
            ...evidence.catalogs.entries.map((c) => ({
                path: evidence.display(c.path),
                digest: c.digest
            })),
            ...receipts.map((r) => ({ path: r.path, digest: r.digest }))
        ], receipts, qa ? { path: qa.path, digest: qa.reportDigest } : undefined, policy ? { decisionId: policy.decisionId, path: policy.path } : undefined);
        violations.push(...references.violations);
        checked.push(...references.resolved);
        if (evidence.manifest) {
            const schema = validateManifest(evidence.manifest.value, evidence.manifest.path);
            violations.push(...schema);
            if (schema.length === 0)
                checked.push('manifest valid against promotion_manifest_v1.schema.json');
        }
        return { violations, checked };
    }
};
/** The first line where two texts differ (1-based). */
function firstDifferentLine(actual, expected) {
    const a = actual.split('\n');
    const b = expected.split('\n');
    let line = 0;
    while (line < a.length && line < b.length && a[line] === b[line])
        line++;
    return line + 1;
}
function sidecarViolation(sidecar, manifest) {
    const { path, actual, expected } = sidecar;
    const again = 'promote again to write the manifest and its sidecars together';
    if (actual === undefined) {
        const message = `${path} is beside ${manifest} but ${sidecar.problem ?? 'cannot be read'}; ${again}, or remove it.`;
        return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('F', 'SIDECAR_MISMATCH', path, message);
    }
    if (actual === expected)
        return undefined;
    if (sidecar.kind === 'statement') {
        const message = `${path} names ${manifest} with the digest ${actual}, but the manifest's bytes hash to ${expected}: one of them changed after they were written; ${again}.`;
        return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('F', 'SIDECAR_MISMATCH', path, message);
    }
    const line = firstDifferentLine(actual, expected);
    const message = `${path} does not list the files ${manifest} lists, with their digests (line ${line} differs): one of them changed after they were written; ${again}.`;
    return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('F', 'SIDECAR_MISMATCH', path, message, line);
}
/** Gate F for a written manifest: readable, valid, the expected bytes, and its sidecars agree. */
const verifyGateF = {
    letter: 'F',
    check(evidence) {
        const document = evidence.manifest;
        if (!document.readable) {
            const { path, message, line } = document;
            return {
                violations: [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('F', 'MANIFEST_UNREADABLE', path, message, line)],
                checked: []
            };
        }
        const violations = validateManifest(document.value, document.path);
        const checked = [];
        if (violations.length === 0)
            checked.push(`${document.path} valid against the v1 schema`);
        const expected = evidence.expectDigest;
        if (expected !== undefined && expected !== document.digest) {
            const message = `${document.path} hashes to ${document.digest}, not to the expected ${expected}: this is not the manifest that was generated (or attested). Fetch the right one; never edit a manifest by hand.`;
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('F', 'MANIFEST_DIGEST_UNEXPECTED', document.path, message));
        }
        else if (expected !== undefined)
            checked.push(`${document.path} is ${expected}`);
        for (const sidecar of evidence.sidecars) {
            const found = sidecarViolation(sidecar, document.path);
            if (found)
                violations.push(found);
            else
                checked.push(`${sidecar.path} agrees`);
        }
        return { violations, checked };
    }
};


/***/ }),

/***/ 2276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S4: () => (/* binding */ judge),
  NB: () => (/* binding */ judgeWritten)
});

// UNUSED EXPORTS: GATE_TABLE, VERIFY_TABLE

// EXTERNAL MODULE: ./src/model/gate-letter.ts
var gate_letter = __webpack_require__(1051);
// EXTERNAL MODULE: ./src/model/violation.ts + 1 modules
var violation = __webpack_require__(6078);
// EXTERNAL MODULE: ./src/gates/a-identity.ts
var a_identity = __webpack_require__(6610);
// EXTERNAL MODULE: ./node_modules/spdx-expression-parse/index.js
var spdx_expression_parse = __webpack_require__(3326);
var spdx_expression_parse_default = /*#__PURE__*/__webpack_require__.n(spdx_expression_parse);
// EXTERNAL MODULE: ./src/catalogs/jsonld.ts + 1 modules
var jsonld = __webpack_require__(4596);
;// CONCATENATED MODULE: ./src/gates/b-licensing.ts
// Gate B: licensing. Every DCAT dataset and STAC collection carries a licence, and each is one
// a person can look up (DECISIONS.md, "Catalog triplet (gate D) and licensing (gate B)"):
// - DCAT: a literal SPDX expression, or an IRI that is an SPDX licence IRI or an absolute
//   http(s) URL. Relative IRIs (which JSON-LD resolves into the dataset root), `urn:`, blank
//   nodes and other schemes are refused.
// - STAC, by STAC's own rule: an SPDX identifier or expression, or `other` / `proprietary` with a
//   link of rel `license`. A URL in `license` is invalid STAC, and `various` names no licence.



const HTTP_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
const SPDX_LICENSE_IRI = /^https?:\/\/spdx\.org\/licenses\/([^/?#]+?)(?:\.html|\.json)?$/i;
/** Why a licence text is not a valid SPDX expression, or undefined when it is one. */
function licenseProblem(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        return 'is empty';
    try {
        spdx_expression_parse_default()(trimmed);
        return undefined;
    }
    catch {
        return HTTP_URL.test(trimmed)
            ? `is the URL "${trimmed}", not an SPDX expression; write the SPDX identifier (for example CC-BY-4.0), or "other" with a link of rel "license" to the text`
            : `"${trimmed}" is not a valid SPDX expression (for example CC-BY-4.0 or "MIT OR Apache-2.0")`;
    }
}
/** Why a DCAT licence IRI is refused, or undefined when it is an SPDX licence IRI or a URL. */
function licenseIriProblem(iri) {
    const spdx = SPDX_LICENSE_IRI.exec(iri);
    if (spdx) {
        const id = decodeURIComponent(spdx[1]);
        return licenseProblem(id) ? `names "${id}", which is not an SPDX licence identifier` : undefined;
    }
    if (HTTP_URL.test(iri))
        return undefined;
    const inRoot = (0,jsonld/* rootPathOfIri */.R1)(iri);
    if (inRoot !== undefined)
        return `is the relative IRI "${inRoot === 'outside' ? iri : inRoot}", which names no licence anyone can look up; give an absolute http(s) URL or an SPDX licence IRI (https://spdx.org/licenses/<id>)`;
    return `"${iri}" is neither an http(s) URL nor an SPDX licence IRI (urn: and other schemes name no licence anyone can look up)`;
}
function dcatLicenseProblem(license) {
    if (license.kind === 'blank')
        return 'names a licence node with no IRI, identifier or label';
    if (license.kind === 'iri')
        return licenseIriProblem(license.value);
    return licenseProblem(license.value);
}
/** The dataset's licences: its own, or those of its distributions when every one has some. */
function licensesOf(dataset) {
    const { distributions } = dataset;
    const everyDistribution = distributions.length > 0 && distributions.every((d) => d.licenses.length > 0);
    return [
        ...dataset.licenses,
        ...(everyDistribution ? distributions.flatMap((d) => d.licenses) : [])
    ];
}
function dcatViolations(document) {
    const violations = [];
    for (const dataset of document.dcat ?? []) {
        const line = document.lineOfText(dataset.id.split(/[/#:]/).pop() ?? dataset.id);
        const licenses = licensesOf(dataset);
        if (licenses.length === 0) {
            const message = `The DCAT dataset ${dataset.id} in ${document.display} has no dct:license or dct:rights (on the dataset, or on every distribution); add one, for example "dct:license": {"@id": "https://creativecommons.org/licenses/by/4.0/"}.`;
            violations.push((0,violation/* violation */.Qf)('B', 'LICENSE_MISSING', document.display, message, line));
        }
        for (const license of licenses) {
            const problem = dcatLicenseProblem(license);
            if (!problem)
                continue;
            const message = `The dct:${license.property} of DCAT dataset ${dataset.id} ${problem}.`;
            const at = document.lineOfText(license.value) ?? line;
            violations.push((0,violation/* violation */.Qf)('B', 'LICENSE_INVALID', document.display, message, at));
        }
    }
    return violations;
}
function stacLicenseProblem(document) {
    const stac = document.stac;
    const license = stac.license;
    if (['other', 'proprietary'].includes(license)) {
        return stac.links.some((l) => l.rel === 'license')
            ? undefined
            : `says "${license}" but has no link with rel "license" to the licence text; add one`;
    }
    if (license === 'various')
        return 'is "various", which STAC deprecated and which names no licence';
    return licenseProblem(license);
}
function stacViolations(document) {
    const stac = document.stac;
    const line = document.lineOf(['license']);
    if (stac.license === undefined || stac.license.trim() === '') {
        const message = `The STAC collection ${stac.id} has no "license"; set it to an SPDX expression such as "CC-BY-4.0".`;
        return [(0,violation/* violation */.Qf)('B', 'LICENSE_MISSING', document.display, message, line ?? 1)];
    }
    const problem = stacLicenseProblem(document);
    if (!problem)
        return [];
    const message = `The "license" of STAC collection ${stac.id} ${problem}.`;
    return [(0,violation/* violation */.Qf)('B', 'LICENSE_INVALID', document.display, message, line)];
}
function checkLicensing(documents, stacApplicable) {
    const dcat = documents.filter((d) => d.dcat);
    const violations = dcat.flatMap(dcatViolations);
    if (dcat.length === 0) {
        const message = 'No DCAT dataset was read, so no licence is recorded; add the DCAT JSON-LD with dct:license to the catalogs.';
        violations.push((0,violation/* violation */.Qf)('B', 'LICENSE_MISSING', 'catalogs', message));
    }
    if (!stacApplicable)
        return violations;
    const collections = documents.filter((d) => d.stac?.type === 'Collection');
    violations.push(...collections.flatMap(stacViolations));
    if (collections.length === 0) {
        const message = 'No valid STAC collection was read (a STAC_INVALID one is not read), so the STAC licence is missing; add the collection to the catalogs, or set stac-applicable: false if STAC does not apply.';
        violations.push((0,violation/* violation */.Qf)('B', 'LICENSE_MISSING', 'catalogs', message));
    }
    return violations;
}
const gateB = {
    letter: 'B',
    check(evidence) {
        const stac = evidence.stacApplicable;
        return {
            violations: checkLicensing(evidence.catalogDocuments.documents, stac),
            checked: ['licences of DCAT datasets' + (stac ? ' and STAC collections' : '')]
        };
    }
};

// EXTERNAL MODULE: ./src/gates/c-policy.ts
var c_policy = __webpack_require__(5844);
// EXTERNAL MODULE: ./src/catalogs/stac.ts + 1 modules
var stac = __webpack_require__(9862);
// EXTERNAL MODULE: ./src/catalogs/vocabulary.ts
var vocabulary = __webpack_require__(8746);
;// CONCATENATED MODULE: ./src/gates/d-catalogs.ts
// Gate D: the catalog triplet. DCAT, STAC and PROV are all present (STAC unless declared not
// applicable); links inside the root resolve to inventoried files; every checksum a catalog
// carries matches; every artifact is a PROV entity with the same digest, generated by an activity
// the PROV document declares.




/**
 * A link resolved as the web resolves it, against the document's own location: a root-relative
 * path, `outside`, `invalid` when it is no URL reference at all, or undefined for a web URL.
 */
/** A Windows drive path, which URL parsers take for a URL with a one-letter scheme. */
const WINDOWS_DRIVE = /^[A-Za-z]:/;
function resolveHref(documentPath, href) {
    // A URL parser reads a backslash as a slash and `C:/x` as a URL of scheme `c`: either would
    // reach a file by a path no STAC reader on another system resolves the same way.
    if (href.includes('\\') || WINDOWS_DRIVE.test(href))
        return 'invalid';
    if (!URL.canParse(href, jsonld/* ROOT_BASE */.Py + documentPath))
        return 'invalid';
    return (0,jsonld/* rootPathOfIri */.R1)(new URL(href, jsonld/* ROOT_BASE */.Py + documentPath).href);
}
function checkPresence(evidence) {
    const has = (kind) => evidence.documents.some((d) => d.kinds.includes(kind));
    const missing = [];
    if (!has('dcat'))
        missing.push((0,violation/* violation */.Qf)('D', 'DCAT_MISSING', 'catalogs', 'No DCAT document (JSON-LD with a dcat:Dataset) is among the catalogs; add it to the catalogs patterns.'));
    if (evidence.stacApplicable && !has('stac')) {
        missing.push((0,violation/* violation */.Qf)('D', 'STAC_MISSING', 'catalogs', 'No STAC Catalog, Collection or Item is among the catalogs; add them, or set stac-applicable: false if STAC does not apply to this dataset.'));
    }
    if (!has('prov'))
        missing.push((0,violation/* violation */.Qf)('D', 'PROV_MISSING', 'catalogs', 'No PROV bundle (PROV-JSON, or PROV-O in JSON-LD) is among the catalogs; add it to the catalogs patterns.'));
    return missing;
}
function stacTargets(stac) {
    return [
        ...stac.links.map((l) => ({ what: `link "${l.rel}"`, href: l.href, location: l.location })),
        ...stac.assets.map((a) => ({
            what: `asset "${a.key}"`,
            href: a.href,
            location: a.location,
            checksum: a.checksum
        }))
    ];
}
/** A checksum a STAC asset carries, held against the digest of the file it links to. */
function stacChecksumViolations(document, target, entry, line) {
    if (target.checksum === undefined)
        return [];
    const digest = (0,stac/* multihashToDigest */.VR)(target.checksum);
    const at = () => document.lineOf([...target.location, 'file:checksum']) ?? line();
    if (!digest) {
        const message = `The file:checksum of STAC ${target.what} is not a SHA-256 multihash (1220 + 64 hex), so it cannot be checked; write it as SHA-256.`;
        return [(0,violation/* violation */.Qf)('D', 'CHECKSUM_UNSUPPORTED', document.display, message, at())];
    }
    if (digest === entry.digest)
        return [];
    const message = `The file:checksum of STAC ${target.what} says ${digest}, but ${entry.path} has ${entry.digest}; the catalog describes another version of the file, so regenerate it.`;
    return [(0,violation/* violation */.Qf)('D', 'CHECKSUM_MISMATCH', document.display, message, at())];
}
/** One link or asset: it resolves to an inventoried file inside the root, with its checksum. */
function stacTargetViolations(document, target, byPath) {
    const id = document.stac.id;
    const line = () => document.lineOf([...target.location, 'href']) ?? document.lineOf(target.location);
    const resolved = resolveHref(document.path, target.href);
    const found = (code, message) => [
        (0,violation/* violation */.Qf)('D', code, document.display, message, line())
    ];
    if (resolved === undefined)
        return [];
    if (resolved === 'invalid')
        return found('LINK_UNRESOLVED', `The STAC ${target.what} of ${id} has the href "${target.href}", which is not a valid URL or relative path (paths are written with /, never a backslash or a Windows drive letter); fix the href.`);
    if (resolved === 'outside')
        return found('LINK_OUTSIDE_ROOT', `The STAC ${target.what} of ${id} points to "${target.href}", outside the dataset root; link to a file inside it or to an absolute URL.`);
    const entry = byPath.get(resolved);
    if (!entry)
        return found('LINK_UNRESOLVED', `The STAC ${target.what} of ${id} points to ${resolved}, which is not in the inventory; add the file to the artifacts or catalogs patterns, or fix the href.`);
    return stacChecksumViolations(document, target, entry, line);
}
function checkStacLinks(evidence, byPath) {
    return evidence.documents.flatMap((document) => document.stac
        ? stacTargets(document.stac).flatMap((t) => stacTargetViolations(document, t, byPath))
        : []);
}
function checkDcatLinks(evidence, artifacts) {
    const violations = [];
    for (const document of evidence.documents) {
        for (const dataset of document.dcat ?? []) {
            for (const distribution of dataset.distributions) {
                for (const url of distribution.urls) {
                    if (WINDOWS_DRIVE.test(url)) {
                        violations.push((0,violation/* violation */.Qf)('D', 'LINK_UNRESOLVED', document.display, `A DCAT distribution of ${dataset.id} points to "${url}", a Windows drive path; link to a file in the dataset root by a relative path, or to an absolute http(s) URL.`, document.lineOfText(url)));
                        continue;
                    }
                    const resolved = (0,jsonld/* rootPathOfIri */.R1)(url);
                    if (resolved === undefined)
                        continue;
                    const shown = resolved === 'outside' ? url : resolved;
                    // Found only for a violation: a passing link never costs a search of the text.
                    const line = () => document.lineOfText(shown.split('/').pop() ?? shown);
                    if (resolved === 'outside') {
                        violations.push((0,violation/* violation */.Qf)('D', 'LINK_OUTSIDE_ROOT', document.display, `A DCAT distribution of ${dataset.id} points outside the dataset root; link to a file inside it or to an absolute URL.`, line()));
                        continue;
                    }
                    const entry = artifacts.get(resolved);
                    if (!entry) {
                        violations.push((0,violation/* violation */.Qf)('D', 'LINK_UNRESOLVED', document.display, `A DCAT distribution of ${dataset.id} points to ${resolved}, which is not an artifact in the inventory; add it to the artifacts patterns, or fix the URL.`, line()));
                        continue;
                    }
                    for (const checksum of distribution.checksums) {
                        if (checksum.algorithm !== vocabulary/* TERMS */._.sha256Algorithm) {
                            violations.push((0,violation/* violation */.Qf)('D', 'CHECKSUM_UNSUPPORTED', document.display, `The spdx:checksum of the distribution ${resolved} uses ${checksum.algorithm || 'no algorithm'}, not spdx:checksumAlgorithm_sha256, so it cannot be checked.`, line()));
                        }
                        else if (`sha256:${checksum.value.toLowerCase()}` !== entry.digest) {
                            violations.push((0,violation/* violation */.Qf)('D', 'CHECKSUM_MISMATCH', document.display, `The spdx:checksum of the distribution ${resolved} is ${checksum.value}, but the file has ${entry.digest}; regenerate the DCAT document.`, line()));
                        }
                    }
                }
            }
        }
    }
    return violations;
}
/** Where an entity is written: its record's line, else the first line naming it. */
function entityLine(document, entity) {
    return (entity.location && document.lineOf(entity.location)) ?? document.lineOfText(entity.name);
}
/** What to write so the document declares an activity, in its own serialisation. */
function declarationAdvice(document, generation) {
    return document.prov.format === 'prov-json'
        ? `declare it ("activity": {"${generation.name}": {…}}); if it is declared, its name there must expand to the same IRI (a bundle's own "prefix" applies inside that bundle)`
        : 'type its node prov:Activity ("@type": "prov:Activity")';
}
/**
 * PROV_NOT_GENERATED when no entity naming the artifact is generated at all;
 * PROV_ACTIVITY_UNDECLARED when each generation names an activity its document does not declare.
 */
function checkGeneration(artifact, named, declared) {
    let undeclared;
    for (const { document, entity } of named) {
        for (const generation of document.prov.generatedBy.get(entity.id) ?? []) {
            if (declared.get(document)?.has(generation.activity))
                return undefined;
            undeclared ??= { document, entity, generation };
        }
    }
    if (!undeclared) {
        const { document, entity } = named[0];
        return (0,violation/* violation */.Qf)('D', 'PROV_NOT_GENERATED', document.display, `The PROV entity ${entity.name} (${artifact.path}) was generated by no activity; add a wasGeneratedBy with the producing activity` +
            (entity.id === entity.name
                ? '.'
                : `, whose "prov:entity" expands to ${entity.id} with the prefixes in scope where it is written (a bundle's own "prefix" applies inside that bundle).`), entityLine(document, entity));
    }
    const { document, entity, generation } = undeclared;
    const iri = generation.activity === generation.name
        ? ''
        : ` (${generation.activity}, with the prefixes in scope where the generation is written)`;
    return (0,violation/* violation */.Qf)('D', 'PROV_ACTIVITY_UNDECLARED', document.display, `The PROV entity ${entity.name} (${artifact.path}) is generated by the activity ${generation.name}${iri}, and ${document.display} declares no such activity; ${declarationAdvice(document, generation)}.`, (generation.location && document.lineOf(generation.location)) ??
        document.lineOfText(generation.name));
}
function checkProvEntities(evidence) {
    const provDocuments = evidence.documents.filter((d) => d.prov);
    if (provDocuments.length === 0)
        return [];
    // Every value an entity carries → the entities carrying it, and each document's declared
    // activities by IRI, built once: lookups per artifact, no scans.
    const carrying = new Map();
    const declared = new Map();
    for (const document of provDocuments) {
        declared.set(document, new Set(document.prov.activities.map((activity) => activity.id)));
        for (const entity of document.prov.entities) {
            for (const value of new Set(entity.values)) {
                const named = carrying.get(value);
                if (named)
                    named.push({ document, entity });
                else
                    carrying.set(value, [{ document, entity }]);
            }
        }
    }
    const violations = [];
    for (const artifact of evidence.artifacts) {
        const named = carrying.get(artifact.digest) ?? [];
        if (named.length > 0) {
            const ungenerated = checkGeneration(artifact, named, declared);
            if (ungenerated)
                violations.push(ungenerated);
            continue;
        }
        const first = carrying.get(artifact.path)?.[0];
        violations.push(first
            ? (0,violation/* violation */.Qf)('D', 'PROV_DIGEST_MISMATCH', first.document.display, `The PROV entity ${first.entity.name} names ${artifact.path} but not its digest ${artifact.digest}; the provenance describes another version of the file, so regenerate it.`, entityLine(first.document, first.entity))
            : (0,violation/* violation */.Qf)('D', 'PROV_ENTITY_MISSING', evidence.display(artifact.path), `No PROV entity names the artifact ${artifact.path} by its digest ${artifact.digest}; record it in the PROV bundle (for example "kfm:digest": "${artifact.digest}").`));
    }
    return violations;
}
function checkTriplet(evidence) {
    const artifacts = new Map(evidence.artifacts.map((a) => [a.path, a]));
    const byPath = new Map([...evidence.catalogs, ...evidence.artifacts].map((e) => [e.path, e]));
    return [
        ...checkPresence(evidence),
        ...checkStacLinks(evidence, byPath),
        ...checkDcatLinks(evidence, artifacts),
        ...checkProvEntities(evidence)
    ];
}
const UNREADABLE_CODES = {
    json: 'CATALOG_INVALID',
    stac: 'STAC_INVALID',
    jsonld: 'JSONLD_INVALID',
    'prov-json': 'PROV_INVALID',
    recognition: 'CATALOG_UNRECOGNISED'
};
/** A catalog file that cannot be read as DCAT, STAC or PROV blocks promotion like a bad link. */
function unreadableCatalogs(unreadable) {
    return unreadable.flatMap(({ failed, path, problems }) => problems.map((p) => (0,violation/* violation */.Qf)('D', UNREADABLE_CODES[failed], path, p.message, p.line)));
}
/** Which official schemas judged each STAC file, and which extensions nothing could check. */
function stacSchemaLines(documents) {
    return documents.flatMap((document) => {
        const stac = document.stac;
        if (!stac)
            return [];
        const lines = [
            `${document.display}: STAC ${stac.schemaVersion ?? stac.stacVersion} schemas` +
                (stac.versionNote ? ` (${stac.versionNote})` : '')
        ];
        for (const url of stac.unvalidatedExtensions)
            lines.push(`${document.display}: extension ${url} not validated (no schema bundled or given in stac-extension-schemas; nothing is fetched)`);
        return lines;
    });
}
const gateD = {
    letter: 'D',
    check(evidence) {
        const { documents, unreadable } = evidence.catalogDocuments;
        const violations = [
            ...unreadableCatalogs(unreadable),
            ...checkTriplet({
                documents,
                artifacts: evidence.artifacts.entries,
                catalogs: evidence.catalogs.entries,
                stacApplicable: evidence.stacApplicable,
                display: evidence.display
            })
        ];
        const checked = [];
        for (const kind of ['dcat', 'stac', 'prov']) {
            const named = documents.filter((d) => d.kinds.includes(kind)).map((d) => d.display);
            if (named.length > 0)
                checked.push(`${kind.toUpperCase()}: ${named.join(', ')}`);
        }
        if (!evidence.stacApplicable)
            checked.push('STAC declared not applicable (stac-applicable: false)');
        checked.push(...stacSchemaLines(documents));
        return { violations, checked };
    }
};

// EXTERNAL MODULE: ./src/gates/e-inventory.ts
var e_inventory = __webpack_require__(7266);
// EXTERNAL MODULE: ./src/gates/f-contract.ts
var f_contract = __webpack_require__(769);
// EXTERNAL MODULE: ./src/model/json.ts
var json = __webpack_require__(7979);
;// CONCATENATED MODULE: ./src/gates/g-posture.ts


function sbomFormat(value) {
    if (!(0,json/* isRecord */.u4)(value))
        return undefined;
    if (value.bomFormat === 'CycloneDX' && typeof value.specVersion === 'string')
        return `CycloneDX ${value.specVersion}`;
    if (typeof value.spdxVersion === 'string' &&
        /^SPDX-2\.\d+$/.test(value.spdxVersion) &&
        value.SPDXID === 'SPDXRef-DOCUMENT')
        return value.spdxVersion;
    return undefined;
}
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'];
function statementProblem(value) {
    if (!(0,json/* isRecord */.u4)(value) || !STATEMENT_TYPES.includes(String(value._type)))
        return `its _type is not ${STATEMENT_TYPES[0]}`;
    if (!Array.isArray(value.subject) || value.subject.length === 0)
        return 'it has no subject';
    for (const subject of value.subject) {
        if (!(0,json/* isRecord */.u4)(subject) || !(0,json/* isRecord */.u4)(subject.digest) || Object.keys(subject.digest).length === 0)
            return 'a subject has no digest';
    }
    if (typeof value.predicateType !== 'string' || value.predicateType === '')
        return 'it has no predicateType';
    return undefined;
}
function attestationProblem(value) {
    if (!(0,json/* isRecord */.u4)(value))
        return 'it is not a JSON object';
    const envelope = (0,json/* isRecord */.u4)(value.dsseEnvelope) ? value.dsseEnvelope : value;
    if (typeof value.mediaType === 'string' &&
        !value.mediaType.startsWith('application/vnd.dev.sigstore.bundle')) {
        return `its mediaType ${value.mediaType} is not a Sigstore bundle`;
    }
    if (typeof envelope.payloadType === 'string') {
        if (envelope.payloadType !== 'application/vnd.in-toto+json')
            return `its DSSE payloadType is ${envelope.payloadType}, not application/vnd.in-toto+json`;
        if (typeof envelope.payload !== 'string')
            return 'its DSSE envelope has no payload';
        let statement;
        try {
            statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
        }
        catch {
            return 'its DSSE payload is not base64-encoded JSON';
        }
        const problem = statementProblem(statement);
        return problem ? `its DSSE payload is not an in-toto Statement: ${problem}` : undefined;
    }
    return statementProblem(value);
}
function judged(document, code, problem) {
    if (!document.readable)
        return [(0,violation/* violation */.Qf)('G', code, document.path, document.message, document.line)];
    const found = problem(document.value);
    return found ? [(0,violation/* violation */.Qf)('G', code, document.path, found, 1)] : [];
}
function sbomProblem(path) {
    return (value) => sbomFormat(value)
        ? undefined
        : `${path} is neither a CycloneDX JSON SBOM (bomFormat "CycloneDX" with specVersion) nor an SPDX 2 JSON document (spdxVersion and SPDXID "SPDXRef-DOCUMENT").`;
}
function statementOf(path) {
    return (value) => {
        const problem = attestationProblem(value);
        return problem ? `${path} is not an in-toto attestation: ${problem}.` : undefined;
    };
}
const gateG = {
    letter: 'G',
    check({ sboms, attestations }) {
        const violations = [];
        const checked = [];
        for (const sbom of sboms) {
            const found = judged(sbom, 'SBOM_INVALID', sbomProblem(sbom.path));
            violations.push(...found);
            if (found.length === 0 && sbom.readable)
                checked.push(`SBOM ${sbom.path} (${sbomFormat(sbom.value)})`);
        }
        for (const attestation of attestations) {
            const found = judged(attestation, 'ATTESTATION_INVALID', statementOf(attestation.path));
            violations.push(...found);
            if (found.length === 0)
                checked.push(`attestation ${attestation.path}`);
        }
        return { violations, checked, notRequired: sboms.length + attestations.length === 0 };
    }
};

;// CONCATENATED MODULE: ./src/gates/index.ts
// The gates of the promotion contract, in one table: each a pure function from the evidence to
// its violations. The pipeline runs this table and nothing else decides; the README's gate
// table is checked against it.









const GATE_TABLE = [a_identity/* gateA */.VI, gateB, c_policy/* gateC */.hZ, gateD, e_inventory/* gateE */.VO, f_contract/* gateF */.O6, gateG];
/** What verifying a written manifest runs: the inventory and the contract, on the files now. */
const VERIFY_TABLE = [e_inventory/* verifyGateE */._l, f_contract/* verifyGateF */.Fn];
/** Runs every gate of the table on the evidence. */
function judge(evidence) {
    return judgeWith(GATE_TABLE, evidence);
}
/** Runs every gate of the verify table on a written manifest's evidence. */
function judgeWritten(evidence) {
    return judgeWith(VERIFY_TABLE, evidence);
}
function judgeWith(table, evidence) {
    const outcomes = table.map((gate) => ({ gate, outcome: gate.check(evidence) }));
    const violations = (0,violation/* sortViolations */.$7)(outcomes.flatMap(({ outcome }) => outcome.violations));
    const gates = outcomes.map(({ gate, outcome }) => {
        const count = outcome.violations.length;
        const status = count > 0 ? 'fail' : outcome.notRequired ? 'not required' : 'pass';
        const title = gate_letter/* GATES */.J[gate.letter];
        return { gate: gate.letter, title, status, violations: count, checked: outcome.checked };
    });
    return { violations, gates };
}


/***/ }),

/***/ 7013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ checksumsPath),
/* harmony export */   c: () => (/* binding */ checksumsText)
/* harmony export */ });
// The checksums file beside the manifest: every artifact and catalog in `sha256sum` format, so
// `sha256sum -c` run in the dataset root checks the files, and actions/attest's
// `subject-checksums` can attest each of them. Names as GNU coreutils escapes them: a name with a
// backslash or a line break is written with those escaped and the line starts with a backslash.
function checksumLine(digest, name) {
    const hex = digest.slice('sha256:'.length);
    if (!/[\\\n\r]/.test(name))
        return `${hex}  ${name}\n`;
    const escaped = name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
    return `\\${hex}  ${escaped}\n`;
}
/** The lines of every artifact and then every catalog, in the manifest's order. */
function checksumsText(manifest) {
    const entries = [...manifest.artifacts, ...manifest.catalogs];
    return entries.map((entry) => checksumLine(entry.digest, entry.path)).join('');
}
/** `promotion_manifest.json` → `promotion_manifest.sha256sums`. */
function checksumsPath(manifestPath) {
    return manifestPath.replace(/(\.json)?$/i, '.sha256sums');
}


/***/ }),

/***/ 9975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ outputPaths)
/* harmony export */ });
/* harmony import */ var _checksums_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7013);
/* harmony import */ var _statement_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6600);
// The files a passing run writes, named from the manifest's path: the manifest and its two
// sidecars. Promotion writes them; verification reads the sidecars beside a manifest.


function outputPaths(manifestPath) {
    return {
        manifest: manifestPath,
        statement: (0,_statement_js__WEBPACK_IMPORTED_MODULE_0__/* .statementPath */ .n$)(manifestPath),
        checksums: (0,_checksums_js__WEBPACK_IMPORTED_MODULE_1__/* .checksumsPath */ .O)(manifestPath)
    };
}


/***/ }),

/***/ 6600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y5: () => (/* binding */ buildStatement),
/* harmony export */   n$: () => (/* binding */ statementPath)
/* harmony export */ });
/* unused harmony export PREDICATE_TYPE */
const PREDICATE_TYPE = 'https://kfm.example/promotion-manifest/v1';
function buildStatement(manifest, 
/** `sha256:` digest of the manifest file's bytes, as manifest-digest gives it. */
manifestDigest, manifestName) {
    return {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [
            {
                name: manifestName,
                digest: { sha256: manifestDigest.slice('sha256:'.length) }
            },
            ...manifest.artifacts.map((a) => ({
                name: a.path,
                digest: { sha256: a.digest.slice('sha256:'.length) }
            }))
        ],
        predicateType: PREDICATE_TYPE,
        predicate: manifest
    };
}
/** `promotion_manifest.json` → `promotion_manifest.intoto.json`. */
function statementPath(manifestPath) {
    return manifestPath.replace(/(\.json)?$/i, '.intoto.json');
}


/***/ })

};
