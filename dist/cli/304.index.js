export const id = 304;
export const ids = [304];
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

// UNUSED EXPORTS: BUNDLED_CONTEXTS, RemoteContextRefused

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
/* harmony export */   ft: () => (/* binding */ remoteLinksOf)
/* harmony export */ });
/* unused harmony exports REMOTE_SCHEMES, remoteScheme */
/* harmony import */ var _stac_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9862);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8746);
// The asset links of the catalogs that name published copies: a STAC asset's href or a DCAT
// distribution's downloadURL/accessURL written as an absolute URL (DECISIONS.md, "Remote
// assets"), with the checksum the catalog gives it. Gate D judges them; remote-assets: fetch
// reads them first (src/remote/).


/** The schemes of the object stores and web servers a published copy lives on. */
const REMOTE_SCHEMES = (/* unused pure expression or super */ null && (['http', 'https', 's3', 'gs', 'az', 'abfss']));
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

/***/ 3865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ KIND_MISSING),
/* harmony export */   Zj: () => (/* binding */ UNREADABLE_CODES),
/* harmony export */   ar: () => (/* binding */ gateD)
/* harmony export */ });
/* unused harmony exports resolveHref, checkTriplet, unreadableCatalogs */
/* harmony import */ var _catalogs_jsonld_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8310);
/* harmony import */ var _catalogs_stac_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9862);
/* harmony import */ var _catalogs_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8746);
/* harmony import */ var _model_multimap_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2600);
/* harmony import */ var _e_lfs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2857);
/* harmony import */ var _model_violation_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6078);
/* harmony import */ var _d_remote_assets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2481);
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
    const plain = resolvePlainPath(documentPath, href);
    if (plain !== undefined)
        return plain;
    const url = URL.parse(href, _catalogs_jsonld_js__WEBPACK_IMPORTED_MODULE_0__/* .ROOT_BASE */ .Py + documentPath);
    return url === null ? 'invalid' : (0,_catalogs_jsonld_js__WEBPACK_IMPORTED_MODULE_0__/* .rootPathOfIri */ .R1)(url.href);
}
/** A relative path of characters a URL leaves as they are (no scheme, query, escape or colon). */
const PLAIN_HREF = /^[\w.-][\w./-]*$/;
/** A root-relative file path of the same characters, with no empty segment. */
const PLAIN_DOCUMENT = /^[\w.-]+(?:\/[\w.-]+)*$/;
/** The first segment of every path inside the root, as ROOT_BASE writes it. */
const ROOT_SEGMENT = _catalogs_jsonld_js__WEBPACK_IMPORTED_MODULE_0__/* .ROOT_BASE */ .Py.slice('file:///'.length, -1);
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
    return ABSENT.filter(([kind]) => !has(kind) && (kind !== 'stac' || evidence.stacApplicable)).map(([kind, message]) => (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('D', KIND_MISSING[kind], 'catalogs', message, undefined, { absent: kind }));
}
/** How a message names a target: `link "self"`, `asset "data"`. */
function what(target) {
    return 'rel' in target ? `link "${target.rel}"` : `asset "${target.key}"`;
}
/** A checksum a STAC asset carries, held against the digest of the file it links to. */
function stacChecksumViolations(document, target, entry, line) {
    const checksum = 'key' in target ? target.checksum : undefined;
    if (checksum === undefined)
        return [];
    const digest = (0,_catalogs_stac_js__WEBPACK_IMPORTED_MODULE_1__/* .multihashToDigest */ .VR)(checksum);
    const at = () => document.lineOf([...target.location, 'file:checksum']) ?? line();
    if (!digest) {
        const message = `The file:checksum of STAC ${what(target)} is not a SHA-256 multihash (1220 + 64 hex), so it cannot be checked; write it as SHA-256.`;
        return [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('D', 'CHECKSUM_UNSUPPORTED', document.display, message, at())];
    }
    if (digest === entry.digest)
        return [];
    const message = `The file:checksum of STAC ${what(target)} says ${digest}, but ${entry.path} has ${entry.digest}; the catalog describes another version of the file, so regenerate it.`;
    return [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('D', 'CHECKSUM_MISMATCH', document.display, message, at(), (0,_e_lfs_js__WEBPACK_IMPORTED_MODULE_3__/* .pointerAbout */ .DY)(entry))];
}
/** One link or asset: it resolves to an inventoried file inside the root, with its checksum. */
function stacTargetViolations(document, target, byPath) {
    const id = document.stac.id;
    const line = () => document.lineOf([...target.location, 'href']) ?? document.lineOf(target.location);
    const resolved = resolveHref(document.path, target.href);
    const found = (code, message, about) => [
        (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('D', code, document.display, message, line(), about)
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
function checkStacLinks(evidence, byPath) {
    // Loops into one list: no list per document and target kept until the last of 100,000.
    const violations = [];
    for (const document of evidence.documents) {
        if (!document.stac)
            continue;
        for (const targets of [document.stac.links, document.stac.assets])
            for (const target of targets)
                for (const found of stacTargetViolations(document, target, byPath))
                    violations.push(found);
    }
    return violations;
}
function checkDcatLinks(evidence, artifacts) {
    const violations = [];
    for (const document of evidence.documents) {
        for (const dataset of document.dcat ?? []) {
            for (const distribution of dataset.distributions) {
                for (const url of distribution.urls) {
                    if (WINDOWS_DRIVE.test(url)) {
                        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('D', 'LINK_UNRESOLVED', document.display, `A DCAT distribution of ${dataset.id} points to "${url}", a Windows drive path; link to a file in the dataset root by a relative path, or to an absolute http(s) URL.`, document.lineOfText(url)));
                        continue;
                    }
                    const resolved = (0,_catalogs_jsonld_js__WEBPACK_IMPORTED_MODULE_0__/* .rootPathOfIri */ .R1)(url);
                    if (resolved === undefined)
                        continue;
                    const shown = resolved === 'outside' ? url : resolved;
                    // Found only for a violation: a passing link never costs a search of the text.
                    const line = () => document.lineOfText(shown.split('/').pop() ?? shown);
                    if (resolved === 'outside') {
                        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('D', 'LINK_OUTSIDE_ROOT', document.display, `A DCAT distribution of ${dataset.id} points outside the dataset root; link to a file inside it or to an absolute URL.`, line()));
                        continue;
                    }
                    const entry = artifacts.get(resolved);
                    if (!entry) {
                        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('D', 'LINK_UNRESOLVED', document.display, `A DCAT distribution of ${dataset.id} points to ${resolved}, which is not an artifact in the inventory; add it to the artifacts patterns, or fix the URL.`, line(), { missing: { path: resolved, lists: ['artifacts'] } }));
                        continue;
                    }
                    for (const checksum of distribution.checksums) {
                        if (checksum.algorithm !== _catalogs_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__/* .TERMS */ ._.sha256Algorithm) {
                            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('D', 'CHECKSUM_UNSUPPORTED', document.display, `The spdx:checksum of the distribution ${resolved} uses ${checksum.algorithm || 'no algorithm'}, not spdx:checksumAlgorithm_sha256, so it cannot be checked.`, line()));
                        }
                        else if (`sha256:${checksum.value.toLowerCase()}` !== entry.digest) {
                            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('D', 'CHECKSUM_MISMATCH', document.display, `The spdx:checksum of the distribution ${resolved} is ${checksum.value}, but the file has ${entry.digest}; regenerate the DCAT document.`, line(), (0,_e_lfs_js__WEBPACK_IMPORTED_MODULE_3__/* .pointerAbout */ .DY)(entry)));
                        }
                    }
                }
            }
        }
    }
    return violations;
}
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
        return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('D', 'PROV_NOT_GENERATED', document.display, `The PROV entity ${entity.name} (${artifact.path}) was generated by no activity; add a wasGeneratedBy with the producing activity` +
            (entity.id === entity.name
                ? '.'
                : `, whose "prov:entity" expands to ${entity.id} with the prefixes in scope where it is written (a bundle's own "prefix" applies inside that bundle).`), entityLine(document, entity));
    }
    const { document, entity, generation } = undeclared;
    const iri = generation.activity === generation.name
        ? ''
        : ` (${generation.activity}, with the prefixes in scope where the generation is written)`;
    return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('D', 'PROV_ACTIVITY_UNDECLARED', document.display, `The PROV entity ${entity.name} (${artifact.path}) is generated by the activity ${generation.name}${iri}, and ${document.display} declares no such activity; ${declarationAdvice(document, generation)}.`, entityLine(document, generation));
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
            const named = { document, entity };
            for (const value of distinct(entity.values)) {
                (0,_model_multimap_js__WEBPACK_IMPORTED_MODULE_6__/* .appendTo */ .S)(carrying, value, named);
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
            ? (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('D', 'PROV_DIGEST_MISMATCH', first.document.display, `The PROV entity ${first.entity.name} names ${artifact.path} but not its digest ${artifact.digest}; the provenance describes another version of the file, so regenerate it.`, entityLine(first.document, first.entity), (0,_e_lfs_js__WEBPACK_IMPORTED_MODULE_3__/* .pointerAbout */ .DY)(artifact))
            : (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('D', 'PROV_ENTITY_MISSING', evidence.display(artifact.path), `No PROV entity names the artifact ${artifact.path} by its digest ${artifact.digest}; record it in the PROV bundle (for example "kfm:digest": "${artifact.digest}").`, undefined, { digest: artifact.digest }));
    }
    return violations;
}
/** Entries by path, built without a [path, entry] pair for each of 100,000 entries. */
function byPathOf(entries) {
    const byPath = new Map();
    for (const entry of entries)
        byPath.set(entry.path, entry);
    return byPath;
}
function checkTriplet(evidence) {
    const artifacts = byPathOf(evidence.artifacts);
    const catalogs = byPathOf(evidence.catalogs);
    // An artifact first, as a map of both lists with the artifacts added last would give it.
    const byPath = { get: (path) => artifacts.get(path) ?? catalogs.get(path) };
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
    return unreadable.flatMap(({ failed, path, problems }) => problems.map((p) => (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .violation */ .Qf)('D', UNREADABLE_CODES[failed], path, p.message, p.line)));
}
/** Which official schemas judged each STAC file, and which extensions nothing could check. */
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
    check(evidence) {
        const { documents, unreadable } = evidence.catalogDocuments;
        const remote = (0,_d_remote_assets_js__WEBPACK_IMPORTED_MODULE_5__/* .remoteAssetsOf */ .Bf)(evidence);
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


/***/ }),

