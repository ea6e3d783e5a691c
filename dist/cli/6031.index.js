export const id = 6031;
export const ids = [6031];
export const modules = {

/***/ 8310:
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/model/json.ts
var json = __webpack_require__(7979);
;// CONCATENATED MODULE: ./src/catalogs/expand-plain.ts
// JSON-LD expansion of the plain documents catalogs are mostly written as, without the jsonld
// library's generic machinery: one node object with an inline context of prefixes, compact or
// absolute IRIs as keys, strings, numbers, booleans, typed values, references and nested node
// objects as values. For those it gives what `jsonld.expand` gives, in a fifth of the time (a
// DCAT document of 20,000 distributions: 1 s in the library). Anything else (other keywords,
// term definitions beyond prefixes, @vocab, @base, @language, nulls, lists, @graph) gives
// undefined, and the library expands the document. __tests__/catalogs/expand-plain.test.ts holds
// the two to the same output on the reference documents and on generated ones.

/** What the jsonld library takes for an absolute IRI (its url.isAbsolute). */
const ABSOLUTE_IRI = /^([A-Za-z][A-Za-z0-9+-.]*|_):[^\s]*$/;
/** A prefix name: no colon, slash or "@", so never a keyword or an IRI. */
const PREFIX = /^[A-Za-z][A-Za-z0-9_-]*$/;
/**
 * What a prefix may stand for: an http(s) IRI ending in "/" or "#", which makes it usable as a
 * prefix in JSON-LD 1.1 and expands to itself.
 */
const PREFIX_IRI = /^https?:\/\/[^\s"<>\\^`{|}]*[/#]$/;
/** The prefixes of an inline context, or undefined for a context that is more than prefixes. */
function prefixesOf(context) {
    if (!(0,json/* isRecord */.u4)(context))
        return undefined;
    const prefixes = new Map();
    for (const [term, iri] of Object.entries(context)) {
        if (!PREFIX.test(term) || typeof iri !== 'string' || !PREFIX_IRI.test(iri))
            return undefined;
        prefixes.set(term, iri);
    }
    return prefixes;
}
/**
 * A string expanded to an IRI as the library's IRI expansion does it with these prefixes:
 * `vocab` for keys and types (a prefix alone stands for its IRI), `base` for identifiers and
 * types (a relative reference is resolved against the base). Undefined for a keyword or
 * anything that looks like one.
 */
function expandIri(context, value, { vocab, base }) {
    if (value.startsWith('@'))
        return undefined;
    const term = vocab ? context.prefixes.get(value) : undefined;
    if (term !== undefined)
        return term;
    const colon = value.indexOf(':');
    if (colon > 0) {
        const prefix = value.slice(0, colon);
        const suffix = value.slice(colon + 1);
        if (prefix === '_' || suffix.startsWith('//'))
            return value;
        const mapped = context.prefixes.get(prefix);
        if (mapped !== undefined)
            return mapped + suffix;
        if (ABSOLUTE_IRI.test(value))
            return value;
    }
    return base ? context.resolve(value) : value;
}
/** An absolute IRI that names no blank node: what a property or a type must expand to here. */
function namedIri(context, value, base) {
    if (typeof value !== 'string')
        return undefined;
    const iri = expandIri(context, value, { vocab: true, base });
    return iri !== undefined && ABSOLUTE_IRI.test(iri) && !iri.startsWith('_:') ? iri : undefined;
}
/**
 * Each of a value or array of values through `expand`, in an array of exactly their number (see
 * tight); undefined when one gives undefined, or there are none.
 */
function each(value, expand) {
    const items = Array.isArray(value) ? value : [value];
    if (items.length === 0)
        return undefined;
    const expanded = new Array(items.length);
    for (const [index, item] of items.entries()) {
        const one = expand(item);
        if (one === undefined)
            return undefined;
        expanded[index] = one;
    }
    return expanded;
}
function expandTypes(context, value) {
    return each(value, (type) => namedIri(context, type, true));
}
/** A value object: `@value` a string, number or boolean, and at most an IRI `@type`. */
function expandValueObject(context, value) {
    const literal = value['@value'];
    if (!['string', 'number', 'boolean'].includes(typeof literal))
        return undefined;
    const keys = Object.keys(value);
    if (keys.length === 1)
        return { '@value': literal };
    if (keys.length !== 2 || !('@type' in value))
        return undefined;
    const type = namedIri(context, value['@type'], true);
    return type === undefined ? undefined : { '@type': type, '@value': literal };
}
/** One value of a property, expanded; undefined for what the plain subset leaves out. */
function expandItem(context, item) {
    if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean')
        return { '@value': item };
    if (!(0,json/* isRecord */.u4)(item))
        return undefined;
    if ('@value' in item)
        return expandValueObject(context, item);
    const keys = Object.keys(item);
    if (keys.length === 1 && keys[0] === '@id') {
        const id = item['@id'];
        if (typeof id !== 'string')
            return undefined;
        const iri = expandIri(context, id, { vocab: false, base: true });
        return iri === undefined ? undefined : { '@id': iri };
    }
    return keys.length === 0 ? undefined : expandNode(context, item, false);
}
function expandValues(context, value) {
    return each(value, (item) => expandItem(context, item));
}
/**
 * A node object, its keys in code-unit order as the library takes them (so two keys for one
 * property give its values in that order too).
 */
function expandNode(context, node, top) {
    const expanded = {};
    for (const key of Object.keys(node).sort()) {
        const value = node[key];
        if (key === '@context' && top)
            continue;
        if (key === '@id') {
            const id = typeof value === 'string'
                ? expandIri(context, value, { vocab: false, base: true })
                : undefined;
            if (id === undefined)
                return undefined;
            expanded['@id'] = id;
            continue;
        }
        const property = key === '@type' ? '@type' : namedIri(context, key, false);
        const values = key === '@type' ? expandTypes(context, value) : property && expandValues(context, value);
        if (property === undefined || values === undefined)
            return undefined;
        const before = expanded[property];
        expanded[property] = before === undefined ? values : [...before, ...values];
    }
    return expanded;
}
/**
 * The expanded form of a plain JSON-LD document, as `jsonld.expand(document, { base })` gives
 * it when `resolve` resolves against that base, or undefined when the document is not plain
 * (the library then expands it).
 */
function expandPlain(document, resolve) {
    if (!(0,json/* isRecord */.u4)(document))
        return undefined;
    const prefixes = '@context' in document ? prefixesOf(document['@context']) : new Map();
    if (prefixes === undefined)
        return undefined;
    const node = expandNode({ prefixes, resolve }, document, true);
    if (node === undefined)
        return undefined;
    // The library drops a top-level node with nothing but an @id, or nothing at all.
    const keys = Object.keys(node);
    if (keys.length === 0 || (keys.length === 1 && keys[0] === '@id'))
        return undefined;
    return [node];
}

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
/**
 * Drops the expanded form's hold on a value once it is in the node map: the expanded form of a
 * document of 100,000 nodes is let go as it is flattened, not held beside the whole graph. The
 * value itself lives on where the graph holds it (a value object is added as it is).
 */
function letGo(values, index) {
    values[index] = undefined;
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
/** Values a property holds before their keys are kept in a set: fewer are compared one by one. */
const SCANNED = 8;
/**
 * The values of nodes' properties. A property's few values are compared by key one by one; past
 * SCANNED values, the list keeps a set of its values' keys. Most properties hold one value, and
 * a first value is never compared, so a document of 100,000 nodes builds no set for them.
 */
class Values {
    keys = new WeakMap();
    /** Adds `value` to `node[property]` unless the same value is there already. */
    add(node, property, value) {
        const list = node[property];
        // A first value in an array of one: an array grown by push keeps room for 17 (see tight),
        // 128 bytes in each property of 100,000 nodes.
        if (list === undefined) {
            node[property] = [value];
            return;
        }
        const key = list.length === 0 ? undefined : keyOf(value);
        if (key !== undefined) {
            let keys = this.keys.get(list);
            if (!keys && list.length >= SCANNED) {
                // A property copied in whole (merging named graphs) brings its values' keys with it.
                keys = new Set();
                for (const present of list) {
                    const presentKey = keyOf(present);
                    if (presentKey !== undefined)
                        keys.add(presentKey);
                }
                this.keys.set(list, keys);
            }
            if (keys ? keys.has(key) : list.some((present) => keyOf(present) === key))
                return;
            keys?.add(key);
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
            for (const [index, item] of input.entries()) {
                this.add(item, graphName, undefined, list);
                letGo(input, index);
            }
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
            for (const [index, object] of objects.entries()) {
                this.addObject(subject, property, object, graphName, name);
                letGo(objects, index);
            }
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
/**
 * The flattened form of an expanded document: its nodes by `@id`, references left out. Consumes
 * `expanded`: its arrays are emptied as their values are added.
 */
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
// remote context is an error, never a network fetch (docs/decisions.md, "Catalog triplet").



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
/**
 * Flattens a JSON-LD document into its nodes; throws an Error whose message a user can act on.
 * The parsed document is let go (`parsed.value` emptied) once expanded: a DCAT document of
 * 100,000 distributions (30 MB parsed) is not held beside the graph made from it.
 */
async function flattenJsonLd(parsed, rootRelativePath) {
    try {
        // The library expands (contexts, prefixes, aliases, base IRIs); the flattening is ours, the
        // library's algorithm with linear de-duplication (node-map.ts). No context: the flattened
        // graph stays in expanded form, full IRIs as keys.
        // Loaded on first use: a run whose catalogs hold no JSON-LD never pays for it.
        const { default: processor } = await Promise.all(/* import() */[__webpack_require__.e(1366), __webpack_require__.e(2571)]).then(__webpack_require__.t.bind(__webpack_require__, 1366, 23));
        const base = ROOT_BASE + rootRelativePath;
        // A plain document is expanded here, with the library's own IRI resolution (against the
        // base parsed once); any other by the library (expand-plain.ts).
        const { url } = processor;
        const parsedBase = url.parse(base);
        const expanded = expandPlain(parsed.value, (iri) => url.prependBase(parsedBase, iri)) ??
            (await processor.expand(parsed.value, {
                base,
                documentLoader: documentLoader
            }));
        parsed.value = undefined;
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

/***/ 8716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ remoteLinksOf)
/* harmony export */ });
/* unused harmony export remoteScheme */
/* harmony import */ var _stac_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9201);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8746);
// The asset links of the catalogs that name published copies: a STAC asset's href or a DCAT
// distribution's downloadURL/accessURL written as an absolute URL (docs/decisions.md, "Remote
// assets"), with the checksum the catalog gives it. Gate D judges them; remote-assets: fetch
// reads them first (src/remote/).


/** A URL scheme at the start of a reference: `https:`, `s3:`. */
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
/**
 * The scheme of an absolute URL that is not a file of the dataset root, else undefined. A
 * one-letter scheme is a Windows drive (`C:/x`), refused elsewhere as a path; `file:` URLs are
 * resolved against the root elsewhere.
 */
function remoteScheme(url) {
    const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
    if (scheme === undefined || scheme.length < 2 || scheme === 'file')
        return undefined;
    return scheme;
}
function stacLinks(document, into) {
    const stac = document.stac;
    if (!stac)
        return;
    for (const asset of stac.assets) {
        const scheme = remoteScheme(asset.href);
        if (scheme === undefined)
            continue;
        const digest = asset.checksum === undefined ? undefined : (0,_stac_js__WEBPACK_IMPORTED_MODULE_0__/* .multihashToDigest */ .VR)(asset.checksum);
        into.push({
            url: asset.href,
            scheme,
            document,
            what: `STAC asset "${asset.key}" of ${stac.id}`,
            property: 'file:checksum',
            digests: digest ? [digest] : [],
            unsupported: asset.checksum !== undefined && !digest ? [asset.checksum] : [],
            line: () => document.lineOf([...asset.location, 'href']) ?? document.lineOf(asset.location)
        });
    }
}
function dcatChecksums(distribution) {
    const digests = [];
    const unsupported = [];
    for (const { algorithm, value } of distribution.checksums) {
        if (algorithm === _vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .TERMS */ ._.sha256Algorithm && /^[0-9a-fA-F]{64}$/.test(value))
            digests.push(`sha256:${value.toLowerCase()}`);
        else
            unsupported.push(`${algorithm || 'no algorithm'} ${value}`);
    }
    return { digests, unsupported };
}
function dcatLinks(document, into) {
    for (const dataset of document.dcat ?? [])
        for (const distribution of dataset.distributions)
            for (const url of distribution.urls) {
                const scheme = remoteScheme(url);
                if (scheme === undefined)
                    continue;
                into.push({
                    url,
                    scheme,
                    document,
                    what: `DCAT distribution of ${dataset.id}`,
                    property: 'spdx:checksum',
                    ...dcatChecksums(distribution),
                    line: () => document.lineOfText(url)
                });
            }
}
/** Every absolute asset link of the catalogs, in document order. */
function remoteLinksOf(documents) {
    const links = [];
    for (const document of documents) {
        stacLinks(document, links);
        dcatLinks(document, links);
    }
    return links;
}


/***/ }),

/***/ 8746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ TERMS),
/* harmony export */   u3: () => (/* binding */ PROV)
/* harmony export */ });
/* unused harmony exports DCAT, DCT, SPDX */
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

