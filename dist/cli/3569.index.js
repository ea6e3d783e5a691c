export const id = 3569;
export const ids = [3569];
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

/** Remote contexts the action carries. None is needed by the formats it reads today. */
const BUNDLED_CONTEXTS = {};
/**
 * Relative IRIs are resolved against the document's own location under this base, so they can be
 * mapped back to dataset-root paths, and one that climbs out of the root is visible as such.
 */
const ROOT_BASE = 'file:///kfm-dataset-root/';
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
/* harmony export */   _: () => (/* binding */ TERMS)
/* harmony export */ });
/* unused harmony exports DCAT, DCT, PROV, SPDX, RDFS */
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

/***/ 7266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VO: () => (/* binding */ gateE),
/* harmony export */   _l: () => (/* binding */ verifyGateE),
/* harmony export */   vW: () => (/* binding */ inventoryViolations)
/* harmony export */ });
/* unused harmony exports checkInventoryPaths, checkReceipts */
/* harmony import */ var _model_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1933);
/* harmony import */ var _model_printable_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9498);
/* harmony import */ var _model_violation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6078);
/* harmony import */ var _a_identity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6610);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4003);





/** What the inventory found on its way: each blocks promotion, as gate E's violation. */
function inventoryViolations(findings) {
    return findings.map((f) => (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', f.kind, f.path, f.message, f.line));
}
function checkInventoryPaths(lists, display) {
    const violations = [];
    const exact = new Map();
    const folded = new Map();
    for (const { input, entries } of lists) {
        for (const entry of entries) {
            const unsafe = unsafeName(entry.path);
            if (unsafe)
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'PATH_UNSAFE', display(entry.path), unsafe));
            const other = exact.get(entry.path);
            if (other !== undefined) {
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'DUPLICATE_PATH', display(entry.path), `${entry.path} is listed in both ${other} and ${input}; a file is either an artifact or a catalog, so narrow one of the patterns.`));
                continue;
            }
            exact.set(entry.path, input);
            const key = entry.path.normalize('NFC').toLowerCase();
            const twin = folded.get(key);
            if (twin !== undefined) {
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'PATH_COLLISION', display(entry.path), `${entry.path} and ${twin} differ only in letter case or Unicode normalisation; they would be one file on many systems, so rename one.`));
            }
            else
                folded.set(key, entry.path);
        }
    }
    return violations;
}
/**
 * Why a path may not be published, if it may not: a control character or line separator (it
 * breaks logs, line-based lists and workflow commands), or U+FFFD, which is what a name that is
 * not valid UTF-8 reads as.
 */