/***/ 2481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bf: () => (/* binding */ remoteAssetsOf)
/* harmony export */ });
/* unused harmony exports fileNameOf, judgeRemoteAssets */
/* harmony import */ var _catalogs_remote_links_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8716);
/* harmony import */ var _model_multimap_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2600);
/* harmony import */ var _model_shown_url_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7776);
/* harmony import */ var _model_violation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6078);
// Gate D, remote assets: a catalog link to an absolute URL names a published copy, and must be
// tied to an artifact (or store) of this release: by the checksum it carries, by the bytes
// remote-assets: fetch read, or listed as unverified when the workflow allows it
// (DECISIONS.md, "Remote assets"). Reads the evidence only: the network was read before.




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
            (0,_model_multimap_js__WEBPACK_IMPORTED_MODULE_2__/* .appendTo */ .S)(this.byDigest, entry.digest, entry);
    }
    /** The entry with this digest, the one of the link's file name first. */
    withDigest(digest, name) {
        const found = this.byDigest.get(digest);
        return found?.find((entry) => fileNameOf(entry.path) === name) ?? found?.[0];
    }
    /** The entry of this file name, when exactly one has it. */
    named(name) {
        if (!this.byName) {
            this.byName = new Map();
            for (const entry of this.entries)
                (0,_model_multimap_js__WEBPACK_IMPORTED_MODULE_2__/* .appendTo */ .S)(this.byName, fileNameOf(entry.path), entry);
        }
        const found = this.byName.get(name);
        return found?.length === 1 ? found[0] : undefined;
    }
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
    return { violation: (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('D', code, link.document.display, message, link.line()) };
}
/** A link whose checksum names an entry: with fetch, its bytes must have that digest too. */
function judgeClaimed(link, digest, entry, reading) {
    const note = nameNote(link, entry);
    if (reading === undefined)
        return { copy: { copyOf: entry.path, by: 'checksum', note } };
    const url = (0,_model_shown_url_js__WEBPACK_IMPORTED_MODULE_3__/* .shownUrl */ .z)(link.url);
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
    const url = (0,_model_shown_url_js__WEBPACK_IMPORTED_MODULE_3__/* .shownUrl */ .z)(link.url);
    if (remote.mode === 'require-checksum')
        return found(link, 'REMOTE_ASSET_UNVERIFIED', `The ${link.what} links to ${url} without a ${link.property}, so nothing ties it to an artifact of this release; add ${checksumAdvice(link, named)}, or set remote-assets: fetch to have the gate read and compare it (remote-assets: allow lists it as unverified).`);
    if (remote.mode === 'allow') {
        const note = named ? `not checked; by its file name, ${named.path}` : 'not checked';
        return { copy: { by: 'unverified', note } };
    }
    const reading = remote.readings?.get(link.url);
    if (reading === undefined || 'problem' in reading)
        return found(link, 'REMOTE_ASSET_UNREADABLE', `The ${link.what} links to ${url}, which could not be read: ${reading?.problem ?? 'it was not fetched.'}`);
    const entry = release.withDigest(reading.digest, name);
    if (entry) {
        const by = reading.source === 'stream' ? 'bytes' : 'store checksum';
        return { copy: { copyOf: entry.path, by, note: nameNote(link, entry) } };
    }
    if (named)
        return found(link, 'REMOTE_ASSET_MISMATCH', `The ${link.what} links to ${url}, whose bytes have ${reading.digest}, not the digest of ${named.path} (${named.digest}), the artifact of that file name. Publish the artifact again at that URL, or link the copy that holds it, with ${checksumAdvice(link, named)}.`);
    return found(link, 'REMOTE_ASSET_UNKNOWN', `The ${link.what} links to ${url}, whose bytes (${reading.digest}) are no artifact of this release: the catalog describes bytes this gate never saw. Link the published copy of an artifact of this release, or add the file to the artifacts.`);
}
function judgeLink(link, release, remote) {
    const url = (0,_model_shown_url_js__WEBPACK_IMPORTED_MODULE_3__/* .shownUrl */ .z)(link.url);
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
                    url: (0,_model_shown_url_js__WEBPACK_IMPORTED_MODULE_3__/* .shownUrl */ .z)(link.url),
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
    const links = (0,_catalogs_remote_links_js__WEBPACK_IMPORTED_MODULE_0__/* .remoteLinksOf */ .ft)(evidence.catalogDocuments.documents);
    // No index of 100,000 digests built for a release whose catalogs link nothing remote.
    if (links.length === 0)
        return { violations: [], copies: [], checked: [] };
    return judgeRemoteAssets({
        links,
        entries: evidence.artifacts.entries.concat(evidence.catalogs.entries),
        remote: evidence.remoteAssets
    });
}