/***/ 4133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ listedCounts),
/* harmony export */   _: () => (/* binding */ verifyGateE)
/* harmony export */ });
/* harmony import */ var _model_violation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6078);
/* harmony import */ var _e_lfs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _e_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5674);



/** A listed file held against what is on disk: the violation when they differ. */
function listedFileViolation(file, manifest, display) {
    const shown = display(file.path);
    const { found } = file;
    const restore = 'restore the file from the promoted version, or promote again';
    switch (found.state) {
        case 'hashed':
            if (found.pointer)
                return (0,_e_lfs_js__WEBPACK_IMPORTED_MODULE_1__/* .listedPointerViolation */ .eK)(file, found.pointer, manifest, shown);
            if (found.digest === file.digest)
                return undefined;
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('DIGEST_MISMATCH', shown, `${manifest} gives ${file.path} the digest ${file.digest}, but the file has ${found.digest}; it changed after the manifest was written: ${restore}.`);
        case 'missing':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('FILE_MISSING', shown, `${file.path} is listed in ${manifest} (${file.list}) but is not under the root; ${restore}, or check that root names the dataset root the manifest was made in.`);
        case 'dangling':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('SYMLINK_DANGLING', shown, `${file.path} (listed in ${manifest}) is a symbolic link to nothing; ${restore}.`);
        case 'outside':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('PATH_OUTSIDE_ROOT', shown, `${file.path} (listed in ${manifest}) resolves through a symbolic link to ${found.target}, outside the dataset root; a promoted file must be in the root itself.`);
        case 'unreadable':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('FILE_UNREADABLE', shown, `${file.path} (listed in ${manifest}) is there but is not a regular file that can be read (${found.code}); ${restore}.`);
        case 'loop':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('SYMLINK_LOOP', shown, `${file.path} (listed in ${manifest}) goes through ${found.link}, a symbolic link back into a directory the path is already in (or through more links than a path can hold); the inventory never follows such a link, so this path was not written by the generator. Nothing was opened.`);
        case 'unsafe':
            return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('PATH_UNSAFE', manifest, `${manifest} lists the path "${file.path}", which ${found.reason}; a manifest's paths are relative to the dataset root, so this one was not written by the generator.`);
    }
}
/**
 * A written manifest's paths as the inventory would have made them: each once in both lists, no
 * two a case-insensitive or normalising file system would store as one, no unsafe name.
 */
function listedPathViolations(listed, manifest, display) {
    const violations = [];
    const exact = new Map();
    const folded = new Map();
    const notByGenerator = 'the generator lists each file once, so this manifest was not written by it';
    for (const file of listed) {
        if (file.found.state === 'unsafe')
            continue;
        const shown = display(file.path);
        const unsafe = (0,_e_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .unsafeName */ .gj)(file.path);
        if (unsafe)
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('PATH_UNSAFE', shown, unsafe));
        const other = exact.get(file.path);
        if (other !== undefined) {
            const message = `${manifest} lists ${file.path} twice (in ${other} and ${file.list}); ${notByGenerator}. Fetch the manifest that was generated.`;
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('DUPLICATE_PATH', shown, message));
            continue;
        }
        exact.set(file.path, file.list);
        const key = (0,_e_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .foldedKey */ .S$)(file.path);
        const twin = folded.get(key);
        if (twin === undefined)
            folded.set(key, file.path);
        else {
            const message = `${manifest} lists ${file.path} and ${twin}, which differ only in letter case or Unicode normalisation: one file on many systems, and ${notByGenerator}.`;
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('PATH_COLLISION', shown, message));
        }
    }
    return violations;
}
/**
 * A listed directory store held against its files on disk: the store is missing, or its dirHash
 * differs, and then, file by file against the checksums file, which chunk changed, came or went.
 */
function storeViolations(store, manifest, display) {
    const restore = 'restore it from the promoted version, or promote again';
    const found = (0,_e_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .inventoryViolations */ .vW)(store.findings);
    if (store.files.length === 0 && found.length === 0) {
        const message = `${store.path} is listed in ${manifest} (artifacts) as a directory store, but no file of it is under the root; ${restore}, or check that root names the dataset root the manifest was made in.`;
        return [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('FILE_MISSING', display(store.path), message)];
    }
    // A link out or an unreadable file is the cause; the files it hides are not "missing" too.
    if (store.found === store.digest || found.length > 0)
        return found;
    if (!store.expected) {
        const message = `${manifest} gives the directory store ${store.path} the digest ${store.digest}, but its files have ${store.found ?? 'none'}: a file in it changed, came or went after the manifest was written (the checksums file beside the manifest lists the store file by file and would name it); ${restore}.`;
        return [...found, (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('DIGEST_MISMATCH', display(store.path), message)];
    }
    const expected = new Map(store.expected.map((file) => [file.path, file.digest]));
    for (const file of store.files) {
        const digest = expected.get(file.path);
        expected.delete(file.path);
        const shown = display(file.path);
        if (digest === undefined) {
            const message = `${file.path} is in the directory store ${store.path}, but the store ${manifest} lists (file by file in its checksums file) has no such file: it was added after the manifest was written. Remove it, or promote again.`;
            found.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('FILE_UNLISTED', shown, message));
        }
        else if (digest !== file.digest && file.pointer) {
            const listed = { list: 'artifacts', path: file.path, digest };
            found.push((0,_e_lfs_js__WEBPACK_IMPORTED_MODULE_1__/* .listedPointerViolation */ .eK)(listed, file.pointer, manifest, shown));
        }
        else if (digest !== file.digest) {
            const message = `${file.path} in the directory store ${store.path} has ${file.digest}, but the store ${manifest} lists had it as ${digest}: it changed after the manifest was written; ${restore}.`;
            found.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('DIGEST_MISMATCH', shown, message));
        }
    }
    for (const [path] of expected) {
        const message = `${path} was in the directory store ${store.path} when ${manifest} was written, but is not under the root now; ${restore}.`;
        found.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('FILE_MISSING', display(path), message));
    }
    return found;
}
/** The artifacts (a directory store one) and catalog files checked against the manifest. */
function listedCounts(evidence) {
    const count = (list) => evidence.listed.filter((file) => file.list === list).length;
    return { artifacts: count('artifacts') + evidence.stores.length, catalogs: count('catalogs') };
}
/** Gate E for a written manifest: every listed file is there with its digest; under strict, no more. */
const verifyGateE = {
    letter: 'E',
    check(evidence) {
        const manifest = evidence.manifest.path;
        const violations = listedPathViolations(evidence.listed, manifest, evidence.display);
        for (const file of evidence.listed) {
            const found = listedFileViolation(file, manifest, evidence.display);
            if (found)
                violations.push(found);
        }
        for (const store of evidence.stores)
            violations.push(...storeViolations(store, manifest, evidence.display));
        const counts = listedCounts(evidence);
        const checked = [
            `${counts.artifacts} artifact(s) and ${counts.catalogs} catalog file(s) hashed (SHA-256) against ${manifest}`
        ];
        if (evidence.strict) {
            const listed = new Set(evidence.listed.map((file) => file.path));
            violations.push(...(0,_e_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .inventoryViolations */ .vW)(evidence.strict.findings));
            for (const file of evidence.strict.files) {
                if (listed.has(file.path))
                    continue;
                const shown = evidence.display(file.path);
                const message = `${file.path} matches the strict patterns but ${manifest} does not list it: it was added after the manifest was written. Remove it, or promote again so the gates see it.`;
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('FILE_UNLISTED', shown, message));
            }
            // .git stays out of every search (a checkout's own is thousands of objects, never content);
            // one under the patterns other than the checkout's is content nothing gated, so it fails.
            for (const directory of evidence.strict.gitDirectories) {
                const shown = evidence.display(directory);
                const message = `${directory} is a .git directory under the strict patterns; no inventory and no strict search looks inside .git, so nothing in it was gated or checked. Remove it before publishing.`;
                violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('FILE_UNLISTED', shown, message));
            }
            checked.push(`${evidence.strict.files.length} file(s) the strict patterns find, each listed (.git directories are not searched; one under the patterns fails, the checkout's own excepted)`);
        }
        return { violations, checked };
    }
};


/***/ }),

/***/ 769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O6: () => (/* binding */ gateF),
/* harmony export */   XA: () => (/* binding */ manifestSchemaProblems),
/* harmony export */   e6: () => (/* binding */ judgeQaReport),
/* harmony export */   yl: () => (/* binding */ validateManifest)
/* harmony export */ });
/* unused harmony export checkEvidence */
/* harmony import */ var _documents_decisions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8645);
/* harmony import */ var _generated_validators_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6161);
/* harmony import */ var _model_json_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5286);
/* harmony import */ var _model_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7979);
/* harmony import */ var _model_violation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6078);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4003);
// Gate F, the contract: the QA report says "pass"; every reference the receipts make resolves
// to a document given to this run, with the same digest; and the manifest is valid against the
// v1 schema. A written manifest's gate F is f-written.ts.