function unsafeName(path) {
    const control = (0,_model_printable_js__WEBPACK_IMPORTED_MODULE_1__/* .unprintableIn */ .MY)(path);
    if (control !== undefined) {
        const code = `U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        return `The file name contains the control character ${code}; names like this break logs, line-based file lists and workflow commands, so rename the file.`;
    }
    const invisible = (0,_model_printable_js__WEBPACK_IMPORTED_MODULE_1__/* .invisibleIn */ .BB)(path);
    if (invisible !== undefined) {
        const code = `U+${invisible.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        return `The file name contains ${code}, a bidirectional or invisible control that makes a name read as another; rename the file.`;
    }
    if (path.includes('\uFFFD'))
        return 'The file name is not valid UTF-8 (it reads with U+FFFD in it); rename the file with a UTF-8 name.';
    return undefined;
}
function outputPath(uri) {
    const safe = (0,_model_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .normaliseRelative */ .Z8)(uri);
    return safe.ok ? safe.path : undefined;
}
function checkReceipts(evidence) {
    const violations = [];
    const counted = [];
    for (const receipt of evidence.receipts) {
        let counts = true;
        if (evidence.datasetVersionId !== undefined &&
            receipt.datasetVersionId !== evidence.datasetVersionId) {
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'RECEIPT_VERSION_MISMATCH', receipt.path, `The receipt ${receipt.runId} is for dataset_version_id ${receipt.datasetVersionId}, not ${evidence.datasetVersionId}; it belongs to another version, so remove it from run-receipts or re-run the pipeline.`, receipt.lineOf(['dataset_version_id'])));
            counts = false;
        }
        if (receipt.validation.status !== 'pass') {
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'RECEIPT_NOT_PASSED', receipt.path, `The receipt ${receipt.runId} records validation status "${receipt.validation.status}"; only a run whose validation passed can produce promotable artifacts.`, receipt.lineOf(['validation', 'status'])));
            counts = false;
        }
        if (counts)
            counted.push(receipt);
    }
    // Every output of the counted receipts by its normalised path, once: a lookup per artifact.
    const outputs = new Map();
    for (const receipt of counted) {
        receipt.outputs.forEach((output, index) => {
            const at = outputPath(output.uri);
            if (at === undefined)
                return;
            const same = outputs.get(at);
            if (same)
                same.push({ receipt, output, index });
            else
                outputs.set(at, [{ receipt, output, index }]);
        });
    }
    for (const artifact of evidence.artifacts) {
        const samePath = outputs.get(artifact.path) ?? [];
        if (samePath.some(({ output }) => output.digest === artifact.digest))
            continue;
        const stale = samePath[0];
        violations.push(stale
            ? (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'RECEIPT_DIGEST_MISMATCH', stale.receipt.path, `The receipt ${stale.receipt.runId} records ${artifact.path} with digest ${stale.output.digest}, but the file has ${artifact.digest}; the file changed after the run, so re-run the pipeline.`, stale.receipt.lineOf(['outputs', stale.index, 'digest']))
            : (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'ARTIFACT_WITHOUT_RECEIPT', evidence.display(artifact.path), `No passing run receipt for this version lists ${artifact.path} (${artifact.digest}) among its outputs; every promoted artifact must come from a recorded run.`));
    }
    return violations;
}
function receiptViolations(evidence, checked) {
    const reading = evidence.receipts;
    if (!reading) {
        const what = 'every artifact must be the output of a recorded run';
        return [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'RECEIPTS_MISSING', 'run-receipts', (0,_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .missingInput */ .f)(what, 'run-receipts'))];
    }
    checked.push(`${reading.receipts.length} run receipt(s) cover the artifacts`);
    return [
        ...inventoryViolations(reading.search),
        ...reading.unreadable.map((u) => (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'RECEIPT_INVALID', u.path, u.message, u.line)),
        ...checkReceipts({
            receipts: reading.receipts,
            artifacts: evidence.artifacts.entries,
            datasetVersionId: (0,_a_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .identityOf */ .cu)(evidence).datasetVersionId,
            display: evidence.display
        })
    ];
}
const gateE = {
    letter: 'E',
    check(evidence) {
        const { artifacts, catalogs } = evidence;
        const entries = [...artifacts.entries, ...catalogs.entries];
        const taken = entries.filter((entry) => !entry.verified).length;
        const checked = [
            `${artifacts.entries.length} artifact(s) and ${catalogs.entries.length} catalog file(s) hashed (SHA-256)`
        ];
        if (taken > 0)
            checked[0] = `${entries.length - taken} file(s) hashed (SHA-256), ${taken} taken from the list, not hashed here (not present)`;
        const lists = [
            { input: 'artifacts', entries: artifacts.entries },
            { input: 'catalogs', entries: catalogs.entries }
        ];
        const violations = [
            ...inventoryViolations(artifacts.findings),
            ...inventoryViolations(catalogs.findings),
            ...checkInventoryPaths(lists, evidence.display),
            ...receiptViolations(evidence, checked)
        ];
        return { violations, checked };
    }
};
/** A listed file held against what is on disk: the violation when they differ. */
function listedFileViolation(file, manifest, display) {
    const shown = display(file.path);
    const { found } = file;
    const restore = 'restore the file from the promoted version, or promote again';
    switch (found.state) {
        case 'hashed':
            if (found.digest === file.digest)
                return undefined;
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'DIGEST_MISMATCH', shown, `${manifest} gives ${file.path} the digest ${file.digest}, but the file has ${found.digest}; it changed after the manifest was written: ${restore}.`);
        case 'missing':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'FILE_MISSING', shown, `${file.path} is listed in ${manifest} (${file.list}) but is not under the root; ${restore}, or check that root names the dataset root the manifest was made in.`);
        case 'dangling':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'SYMLINK_DANGLING', shown, `${file.path} (listed in ${manifest}) is a symbolic link to nothing; ${restore}.`);
        case 'outside':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'PATH_OUTSIDE_ROOT', shown, `${file.path} (listed in ${manifest}) resolves through a symbolic link to ${found.target}, outside the dataset root; a promoted file must be in the root itself.`);
        case 'unreadable':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'FILE_UNREADABLE', shown, `${file.path} (listed in ${manifest}) is there but is not a regular file that can be read (${found.code}); ${restore}.`);
        case 'unsafe':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'PATH_UNSAFE', manifest, `${manifest} lists the path "${file.path}", which ${found.reason}; a manifest's paths are relative to the dataset root, so this one was not written by the generator.`);
    }
}
/** Gate E for a written manifest: every listed file is there with its digest; under strict, no more. */
const verifyGateE = {
    letter: 'E',
    check(evidence) {
        const manifest = evidence.manifest.path;
        const violations = [];
        for (const file of evidence.listed) {
            const found = listedFileViolation(file, manifest, evidence.display);
            if (found)
                violations.push(found);
        }
        const count = (list) => evidence.listed.filter((file) => file.list === list).length;
        const checked = [
            `${count('artifacts')} artifact(s) and ${count('catalogs')} catalog file(s) hashed (SHA-256) against ${manifest}`
        ];
        if (evidence.strict) {
            const listed = new Set(evidence.listed.map((file) => file.path));
            violations.push(...inventoryViolations(evidence.strict.findings));
            for (const file of evidence.strict.files) {
                if (listed.has(file.path))
                    continue;
                const shown = evidence.display(file.path);
                const message = `${file.path} matches the strict patterns but ${manifest} does not list it: it was added after the manifest was written. Remove it, or promote again so the gates see it.`;
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('E', 'FILE_UNLISTED', shown, message));
            }
            checked.push(`${evidence.strict.files.length} file(s) the strict patterns find, each listed`);
        }
        return { violations, checked };
    }
};


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
    const status = (0,_model_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(document.value) ? document.value.status : undefined;
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
function checkEvidence(documents, receipts, decision) {
    const violations = [];
    const resolved = [];
    const byDigest = new Map(documents.map((d) => [d.digest, d.path]));
    for (const receipt of receipts) {
        const report = byDigest.get(receipt.validation.reportDigest);
        if (report)
            resolved.push(`${receipt.path} validation.report_digest → ${report}`);
        else {
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('F', 'EVIDENCE_UNRESOLVED', receipt.path, `The receipt ${receipt.runId} cites the validation report ${receipt.validation.reportDigest}, which is none of the documents given to this run; give that report as qa-report, or fix the receipt.`, receipt.lineOf(['validation', 'report_digest'])));
        }
        if (decision && receipt.decisionId === decision.decisionId)
            resolved.push(`${receipt.path} policy.decision_id → ${decision.path}`);
        else if (decision) {
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('F', 'EVIDENCE_UNRESOLVED', receipt.path, `The receipt ${receipt.runId} cites the policy decision ${receipt.decisionId}, but the decision given to this run is ${decision.decisionId}.`, receipt.lineOf(['policy', 'decision_id'])));
        }
    }
    return { violations, resolved };
}
const manifestProblems = (0,_model_json_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .schemaValidator */ .K)(_generated_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .manifestV1 */ .$);
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
        ], receipts, policy ? { decisionId: policy.decisionId, path: policy.path } : undefined);
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
// carries matches; every artifact is a PROV entity with the same digest, generated by an activity.