/***/ }),

/***/ 2857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ lfsObjectViolations),
/* harmony export */   DY: () => (/* binding */ pointerAbout),
/* harmony export */   bh: () => (/* binding */ documentPointerViolations),
/* harmony export */   eK: () => (/* binding */ listedPointerViolation),
/* harmony export */   vF: () => (/* binding */ lfsChecked)
/* harmony export */ });
/* harmony import */ var _model_lfs_pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8502);
/* harmony import */ var _model_violation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6078);


/** Every document read for this run, readable or not: only an unreadable one has a pointer. */
function documentsRead(evidence) {
    const optional = [
        evidence.spec,
        evidence.qaReport,
        evidence.policyDecision,
        evidence.basePolicyDecision,
        evidence.approvals
    ];
    return [
        ...optional.flatMap((document) => (document ? [document] : [])),
        ...evidence.sboms,
        ...evidence.attestations,
        ...(evidence.receipts?.unreadable ?? [])
    ];
}
/** LFS_POINTER for each document the gate reads that is a pointer. */
function documentPointerViolations(evidence) {
    const seen = new Set();
    const violations = [];
    for (const document of documentsRead(evidence)) {
        if (!('lfsPointer' in document) || !document.lfsPointer || seen.has(document.path))
            continue;
        seen.add(document.path);
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('E', 'LFS_POINTER', document.path, document.message));
    }
    return violations;
}
/** LFS_OBJECT_MISSING for each artifact whose pointer names an object the server lacks. */
function lfsObjectViolations(evidence) {
    const objects = evidence.lfs?.objects;
    if (!objects?.asked)
        return [];
    return objects.missing.flatMap((object) => object.paths.map((path) => {
        const shown = evidence.display(path);
        const message = `${shown} is a Git LFS pointer (${(0,_model_lfs_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .describePointer */ .jR)(object)}), but the LFS server at ${objects.endpoint} has no such object: the pointer was pushed without its content. Push the object from a clone that has it (git lfs push --all origin), or commit the file again with git lfs installed.`;
        return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('E', 'LFS_OBJECT_MISSING', shown, message);
    }));
}
/** What gate E checked of Git LFS, in words, for the summary. */
function lfsChecked(evidence) {
    const lfs = evidence.lfs;
    if (!lfs || lfs.fromPointers === 0)
        return [];
    const taken = `${lfs.fromPointers} artifact(s) taken from Git LFS pointers (lfs: pointers)`;
    const objects = lfs.objects;
    if (!objects)
        return [taken];
    return objects.asked
        ? [`${taken}; the LFS server was asked for each object`]
        : [`${taken}; the LFS server was not asked whether the objects exist: ${objects.reason}`];
}
/**
 * For a violation about an artifact's digest: when the file is a pointer that did not stand for
 * its content, the LFS_POINTER that explains the digest (report/causes.ts folds it there).
 */