/** The QA outcome the report states, and the violations of its status. */
function judgeQaReport(document) {
    const violations = [];
    const status = (0,_model_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(document.value) ? document.value.status : undefined;
    if (typeof status !== 'string' || !_documents_decisions_js__WEBPACK_IMPORTED_MODULE_4__/* .QA_STATUSES */ .M.includes(status)) {
        return {
            violations: [
                (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('QA_STATUS_INVALID', document.path, `${document.path} needs a top-level "status" of "pass", "warn" or "fail"${status === undefined ? '' : `, not ${JSON.stringify(status)}`}.`, { line: document.lineOf(['status']) ?? 1 })
            ]
        };
    }
    const value = {
        status: status,
        reportDigest: document.digest,
        path: document.path
    };
    if (status !== 'pass') {
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('QA_NOT_PASSED', document.path, `QA status is "${status}"; only "pass" promotes. Fix what the QA report lists and run QA again.`, { line: document.lineOf(['status']) }));
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
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('EVIDENCE_UNRESOLVED', receipt.path, `The receipt ${receipt.runId} cites the validation report ${cited}, ${what}.`, { line: receipt.lineOf(['validation', 'report_digest']) }));
        }
        if (decision && receipt.decisionId === decision.decisionId)
            resolved.push(`${receipt.path} policy.decision_id → ${decision.path}`);
        else if (decision) {
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('EVIDENCE_UNRESOLVED', receipt.path, `The receipt ${receipt.runId} cites the policy decision ${receipt.decisionId}, but the decision given to this run is ${decision.decisionId}.`, { line: receipt.lineOf(['policy', 'decision_id']) }));
        }
    }
    return { violations, resolved };
}
const manifestProblems = (0,_model_json_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaValidator */ .K)(_generated_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .manifestV1 */ .$N, _generated_validators_js__WEBPACK_IMPORTED_MODULE_0__/* .manifestV1Schema */ .gs);
const problemText = (problem) => problem.text.replace(/^the document/, 'the manifest');
/** Where a manifest value breaks the v1 schema, each as a sentence's text; none when it is v1. */
function manifestSchemaProblems(manifest) {
    return manifestProblems(manifest).map(problemText);
}
/** Checks a manifest value; `path` names it in violations (the output path or a fixture). */
function validateManifest(manifest, path) {
    return manifestProblems(manifest).map((problem) => (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('MANIFEST_SCHEMA', path, `The manifest does not match the v1 schema: ${problemText(problem)}.`, { about: emptyList(manifest, problem.location) }));
}
/** A schema problem that is a list of the manifest left empty: the inventory found no file. */
function emptyList(manifest, location) {
    const [list, ...rest] = location;
    if (rest.length > 0 || (list !== 'artifacts' && list !== 'catalogs'))
        return undefined;
    const value = manifest?.[list];
    return Array.isArray(value) && value.length === 0 ? { absent: list } : undefined;
}
function judgeQa(evidence, judged, checked) {
    const document = evidence.qaReport;
    if (!document) {
        const message = (0,_evidence_js__WEBPACK_IMPORTED_MODULE_5__/* .missingInput */ .f)('only a QA report with status "pass" promotes', 'qa-report');
        return [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('QA_REPORT_MISSING', 'qa-report', message)];
    }
    if (!document.readable)
        return [
            (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_2__/* .violation */ .Qf)('QA_REPORT_INVALID', document.path, document.message, { line: document.line })
        ];
    if (judged?.value)
        checked.push(`QA report ${judged.value.path}: ${judged.value.status}`);
    return [...(judged?.violations ?? [])];
}
const gateF = {
    letter: 'F',
    check(evidence, facts) {
        const checked = [];
        const violations = judgeQa(evidence, facts.qaReport, checked);
        const qa = facts.qaReport?.value;
        const policy = facts.policyDecision?.value;
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
        if (facts.manifest) {
            const schema = validateManifest(facts.manifest, evidence.manifestPath);
            violations.push(...schema);
            if (schema.length === 0)
                checked.push('manifest valid against promotion_manifest_v1.schema.json');
        }
        return { violations, checked };
    }
};


/***/ }),

/***/ 9423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Dm: () => (/* reexport */ derivedVersionId),
  S4: () => (/* binding */ judge),
  NB: () => (/* binding */ judgeWritten)
});

// UNUSED EXPORTS: GATE_TABLE

// EXTERNAL MODULE: ./src/model/gate-letter.ts
var gate_letter = __webpack_require__(1051);
// EXTERNAL MODULE: ./src/model/violation.ts + 1 modules
var violation = __webpack_require__(6078);
// EXTERNAL MODULE: ./src/model/digest.ts
var digest = __webpack_require__(5305);
// EXTERNAL MODULE: ./src/model/time.ts
var time = __webpack_require__(816);
;// CONCATENATED MODULE: ./src/gates/a-identity.ts
// Gate A: identity and versioning. dataset_slug, dataset_version_id, spec_hash and released_at,
// as docs/decisions.md ("Identity (gate A)", "Time") defines them.



const SLUG_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;
const DERIVED_VERSION_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])\.([0-9a-f]{8})$/;
const FREE_VERSION_PATTERN = /^[A-Za-z0-9._-]{1,128}$/;
function slugViolations(slug) {
    if (SLUG_PATTERN.test(slug))
        return [];
    return [
        (0,violation/* violation */.Qf)('SLUG_INVALID', 'dataset-slug', `dataset-slug "${slug}" must be lowercase a-z, 0-9 and _, start with a letter, and be at most 64 characters (for example "river_gauges").`)
    ];
}
function specHashOf(evidence) {
    const { specHash: given, specHashFromSpec: fromSpec } = evidence;
    if (given !== undefined && !digest/* DIGEST_PATTERN */.WA.test(given)) {
        const message = `spec-hash "${given}" must be sha256: followed by 64 lowercase hex characters.`;
        return { violations: [(0,violation/* violation */.Qf)('SPEC_HASH_INVALID', 'spec-hash', message)] };
    }
    if (given !== undefined && fromSpec !== undefined && given !== fromSpec) {
        const message = `spec-hash ${given} disagrees with the spec document, whose canonical (RFC 8785) digest is ${fromSpec}; drop spec-hash or fix the spec.`;
        return { violations: [(0,violation/* violation */.Qf)('SPEC_HASH_MISMATCH', 'spec-hash', message)] };
    }
    const value = fromSpec ?? given;
    if (value !== undefined || evidence.specUnreadable)
        return { value, violations: [] };
    const message = 'No spec_hash can be computed: give the dataset spec document (spec) or its hash (spec-hash).';
    return { violations: [(0,violation/* violation */.Qf)('SPEC_MISSING', 'spec', message)] };
}
function releasedAtOf(evidence) {
    if (evidence.releasedAt === undefined) {
        const message = 'released-at is not given and there is no git commit to take it from; set released-at (RFC 3339, for example 2026-02-20T13:00:00Z) or run in a git checkout.';
        return { violations: [(0,violation/* violation */.Qf)('RELEASED_AT_MISSING', 'released-at', message)] };
    }
    const parsed = (0,time/* parseTimestamp */.E)(evidence.releasedAt);
    if (parsed.ok)
        return { value: { utc: parsed.utc, instant: parsed.instant }, violations: [] };
    const origin = evidence.releasedAtSource === 'commit' ? 'The commit time' : 'released-at';
    const message = `${origin} ${parsed.reason}.`;
    return { violations: [(0,violation/* violation */.Qf)('RELEASED_AT_INVALID', 'released-at', message)] };
}
/** A given id is checked against spec_hash; none given, it is derived (docs/decisions.md). */
function versionIdOf(given, specHash, releasedAt) {
    if (given === undefined) {
        if (specHash === undefined || releasedAt === undefined)
            return { violations: [] };
        const hex = specHash.slice('sha256:'.length, 'sha256:'.length + 8);
        return { value: `${releasedAt.slice(0, 7)}.${hex}`, violations: [] };
    }
    const derivedShape = DERIVED_VERSION_PATTERN.exec(given);
    if (derivedShape && specHash !== undefined && !specHash.startsWith(`sha256:${derivedShape[3]}`)) {
        const message = `dataset-version-id "${given}" ends in ${derivedShape[3]}, which is not the start of spec_hash ${specHash}; the spec changed since the version was named, so derive the id again (leave dataset-version-id empty).`;
        return { violations: [(0,violation/* violation */.Qf)('VERSION_ID_MISMATCH', 'dataset-version-id', message)] };
    }
    if (derivedShape || FREE_VERSION_PATTERN.test(given))
        return { value: given, violations: [] };
    const message = `dataset-version-id "${given}" must be YYYY-MM. and 8 hex characters of spec_hash, or 1 to 128 characters of A-Z, a-z, 0-9, ".", "_" and "-".`;
    return { violations: [(0,violation/* violation */.Qf)('VERSION_ID_INVALID', 'dataset-version-id', message)] };
}
/**
 * The version id a run would derive from the spec and released_at, or the violations that stop
 * it. The `version-id` command prints it, so a pipeline can write it into its run receipts before
 * the gate runs (docs/decisions.md: the month is the month the version was cut).
 */
function derivedVersionId(evidence) {
    const { spec } = evidence;
    const specHash = specHashOf({
        specHash: evidence.specHash,
        specHashFromSpec: spec?.readable ? spec.specHash : undefined,
        specUnreadable: spec !== undefined && !spec.readable
    });
    const releasedAt = releasedAtOf(evidence);
    const violations = [...specHash.violations, ...releasedAt.violations];
    if (spec && !spec.readable)
        violations.push((0,violation/* violation */.Qf)('SPEC_INVALID', spec.path, spec.message, { line: spec.line }));
    const versionId = versionIdOf(undefined, specHash.value, releasedAt.value?.utc);
    return violations.length > 0 ? { violations } : { value: versionId.value, violations };
}
function checkIdentity(evidence) {
    const specHash = specHashOf(evidence);
    const releasedAt = releasedAtOf(evidence);
    const versionId = versionIdOf(evidence.datasetVersionId, specHash.value, releasedAt.value?.utc);
    return {
        specHash: specHash.value,
        datasetVersionId: versionId.value,
        releasedAt: releasedAt.value?.utc,
        releasedInstant: releasedAt.value?.instant,
        violations: [
            ...slugViolations(evidence.datasetSlug),
            ...specHash.violations,
            ...releasedAt.violations,
            ...versionId.violations
        ]
    };
}
/** The identity the evidence gives (a fact: gates C and E and the manifest read it too). */
function identityOf(evidence) {
    const spec = evidence.spec;
    return checkIdentity({
        datasetSlug: evidence.datasetSlug,
        datasetVersionId: evidence.given.datasetVersionId,
        specHash: evidence.given.specHash,
        specHashFromSpec: spec?.readable ? spec.specHash : undefined,
        specUnreadable: spec !== undefined && !spec.readable,
        releasedAt: evidence.given.releasedAt,
        releasedAtSource: evidence.releasedAtSource
    });
}
const gateA = {
    letter: 'A',
    check(evidence, { identity }) {
        const violations = [...identity.violations];
        const checked = [];
        const spec = evidence.spec;
        if (spec && !spec.readable)
            violations.push((0,violation/* violation */.Qf)('SPEC_INVALID', spec.path, spec.message, { line: spec.line }));
        else if (spec)
            checked.push(`spec_hash from ${spec.path} (RFC 8785)`);
        if (identity.releasedAt)
            checked.push(`released_at ${identity.releasedAt} (from ${evidence.releasedAtSource === 'commit' ? 'the commit' : 'input'})`);
        return { violations, checked };
    }
};