/**
 * A link resolved as the web resolves it, against the document's own location: a root-relative
 * path, `outside`, `invalid` when it is no URL reference at all, or undefined for a web URL.
 */
function resolveHref(documentPath, href) {
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
        return found('LINK_UNRESOLVED', `The STAC ${target.what} of ${id} has the href "${target.href}", which is not a valid URL or relative path; fix the href.`);
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
function checkProvEntities(evidence) {
    const provDocuments = evidence.documents.filter((d) => d.prov);
    if (provDocuments.length === 0)
        return [];
    // Every value an entity carries → the entities carrying it, built once: a lookup per artifact.
    const carrying = new Map();
    for (const document of provDocuments) {
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
        const shown = evidence.display(artifact.path);
        const named = carrying.get(artifact.digest) ?? [];
        if (named.length === 0) {
            const first = carrying.get(artifact.path)?.[0];
            violations.push(first
                ? (0,violation/* violation */.Qf)('D', 'PROV_DIGEST_MISMATCH', first.document.display, `The PROV entity ${first.entity.id} names ${artifact.path} but not its digest ${artifact.digest}; the provenance describes another version of the file, so regenerate it.`, first.document.lineOfText(first.entity.id))
                : (0,violation/* violation */.Qf)('D', 'PROV_ENTITY_MISSING', shown, `No PROV entity names the artifact ${artifact.path} by its digest ${artifact.digest}; record it in the PROV bundle (for example "kfm:digest": "${artifact.digest}").`));
            continue;
        }
        const generated = named.some(({ document, entity }) => (document.prov.generatedBy.get(entity.id) ?? []).length > 0);
        if (!generated) {
            const { document, entity } = named[0];
            violations.push((0,violation/* violation */.Qf)('D', 'PROV_NOT_GENERATED', document.display, `The PROV entity ${entity.id} (${artifact.path}) was generated by no activity; add a wasGeneratedBy with the producing activity.`, document.lineOfText(entity.id)));
        }
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
    if (!(0,json/* isRecord */.u)(value))
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
    if (!(0,json/* isRecord */.u)(value) || !STATEMENT_TYPES.includes(String(value._type)))
        return `its _type is not ${STATEMENT_TYPES[0]}`;
    if (!Array.isArray(value.subject) || value.subject.length === 0)
        return 'it has no subject';
    for (const subject of value.subject) {
        if (!(0,json/* isRecord */.u)(subject) || !(0,json/* isRecord */.u)(subject.digest) || Object.keys(subject.digest).length === 0)
            return 'a subject has no digest';
    }
    if (typeof value.predicateType !== 'string' || value.predicateType === '')
        return 'it has no predicateType';
    return undefined;
}
function attestationProblem(value) {
    if (!(0,json/* isRecord */.u)(value))
        return 'it is not a JSON object';
    const envelope = (0,json/* isRecord */.u)(value.dsseEnvelope) ? value.dsseEnvelope : value;
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


/***/ }),

/***/ 9831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ schemaValidator)
/* harmony export */ });
function describe(error) {
    const where = error.instancePath === '' ? 'the document' : error.instancePath;
    if (error.keyword === 'additionalProperties') {
        return `${where} has the unknown property "${String(error.params.additionalProperty)}"`;
    }
    if (error.keyword === 'required')
        return `${where} is missing "${String(error.params.missingProperty)}"`;
    return `${where} ${error.message ?? 'is invalid'}`;
}
function location(error) {
    if (error.instancePath === '')
        return [];
    return error.instancePath
        .slice(1)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
/** Wraps a validator compiled at build time; the function lists a value's problems ([] when valid). */
function schemaValidator(validate) {
    return (value) => {
        if (validate(value))
            return [];
        // if/then add summary errors on top of the real ones; those say nothing more.
        const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
        return errors.map((error) => ({ location: location(error), text: describe(error) }));
    };
}


/***/ }),