function pointerAbout(entry) {
    return entry.lfsPointer && !entry.lfsPointer.standsIn ? { lfsPointer: entry.path } : undefined;
}
/**
 * verify: a listed file that is a pointer is never taken as the content, whatever digest the
 * manifest gives it. When the pointer names the listed digest, only the content is missing.
 */
function listedPointerViolation(file, pointer, manifest, shown) {
    const named = `${file.path} (listed in ${manifest}) is a Git LFS pointer (${(0,_model_lfs_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .describePointer */ .jR)(pointer)}), not the file's content`;
    const which = (0,_model_lfs_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .pointerDigest */ .sk)(pointer) === file.digest
        ? 'it names the listed digest, so only the content is missing here'
        : `and it names another content than the listed ${file.digest}: restore the file from the promoted version, or promote again`;
    return (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('E', 'LFS_POINTER', shown, `${named}; ${which}. To verify, ${_model_lfs_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .FETCH_CONTENT */ .Px}.`);
}


/***/ }),

/***/ 8063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MV: () => (/* binding */ crawl),
/* harmony export */   l2: () => (/* binding */ patternMatcher),
/* harmony export */   q6: () => (/* binding */ globEscape)
/* harmony export */ });
/* unused harmony export MINIMATCH_OPTIONS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3581);
/* harmony import */ var _model_order_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6553);
// A fast walk with @actions/glob's pattern language and results (what users of upload-artifact
// know): the same patterns, search paths, last-match-wins with `!`, implicit descendants, trailing
// `/` for directories only, symbolic links followed with per-branch cycle detection, directories
// pruned by partial match. It walks synchronously with the types readdir already knows, so a
// regular file costs no stat. Differential tests hold it to @actions/glob's own answers.