// EXTERNAL MODULE: ./node_modules/spdx-expression-parse/index.js
var spdx_expression_parse = __webpack_require__(3326);
var spdx_expression_parse_default = /*#__PURE__*/__webpack_require__.n(spdx_expression_parse);
// EXTERNAL MODULE: ./src/catalogs/jsonld.ts + 2 modules
var jsonld = __webpack_require__(8310);
;// CONCATENATED MODULE: ./src/gates/b-licensing.ts
// Gate B: licensing. Every DCAT dataset and STAC collection carries a licence, and each is one
// a person can look up (docs/decisions.md, "Catalog triplet (gate D) and licensing (gate B)"):
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
        // Found only for a violation: a passing dataset never costs a search of its text.
        const line = () => document.lineOfText(dataset.id.split(/[/#:]/).pop() ?? dataset.id);
        const licenses = licensesOf(dataset);
        if (licenses.length === 0) {
            const message = `The DCAT dataset ${dataset.id} in ${document.display} has no dct:license or dct:rights (on the dataset, or on every distribution); add one, for example "dct:license": {"@id": "https://creativecommons.org/licenses/by/4.0/"}.`;
            violations.push((0,violation/* violation */.Qf)('LICENSE_MISSING', document.display, message, { line: line() }));
        }
        for (const license of licenses) {
            const problem = dcatLicenseProblem(license);
            if (!problem)
                continue;
            const message = `The dct:${license.property} of DCAT dataset ${dataset.id} ${problem}.`;
            const at = document.lineOfText(license.value) ?? line();
            violations.push((0,violation/* violation */.Qf)('LICENSE_INVALID', document.display, message, { line: at }));
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
    // Found only for a violation: the syntax tree of a collection of 100,000 links is large.
    const line = () => document.lineOf(['license']);
    if (stac.license === undefined || stac.license.trim() === '') {
        const message = `The STAC collection ${stac.id} has no "license"; set it to an SPDX expression such as "CC-BY-4.0".`;
        return [(0,violation/* violation */.Qf)('LICENSE_MISSING', document.display, message, { line: line() ?? 1 })];
    }
    const problem = stacLicenseProblem(document);
    if (!problem)
        return [];
    const message = `The "license" of STAC collection ${stac.id} ${problem}.`;
    return [(0,violation/* violation */.Qf)('LICENSE_INVALID', document.display, message, { line: line() })];
}
function checkLicensing(documents, stacApplicable) {
    const dcat = documents.filter((d) => d.dcat);
    const violations = dcat.flatMap(dcatViolations);
    if (dcat.length === 0) {
        const message = 'No DCAT dataset was read, so no licence is recorded; add the DCAT JSON-LD with dct:license to the catalogs.';
        const about = { absent: 'dcat' };
        violations.push((0,violation/* violation */.Qf)('LICENSE_MISSING', 'catalogs', message, { about }));
    }
    if (!stacApplicable)
        return violations;
    const collections = documents.filter((d) => d.stac?.type === 'Collection');
    violations.push(...collections.flatMap(stacViolations));
    if (collections.length === 0) {
        const message = 'No valid STAC collection was read (a STAC_INVALID one is not read), so the STAC licence is missing; add the collection to the catalogs, or set stac-applicable: false if STAC does not apply.';
        // Absent because no STAC was read at all, when none was: a collection alone missing is not that.
        const about = documents.some((d) => d.stac) ? undefined : { absent: 'stac' };
        violations.push((0,violation/* violation */.Qf)('LICENSE_MISSING', 'catalogs', message, { about }));
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
// EXTERNAL MODULE: ./src/catalogs/vocabulary.ts
var vocabulary = __webpack_require__(8746);
;// CONCATENATED MODULE: ./src/gates/d-hrefs.ts
// Where a catalog's link leads, as the web resolves it against the document's own location: a
// root-relative path, outside the root, no URL reference at all, or a web URL (none of the root's).

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
    const plain = resolvePlainPath(documentPath, href);
    if (plain !== undefined)
        return plain;
    const url = URL.parse(href, jsonld/* ROOT_BASE */.Py + documentPath);
    return url === null ? 'invalid' : (0,jsonld/* rootPathOfIri */.R1)(url.href);
}
/** A relative path of characters a URL leaves as they are (no scheme, query, escape or colon). */
const PLAIN_HREF = /^[\w.-][\w./-]*$/;
/** A root-relative file path of the same characters, with no empty segment. */
const PLAIN_DOCUMENT = /^[\w.-]+(?:\/[\w.-]+)*$/;
/** The first segment of every path inside the root, as ROOT_BASE writes it. */
const ROOT_SEGMENT = jsonld/* ROOT_BASE */.Py.slice('file:///'.length, -1);
/**
 * resolveHref for the common case, a plain relative path against a plain document path, without
 * a URL parser (a collection of 100,000 item links: 0.5 s of parsing): the path resolution of the
 * WHATWG URL standard on the document's path under ROOT_BASE, segment by segment. Undefined for
 * any other href, which the URL parser then resolves. __tests__/gates/hrefs.test.ts holds the
 * two to the same answers.
 */
function resolvePlainPath(documentPath, href) {
    if (!PLAIN_HREF.test(href) || !PLAIN_DOCUMENT.test(documentPath))
        return undefined;
    const path = [ROOT_SEGMENT, ...documentPath.split('/')];
    path.pop();
    // A document path with dot segments is one the URL parser would first normalise.
    if (path.includes('.') || path.includes('..'))
        return undefined;
    const segments = href.split('/');
    for (const [index, segment] of segments.entries()) {
        const last = index === segments.length - 1;
        if (segment === '..')
            path.pop();
        else if (segment !== '.')
            path.push(segment);
        // A path ending in a dot segment names a directory: it keeps a final slash.
        if (last && (segment === '.' || segment === '..'))
            path.push('');
    }
    if (path.length < 2 || path[0] !== ROOT_SEGMENT)
        return 'outside';
    return path.slice(1).join('/');
}

// EXTERNAL MODULE: ./src/gates/e-lfs.ts
var e_lfs = __webpack_require__(2857);
;// CONCATENATED MODULE: ./src/gates/d-dcat-links.ts
// Gate D's DCAT distributions: each URL inside the root names an artifact of the inventory, and
// every spdx:checksum it carries is the artifact's SHA-256.





/** Every distribution URL of the DCAT documents held to the artifacts. */
function checkDcatLinks(documents, artifacts) {
    const violations = [];
    for (const document of documents)
        for (const dataset of document.dcat ?? [])
            for (const distribution of dataset.distributions)
                for (const url of distribution.urls)
                    violations.push(...urlViolations(document, dataset, distribution, url, artifacts));
    return violations;
}
/** One URL of a distribution: a file inside the root, an artifact, with the checksums it has. */
function urlViolations(document, dataset, distribution, url, artifacts) {
    if (WINDOWS_DRIVE.test(url))
        return [
            (0,violation/* violation */.Qf)('LINK_UNRESOLVED', document.display, `A DCAT distribution of ${dataset.id} points to "${url}", a Windows drive path; link to a file in the dataset root by a relative path, or to an absolute http(s) URL.`, { line: document.lineOfText(url) })
        ];
    const resolved = (0,jsonld/* rootPathOfIri */.R1)(url);
    if (resolved === undefined)
        return [];
    const shown = resolved === 'outside' ? url : resolved;
    // Found only for a violation: a passing link never costs a search of the text.
    const line = () => document.lineOfText(shown.split('/').pop() ?? shown);
    if (resolved === 'outside')
        return [
            (0,violation/* violation */.Qf)('LINK_OUTSIDE_ROOT', document.display, `A DCAT distribution of ${dataset.id} points outside the dataset root; link to a file inside it or to an absolute URL.`, { line: line() })
        ];
    const entry = artifacts.get(resolved);
    if (!entry)
        return [
            (0,violation/* violation */.Qf)('LINK_UNRESOLVED', document.display, `A DCAT distribution of ${dataset.id} points to ${resolved}, which is not an artifact in the inventory; add it to the artifacts patterns, or fix the URL.`, { line: line(), about: { missing: { path: resolved, lists: ['artifacts'] } } })
        ];
    return checksumViolations(document, distribution, resolved, entry, line);
}
/** Each spdx:checksum of a distribution held to the artifact's digest: SHA-256 only. */
function checksumViolations(document, distribution, resolved, entry, line) {
    return distribution.checksums.flatMap((checksum) => {
        if (checksum.algorithm !== vocabulary/* TERMS */._.sha256Algorithm)
            return [
                (0,violation/* violation */.Qf)('CHECKSUM_UNSUPPORTED', document.display, `The spdx:checksum of the distribution ${resolved} uses ${checksum.algorithm || 'no algorithm'}, not spdx:checksumAlgorithm_sha256, so it cannot be checked.`, { line: line() })
            ];
        if (`sha256:${checksum.value.toLowerCase()}` === entry.digest)
            return [];
        return [
            (0,violation/* violation */.Qf)('CHECKSUM_MISMATCH', document.display, `The spdx:checksum of the distribution ${resolved} is ${checksum.value}, but the file has ${entry.digest}; regenerate the DCAT document.`, { line: line(), about: (0,e_lfs/* pointerAbout */.DY)(entry) })
        ];
    });
}

// EXTERNAL MODULE: ./src/model/multimap.ts
var multimap = __webpack_require__(2600);
;// CONCATENATED MODULE: ./src/gates/d-prov.ts



/** Where an entity (or a generation) is written: its record's line, else the first line naming it. */
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
        return (0,violation/* violation */.Qf)('PROV_NOT_GENERATED', document.display, `The PROV entity ${entity.name} (${artifact.path}) was generated by no activity; add a wasGeneratedBy with the producing activity` +
            (entity.id === entity.name
                ? '.'
                : `, whose "prov:entity" expands to ${entity.id} with the prefixes in scope where it is written (a bundle's own "prefix" applies inside that bundle).`), { line: entityLine(document, entity) });
    }
    const { document, entity, generation } = undeclared;
    const iri = generation.activity === generation.name
        ? ''
        : ` (${generation.activity}, with the prefixes in scope where the generation is written)`;
    return (0,violation/* violation */.Qf)('PROV_ACTIVITY_UNDECLARED', document.display, `The PROV entity ${entity.name} (${artifact.path}) is generated by the activity ${generation.name}${iri}, and ${document.display} declares no such activity; ${declarationAdvice(document, generation)}.`, { line: entityLine(document, generation) });
}
/**
 * Each value once. An entity has a few, compared one by one: no Set for each of 100,000
 * entities; a long list still gets one, so the work stays linear.
 */
function distinct(values) {
    if (values.length > 8)
        return new Set(values);
    return values.filter((value, index) => values.indexOf(value) === index);
}
/** Every artifact held to the PROV entities that name it. */
function checkProvEntities(documents, artifacts, display) {
    const provDocuments = documents.filter((d) => d.prov);
    if (provDocuments.length === 0)
        return [];
    // Every value an entity carries → the entities carrying it, and each document's declared
    // activities by IRI, built once: lookups per artifact, no scans.
    const carrying = new Map();
    const declared = new Map();
    for (const document of provDocuments) {
        declared.set(document, new Set(document.prov.activities.map((activity) => activity.id)));
        for (const entity of document.prov.entities) {
            const named = { document, entity };
            for (const value of distinct(entity.values)) {
                (0,multimap/* appendTo */.S)(carrying, value, named);
            }
        }
    }
    const violations = [];
    for (const artifact of artifacts) {
        const named = carrying.get(artifact.digest) ?? [];
        if (named.length > 0) {
            const ungenerated = checkGeneration(artifact, named, declared);
            if (ungenerated)
                violations.push(ungenerated);
            continue;
        }
        const first = carrying.get(artifact.path)?.[0];
        violations.push(first
            ? (0,violation/* violation */.Qf)('PROV_DIGEST_MISMATCH', first.document.display, `The PROV entity ${first.entity.name} names ${artifact.path} but not its digest ${artifact.digest}; the provenance describes another version of the file, so regenerate it.`, { line: entityLine(first.document, first.entity), about: (0,e_lfs/* pointerAbout */.DY)(artifact) })
            : (0,violation/* violation */.Qf)('PROV_ENTITY_MISSING', display(artifact.path), `No PROV entity names the artifact ${artifact.path} by its digest ${artifact.digest}; record it in the PROV bundle (for example "kfm:digest": "${artifact.digest}").`, { about: { digest: artifact.digest } }));
    }
    return violations;
}

// EXTERNAL MODULE: ./src/catalogs/stac.ts + 2 modules
var stac = __webpack_require__(9201);
;// CONCATENATED MODULE: ./src/gates/d-stac-links.ts
// Gate D's STAC links and assets: each href inside the root resolves to an inventoried file, and
// every file:checksum an asset carries is the SHA-256 of that file.




/** How a message names a target: `link "self"`, `asset "data"`. */
function what(target) {
    return 'rel' in target ? `link "${target.rel}"` : `asset "${target.key}"`;
}
/** A checksum a STAC asset carries, held against the digest of the file it links to. */
function stacChecksumViolations(document, target, entry, line) {
    const checksum = 'key' in target ? target.checksum : undefined;
    if (checksum === undefined)
        return [];
    const digest = (0,stac/* multihashToDigest */.VR)(checksum);
    const at = () => document.lineOf([...target.location, 'file:checksum']) ?? line();
    if (!digest) {
        const message = `The file:checksum of STAC ${what(target)} is not a SHA-256 multihash (1220 + 64 hex), so it cannot be checked; write it as SHA-256.`;
        return [(0,violation/* violation */.Qf)('CHECKSUM_UNSUPPORTED', document.display, message, { line: at() })];
    }
    if (digest === entry.digest)
        return [];
    const message = `The file:checksum of STAC ${what(target)} says ${digest}, but ${entry.path} has ${entry.digest}; the catalog describes another version of the file, so regenerate it.`;
    return [
        (0,violation/* violation */.Qf)('CHECKSUM_MISMATCH', document.display, message, {
            line: at(),
            about: (0,e_lfs/* pointerAbout */.DY)(entry)
        })
    ];
}
/** One link or asset: it resolves to an inventoried file inside the root, with its checksum. */
function stacTargetViolations(document, target, byPath) {
    const id = document.stac.id;
    const line = () => document.lineOf([...target.location, 'href']) ?? document.lineOf(target.location);
    const resolved = resolveHref(document.path, target.href);
    const found = (code, message, about) => [
        (0,violation/* violation */.Qf)(code, document.display, message, { line: line(), about })
    ];
    if (resolved === undefined)
        return [];
    if (resolved === 'invalid')
        return found('LINK_UNRESOLVED', `The STAC ${what(target)} of ${id} has the href "${target.href}", which is not a valid URL or relative path (paths are written with /, never a backslash or a Windows drive letter); fix the href.`);
    if (resolved === 'outside')
        return found('LINK_OUTSIDE_ROOT', `The STAC ${what(target)} of ${id} points to "${target.href}", outside the dataset root; link to a file inside it or to an absolute URL.`);
    const entry = byPath.get(resolved);
    if (!entry)
        return found('LINK_UNRESOLVED', `The STAC ${what(target)} of ${id} points to ${resolved}, which is not in the inventory; add the file to the artifacts or catalogs patterns, or fix the href.`, { missing: { path: resolved, lists: ['artifacts', 'catalogs'] } });
    return stacChecksumViolations(document, target, entry, line);
}
/** Every link and asset of the STAC documents held to the inventory. */
function checkStacLinks(documents, byPath) {
    // Loops into one list: no list per document and target kept until the last of 100,000.
    const violations = [];
    for (const document of documents) {
        if (!document.stac)
            continue;
        for (const targets of [document.stac.links, document.stac.assets])
            for (const target of targets)
                for (const found of stacTargetViolations(document, target, byPath))
                    violations.push(found);
    }
    return violations;
}

;// CONCATENATED MODULE: ./src/gates/d-catalogs.ts




/** The violation of a catalog kind absent from the catalogs. */
const KIND_MISSING = {
    dcat: 'DCAT_MISSING',
    stac: 'STAC_MISSING',
    prov: 'PROV_MISSING'
};
const ABSENT = [
    [
        'dcat',
        'No DCAT document (JSON-LD with a dcat:Dataset) is among the catalogs; add it to the catalogs patterns.'
    ],
    [
        'stac',
        'No STAC Catalog, Collection or Item is among the catalogs; add them, or set stac-applicable: false if STAC does not apply to this dataset.'
    ],
    [
        'prov',
        'No PROV bundle (PROV-JSON, or PROV-O in JSON-LD) is among the catalogs; add it to the catalogs patterns.'
    ]
];
function checkPresence(evidence) {
    const has = (kind) => evidence.documents.some((d) => d.kinds.includes(kind));
    return ABSENT.filter(([kind]) => !has(kind) && (kind !== 'stac' || evidence.stacApplicable)).map(([kind, message]) => (0,violation/* violation */.Qf)(KIND_MISSING[kind], 'catalogs', message, { about: { absent: kind } }));
}
/**
 * Entries by path, built without a [path, entry] pair for each of 100,000 entries. A directory
 * store (`cube.zarr/`) is found by a link to its directory with or without the final `/`.
 */
function byPathOf(entries) {
    const byPath = new Map();
    for (const entry of entries) {
        byPath.set(entry.path, entry);
        if (entry.path.endsWith('/'))
            byPath.set(entry.path.slice(0, -1), entry);
    }
    return byPath;
}
function checkTriplet(evidence) {
    const artifacts = byPathOf(evidence.artifacts);
    const catalogs = byPathOf(evidence.catalogs);
    // An artifact first, as a map of both lists with the artifacts added last would give it.
    const byPath = { get: (path) => artifacts.get(path) ?? catalogs.get(path) };
    return [
        ...checkPresence(evidence),
        ...checkStacLinks(evidence.documents, byPath),
        ...checkDcatLinks(evidence.documents, artifacts),
        ...checkProvEntities(evidence.documents, evidence.artifacts, evidence.display)
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
    return unreadable.flatMap(({ failed, path, problems }) => problems.map((p) => (0,violation/* violation */.Qf)(UNREADABLE_CODES[failed], path, p.message, { line: p.line })));
}
/** How many documents a kind's line names before it counts them instead. */
const NAMED_DOCUMENTS = 3;
/** A kind's documents in a few words: their names when few, else how many. */
function documentsLine(label, documents) {
    return documents.length <= NAMED_DOCUMENTS
        ? `${label}: ${documents.map((d) => d.display).join(', ')}`
        : `${label}: ${documents.length} documents`;
}
const STAC_NAMES = { Catalog: 'catalog', Collection: 'collection', Feature: 'item' };
/**
 * What gate D read of STAC, in one line whatever the number of items: the schema versions first
 * (so no cut hides them), then the documents by type, counted: `STAC 1.1.0 schemas: collection
 * (catalog/stac/collection.json) + 193 items`. An extension left unvalidated is one line for all
 * the documents naming it, and so is a version judged by another version's schemas.
 */
function stacLines(documents) {
    const stac = documents.filter((d) => d.stac !== undefined);
    if (stac.length === 0)
        return [];
    const versions = [
        ...new Set(stac.map(({ stac: view }) => view.schemaVersion ?? view.stacVersion))
    ].sort();
    const notes = [...new Set(stac.flatMap(({ stac: view }) => view.versionNote ?? []))].sort();
    const byType = ['Catalog', 'Collection', 'Feature'].flatMap((type) => {
        const of = stac.filter((d) => d.stac.type === type);
        if (of.length === 0)
            return [];
        const name = STAC_NAMES[type];
        return [of.length === 1 ? `${name} (${of[0].display})` : `${of.length} ${name}s`];
    });
    const unvalidated = new Map();
    for (const d of stac)
        for (const url of d.stac.unvalidatedExtensions)
            unvalidated.set(url, (unvalidated.get(url) ?? 0) + 1);
    return [
        `STAC ${versions.join(', ')} schemas: ${byType.join(' + ')}`,
        ...notes.map((note) => `STAC: ${note}`),
        ...[...unvalidated].map(([url, count]) => `STAC extension ${url} not validated in ${count} document(s) (no schema bundled or given in stac-extension-schemas; nothing is fetched)`)
    ];
}
const gateD = {
    letter: 'D',
    check(evidence, facts) {
        const { documents, unreadable } = evidence.catalogDocuments;
        const remote = facts.remoteAssets;
        const violations = [
            ...unreadableCatalogs(unreadable),
            ...checkTriplet({
                documents,
                artifacts: evidence.artifacts.entries,
                catalogs: evidence.catalogs.entries,
                stacApplicable: evidence.stacApplicable,
                display: evidence.display
            }),
            ...remote.violations
        ];
        // DCAT and PROV first, then STAC: each kind's line stays short, so none hides another.
        const checked = [];
        for (const kind of ['dcat', 'prov']) {
            const of = documents.filter((d) => d.kinds.includes(kind));
            if (of.length > 0)
                checked.push(documentsLine(kind.toUpperCase(), of));
        }
        if (!evidence.stacApplicable)
            checked.push('STAC declared not applicable (stac-applicable: false)');
        checked.push(...remote.checked);
        return { violations, checked: [...checked, ...stacLines(documents)] };
    }
};

// EXTERNAL MODULE: ./src/inventory/crawl.ts
var crawl = __webpack_require__(8063);
// EXTERNAL MODULE: ./src/inventory/partition.ts
var partition = __webpack_require__(4806);
// EXTERNAL MODULE: ./src/model/printable.ts
var printable = __webpack_require__(9498);
;// CONCATENATED MODULE: ./src/gates/causes.ts






/** What empties an input's whole list: nothing found by its patterns, or the patterns refused. */
const REFUSING = new Set([
    'PATTERN_MATCHES_NOTHING',
    'PATTERN_OUTSIDE_ROOT',
    'NO_PATTERNS',
    'GLOB_FAILED'
]);
/**
 * What a Git LFS pointer explains when it stands where content is needed: at its own path, a
 * document that does not parse or a digest the file does not have; elsewhere, through
 * `about.lfsPointer`, a catalog's, PROV's or receipt's digest for it.
 */
const POINTER_EXPLAINS = new Set([
    'SPEC_INVALID',
    'QA_REPORT_INVALID',
    'POLICY_DECISION_INVALID',
    'APPROVALS_INVALID',
    'RECEIPT_INVALID',
    'CATALOG_INVALID',
    'SBOM_INVALID',
    'ATTESTATION_INVALID',
    'PRECOMPUTED_INVALID',
    'DIGEST_MISMATCH',
    'PROV_ENTITY_MISSING',
    'ARTIFACT_WITHOUT_RECEIPT'
]);
/** The first key of each value the entries give, in their order: a lookup instead of a scan. */
function firstBy(entries, values) {
    const first = new Map();
    for (const entry of entries)
        for (const value of values(entry))
            if (!first.has(value))
                first.set(value, entry);
    return first;
}
/** Looks violations up by what they are; every answer is an index in the sorted list. */
class Found {
    violations;
    first = new Map();
    /** Gate E's violations that empty or narrow an input, by input, in order. */
    patterns = new Map();
    matchers = new Map();
    /** Shard index → the SHARD_MISSING saying a sharded inventory lacks it. */
    shardMissing = new Map();
    /** Digest → the first unreadable PROV catalog, and the first unreadable receipt, naming it. */
    provNaming;
    receiptNaming;
    constructor(violations, evidence) {
        this.violations = violations;
        const prov = evidence.catalogDocuments.unreadable.filter((u) => u.mentions?.kinds.includes('prov'));
        this.provNaming = firstBy(prov, (u) => u.mentions.digests);
        this.receiptNaming = firstBy(evidence.receipts?.unreadable ?? [], (u) => u.digests ?? []);
        violations.forEach((v, index) => {
            const key = `${v.gate} ${v.code} ${v.path}`;
            if (!this.first.has(key))
                this.first.set(key, index);
            if (v.gate === 'E' && REFUSING.has(v.code)) {
                (0,multimap/* appendTo */.S)(this.patterns, v.path, index);
            }
            if (v.code === 'SHARD_MISSING' && v.about?.shard !== undefined)
                this.shardMissing.set(v.about.shard, index);
        });
    }
    /** The first violation of this gate, code and path (as the evidence has it, or as shown). */
    of(gate, code, path) {
        return this.first.get(`${gate} ${code} ${(0,printable/* printable */.g$)(path)}`);
    }
    /** The first violation that refused or found nothing for an input's patterns. */
    refusal(input) {
        return this.patterns.get(input)?.[0];
    }
    /** The first pattern of one of `inputs` that matched nothing but would have found `path`. */
    wouldHaveFound(path, inputs) {
        for (const input of inputs) {
            for (const index of this.patterns.get(input) ?? []) {
                const patterns = this.violations[index].about?.patterns;
                if (!patterns)
                    continue;
                let matchers = this.matchers.get(index);
                if (!matchers)
                    this.matchers.set(index, (matchers = patterns.map(crawl/* patternMatcher */.l2)));
                if (matchers.some((matches) => matches(path)))
                    return index;
            }
        }
        return undefined;
    }
}
/** The first violation of the first unreadable catalog whose bytes say `says`. */
function unreadableCatalog(evidence, found, says) {
    for (const unreadable of evidence.catalogDocuments.unreadable) {
        if (!unreadable.mentions || !says(unreadable))
            continue;
        const index = found.of('D', UNREADABLE_CODES[unreadable.failed], unreadable.path);
        if (index !== undefined)
            return index;
    }
    return undefined;
}
/** The first shard file given that could not be read as one (the reader's SHARD_INVALID). */
function unreadableShard(evidence, found) {
    for (const f of evidence.artifacts.findings)
        if (f.kind === 'SHARD_INVALID')
            return found.of('E', 'SHARD_INVALID', f.path);
    return undefined;
}
/**
 * Why a sharded inventory lacks `path` (or, without one, every file): the shard that would list
 * it is missing; or no shard file could be read, so the first that could not is why.
 */
function shardBecause(path, evidence, found) {
    const sharded = evidence.artifactShards;
    if (!sharded)
        return undefined;
    if (sharded.shards.length === 0)
        return unreadableShard(evidence, found);
    if (path === undefined)
        return undefined;
    // A directory store's files are spread over the shards (each by its own path): any missing
    // shard may hold some of them, so the first missing one is why the store is not whole.
    if (found.shardMissing.size > 0 && (path.endsWith('/') || listsUnder(sharded.shards, `${path}/`)))
        return Math.min(...found.shardMissing.values());
    // The split gate E judges by: the shard of the lowest index (checkShards' reference).
    const count = [...sharded.shards].sort((a, b) => a.shard.index - b.shard.index)[0].shard.count;
    return found.shardMissing.get((0,partition/* shardOf */.I)(path, count));
}
/** Whether a shard file given lists a file under `prefix` (a directory store's, for one). */
function listsUnder(shards, prefix) {
    return shards.some((shard) => shard.entries.some((entry) => entry.path.startsWith(prefix)));
}
/** Why a catalog kind, or a list of the manifest, is absent, when a violation says why. */
function absentBecause(absent, evidence, found) {
    if (absent === 'artifacts' || absent === 'catalogs') {
        if (evidence[absent].entries.length > 0)
            return undefined;
        return (found.refusal(absent) ??
            (absent === 'artifacts' ? shardBecause(undefined, evidence, found) : undefined));
    }
    return (unreadableCatalog(evidence, found, (u) => u.mentions.kinds.includes(absent)) ??
        (evidence.catalogs.entries.length === 0 ? found.refusal('catalogs') : undefined) ??
        catalogPointer(evidence, found));
}
/**
 * The first catalog checked out as a Git LFS pointer: a pointer's text says nothing of the kind
 * it stands for, but the kind absent is read only once the catalogs are there, which is what the
 * pointer's LFS_POINTER asks for.
 */
function catalogPointer(evidence, found) {
    const entry = evidence.catalogs.entries.find((e) => e.lfsPointer);
    return entry && found.of('E', 'LFS_POINTER', evidence.display(entry.path));
}
/** Why no passing receipt lists an artifact, when a violation says why. */
function unreceiptedBecause(about, evidence, found) {
    if (about.explainedBy)
        return found.of('E', about.explainedBy.code, about.explainedBy.path);
    const reading = evidence.receipts;
    if (!reading)
        return undefined;
    const unreadable = about.digest && found.receiptNaming.get(about.digest);
    if (unreadable)
        return found.of('E', 'RECEIPT_INVALID', unreadable.path);
    // No receipt read at all: whatever the patterns met is why none lists anything.
    return reading.receipts.length === 0 && reading.unreadable.length === 0
        ? found.refusal('run-receipts')
        : undefined;
}
/** The LFS_POINTER that explains `v`, if a pointer does (POINTER_EXPLAINS). */
function pointerCause(v, evidence, found) {
    const artifact = v.about?.lfsPointer;
    if (artifact !== undefined)
        return found.of('E', 'LFS_POINTER', evidence.display(artifact));
    return POINTER_EXPLAINS.has(v.code) ? found.of('E', 'LFS_POINTER', v.path) : undefined;
}
/** The violation that directly explains `v`, if one does. */
function directCause(v, evidence, found) {
    const pointer = pointerCause(v, evidence, found);
    if (pointer !== undefined)
        return pointer;
    const about = v.about;
    if (!about)
        return undefined;
    if (about.missing)
        return (found.wouldHaveFound(about.missing.path, about.missing.lists) ??
            (about.missing.lists.includes('artifacts')
                ? shardBecause(about.missing.path, evidence, found)
                : undefined));
    // A shard missing because a shard file given could not be read: that file is the one meant.
    if (v.code === 'SHARD_MISSING')
        return unreadableShard(evidence, found);
    if (v.code === 'ARTIFACT_WITHOUT_RECEIPT')
        return unreceiptedBecause(about, evidence, found);
    if (v.code === 'PROV_ENTITY_MISSING' && about.digest) {
        const unreadable = found.provNaming.get(about.digest);
        return unreadable && found.of('D', UNREADABLE_CODES[unreadable.failed], unreadable.path);
    }
    if (!about.absent)
        return undefined;
    const absent = about.absent;
    // Not the *_MISSING itself: a licence or an obligation absent with its catalog kind.
    if (absent in KIND_MISSING && v.code !== KIND_MISSING[absent]) {
        const missing = found.of('D', KIND_MISSING[absent], 'catalogs');
        if (missing !== undefined)
            return missing;
    }
    return absentBecause(absent, evidence, found);
}
/** The violation at the top of `index`'s chain of causes; itself when it has none (or a loop). */
function rootOf(index, direct) {
    const seen = new Set([index]);
    let at = index;
    for (let next = direct[at]; next !== undefined; next = direct[at]) {
        if (seen.has(next))
            return index;
        seen.add(next);
        at = next;
    }
    return at;
}
/**
 * The violations in the report order, cause first: first the causes (violations others follow
 * from), then the violations that are neither cause nor consequence, then each cause's
 * consequences together, each with `causedBy`, the index of its cause. Every violation stays;
 * any first part of the list holds the cause of each consequence in it. `violations` is in the
 * gates' sorted order, which each group keeps.
 */
function causeFirst(violations, evidence) {
    const found = new Found(violations, evidence);
    const direct = violations.map((v, index) => {
        const cause = directCause(v, evidence, found);
        return cause === index ? undefined : cause;
    });
    const root = violations.map((_v, index) => rootOf(index, direct));
    const caused = new Map();
    root.forEach((top, index) => {
        if (top !== index)
            (0,multimap/* appendTo */.S)(caused, top, index);
    });
    const tops = root.flatMap((top, index) => (top === index ? [index] : []));
    const order = [
        ...tops.filter((index) => caused.has(index)),
        ...tops.filter((index) => !caused.has(index)),
        ...tops.flatMap((index) => caused.get(index) ?? [])
    ];
    const placed = new Map(order.map((index, at) => [index, at]));
    return order.map((index) => {
        const reported = (0,violation/* withoutAbout */._Y)(violations[index]);
        const top = root[index];
        return top === index ? reported : { ...reported, causedBy: placed.get(top) };
    });
}

// EXTERNAL MODULE: ./src/gates/e-inventory.ts + 2 modules
var e_inventory = __webpack_require__(1456);
// EXTERNAL MODULE: ./src/gates/e-written.ts
var e_written = __webpack_require__(4133);
// EXTERNAL MODULE: ./src/gates/f-contract.ts
var f_contract = __webpack_require__(769);
// EXTERNAL MODULE: ./src/model/canonical.ts
var canonical = __webpack_require__(9563);
// EXTERNAL MODULE: ./src/model/json.ts
var json = __webpack_require__(7979);
;// CONCATENATED MODULE: ./src/gates/f-written.ts
// Gate F for a written manifest (verify): it is readable, valid against the v1 schema, the bytes
// expected (expect-digest), and the sidecars beside it (the checksums file, the in-toto
// Statement) say what the manifest's bytes give.




/** The first line where two texts differ (1-based). */
function firstDifferentLine(actual, expected) {
    const a = actual.split('\n');
    const b = expected.split('\n');
    let line = 0;
    while (line < a.length && line < b.length && a[line] === b[line])
        line++;
    return line + 1;
}
/** Whether two values have one canonical form; never when either has none (a number read as Infinity). */
function sameJson(a, b) {
    try {
        return (0,canonical/* canonicalJson */.d)(a) === (0,canonical/* canonicalJson */.d)(b);
    }
    catch {
        return false;
    }
}
/** Where a Statement differs from the one its manifest gives, in words; undefined when it does not. */
function statementDifference(actual, expected, manifest) {
    if (sameJson(actual, expected))
        return undefined;
    const found = (0,json/* isRecord */.u4)(actual) ? actual : {};
    const wanted = expected;
    const subjects = Array.isArray(found.subject) ? found.subject : [];
    const [own] = wanted.subject;
    const named = subjects.find((s) => (0,json/* isRecord */.u4)(s) && s.name === own.name);
    const hex = (0,json/* isRecord */.u4)(named) && (0,json/* isRecord */.u4)(named.digest) ? named.digest.sha256 : undefined;
    if (typeof hex !== 'string')
        return `names no subject "${own.name}" with a sha256 digest, as its first subject`;
    if (hex !== own.digest.sha256)
        return `names ${manifest} with the digest sha256:${hex}, but the manifest's bytes hash to sha256:${own.digest.sha256}`;
    if (!sameJson(subjects[0], own))
        return `does not name ${manifest} and its digest alone as its first subject`;
    if (subjects.length !== wanted.subject.length)
        return `has ${subjects.length} subject(s), but the manifest gives ${wanted.subject.length} (itself and each artifact)`;
    const at = subjects.findIndex((s, i) => !sameJson(s, wanted.subject[i]));
    if (at >= 0)
        return `names subject ${at} otherwise than the manifest's artifact ${at - 1} and its digest`;
    if (!('predicate' in found) ||
        !sameJson(found.predicate, expected.predicate))
        return 'has a predicate other than the manifest itself';
    return 'differs from the Statement the manifest gives in its _type, predicateType or a field of its own';
}
function sidecarViolation(sidecar, manifest) {
    const { path, actual } = sidecar;
    const again = 'promote again to write the manifest and its sidecars together';
    if (actual === undefined) {
        const message = `${path} is beside ${manifest} but ${sidecar.problem ?? 'cannot be read'}; ${again}, or remove it.`;
        return (0,violation/* violation */.Qf)('SIDECAR_MISMATCH', path, message);
    }
    if (sidecar.kind === 'statement') {
        const difference = statementDifference(actual, sidecar.expected, manifest);
        if (difference === undefined)
            return undefined;
        const message = `${path} ${difference}: it or ${manifest} changed after they were written, and an attestation of it would vouch for other files; ${again}.`;
        return (0,violation/* violation */.Qf)('SIDECAR_MISMATCH', path, message);
    }
    if (actual === sidecar.expected)
        return undefined;
    const line = firstDifferentLine(sidecar.actual, sidecar.expected);
    const message = `${path} does not list the files ${manifest} lists, with their digests (line ${line} differs): one of them changed after they were written; ${again}.`;
    return (0,violation/* violation */.Qf)('SIDECAR_MISMATCH', path, message, { line });
}
/** Gate F for a written manifest: readable, valid, the expected bytes, and its sidecars agree. */
const verifyGateF = {
    letter: 'F',
    check(evidence) {
        const document = evidence.manifest;
        if (!document.readable) {
            const { path, message, line } = document;
            return {
                violations: [(0,violation/* violation */.Qf)('MANIFEST_UNREADABLE', path, message, { line })],
                checked: []
            };
        }
        const violations = (0,f_contract/* validateManifest */.yl)(document.value, document.path);
        const checked = [];
        if (violations.length === 0)
            checked.push(`${document.path} valid against the v1 schema`);
        const expected = evidence.expectDigest;
        if (expected !== undefined && expected !== document.digest) {
            const message = `${document.path} hashes to ${document.digest}, not to the expected ${expected}: this is not the manifest that was generated (or attested). Fetch the right one; never edit a manifest by hand.`;
            violations.push((0,violation/* violation */.Qf)('MANIFEST_DIGEST_UNEXPECTED', document.path, message));
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

// EXTERNAL MODULE: ./src/manifest/build.ts
var build = __webpack_require__(2533);
// EXTERNAL MODULE: ./src/gates/c-approvals.ts
var c_approvals = __webpack_require__(1680);
// EXTERNAL MODULE: ./src/gates/c-decision.ts
var c_decision = __webpack_require__(5336);
// EXTERNAL MODULE: ./src/catalogs/remote-links.ts
var remote_links = __webpack_require__(8716);
// EXTERNAL MODULE: ./src/model/shown-url.ts
var shown_url = __webpack_require__(7776);
;// CONCATENATED MODULE: ./src/gates/d-remote-assets.ts
// Gate D, remote assets: a catalog link to an absolute URL names a published copy, and must be
// tied to an artifact (or store) of this release: by the checksum it carries, by the bytes
// remote-assets: fetch read, or listed as unverified when the workflow allows it
// (docs/decisions.md, "Remote assets"). Reads the evidence only: the network was read before.




/** The last segment of a URL's path or of a root-relative path (a store's, without its `/`). */
function fileNameOf(path) {
    const trimmed = path.replace(/[?#].*$/s, '').replace(/\/+$/, '');
    const last = trimmed.slice(trimmed.lastIndexOf('/') + 1);
    try {
        return decodeURIComponent(last);
    }
    catch {
        return last;
    }
}
/** The entries of the release by digest and by file name, built once. */
class ReleaseIndex {
    entries;
    byDigest = new Map();
    byName;
    constructor(entries) {
        this.entries = entries;
        // Every digest of the inventory: an artifact's, a store's, a catalog's. Stores merged from
        // another list compose: each is one more entry with its own digest.
        for (const entry of entries)
            (0,multimap/* appendTo */.S)(this.byDigest, entry.digest, entry);
    }
    /**
     * The entry with this digest, the one of the link's file name first. The bytes of one object
     * are never a store (a folder of objects): `filesOnly` leaves stores out.
     */
    withDigest(digest, name, filesOnly = false) {
        const found = this.byDigest.get(digest)?.filter((entry) => !filesOnly || !isStore(entry));
        return found?.find((entry) => fileNameOf(entry.path) === name) ?? found?.[0];
    }
    /** The entry of this file name, when exactly one has it. */
    named(name) {
        if (!this.byName) {
            this.byName = new Map();
            for (const entry of this.entries)
                (0,multimap/* appendTo */.S)(this.byName, fileNameOf(entry.path), entry);
        }
        const found = this.byName.get(name);
        return found?.length === 1 ? found[0] : undefined;
    }
}
/** A directory store's entry: its path ends with `/` (docs/decisions.md, "Directory stores"). */
function isStore(entry) {
    return entry.path.endsWith('/');
}
/** What the summary says beside a copy whose file name is not its artifact's. */
function nameNote(link, entry) {
    const name = fileNameOf(link.url);
    const own = fileNameOf(entry.path);
    return name === own ? undefined : `file name ${name} is not the artifact's (${own})`;
}
/** The checksum a message tells the user to add, in the link's own property. */
function checksumAdvice(link, entry) {
    const hex = entry ? entry.digest.slice('sha256:'.length) : '<64 hex of its SHA-256>';
    return link.property === 'file:checksum'
        ? `"file:checksum": "1220${hex}"${entry ? ` (the digest of ${entry.path})` : ''}`
        : `an spdx:checksum with spdx:algorithm spdx:checksumAlgorithm_sha256 and spdx:checksumValue ${hex}${entry ? ` (the digest of ${entry.path})` : ''}`;
}
function found(link, code, message) {
    return { violation: (0,violation/* violation */.Qf)(code, link.document.display, message, { line: link.line() }) };
}
/**
 * With fetch, a link to a store: a store is a folder of objects, and fetch reads one object per
 * link, so whatever one read gave (a 404, a listing page, an object that merely hashes to the
 * store's digest) is not the store. Refused rather than passed on its checksum alone.
 */
function storeNotRead(link, store) {
    return found(link, 'REMOTE_ASSET_UNREADABLE', `The ${link.what} links to ${(0,shown_url/* shownUrl */.z)(link.url)}, the published copy of the directory store ${store.path}: a store is a folder of objects, and remote-assets: fetch reads one object per link, so it cannot compare a store. Give the link the store's checksum, ${checksumAdvice(link, store)}, and run with remote-assets: require-checksum, which ties it by that checksum (remote-assets: allow lists it as unverified).`);
}
/** A link whose checksum names an entry: with fetch, its bytes must have that digest too. */
function judgeClaimed(link, digest, entry, reading) {
    const note = nameNote(link, entry);
    if (reading === undefined)
        return { copy: { copyOf: entry.path, by: 'checksum', note } };
    if (isStore(entry))
        return storeNotRead(link, entry);
    const url = (0,shown_url/* shownUrl */.z)(link.url);
    if ('problem' in reading)
        return found(link, 'REMOTE_ASSET_UNREADABLE', `The ${link.what} links to ${url}, which could not be read: ${reading.problem}`);
    if (reading.digest !== digest)
        return found(link, 'REMOTE_ASSET_MISMATCH', `The ${link.what} links to ${url}, whose bytes have ${reading.digest}; its ${link.property} names ${entry.path} (${digest}). The published copy is not this release's file: publish the artifact again at that URL, or link the copy that holds it.`);
    const by = reading.source === 'stream' ? 'bytes' : 'store checksum';
    return { copy: { copyOf: entry.path, by, note } };
}
/** A link without a checksum: refused, allowed as unverified, or judged by the bytes read. */
function judgeUnclaimed(link, release, remote) {
    const name = fileNameOf(link.url);
    const named = release.named(name);
    const url = (0,shown_url/* shownUrl */.z)(link.url);
    if (remote.mode === 'require-checksum')
        return found(link, 'REMOTE_ASSET_UNVERIFIED', `The ${link.what} links to ${url} without a ${link.property}, so nothing ties it to an artifact of this release; add ${checksumAdvice(link, named)}, or set remote-assets: fetch to have the gate read and compare it (remote-assets: allow lists it as unverified).`);
    if (remote.mode === 'allow') {
        const note = named ? `not checked; by its file name, ${named.path}` : 'not checked';
        return { copy: { by: 'unverified', note } };
    }
    const reading = remote.readings?.get(link.url);
    const read = reading && 'digest' in reading ? reading : undefined;
    const entry = read && release.withDigest(read.digest, name, true);
    if (read && entry) {
        const by = read.source === 'stream' ? 'bytes' : 'store checksum';
        return { copy: { copyOf: entry.path, by, note: nameNote(link, entry) } };
    }
    if (named && isStore(named))
        return storeNotRead(link, named);
    if (read === undefined)
        return found(link, 'REMOTE_ASSET_UNREADABLE', `The ${link.what} links to ${url}, which could not be read: ${reading && 'problem' in reading ? reading.problem : 'it was not fetched.'}`);
    if (named)
        return found(link, 'REMOTE_ASSET_MISMATCH', `The ${link.what} links to ${url}, whose bytes have ${read.digest}, not the digest of ${named.path} (${named.digest}), the artifact of that file name. Publish the artifact again at that URL, or link the copy that holds it, with ${checksumAdvice(link, named)}.`);
    return found(link, 'REMOTE_ASSET_UNKNOWN', `The ${link.what} links to ${url}, whose bytes (${read.digest}) are no artifact of this release: the catalog describes bytes this gate never saw. Link the published copy of an artifact of this release, or add the file to the artifacts.`);
}
function judgeLink(link, release, remote) {
    const url = (0,shown_url/* shownUrl */.z)(link.url);
    const judged = link.unsupported.map((checksum) => found(link, 'CHECKSUM_UNSUPPORTED', `The ${link.property} of the ${link.what} (${url}) is "${checksum}", not SHA-256, so it cannot be matched with an artifact; write it as SHA-256.`));
    if (link.digests.length === 0)
        return judged.length > 0 ? judged : [judgeUnclaimed(link, release, remote)];
    const reading = remote.mode === 'fetch' ? remote.readings?.get(link.url) : undefined;
    const unread = { problem: 'it was not fetched.' };
    for (const digest of link.digests) {
        const entry = release.withDigest(digest, fileNameOf(link.url));
        judged.push(entry
            ? judgeClaimed(link, digest, entry, remote.mode === 'fetch' ? (reading ?? unread) : undefined)
            : found(link, 'REMOTE_ASSET_UNKNOWN', `The ${link.property} of the ${link.what} (${url}) is ${digest}, the digest of no artifact of this release: the catalog describes bytes this gate never saw. Publish this release's artifact there and give its digest, or add the file to the artifacts.`));
    }
    return judged;
}
/** The links counted by scheme, for the summary: `2 https, 1 s3`. */
function bySchemes(links) {
    const counts = new Map();
    for (const link of links)
        counts.set(link.scheme, (counts.get(link.scheme) ?? 0) + 1);
    return [...counts].map(([scheme, count]) => `${count} ${scheme}`).join(', ');
}
function checkedLine(links, copies, remote) {
    if (links.length === 0)
        return [];
    const counts = new Map();
    for (const copy of copies)
        counts.set(copy.by, (counts.get(copy.by) ?? 0) + 1);
    const parts = [
        ['checksum', 'tied by checksum'],
        ['bytes', 'read and compared'],
        ['store checksum', "compared by the store's SHA-256"],
        ['unverified', 'unverified']
    ];
    const said = parts.flatMap(([by, words]) => counts.get(by) ? [`${counts.get(by)} ${words}`] : []);
    const renamed = copies.filter((copy) => copy.copyOf && copy.note).length;
    if (renamed > 0)
        said.push(`${renamed} whose file name is not its artifact's`);
    return [
        `${links.length} remote asset link${links.length === 1 ? '' : 's'} (${bySchemes(links)}; remote-assets: ${remote.mode})` +
            (said.length > 0 ? `: ${said.join(', ')}` : '')
    ];
}
function judgeRemoteAssets(evidence) {
    const release = new ReleaseIndex(evidence.entries);
    const violations = [];
    const copies = [];
    for (const link of evidence.links) {
        for (const judged of judgeLink(link, release, evidence.remote)) {
            if ('violation' in judged)
                violations.push(judged.violation);
            else {
                const copy = {
                    url: (0,shown_url/* shownUrl */.z)(link.url),
                    catalog: link.document.display,
                    ...judged.copy
                };
                if (copy.note === undefined)
                    delete copy.note;
                if (copy.copyOf === undefined)
                    delete copy.copyOf;
                copies.push(copy);
            }
        }
    }
    return { violations, copies, checked: checkedLine(evidence.links, copies, evidence.remote) };
}
/** The remote asset links of a run's catalogs, judged: gate D's violations and the summary's list. */
function remoteAssetsOf(evidence) {
    const links = (0,remote_links/* remoteLinksOf */.f)(evidence.catalogDocuments.documents);
    // No index of 100,000 digests built for a release whose catalogs link nothing remote.
    if (links.length === 0)
        return { violations: [], copies: [], checked: [] };
    return judgeRemoteAssets({
        links,
        entries: evidence.artifacts.entries.concat(evidence.catalogs.entries),
        remote: evidence.remoteAssets
    });
}

;// CONCATENATED MODULE: ./src/gates/facts.ts






function factsOf(evidence) {
    const identity = identityOf(evidence);
    // A document is judged when it was given and could be read; its gate says why it could not.
    const ifReadable = (document, judged) => (document?.readable ? judged(document) : undefined);
    const policyDecision = ifReadable(evidence.policyDecision, c_decision/* judgePolicyDecision */.c);
    const qaReport = ifReadable(evidence.qaReport, f_contract/* judgeQaReport */.e6);
    const approvalsFile = ifReadable(evidence.approvals, c_approvals/* judgeApprovals */.U1);
    const approvals = [
        ...(approvalsFile?.value ?? []),
        ...(evidence.reviewApprovals?.approvals ?? [])
    ];
    const facts = {
        identity,
        policyDecision,
        qaReport,
        approvalsFile,
        approvals,
        remoteAssets: remoteAssetsOf(evidence)
    };
    return { ...facts, manifest: candidateManifest(evidence, facts) };
}
/** The manifest the facts give, whenever every part of it exists, valid or not. */
function candidateManifest(evidence, facts) {
    const { datasetVersionId, specHash, releasedAt } = facts.identity;
    const qa = facts.qaReport?.value;
    const policy = facts.policyDecision?.value;
    if (!datasetVersionId || !specHash || !releasedAt || !qa || !policy)
        return undefined;
    return (0,build/* buildManifest */.u1)({
        datasetSlug: evidence.datasetSlug,
        datasetVersionId,
        specHash,
        releasedAt,
        artifacts: evidence.artifacts.entries,
        catalogs: evidence.catalogs.entries,
        qa,
        policy,
        approvals: facts.approvals
    });
}

// EXTERNAL MODULE: ./src/documents/json-document.ts
var json_document = __webpack_require__(8258);
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
            statement = (0,json_document/* ownPropertiesOnly */.gV)(JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')));
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
        return [(0,violation/* violation */.Qf)(code, document.path, document.message, { line: document.line })];
    const found = problem(document.value);
    return found ? [(0,violation/* violation */.Qf)(code, document.path, found, { line: 1 })] : [];
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
// The gates of the promotion contract, in one table: each a pure function from the evidence, and
// the facts worked out from it once, to its violations. judge runs this table and nothing else
// decides: its verdict is the status, the violations cause first, each gate's report, and the
// manifest the facts give. The README's gate table is checked against this one.














const GATE_TABLE = [gateA, gateB, c_policy/* gateC */.h, gateD, e_inventory/* gateE */.V, f_contract/* gateF */.O6, gateG];
/** What verifying a written manifest runs: the inventory and the contract, on the files now. */
const VERIFY_TABLE = [e_written/* verifyGateE */._, verifyGateF];
/** Runs every gate of the table on the evidence and the facts worked out from it. */
function judge(evidence) {
    const facts = factsOf(evidence);
    const judged = judgeWith(GATE_TABLE, evidence, facts);
    const violations = causeFirst(judged.violations, evidence);
    const { manifest } = facts;
    const status = violations.length === 0 && manifest ? 'pass' : 'fail';
    return { status, violations, gates: judged.gates, facts, manifest };
}
/** Runs every gate of the verify table on a written manifest's evidence. */
function judgeWritten(evidence) {
    const judged = judgeWith(VERIFY_TABLE, evidence, undefined);
    const violations = judged.violations.map(violation/* withoutAbout */._Y);
    return { status: violations.length === 0 ? 'pass' : 'fail', violations, gates: judged.gates };
}
function judgeWith(table, evidence, facts) {
    const outcomes = table.map((gate) => ({ gate, outcome: gate.check(evidence, facts) }));
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

/***/ 2533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nz: () => (/* binding */ manifestPieces),
/* harmony export */   qp: () => (/* binding */ manifestCanonicalDigest),
/* harmony export */   u1: () => (/* binding */ buildManifest)
/* harmony export */ });
/* unused harmony export orderedManifest */
/* harmony import */ var _model_order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6553);
/* harmony import */ var _model_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9563);
/* harmony import */ var _model_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7979);



const byPath = (a, b) => (0,_model_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n)(a.path, b.path);
/**
 * The manifest in its one order: fields as the contract template has them, artifacts and
 * catalogs by path, approvals by role, principal and time (all by UTF-8 bytes). Only the
 * contract's fields are taken from each entry, so any other field a caller passes is left out.
 */
function orderedManifest(fields) {
    return {
        kfm_promotion_manifest_version: 'v1',
        dataset_slug: fields.datasetSlug,
        dataset_version_id: fields.datasetVersionId,
        spec_hash: fields.specHash,
        released_at: fields.releasedAt,
        artifacts: fields.artifacts
            .map((a) => ({ path: a.path, digest: a.digest, media_type: a.media_type }))
            .sort(byPath),
        catalogs: fields.catalogs.map((c) => ({ path: c.path, digest: c.digest })).sort(byPath),
        qa: { status: fields.qa.status, report_digest: fields.qa.report_digest },
        policy: { policy_label: fields.policy.policy_label, decision_id: fields.policy.decision_id },
        approvals: fields.approvals
            .map((a) => ({ role: a.role, principal: a.principal, approved_at: a.approved_at }))
            .sort((a, b) => (0,_model_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n)(a.role, b.role) ||
            (0,_model_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n)(a.principal, b.principal) ||
            (0,_model_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n)(a.approved_at, b.approved_at))
    };
}
/** The manifest the pipeline's evidence gives. */
function buildManifest(parts) {
    return orderedManifest({
        ...parts,
        artifacts: parts.artifacts.map((a) => ({
            path: a.path,
            digest: a.digest,
            media_type: a.mediaType
        })),
        qa: { status: parts.qa.status, report_digest: parts.qa.reportDigest },
        policy: { policy_label: parts.policy.policyLabel, decision_id: parts.policy.decisionId },
        approvals: parts.approvals.map((a) => ({
            role: a.role,
            principal: a.principal,
            approved_at: a.approvedAt
        }))
    });
}
/**
 * The bytes written to disk, two-space JSON and a final newline, as their two pieces (jsonPieces):
 * a manifest of 100,000 entries is hashed and written without being copied whole.
 */
function manifestPieces(manifest) {
    return (0,_model_json_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonPieces */ .Mx)(manifest);
}
/**
 * The manifest-canonical-digest output: the digest of the RFC 8785 form, the same for any
 * indentation. manifest-digest is the digest of the bytes written, as sha256sum gives it.
 */
function manifestCanonicalDigest(manifest) {
    return (0,_model_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalDigest */ .X)(manifest);
}


/***/ }),

/***/ 7013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M$: () => (/* binding */ checksumsPieces),
/* harmony export */   O2: () => (/* binding */ checksumsPath),
/* harmony export */   cV: () => (/* binding */ checksumsText)
/* harmony export */ });
/* harmony import */ var _model_sha256sum_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9963);
// The checksums file beside the manifest: every artifact and catalog in `sha256sum` format, so
// `sha256sum -c` run in the dataset root checks the files, and actions/attest's
// `subject-checksums` can attest each of them. A directory store is listed file by file.