/***/ 6161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ manifestV1),
/* harmony export */   b: () => (/* binding */ runReceiptV1)
/* harmony export */ });
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6214);
/* harmony import */ var ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(779);
// Generated by scripts/compile-schemas.mjs from schemas/. Do not edit.
/* eslint-disable */



const manifestV1 = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://kfm.example/schemas/promotion_manifest_v1.schema.json","title":"KFM promotion manifest v1","description":"Proves a dataset version may be promoted. v1 never changes meaning: a new meaning is a new version.","type":"object","additionalProperties":false,"required":["kfm_promotion_manifest_version","dataset_slug","dataset_version_id","spec_hash","released_at","artifacts","catalogs","qa","policy","approvals"],"properties":{"kfm_promotion_manifest_version":{"const":"v1"},"dataset_slug":{"type":"string","pattern":"^[a-z][a-z0-9_]{0,63}$"},"dataset_version_id":{"type":"string","pattern":"^(?:[0-9]{4}-(?:0[1-9]|1[0-2])\\.[0-9a-f]{8}|[A-Za-z0-9._-]{1,128})$"},"spec_hash":{"$ref":"#/$defs/digest"},"released_at":{"$ref":"#/$defs/timestamp"},"artifacts":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["path","digest","media_type"],"properties":{"path":{"$ref":"#/$defs/path"},"digest":{"$ref":"#/$defs/digest"},"media_type":{"type":"string","minLength":1,"pattern":"^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+"}}}},"catalogs":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["path","digest"],"properties":{"path":{"$ref":"#/$defs/path"},"digest":{"$ref":"#/$defs/digest"}}}},"qa":{"type":"object","additionalProperties":false,"required":["status","report_digest"],"properties":{"status":{"enum":["pass","warn","fail"]},"report_digest":{"$ref":"#/$defs/digest"}}},"policy":{"type":"object","additionalProperties":false,"required":["policy_label","decision_id"],"properties":{"policy_label":{"enum":["public","internal","restricted","confidential"]},"decision_id":{"type":"string","pattern":"^kfm://policy_decision/\\S+$"}}},"approvals":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["role","principal","approved_at"],"properties":{"role":{"type":"string","minLength":1},"principal":{"type":"string","minLength":1},"approved_at":{"$ref":"#/$defs/timestamp"}}}}},"$defs":{"digest":{"description":"SHA-256, written sha256: and 64 lowercase hex characters.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"timestamp":{"description":"RFC 3339 in UTC with Z, seconds precision; a real calendar date and time.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"},"path":{"description":"Relative to the dataset root, / separators, no . or .. segments, no leading /.","type":"string","minLength":1,"not":{"anyOf":[{"pattern":"^/"},{"pattern":"\\\\"},{"pattern":"(^|/)\\.\\.?(/|$)"},{"pattern":"//"},{"pattern":"/$"}]}}}};
const schema32 = {"description":"SHA-256, written sha256: and 64 lowercase hex characters.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const schema33 = {"description":"RFC 3339 in UTC with Z, seconds precision; a real calendar date and time.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"};
const schema34 = {"description":"Relative to the dataset root, / separators, no . or .. segments, no leading /.","type":"string","minLength":1,"not":{"anyOf":[{"pattern":"^/"},{"pattern":"\\\\"},{"pattern":"(^|/)\\.\\.?(/|$)"},{"pattern":"//"},{"pattern":"/$"}]}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_1__["default"];
const pattern4 = new RegExp("^[a-z][a-z0-9_]{0,63}$", "u");
const pattern5 = new RegExp("^(?:[0-9]{4}-(?:0[1-9]|1[0-2])\\.[0-9a-f]{8}|[A-Za-z0-9._-]{1,128})$", "u");
const pattern6 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const pattern7 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", "u");
const pattern8 = new RegExp("^/", "u");
const pattern9 = new RegExp("\\\\", "u");
const pattern10 = new RegExp("(^|/)\\.\\.?(/|$)", "u");
const pattern11 = new RegExp("//", "u");
const pattern12 = new RegExp("/$", "u");
const pattern14 = new RegExp("^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+", "u");
const pattern22 = new RegExp("^kfm://policy_decision/\\S+$", "u");
const formats0 = ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__.fullFormats["date-time"];

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://kfm.example/schemas/promotion_manifest_v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kfm_promotion_manifest_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kfm_promotion_manifest_version"},message:"must have required property '"+"kfm_promotion_manifest_version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.dataset_slug === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataset_slug"},message:"must have required property '"+"dataset_slug"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.dataset_version_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataset_version_id"},message:"must have required property '"+"dataset_version_id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec_hash === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec_hash"},message:"must have required property '"+"spec_hash"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.released_at === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "released_at"},message:"must have required property '"+"released_at"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.artifacts === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "artifacts"},message:"must have required property '"+"artifacts"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.catalogs === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "catalogs"},message:"must have required property '"+"catalogs"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.qa === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "qa"},message:"must have required property '"+"qa"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.policy === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "policy"},message:"must have required property '"+"policy"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.approvals === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approvals"},message:"must have required property '"+"approvals"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.kfm_promotion_manifest_version !== undefined){
if("v1" !== data.kfm_promotion_manifest_version){
const err11 = {instancePath:instancePath+"/kfm_promotion_manifest_version",schemaPath:"#/properties/kfm_promotion_manifest_version/const",keyword:"const",params:{allowedValue: "v1"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.dataset_slug !== undefined){
let data1 = data.dataset_slug;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err12 = {instancePath:instancePath+"/dataset_slug",schemaPath:"#/properties/dataset_slug/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]{0,63}$"},message:"must match pattern \""+"^[a-z][a-z0-9_]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/dataset_slug",schemaPath:"#/properties/dataset_slug/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.dataset_version_id !== undefined){
let data2 = data.dataset_version_id;
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
const err14 = {instancePath:instancePath+"/dataset_version_id",schemaPath:"#/properties/dataset_version_id/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9]{4}-(?:0[1-9]|1[0-2])\\.[0-9a-f]{8}|[A-Za-z0-9._-]{1,128})$"},message:"must match pattern \""+"^(?:[0-9]{4}-(?:0[1-9]|1[0-2])\\.[0-9a-f]{8}|[A-Za-z0-9._-]{1,128})$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/dataset_version_id",schemaPath:"#/properties/dataset_version_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.spec_hash !== undefined){
let data3 = data.spec_hash;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err16 = {instancePath:instancePath+"/spec_hash",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/spec_hash",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.released_at !== undefined){
let data4 = data.released_at;
if(typeof data4 === "string"){
if(!pattern7.test(data4)){
const err18 = {instancePath:instancePath+"/released_at",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(formats0.validate(data4))){
const err19 = {instancePath:instancePath+"/released_at",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/released_at",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.artifacts !== undefined){
let data5 = data.artifacts;
if(Array.isArray(data5)){
if(data5.length < 1){
const err21 = {instancePath:instancePath+"/artifacts",schemaPath:"#/properties/artifacts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.path === undefined){
const err22 = {instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6.digest === undefined){
const err23 = {instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data6.media_type === undefined){
const err24 = {instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "media_type"},message:"must have required property '"+"media_type"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key1 in data6){
if(!(((key1 === "path") || (key1 === "digest")) || (key1 === "media_type"))){
const err25 = {instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.path !== undefined){
let data7 = data6.path;
const _errs21 = errors;
const _errs22 = errors;
const _errs23 = errors;
let valid8 = false;
const _errs24 = errors;
if(typeof data7 === "string"){
if(!pattern8.test(data7)){
const err26 = {};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var _valid0 = _errs24 === errors;
valid8 = valid8 || _valid0;
const _errs25 = errors;
if(typeof data7 === "string"){
if(!pattern9.test(data7)){
const err27 = {};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
var _valid0 = _errs25 === errors;
valid8 = valid8 || _valid0;
const _errs26 = errors;
if(typeof data7 === "string"){
if(!pattern10.test(data7)){
const err28 = {};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
var _valid0 = _errs26 === errors;
valid8 = valid8 || _valid0;
const _errs27 = errors;
if(typeof data7 === "string"){
if(!pattern11.test(data7)){
const err29 = {};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
var _valid0 = _errs27 === errors;
valid8 = valid8 || _valid0;
const _errs28 = errors;
if(typeof data7 === "string"){
if(!pattern12.test(data7)){
const err30 = {};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
var _valid0 = _errs28 === errors;
valid8 = valid8 || _valid0;
if(!valid8){
const err31 = {};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
var valid7 = _errs22 === errors;
if(valid7){
const err32 = {instancePath:instancePath+"/artifacts/" + i0+"/path",schemaPath:"#/$defs/path/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err33 = {instancePath:instancePath+"/artifacts/" + i0+"/path",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/artifacts/" + i0+"/path",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data6.digest !== undefined){
let data8 = data6.digest;
if(typeof data8 === "string"){
if(!pattern6.test(data8)){
const err35 = {instancePath:instancePath+"/artifacts/" + i0+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/artifacts/" + i0+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data6.media_type !== undefined){
let data9 = data6.media_type;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err37 = {instancePath:instancePath+"/artifacts/" + i0+"/media_type",schemaPath:"#/properties/artifacts/items/properties/media_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!pattern14.test(data9)){
const err38 = {instancePath:instancePath+"/artifacts/" + i0+"/media_type",schemaPath:"#/properties/artifacts/items/properties/media_type/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+"},message:"must match pattern \""+"^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/artifacts/" + i0+"/media_type",schemaPath:"#/properties/artifacts/items/properties/media_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/artifacts/" + i0,schemaPath:"#/properties/artifacts/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/artifacts",schemaPath:"#/properties/artifacts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.catalogs !== undefined){
let data10 = data.catalogs;
if(Array.isArray(data10)){
if(data10.length < 1){
const err42 = {instancePath:instancePath+"/catalogs",schemaPath:"#/properties/catalogs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.path === undefined){
const err43 = {instancePath:instancePath+"/catalogs/" + i1,schemaPath:"#/properties/catalogs/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data11.digest === undefined){
const err44 = {instancePath:instancePath+"/catalogs/" + i1,schemaPath:"#/properties/catalogs/items/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key2 in data11){
if(!((key2 === "path") || (key2 === "digest"))){
const err45 = {instancePath:instancePath+"/catalogs/" + i1,schemaPath:"#/properties/catalogs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data11.path !== undefined){
let data12 = data11.path;
const _errs42 = errors;
const _errs43 = errors;
const _errs44 = errors;
let valid15 = false;
const _errs45 = errors;
if(typeof data12 === "string"){
if(!pattern8.test(data12)){
const err46 = {};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
var _valid1 = _errs45 === errors;
valid15 = valid15 || _valid1;
const _errs46 = errors;
if(typeof data12 === "string"){
if(!pattern9.test(data12)){
const err47 = {};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
var _valid1 = _errs46 === errors;
valid15 = valid15 || _valid1;
const _errs47 = errors;
if(typeof data12 === "string"){
if(!pattern10.test(data12)){
const err48 = {};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
var _valid1 = _errs47 === errors;
valid15 = valid15 || _valid1;
const _errs48 = errors;
if(typeof data12 === "string"){
if(!pattern11.test(data12)){
const err49 = {};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
var _valid1 = _errs48 === errors;
valid15 = valid15 || _valid1;
const _errs49 = errors;
if(typeof data12 === "string"){
if(!pattern12.test(data12)){
const err50 = {};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
var _valid1 = _errs49 === errors;
valid15 = valid15 || _valid1;
if(!valid15){
const err51 = {};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
else {
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
}
var valid14 = _errs43 === errors;
if(valid14){
const err52 = {instancePath:instancePath+"/catalogs/" + i1+"/path",schemaPath:"#/$defs/path/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
else {
errors = _errs42;
if(vErrors !== null){
if(_errs42){
vErrors.length = _errs42;
}
else {
vErrors = null;
}
}
}
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err53 = {instancePath:instancePath+"/catalogs/" + i1+"/path",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/catalogs/" + i1+"/path",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data11.digest !== undefined){
let data13 = data11.digest;
if(typeof data13 === "string"){
if(!pattern6.test(data13)){
const err55 = {instancePath:instancePath+"/catalogs/" + i1+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/catalogs/" + i1+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/catalogs/" + i1,schemaPath:"#/properties/catalogs/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/catalogs",schemaPath:"#/properties/catalogs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.qa !== undefined){
let data14 = data.qa;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.status === undefined){
const err59 = {instancePath:instancePath+"/qa",schemaPath:"#/properties/qa/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data14.report_digest === undefined){
const err60 = {instancePath:instancePath+"/qa",schemaPath:"#/properties/qa/required",keyword:"required",params:{missingProperty: "report_digest"},message:"must have required property '"+"report_digest"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
for(const key3 in data14){
if(!((key3 === "status") || (key3 === "report_digest"))){
const err61 = {instancePath:instancePath+"/qa",schemaPath:"#/properties/qa/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data14.status !== undefined){
let data15 = data14.status;
if(!(((data15 === "pass") || (data15 === "warn")) || (data15 === "fail"))){
const err62 = {instancePath:instancePath+"/qa/status",schemaPath:"#/properties/qa/properties/status/enum",keyword:"enum",params:{allowedValues: schema31.properties.qa.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data14.report_digest !== undefined){
let data16 = data14.report_digest;
if(typeof data16 === "string"){
if(!pattern6.test(data16)){
const err63 = {instancePath:instancePath+"/qa/report_digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/qa/report_digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/qa",schemaPath:"#/properties/qa/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.policy !== undefined){
let data17 = data.policy;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.policy_label === undefined){
const err66 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/required",keyword:"required",params:{missingProperty: "policy_label"},message:"must have required property '"+"policy_label"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data17.decision_id === undefined){
const err67 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/required",keyword:"required",params:{missingProperty: "decision_id"},message:"must have required property '"+"decision_id"+"'"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
for(const key4 in data17){
if(!((key4 === "policy_label") || (key4 === "decision_id"))){
const err68 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data17.policy_label !== undefined){
let data18 = data17.policy_label;
if(!((((data18 === "public") || (data18 === "internal")) || (data18 === "restricted")) || (data18 === "confidential"))){
const err69 = {instancePath:instancePath+"/policy/policy_label",schemaPath:"#/properties/policy/properties/policy_label/enum",keyword:"enum",params:{allowedValues: schema31.properties.policy.properties.policy_label.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data17.decision_id !== undefined){
let data19 = data17.decision_id;
if(typeof data19 === "string"){
if(!pattern22.test(data19)){
const err70 = {instancePath:instancePath+"/policy/decision_id",schemaPath:"#/properties/policy/properties/decision_id/pattern",keyword:"pattern",params:{pattern: "^kfm://policy_decision/\\S+$"},message:"must match pattern \""+"^kfm://policy_decision/\\S+$"+"\""};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/policy/decision_id",schemaPath:"#/properties/policy/properties/decision_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.approvals !== undefined){
let data20 = data.approvals;
if(Array.isArray(data20)){
const len2 = data20.length;
for(let i2=0; i2<len2; i2++){
let data21 = data20[i2];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.role === undefined){
const err73 = {instancePath:instancePath+"/approvals/" + i2,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data21.principal === undefined){
const err74 = {instancePath:instancePath+"/approvals/" + i2,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "principal"},message:"must have required property '"+"principal"+"'"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data21.approved_at === undefined){
const err75 = {instancePath:instancePath+"/approvals/" + i2,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "approved_at"},message:"must have required property '"+"approved_at"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
for(const key5 in data21){
if(!(((key5 === "role") || (key5 === "principal")) || (key5 === "approved_at"))){
const err76 = {instancePath:instancePath+"/approvals/" + i2,schemaPath:"#/properties/approvals/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data21.role !== undefined){
let data22 = data21.role;
if(typeof data22 === "string"){
if(func2(data22) < 1){
const err77 = {instancePath:instancePath+"/approvals/" + i2+"/role",schemaPath:"#/properties/approvals/items/properties/role/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/approvals/" + i2+"/role",schemaPath:"#/properties/approvals/items/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data21.principal !== undefined){
let data23 = data21.principal;
if(typeof data23 === "string"){
if(func2(data23) < 1){
const err79 = {instancePath:instancePath+"/approvals/" + i2+"/principal",schemaPath:"#/properties/approvals/items/properties/principal/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/approvals/" + i2+"/principal",schemaPath:"#/properties/approvals/items/properties/principal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data21.approved_at !== undefined){
let data24 = data21.approved_at;
if(typeof data24 === "string"){
if(!pattern7.test(data24)){
const err81 = {instancePath:instancePath+"/approvals/" + i2+"/approved_at",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"+"\""};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(!(formats0.validate(data24))){
const err82 = {instancePath:instancePath+"/approvals/" + i2+"/approved_at",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/approvals/" + i2+"/approved_at",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/approvals/" + i2,schemaPath:"#/properties/approvals/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/approvals",schemaPath:"#/properties/approvals/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const runReceiptV1 = validate21;
const schema40 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://kfm.example/schemas/run_receipt_v1.schema.json","title":"KFM run receipt v1","description":"The per-run receipt of the promotion contract's appendix: what a pipeline run read and wrote, where, and with what validation and policy outcome. Output uris are paths relative to the dataset root.","type":"object","required":["run_id","actor","operation","dataset_version_id","inputs","outputs","environment","validation","policy","created_at"],"properties":{"run_id":{"type":"string","pattern":"^kfm://run/\\S+$"},"actor":{"type":"object","required":["principal","role"],"properties":{"principal":{"type":"string","minLength":1},"role":{"type":"string","minLength":1}}},"operation":{"type":"string","minLength":1},"dataset_version_id":{"type":"string","pattern":"^[A-Za-z0-9._-]{1,128}$"},"inputs":{"type":"array","items":{"$ref":"#/$defs/reference"}},"outputs":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/reference"}},"environment":{"type":"object","properties":{"container_digest":{"$ref":"#/$defs/digest"},"git_commit":{"type":"string","pattern":"^[0-9a-f]{7,64}$"},"params_digest":{"$ref":"#/$defs/digest"}}},"validation":{"type":"object","required":["status","report_digest"],"properties":{"status":{"enum":["pass","warn","fail"]},"report_digest":{"$ref":"#/$defs/digest"}}},"policy":{"type":"object","required":["decision_id"],"properties":{"decision_id":{"type":"string","pattern":"^kfm://policy_decision/\\S+$"}}},"created_at":{"type":"string","format":"date-time"}},"$defs":{"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"reference":{"type":"object","required":["uri","digest"],"properties":{"uri":{"type":"string","minLength":1},"digest":{"$ref":"#/$defs/digest"}}}}};
const schema42 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const pattern24 = new RegExp("^kfm://run/\\S+$", "u");
const pattern25 = new RegExp("^[A-Za-z0-9._-]{1,128}$", "u");
const pattern28 = new RegExp("^[0-9a-f]{7,64}$", "u");
const schema41 = {"type":"object","required":["uri","digest"],"properties":{"uri":{"type":"string","minLength":1},"digest":{"$ref":"#/$defs/digest"}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.uri === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.digest === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.uri !== undefined){
let data0 = data.uri;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err2 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.digest !== undefined){
let data1 = data.digest;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err4 = {instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"uri":true,"digest":true},"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://kfm.example/schemas/run_receipt_v1.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.run_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run_id"},message:"must have required property '"+"run_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.actor === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.operation === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "operation"},message:"must have required property '"+"operation"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.dataset_version_id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataset_version_id"},message:"must have required property '"+"dataset_version_id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.inputs === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "inputs"},message:"must have required property '"+"inputs"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.outputs === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "outputs"},message:"must have required property '"+"outputs"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.environment === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.validation === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "validation"},message:"must have required property '"+"validation"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.policy === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "policy"},message:"must have required property '"+"policy"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.created_at === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.run_id !== undefined){
let data0 = data.run_id;
if(typeof data0 === "string"){
if(!pattern24.test(data0)){
const err10 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/pattern",keyword:"pattern",params:{pattern: "^kfm://run/\\S+$"},message:"must match pattern \""+"^kfm://run/\\S+$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.actor !== undefined){
let data1 = data.actor;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.principal === undefined){
const err12 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/required",keyword:"required",params:{missingProperty: "principal"},message:"must have required property '"+"principal"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data1.role === undefined){
const err13 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data1.principal !== undefined){
let data2 = data1.principal;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err14 = {instancePath:instancePath+"/actor/principal",schemaPath:"#/properties/actor/properties/principal/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/actor/principal",schemaPath:"#/properties/actor/properties/principal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.role !== undefined){
let data3 = data1.role;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err16 = {instancePath:instancePath+"/actor/role",schemaPath:"#/properties/actor/properties/role/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/actor/role",schemaPath:"#/properties/actor/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.operation !== undefined){
let data4 = data.operation;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err19 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.dataset_version_id !== undefined){
let data5 = data.dataset_version_id;
if(typeof data5 === "string"){
if(!pattern25.test(data5)){
const err21 = {instancePath:instancePath+"/dataset_version_id",schemaPath:"#/properties/dataset_version_id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9._-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/dataset_version_id",schemaPath:"#/properties/dataset_version_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.inputs !== undefined){
let data6 = data.inputs;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data6[i0], {instancePath:instancePath+"/inputs/" + i0,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.outputs !== undefined){
let data8 = data.outputs;
if(Array.isArray(data8)){
if(data8.length < 1){
const err24 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(!(validate22(data8[i1], {instancePath:instancePath+"/outputs/" + i1,parentData:data8,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.environment !== undefined){
let data10 = data.environment;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.container_digest !== undefined){
let data11 = data10.container_digest;
if(typeof data11 === "string"){
if(!pattern6.test(data11)){
const err26 = {instancePath:instancePath+"/environment/container_digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/environment/container_digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data10.git_commit !== undefined){
let data12 = data10.git_commit;
if(typeof data12 === "string"){
if(!pattern28.test(data12)){
const err28 = {instancePath:instancePath+"/environment/git_commit",schemaPath:"#/properties/environment/properties/git_commit/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{7,64}$"},message:"must match pattern \""+"^[0-9a-f]{7,64}$"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/environment/git_commit",schemaPath:"#/properties/environment/properties/git_commit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data10.params_digest !== undefined){
let data13 = data10.params_digest;
if(typeof data13 === "string"){
if(!pattern6.test(data13)){
const err30 = {instancePath:instancePath+"/environment/params_digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/environment/params_digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.validation !== undefined){
let data14 = data.validation;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.status === undefined){
const err33 = {instancePath:instancePath+"/validation",schemaPath:"#/properties/validation/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data14.report_digest === undefined){
const err34 = {instancePath:instancePath+"/validation",schemaPath:"#/properties/validation/required",keyword:"required",params:{missingProperty: "report_digest"},message:"must have required property '"+"report_digest"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data14.status !== undefined){
let data15 = data14.status;
if(!(((data15 === "pass") || (data15 === "warn")) || (data15 === "fail"))){
const err35 = {instancePath:instancePath+"/validation/status",schemaPath:"#/properties/validation/properties/status/enum",keyword:"enum",params:{allowedValues: schema40.properties.validation.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data14.report_digest !== undefined){
let data16 = data14.report_digest;
if(typeof data16 === "string"){
if(!pattern6.test(data16)){
const err36 = {instancePath:instancePath+"/validation/report_digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/validation/report_digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/validation",schemaPath:"#/properties/validation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.policy !== undefined){
let data17 = data.policy;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.decision_id === undefined){
const err39 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/required",keyword:"required",params:{missingProperty: "decision_id"},message:"must have required property '"+"decision_id"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data17.decision_id !== undefined){
let data18 = data17.decision_id;
if(typeof data18 === "string"){
if(!pattern22.test(data18)){
const err40 = {instancePath:instancePath+"/policy/decision_id",schemaPath:"#/properties/policy/properties/decision_id/pattern",keyword:"pattern",params:{pattern: "^kfm://policy_decision/\\S+$"},message:"must match pattern \""+"^kfm://policy_decision/\\S+$"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/policy/decision_id",schemaPath:"#/properties/policy/properties/decision_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.created_at !== undefined){
let data19 = data.created_at;
if(typeof data19 === "string"){
if(!(formats0.validate(data19))){
const err43 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"run_id":true,"actor":true,"operation":true,"dataset_version_id":true,"inputs":true,"outputs":true,"environment":true,"validation":true,"policy":true,"created_at":true},"dynamicProps":false,"dynamicItems":false};


/***/ })

};