/** The options @actions/glob gives minimatch. */
const MINIMATCH_OPTIONS = {
    dot: true,
    nobrace: true,
    nocase: false,
    nocomment: true,
    noext: true,
    nonegate: true
};
const NONE = 0;
const DIRECTORY = 1;
const FILE = 2;
const ALL = 3;
function trimTrailingSeparator(p) {
    return p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
}
/** A segment's literal text, or '' when it holds a glob (as @actions/glob decides it). */
function literal(segment) {
    let text = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '\\' && i + 1 < segment.length) {
            text += segment[++i];
            continue;
        }
        if (c === '*' || c === '?')
            return '';
        if (c === '[' && i + 1 < segment.length) {
            let set = '';
            let closed = -1;
            for (let j = i + 1; j < segment.length; j++) {
                const d = segment[j];
                if (d === '\\' && j + 1 < segment.length) {
                    set += segment[++j];
                    continue;
                }
                if (d === ']') {
                    closed = j;
                    break;
                }
                set += d;
            }
            if (closed >= 0) {
                if (set.length > 1)
                    return '';
                if (set) {
                    text += set;
                    i = closed;
                    continue;
                }
            }
        }
        text += c;
    }
    return text;
}
/** Escapes a literal path for use in a pattern, as @actions/glob's globEscape does. */
function globEscape(text) {
    return text
        .replace(/\\/g, '\\\\')
        .replace(/(\[)(?=[^/]+\])/g, '[[]')
        .replace(/\?/g, '[?]')
        .replace(/\*/g, '[*]');
}
class Pattern {
    negate;
    implicit;
    line;
    segments;
    trailingSeparator;
    searchPath;
    minimatch;
    /** `literal/prefix/**`: every path at or under the search path matches, no minimatch needed. */
    everythingUnder;
    constructor(negate, pattern, implicit = false, 
    /** The index of the pattern line it comes from. */
    line = 0) {
        this.negate = negate;
        this.implicit = implicit;
        this.line = line;
        const normal = pattern.replace(/\/\/+/g, '/');
        this.trailingSeparator = normal.length > 1 && normal.endsWith('/');
        const trimmed = trimTrailingSeparator(normal);
        this.segments = ['/', ...trimmed.split('/').filter((s) => s !== '')];
        let foundGlob = false;
        const search = this.segments.map(literal).filter((x) => !foundGlob && !(foundGlob = x === ''));
        this.searchPath = search.length <= 1 ? '/' : `/${search.slice(1).join('/')}`;
        this.minimatch = new minimatch__WEBPACK_IMPORTED_MODULE_2__/* .Minimatch */ .VR(trimmed, MINIMATCH_OPTIONS);
        this.everythingUnder =
            !this.trailingSeparator &&
                search.length === this.segments.length - 1 &&
                this.segments.at(-1) === '**';
    }
    match(itemPath) {
        if (this.everythingUnder) {
            // minimatch: `/a/**` matches `/a/x` and `/a/`, not `/a`; an explicit pattern appends the `/`.
            if (itemPath === this.searchPath)
                return this.implicit ? NONE : ALL;
            return itemPath.startsWith(this.searchPath === '/' ? '/' : `${this.searchPath}/`) ? ALL : NONE;
        }
        let item = itemPath;
        if (this.segments.at(-1) === '**') {
            if (!item.endsWith('/') && !this.implicit)
                item = `${item}/`;
        }
        else
            item = trimTrailingSeparator(item);
        if (this.minimatch.match(item))
            return this.trailingSeparator ? DIRECTORY : ALL;
        return NONE;
    }
    partialMatch(itemPath) {
        const item = trimTrailingSeparator(itemPath);
        if (item === '/')
            return true;
        if (this.everythingUnder) {
            return (item === this.searchPath ||
                item.startsWith(`${this.searchPath}/`) ||
                this.searchPath.startsWith(`${item}/`));
        }
        return this.minimatch.matchOne(item.split(/\/+/), this.minimatch.set[0], true);
    }
}
/** Pattern lines (absolute, `!` to negate) with implicit descendants, as the globber builds them. */
function compile(lines) {
    const patterns = [];
    for (const [index, line] of lines.entries()) {
        let text = line.trim();
        let negate = false;
        while (text.startsWith('!')) {
            negate = !negate;
            text = text.slice(1).trim();
        }
        const pattern = new Pattern(negate, text, false, index);
        patterns.push(pattern);
        if (pattern.trailingSeparator || pattern.segments.at(-1) !== '**') {
            patterns.push(new Pattern(negate, `/${[...pattern.segments.slice(1), '**'].join('/')}`, true, index));
        }
    }
    return patterns;
}
function searchPaths(patterns) {
    const candidates = new Set(patterns.filter((p) => !p.negate).map((p) => p.searchPath));
    const result = [];
    for (const candidate of candidates) {
        let parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.dirname(candidate);
        let child = candidate;
        let covered = false;
        while (parent !== child) {
            if (candidates.has(parent)) {
                covered = true;
                break;
            }
            child = parent;
            parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.dirname(parent);
        }
        if (!covered && !result.includes(candidate))
            result.push(candidate);
    }
    return result;
}
function matchAll(patterns, item) {
    let result = NONE;
    for (const pattern of patterns) {
        if (pattern.negate)
            result &= ~pattern.match(item);
        else
            result |= pattern.match(item);
    }
    return result;
}
/**
 * Whether a root-relative path is one a root-relative pattern finds (as a file), by the same
 * rules as the walk: for telling whether a file is one a pattern would have found.
 */