/** Lines joined into one piece before the pieces are joined (see checksumsText). */
const LINES_A_PIECE = 1000;
/** The lines of every artifact and then every catalog, in the manifest's order. */
function checksumsText(manifest, stores) {
    return checksumsPieces(manifest, stores).join('');
}
/**
 * checksumsText in pieces of a thousand lines, which a large list is written in: the line
 * strings of 200,000 entries never all exist at once, nor the text twice. A store's files stand
 * where the store stands: its path is their common prefix, so the order stays the paths' order.
 */
function checksumsPieces(manifest, stores) {
    const pieces = [];
    let lines = [];
    const add = (entry) => {
        lines.push((0,_model_sha256sum_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256sumLine */ .F)(entry.digest, entry.path));
        if (lines.length === LINES_A_PIECE) {
            pieces.push(lines.join(''));
            lines = [];
        }
    };
    for (const list of [manifest.artifacts, manifest.catalogs]) {
        for (const entry of list) {
            const files = stores?.get(entry.path);
            if (files)
                for (const file of files)
                    add(file);
            else
                add(entry);
        }
    }
    if (lines.length > 0)
        pieces.push(lines.join(''));
    return pieces;
}
/** `promotion_manifest.json` → `promotion_manifest.sha256sums`. */
function checksumsPath(manifestPath) {
    return manifestPath.replace(/(\.json)?$/i, '.sha256sums');
}


/***/ }),

/***/ 3545:
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
        statement: (0,_statement_js__WEBPACK_IMPORTED_MODULE_0__/* .statementPath */ .n)(manifestPath),
        checksums: (0,_checksums_js__WEBPACK_IMPORTED_MODULE_1__/* .checksumsPath */ .O2)(manifestPath)
    };
}


/***/ }),

/***/ 6600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ buildStatement),
/* harmony export */   n: () => (/* binding */ statementPath)
/* harmony export */ });
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
                // A directory store's digest is in-toto's dirHash of its files (docs/decisions.md, Directory stores; docs/directory-stores.md).
                digest: { [a.path.endsWith('/') ? 'dirHash' : 'sha256']: a.digest.slice('sha256:'.length) }
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

/***/ 9563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ canonicalDigest),
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var canonicalize__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8799);
// The canonical form (RFC 8785, JCS) of JSON values, and the digest of that form.


/** RFC 8785 canonical JSON text of a value of the JSON data model. */
function canonicalJson(value) {
    const text = (0,canonicalize__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A)(value);
    if (text === undefined)
        throw new TypeError('a value outside the JSON data model has no canonical form');
    return text;
}
/** Levels of objects and arrays whose members go to the hash one by one (see canonicalDigest). */
const STREAMED_LEVELS = 2;
/** Text gathered before it goes to the hash: few calls, and no long string. */
const CHUNK = 64 * 1024;
/** What JSON.stringify leaves out of an object and writes as null in an array. */
const unrepresentable = (value) => value === undefined || typeof value === 'symbol' || typeof value === 'function';
/** An object or array whose members can be written one by one (no toJSON, no boxed value). */
function isPlainContainer(value) {
    if (value === null || typeof value !== 'object')
        return false;
    if (typeof value.toJSON === 'function')
        return false;
    return !(value instanceof Number || value instanceof String || value instanceof Boolean);
}
/**
 * Writes the canonical text of `value` in pieces: the members of its top `levels` levels one at
 * a time, what is below each by canonicalize. Returns false, writing nothing, when the value has
 * no canonical text (a toJSON that gives undefined), as canonicalize returns undefined.
 */