function patternMatcher(pattern) {
    const patterns = compile([`/${pattern}`]);
    // Whatever the pattern (or its implicit descendants) matches is at or under its search path:
    // a path elsewhere is refused without a glob match.
    const { searchPath } = patterns[0];
    const under = searchPath === '/' ? '/' : `${searchPath}/`;
    return (relative) => {
        const item = `/${relative}`;
        if (item !== searchPath && !item.startsWith(under))
            return false;
        return (matchAll(patterns, item) & FILE) !== 0;
    };
}
/**
 * A directory's entries in the order of the paths they lead to (UTF-8 bytes), so that the walk
 * meets files in the artifact list's order. readdir (libuv's scandir) gives names in byte order
 * already; what is left is that a directory's paths go on with `/`, so `a/x` comes after `a-b`
 * and `a.json` although `a` comes before them. Such names follow the directory's at once, so one
 * look at the next entry tells whether anything needs to move. Whatever else breaks the order
 * (a link to a directory, an unsorted readdir) is caught where the order is relied on.
 */
function inPathOrder(entries) {
    let displaced = false;
    for (let i = 0; i + 1 < entries.length && !displaced; i++)
        displaced = entries[i].isDirectory() && entries[i + 1].name.startsWith(entries[i].name);
    if (!displaced)
        return entries;
    return entries
        .map((entry) => ({ entry, key: entry.isDirectory() ? `${entry.name}/` : entry.name }))
        .sort((a, b) => (0,_model_order_js__WEBPACK_IMPORTED_MODULE_3__/* .compareText */ .n)(a.key, b.key))
        .map(({ entry }) => entry);
}
function kindOf(entry) {
    if (entry.isFile())
        return 'file';
    if (entry.isDirectory())
        return 'directory';
    if (entry.isSymbolicLink())
        return 'link';
    return 'other';
}
/**
 * The files that absolute pattern `lines` match. `skipDirectories` names directories never
 * entered (`.git`), which @actions/glob would walk and this caller would discard anyway.
 */
function crawl(lines, skipDirectories = new Set(), 
/** Called for each matching file as it is found (the hashing threads start on it at once). */
onFile, 
/** A bound for a look that needs only a few files (a hint), never for the inventory. */
limit) {
    const patterns = compile(lines);
    const includes = patterns.filter((p) => !p.negate);
    const files = [];
    const viaLink = new Set();
    const dangling = [];
    const loops = [];
    const special = [];
    const skipped = [];
    // Lines not yet seen to match a file by themselves; once empty, this costs nothing.
    let unseen = [...new Set(includes.map((p) => p.line))];
    let looked = 0;
    const enough = () => limit !== undefined && (files.length >= limit.files || looked >= limit.entries);
    for (const searchPath of searchPaths(patterns)) {
        const stack = [{ path: searchPath, level: 1, kind: 'unknown', viaLink: false }];
        const chain = [];
        while (stack.length > 0) {
            if (enough())
                return { files, viaLink, dangling, loops, special, unmatched: unseen, cut: true, skipped };
            looked++;
            const item = stack.pop();
            const match = matchAll(patterns, item.path);
            const partial = match !== NONE || includes.some((p) => p.partialMatch(item.path));
            if (match === NONE && !partial)
                continue;
            let kind = item.kind;
            if (kind === 'link' || kind === 'unknown') {
                try {
                    const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(item.path);
                    kind = stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : 'other';
                }
                catch (error) {
                    const code = error.code;
                    if (code === 'ENOENT' && item.kind === 'link')
                        dangling.push(item.path);
                    else if (code === 'ELOOP')
                        loops.push(item.path);
                    else if (code !== 'ENOENT')
                        throw error;
                    continue;
                }
            }
            if (kind === 'directory') {
                if (skipDirectories.has(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.basename(item.path))) {
                    skipped.push(item.path);
                    continue;
                }
                const real = item.real ?? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(item.path);
                const linked = item.viaLink || real !== item.path;
                while (chain.length >= item.level)
                    chain.pop();
                if (chain.includes(real)) {
                    loops.push(item.path);
                    continue;
                }
                chain.push(real);
                const entries = inPathOrder((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(item.path, { withFileTypes: true }));
                for (let i = entries.length - 1; i >= 0; i--) {
                    const entry = entries[i];
                    const childKind = kindOf(entry);
                    const childPath = item.path === '/' ? `/${entry.name}` : `${item.path}/${entry.name}`;
                    stack.push({
                        path: childPath,
                        level: item.level + 1,
                        kind: childKind,
                        viaLink: linked || childKind === 'link',
                        ...(childKind === 'directory'
                            ? { real: `${real === '/' ? '' : real}/${entry.name}` }
                            : {})
                    });
                }
            }
            else if (kind === 'file') {
                if (unseen.length > 0) {
                    unseen = unseen.filter((line) => !includes.some((p) => p.line === line && p.match(item.path) & FILE));
                }
                if (match & FILE) {
                    const linked = item.viaLink || item.kind !== 'file';
                    files.push(item.path);
                    if (linked)
                        viaLink.add(item.path);
                    onFile?.(item.path, linked);
                }
            }
            else if (kind === 'other' && match & FILE) {
                special.push(item.path);
            }
        }
    }
    return { files, viaLink, dangling, loops, special, unmatched: unseen, cut: false, skipped };
}


/***/ }),

/***/ 4806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ shardOf),
/* harmony export */   n: () => (/* binding */ pathsDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6553);
// The partition of a sharded inventory: which shard a path is in, from the path alone, so every
// shard agrees without talking to the others; and the digest of a path list, which every shard
// records so the merge can tell that all of them listed the same files.


/**
 * The shard a root-relative path belongs to, 1..count: the first 4 bytes of the SHA-256 of its
 * UTF-8 form, as a big-endian number, modulo count. Every shard computes it from the path alone,
 * so all agree without talking to each other, and files spread evenly whatever their names.
 */
function shardOf(path, count) {
    // The hex digest's first 8 digits are those 4 bytes; a string result is a third the cost of a
    // Buffer here (0.6 µs a path, measured over 200,000: this runs for every file of every shard).
    return (Number.parseInt((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', path, 'hex').slice(0, 8), 16) % count) + 1;
}
/** `sha256:` of the paths, sorted by UTF-8 bytes, each followed by a newline, as UTF-8. */
function pathsDigest(paths) {
    let sorted = paths;
    for (let i = 1; i < paths.length; i++) {
        if ((0,_model_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n)(paths[i - 1], paths[i]) > 0) {
            sorted = [...paths].sort(_model_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n);
            break;
        }
    }
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    // In runs of paths, so 200,000 paths are a few hundred updates, not 400,000.
    for (let start = 0; start < sorted.length; start += 1024)
        digest.update(`${sorted.slice(start, start + 1024).join('\n')}\n`);
    return `sha256:${digest.digest('hex')}`;
}


/***/ }),

/***/ 8502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ pointerSize),
/* harmony export */   Px: () => (/* binding */ FETCH_CONTENT),
/* harmony export */   jR: () => (/* binding */ describePointer),
/* harmony export */   qZ: () => (/* binding */ LFS_POINTER_LIMIT),
/* harmony export */   sk: () => (/* binding */ pointerDigest),
/* harmony export */   wd: () => (/* binding */ lfsPointerOf)
/* harmony export */ });
// Git LFS pointers, recognised as the git-lfs client reads them (lfs/pointer.go, DecodeFrom): a
// file under 1024 bytes whose text, trimmed of white space, is `version <v1 URL>`, then any
// `ext-<digit>-<name> <value>` lines, then `oid sha256:<hex>` and `size <n>`, one `key value` per
// line, empty lines skipped. Anything else, however close (another version, a short oid, a size
// that is not a number, 1024 bytes or more), is an ordinary file: git-lfs would check it out as
// it is, so the gate hashes it as it is. DECISIONS.md, "Git LFS".
/** git-lfs reads at most this many bytes as a pointer; a blob this size or larger is content. */
const LFS_POINTER_LIMIT = 1024;
/** The version URLs git-lfs accepts for the v1 pointer format (its v1Aliases). */
const V1_VERSIONS = new Set([
    'https://git-lfs.github.com/spec/v1',
    'https://hawser.github.com/spec/v1',
    'http://git-media.io/v/2'
]);
/** The first bytes of every pointer git-lfs writes: a cheap test before any parsing. */
const VERSION_KEY = Buffer.from('version ');
/** ASCII white space as Go's bytes.TrimSpace trims it (tab, LF, VT, FF, CR, space). */
const isSpace = (byte) => byte === 0x20 || (byte !== undefined && byte >= 0x09 && byte <= 0x0d);
/** An extension line's key (extRE in pointer.go). */
const EXTENSION_KEY = /^ext-\d-\w+$/;
/** A digest the manifest can carry: git-lfs writes lowercase hex, the product's notation too. */
const OID = /^sha256:([0-9a-f]{64})$/;
const INT64_MAX = 2n ** 63n - 1n;
/** Go's bytes.TrimSpace: ASCII white space at both ends (the pointer text is ASCII). */
function trimmed(text) {
    return text.replace(/^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$/g, '');
}
/** A `size` value as strconv.ParseInt(value, 10, 64) takes it, when it is not negative. */
function sizeOf(value) {
    if (!/^\+?[0-9]+$/.test(value))
        return undefined;
    const size = BigInt(value.replace(/^\+/, ''));
    return size <= INT64_MAX ? size.toString() : undefined;
}
/** The `key value` lines of a pointer in order, or undefined when a line is not one. */
function keyValues(text) {
    const pairs = [];
    // bufio.ScanLines: lines end at \n, a \r before it is dropped; empty lines are skipped.
    for (const raw of trimmed(text).split('\n')) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (line === '')
            continue;
        const space = line.indexOf(' ');
        if (space < 0)
            return undefined;
        pairs.push([line.slice(0, space), line.slice(space + 1)]);
    }
    return pairs;
}
/** The pointer these bytes are, or undefined when git-lfs would take them as content. */
function lfsPointerOf(bytes) {
    if (bytes.length >= LFS_POINTER_LIMIT)
        return undefined;
    // Asked of every small file hashed: most are refused by their first byte, before any work.
    if (bytes[0] !== VERSION_KEY[0] && !isSpace(bytes[0]))
        return undefined;
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    // Leading white space is trimmed by git-lfs; without it the text starts with `version `.
    const start = buffer.findIndex((byte) => !isSpace(byte));
    if (start < 0 || !buffer.subarray(start, start + VERSION_KEY.length).equals(VERSION_KEY))
        return undefined;
    const pairs = keyValues(buffer.toString('latin1'));
    if (!pairs)
        return undefined;
    const keys = pairs.map(([key]) => key);
    const extensions = keys.slice(1, -2);
    if (keys.length < 3 ||
        keys[0] !== 'version' ||
        keys.at(-2) !== 'oid' ||
        keys.at(-1) !== 'size' ||
        !extensions.every((key) => EXTENSION_KEY.test(key)) ||
        new Set(extensions).size !== extensions.length)
        return undefined;
    const values = new Map(pairs);
    const oid = OID.exec(values.get('oid'))?.[1];
    const size = sizeOf(values.get('size'));
    if (!V1_VERSIONS.has(values.get('version')) || !oid || size === undefined)
        return undefined;
    return { oid, size };
}
/** The digest a pointer names, in the product's notation. */
function pointerDigest(pointer) {
    return `sha256:${pointer.oid}`;
}
/** The pointer's size as a number, when it is one exactly (a file under 8 PiB). */
function pointerSize(pointer) {
    const size = Number(pointer.size);
    return Number.isSafeInteger(size) ? size : undefined;
}
/** How a pointer is named in messages: its oid and size. */
function describePointer(pointer) {
    return `oid sha256:${pointer.oid}, size ${pointer.size} bytes`;
}
/** What to do about a pointer where content is needed: the sentence every message ends with. */
const FETCH_CONTENT = 'check out with lfs: true (actions/checkout), or run git lfs pull, so the content is there';


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