function writeCanonical(value, write, levels) {
    if (levels === 0 || !isPlainContainer(value)) {
        const text = (0,canonicalize__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A)(value);
        if (text === undefined)
            return false;
        write(text);
        return true;
    }
    if (Array.isArray(value)) {
        write('[');
        value.forEach((element, index) => {
            if (index > 0)
                write(',');
            const item = unrepresentable(element) ? null : element;
            if (!writeCanonical(item, write, levels - 1))
                write('null');
        });
        write(']');
        return true;
    }
    write('{');
    let first = true;
    for (const key of Object.keys(value).sort()) {
        const member = value[key];
        if (unrepresentable(member))
            continue;
        // A member whose toJSON gives nothing is left out, its key too, as canonicalize does.
        const below = levels > 1 && isPlainContainer(member) ? undefined : (0,canonicalize__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A)(member);
        if (below === undefined && !isPlainContainer(member))
            continue;
        write(`${first ? '' : ','}${canonicalJson(key)}:`);
        first = false;
        if (below !== undefined)
            write(below);
        else
            writeCanonical(member, write, levels - 1);
    }
    write('}');
    return true;
}
/**
 * The digest of a JSON value's canonical form: spec_hash and manifest-digest are both this. The
 * text goes to the hash in pieces (the members of the top two levels one at a time), so the
 * canonical form of a manifest of 100,000 entries is never one string in memory; the digest is
 * that of canonicalJson's bytes (a test holds the two together).
 */