/***/ }),

/***/ 304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ causeFirst),
/* harmony export */   T: () => (/* binding */ folded)
/* harmony export */ });
/* harmony import */ var _gates_d_catalogs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3865);
/* harmony import */ var _inventory_crawl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8063);
/* harmony import */ var _inventory_partition_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4806);
/* harmony import */ var _model_multimap_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2600);
/* harmony import */ var _model_printable_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9498);
/* harmony import */ var _model_violation_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6078);






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
                (0,_model_multimap_js__WEBPACK_IMPORTED_MODULE_5__/* .appendTo */ .S)(this.patterns, v.path, index);
            }
            if (v.code === 'SHARD_MISSING' && v.about?.shard !== undefined)
                this.shardMissing.set(v.about.shard, index);
        });
    }
    /** The first violation of this gate, code and path (as the evidence has it, or as shown). */
    of(gate, code, path) {
        return this.first.get(`${gate} ${code} ${(0,_model_printable_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(path)}`);
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
                    this.matchers.set(index, (matchers = patterns.map(_inventory_crawl_js__WEBPACK_IMPORTED_MODULE_1__/* .patternMatcher */ .l2)));
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
        const index = found.of('D', _gates_d_catalogs_js__WEBPACK_IMPORTED_MODULE_0__/* .UNREADABLE_CODES */ .Zj[unreadable.failed], unreadable.path);
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
    // The split gate E judges by: the shard of the lowest index (checkShards' reference).
    const count = [...sharded.shards].sort((a, b) => a.shard.index - b.shard.index)[0].shard.count;
    return found.shardMissing.get((0,_inventory_partition_js__WEBPACK_IMPORTED_MODULE_2__/* .shardOf */ .I)(path, count));
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
        return unreadable && found.of('D', _gates_d_catalogs_js__WEBPACK_IMPORTED_MODULE_0__/* .UNREADABLE_CODES */ .Zj[unreadable.failed], unreadable.path);
    }
    if (!about.absent)
        return undefined;
    const absent = about.absent;
    // Not the *_MISSING itself: a licence or an obligation absent with its catalog kind.
    if (absent in _gates_d_catalogs_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_MISSING */ .S && v.code !== _gates_d_catalogs_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_MISSING */ .S[absent]) {
        const missing = found.of('D', _gates_d_catalogs_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_MISSING */ .S[absent], 'catalogs');
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
            (0,_model_multimap_js__WEBPACK_IMPORTED_MODULE_5__/* .appendTo */ .S)(caused, top, index);
    });
    const tops = root.flatMap((top, index) => (top === index ? [index] : []));
    const order = [
        ...tops.filter((index) => caused.has(index)),
        ...tops.filter((index) => !caused.has(index)),
        ...tops.flatMap((index) => caused.get(index) ?? [])
    ];
    const placed = new Map(order.map((index, at) => [index, at]));
    return order.map((index) => {
        const reported = (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_4__/* .withoutAbout */ ._Y)(violations[index]);
        const top = root[index];
        return top === index ? reported : { ...reported, causedBy: placed.get(top) };
    });
}
/** The violations that have no cause, each with its consequences, in the list's order. */
function folded(violations) {
    const tops = [];
    const at = new Map();
    violations.forEach((violation, index) => {
        const cause = violation.causedBy === undefined ? undefined : at.get(violation.causedBy);
        if (cause)
            cause.consequences.push(violation);
        else {
            const entry = { violation, consequences: [] };
            tops.push(entry);
            at.set(index, entry);
        }
    });
    return tops;
}


/***/ })

};