function canonicalDigest(value) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let pending = '';
    const write = (text) => {
        pending += text;
        if (pending.length < CHUNK)
            return;
        hash.update(pending, 'utf8');
        pending = '';
    };
    if (!writeCanonical(value, write, STREAMED_LEVELS))
        throw new TypeError('a value outside the JSON data model has no canonical form');
    hash.update(pending, 'utf8');
    return `sha256:${hash.digest('hex')}`;
}


/***/ }),

/***/ 7776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ hasUserInfo),
/* harmony export */   z: () => (/* binding */ shownUrl)
/* harmony export */ });
// A URL as messages and the summary show it: without the credentials a link may carry. A user
// name and password are dropped; every query value is replaced, since a signed URL carries its
// secret there under a name each store chooses (`sig`, `X-Amz-Signature`, `token`, ...); the
// fragment is dropped. The names of the query's parameters stay, so the reader can tell a
// signed URL from a plain one.
/** The URL without user, password, query values or fragment; the text as given when no URL. */
function shownUrl(url) {
    const parsed = URL.parse(url);
    if (parsed === null)
        return url.replace(/[?#].*$/s, '');
    // abfss://container@account...: the user part names the container, not a person.
    if (parsed.protocol !== 'abfss:')
        parsed.username = '';
    parsed.password = '';
    parsed.hash = '';
    if (parsed.search !== '') {
        const names = [...new URLSearchParams(parsed.search).keys()];
        parsed.search = '';
        return `${parsed.href}?${names.map((name) => `${encodeURIComponent(name)}=…`).join('&')}`;
    }
    return parsed.href;
}
/** Whether the URL names a user or a password: secrets written into the catalog itself. */
function hasUserInfo(url) {
    const parsed = URL.parse(url);
    if (parsed === null)
        return false;
    return parsed.password !== '' || (parsed.username !== '' && parsed.protocol !== 'abfss:');
}


/***/ })

};
