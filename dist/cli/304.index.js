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
                (0,_model_multimap_js__WEBPACK_IMPORTED_MODULE_2__/* .appendTo */ .S)(this.byName, fileNameOf(entry.path), entry);
        }
        const found = this.byName.get(name);
        return found?.length === 1 ? found[0] : undefined;
    }
}
/** A directory store's entry: its path ends with `/` (DECISIONS.md, "Directory stores"). */
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
    return { violation: (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('D', code, link.document.display, message, link.line()) };
}
/**
 * With fetch, a link to a store: a store is a folder of objects, and fetch reads one object per
 * link, so whatever one read gave (a 404, a listing page, an object that merely hashes to the
 * store's digest) is not the store. Refused rather than passed on its checksum alone.
 */
function storeNotRead(link, store) {
    return found(link, 'REMOTE_ASSET_UNREADABLE', `The ${link.what} links to ${(0,_model_shown_url_js__WEBPACK_IMPORTED_MODULE_3__/* .shownUrl */ .z)(link.url)}, the published copy of the directory store ${store.path}: a store is a folder of objects, and remote-assets: fetch reads one object per link, so it cannot compare a store. Give the link the store's checksum, ${checksumAdvice(link, store)}, and run with remote-assets: require-checksum, which ties it by that checksum (remote-assets: allow lists it as unverified).`);
}
/** A link whose checksum names an entry: with fetch, its bytes must have that digest too. */
function judgeClaimed(link, digest, entry, reading) {
    const note = nameNote(link, entry);
    if (reading === undefined)
        return { copy: { copyOf: entry.path, by: 'checksum', note } };
    if (isStore(entry))
        return storeNotRead(link, entry);
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
/* harmony import */ var _inventory_stores_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4492);



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
    const taken = `${lfs.fromPointers} artifact file(s) taken from Git LFS pointers (lfs: pointers)`;
    const objects = lfs.objects;
    if (!objects)
        return [taken];
    return objects.asked
        ? [`${taken}; the LFS server was asked for each object`]
        : [`${taken}; the LFS server was not asked whether the objects exist: ${objects.reason}`];
}
/**
 * For a violation about an artifact's digest: when the file is a pointer that did not stand for
 * its content, the LFS_POINTER that explains the digest (report/causes.ts folds it there). For a
 * directory store, the first of its files that is such a pointer: its dirHash is made from them.
 */
function pointerAbout(entry) {
    const notContent = (file) => file.lfsPointer && !file.lfsPointer.standsIn;
    const file = (0,_inventory_stores_js__WEBPACK_IMPORTED_MODULE_2__/* .isStoreEntry */ .gA)(entry) ? entry.files.find(notContent) : entry;
    return file && notContent(file) ? { lfsPointer: file.path } : undefined;
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
/* harmony export */   S$: () => (/* binding */ MINIMATCH_OPTIONS),
/* harmony export */   l2: () => (/* binding */ patternMatcher),
/* harmony export */   q6: () => (/* binding */ globEscape)
/* harmony export */ });
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
limit, 
/**
 * Called for each directory the walk enters; true takes it whole: every file under it matches
 * whatever the patterns say (a directory store is every file in it), and it is not asked again.
 */
takeWhole) {
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
            const match = item.whole ? ALL : matchAll(patterns, item.path);
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
                const whole = item.whole || (takeWhole?.(item.path) ?? false);
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
                        ...(whole ? { whole } : {}),
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

/***/ 9376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ finding)
/* harmony export */ });
// What finding and hashing files can run into: a pattern that leaves the root or finds
// nothing, a link that leads out, dangles or loops, a file that cannot be read or changes, a
// precomputed list that disagrees with the files. The inventory reports these as findings, with
// the sentence that explains each; gate E decides that each blocks promotion.
function finding(kind, path, message, line) {
    return line === undefined ? { kind, path, message } : { kind, path, message, line };
}


/***/ }),

/***/ 1569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c0: () => (/* binding */ mediaTypeOf)
});

// UNUSED EXPORTS: COG, OCTET_STREAM, ZARR

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
;// CONCATENATED MODULE: ./src/generated/media-types.js
// Generated by scripts/compile-media-types.mjs from mime-types 3.0.2 (mime-db 1.54.0). Do not edit.
/* eslint-disable */
const BY_EXTENSION = new Map(Object.entries(JSON.parse("{\"123\":\"application/vnd.lotus-1-2-3\",\"210\":\"model/step\",\"1km\":\"application/vnd.1000minds.decision-model+xml\",\"3dml\":\"text/vnd.in3d.3dml\",\"3ds\":\"image/x-3ds\",\"3g2\":\"video/3gpp2\",\"3gp\":\"video/3gpp\",\"3gpp\":\"video/3gpp\",\"3mf\":\"model/3mf\",\"7z\":\"application/x-7z-compressed\",\"aab\":\"application/x-authorware-bin\",\"aac\":\"audio/aac\",\"aam\":\"application/x-authorware-map\",\"aas\":\"application/x-authorware-seg\",\"abw\":\"application/x-abiword\",\"ac\":\"application/pkix-attr-cert\",\"acc\":\"application/vnd.americandynamics.acc\",\"ace\":\"application/x-ace-compressed\",\"acu\":\"application/vnd.acucobol\",\"acutc\":\"application/vnd.acucorp\",\"adp\":\"audio/adpcm\",\"adts\":\"audio/aac\",\"aep\":\"application/vnd.audiograph\",\"afm\":\"application/x-font-type1\",\"afp\":\"application/vnd.ibm.modcap\",\"age\":\"application/vnd.age\",\"ahead\":\"application/vnd.ahead.space\",\"ai\":\"application/postscript\",\"aif\":\"audio/x-aiff\",\"aifc\":\"audio/x-aiff\",\"aiff\":\"audio/x-aiff\",\"air\":\"application/vnd.adobe.air-application-installer-package+zip\",\"ait\":\"application/vnd.dvb.ait\",\"ami\":\"application/vnd.amiga.ami\",\"aml\":\"application/automationml-aml+xml\",\"amlx\":\"application/automationml-amlx+zip\",\"amr\":\"audio/amr\",\"apk\":\"application/vnd.android.package-archive\",\"apng\":\"image/apng\",\"appcache\":\"text/cache-manifest\",\"appinstaller\":\"application/appinstaller\",\"application\":\"application/x-ms-application\",\"appx\":\"application/appx\",\"appxbundle\":\"application/appxbundle\",\"apr\":\"application/vnd.lotus-approach\",\"arc\":\"application/x-freearc\",\"arj\":\"application/x-arj\",\"asc\":\"application/pgp-keys\",\"asf\":\"video/x-ms-asf\",\"asm\":\"text/x-asm\",\"aso\":\"application/vnd.accpac.simply.aso\",\"asx\":\"video/x-ms-asf\",\"atc\":\"application/vnd.acucorp\",\"atom\":\"application/atom+xml\",\"atomcat\":\"application/atomcat+xml\",\"atomdeleted\":\"application/atomdeleted+xml\",\"atomsvc\":\"application/atomsvc+xml\",\"atx\":\"application/vnd.antix.game-component\",\"au\":\"audio/basic\",\"avci\":\"image/avci\",\"avcs\":\"image/avcs\",\"avi\":\"video/x-msvideo\",\"avif\":\"image/avif\",\"aw\":\"application/applixware\",\"azf\":\"application/vnd.airzip.filesecure.azf\",\"azs\":\"application/vnd.airzip.filesecure.azs\",\"azv\":\"image/vnd.airzip.accelerator.azv\",\"azw\":\"application/vnd.amazon.ebook\",\"b16\":\"image/vnd.pco.b16\",\"bary\":\"model/vnd.bary\",\"bat\":\"application/x-msdownload\",\"bcpio\":\"application/x-bcpio\",\"bdf\":\"application/x-font-bdf\",\"bdm\":\"application/vnd.syncml.dm+wbxml\",\"bdo\":\"application/vnd.nato.bindingdataobject+xml\",\"bdoc\":\"application/bdoc\",\"bed\":\"application/vnd.realvnc.bed\",\"bh2\":\"application/vnd.fujitsu.oasysprs\",\"bin\":\"application/octet-stream\",\"blb\":\"application/x-blorb\",\"blend\":\"application/x-blender\",\"blorb\":\"application/x-blorb\",\"bmi\":\"application/vnd.bmi\",\"bmml\":\"application/vnd.balsamiq.bmml+xml\",\"bmp\":\"image/bmp\",\"book\":\"application/vnd.framemaker\",\"box\":\"application/vnd.previewsystems.box\",\"boz\":\"application/x-bzip2\",\"bpk\":\"application/octet-stream\",\"brush\":\"application/vnd.procreate.brush\",\"brushset\":\"application/vnd.procrate.brushset\",\"bsp\":\"model/vnd.valve.source.compiled-map\",\"btf\":\"image/prs.btif\",\"btif\":\"image/prs.btif\",\"buffer\":\"application/octet-stream\",\"bz\":\"application/x-bzip\",\"bz2\":\"application/x-bzip2\",\"c\":\"text/x-c\",\"c11amc\":\"application/vnd.cluetrust.cartomobile-config\",\"c11amz\":\"application/vnd.cluetrust.cartomobile-config-pkg\",\"c4d\":\"application/vnd.clonk.c4group\",\"c4f\":\"application/vnd.clonk.c4group\",\"c4g\":\"application/vnd.clonk.c4group\",\"c4p\":\"application/vnd.clonk.c4group\",\"c4u\":\"application/vnd.clonk.c4group\",\"cab\":\"application/vnd.ms-cab-compressed\",\"caf\":\"audio/x-caf\",\"cap\":\"application/vnd.tcpdump.pcap\",\"car\":\"application/vnd.curl.car\",\"cat\":\"application/vnd.ms-pki.seccat\",\"cb7\":\"application/x-cbr\",\"cba\":\"application/x-cbr\",\"cbr\":\"application/x-cbr\",\"cbt\":\"application/x-cbr\",\"cbz\":\"application/x-cbr\",\"cc\":\"text/x-c\",\"cco\":\"application/x-cocoa\",\"cct\":\"application/x-director\",\"ccxml\":\"application/ccxml+xml\",\"cdbcmsg\":\"application/vnd.contact.cmsg\",\"cdf\":\"application/x-netcdf\",\"cdfx\":\"application/cdfx+xml\",\"cdkey\":\"application/vnd.mediastation.cdkey\",\"cdmia\":\"application/cdmi-capability\",\"cdmic\":\"application/cdmi-container\",\"cdmid\":\"application/cdmi-domain\",\"cdmio\":\"application/cdmi-object\",\"cdmiq\":\"application/cdmi-queue\",\"cdx\":\"chemical/x-cdx\",\"cdxml\":\"application/vnd.chemdraw+xml\",\"cdy\":\"application/vnd.cinderella\",\"cer\":\"application/pkix-cert\",\"cfs\":\"application/x-cfs-compressed\",\"cgm\":\"image/cgm\",\"chat\":\"application/x-chat\",\"chm\":\"application/vnd.ms-htmlhelp\",\"chrt\":\"application/vnd.kde.kchart\",\"cif\":\"chemical/x-cif\",\"cii\":\"application/vnd.anser-web-certificate-issue-initiation\",\"cil\":\"application/vnd.ms-artgalry\",\"cjs\":\"application/node\",\"cla\":\"application/vnd.claymore\",\"class\":\"application/java-vm\",\"cld\":\"model/vnd.cld\",\"clkk\":\"application/vnd.crick.clicker.keyboard\",\"clkp\":\"application/vnd.crick.clicker.palette\",\"clkt\":\"application/vnd.crick.clicker.template\",\"clkw\":\"application/vnd.crick.clicker.wordbank\",\"clkx\":\"application/vnd.crick.clicker\",\"clp\":\"application/x-msclip\",\"cmc\":\"application/vnd.cosmocaller\",\"cmdf\":\"chemical/x-cmdf\",\"cml\":\"chemical/x-cml\",\"cmp\":\"application/vnd.yellowriver-custom-menu\",\"cmx\":\"image/x-cmx\",\"cod\":\"application/vnd.rim.cod\",\"coffee\":\"text/coffeescript\",\"com\":\"application/x-msdownload\",\"conf\":\"text/plain\",\"cpio\":\"application/x-cpio\",\"cpl\":\"application/cpl+xml\",\"cpp\":\"text/x-c\",\"cpt\":\"application/mac-compactpro\",\"crd\":\"application/x-mscardfile\",\"crl\":\"application/pkix-crl\",\"crt\":\"application/x-x509-ca-cert\",\"crx\":\"application/x-chrome-extension\",\"cryptonote\":\"application/vnd.rig.cryptonote\",\"csh\":\"application/x-csh\",\"csl\":\"application/vnd.citationstyles.style+xml\",\"csml\":\"chemical/x-csml\",\"csp\":\"application/vnd.commonspace\",\"css\":\"text/css\",\"cst\":\"application/x-director\",\"csv\":\"text/csv\",\"cu\":\"application/cu-seeme\",\"curl\":\"text/vnd.curl\",\"cwl\":\"application/cwl\",\"cww\":\"application/prs.cww\",\"cxt\":\"application/x-director\",\"cxx\":\"text/x-c\",\"dae\":\"model/vnd.collada+xml\",\"daf\":\"application/vnd.mobius.daf\",\"dart\":\"application/vnd.dart\",\"dataless\":\"application/vnd.fdsn.seed\",\"davmount\":\"application/davmount+xml\",\"dbf\":\"application/vnd.dbf\",\"dbk\":\"application/docbook+xml\",\"dcm\":\"application/dicom\",\"dcmp\":\"application/vnd.dcmp+xml\",\"dcr\":\"application/x-director\",\"dcurl\":\"text/vnd.curl.dcurl\",\"dd2\":\"application/vnd.oma.dd2+xml\",\"ddd\":\"application/vnd.fujixerox.ddd\",\"ddf\":\"application/vnd.syncml.dmddf+xml\",\"dds\":\"image/vnd.ms-dds\",\"deb\":\"application/x-debian-package\",\"def\":\"text/plain\",\"deploy\":\"application/octet-stream\",\"der\":\"application/x-x509-ca-cert\",\"dfac\":\"application/vnd.dreamfactory\",\"dgc\":\"application/x-dgc-compressed\",\"dib\":\"image/bmp\",\"dic\":\"text/x-c\",\"dir\":\"application/x-director\",\"dis\":\"application/vnd.mobius.dis\",\"disposition-notification\":\"message/disposition-notification\",\"dist\":\"application/octet-stream\",\"distz\":\"application/octet-stream\",\"djv\":\"image/vnd.djvu\",\"djvu\":\"image/vnd.djvu\",\"dll\":\"application/x-msdownload\",\"dmg\":\"application/x-apple-diskimage\",\"dmp\":\"application/vnd.tcpdump.pcap\",\"dms\":\"application/octet-stream\",\"dna\":\"application/vnd.dna\",\"dng\":\"image/x-adobe-dng\",\"doc\":\"application/msword\",\"docm\":\"application/vnd.ms-word.document.macroenabled.12\",\"docx\":\"application/vnd.openxmlformats-officedocument.wordprocessingml.document\",\"dot\":\"application/msword\",\"dotm\":\"application/vnd.ms-word.template.macroenabled.12\",\"dotx\":\"application/vnd.openxmlformats-officedocument.wordprocessingml.template\",\"dp\":\"application/vnd.osgi.dp\",\"dpg\":\"application/vnd.dpgraph\",\"dpx\":\"image/dpx\",\"dra\":\"audio/vnd.dra\",\"drle\":\"image/dicom-rle\",\"drm\":\"application/vnd.procreate.dream\",\"dsc\":\"text/prs.lines.tag\",\"dssc\":\"application/dssc+der\",\"dtb\":\"application/x-dtbook+xml\",\"dtd\":\"application/xml-dtd\",\"dts\":\"audio/vnd.dts\",\"dtshd\":\"audio/vnd.dts.hd\",\"dump\":\"application/octet-stream\",\"dvb\":\"video/vnd.dvb.file\",\"dvi\":\"application/x-dvi\",\"dwd\":\"application/atsc-dwd+xml\",\"dwf\":\"model/vnd.dwf\",\"dwg\":\"image/vnd.dwg\",\"dxf\":\"image/vnd.dxf\",\"dxp\":\"application/vnd.spotfire.dxp\",\"dxr\":\"application/x-director\",\"ear\":\"application/java-archive\",\"ecelp4800\":\"audio/vnd.nuera.ecelp4800\",\"ecelp7470\":\"audio/vnd.nuera.ecelp7470\",\"ecelp9600\":\"audio/vnd.nuera.ecelp9600\",\"ecma\":\"application/ecmascript\",\"edm\":\"application/vnd.novadigm.edm\",\"edx\":\"application/vnd.novadigm.edx\",\"efif\":\"application/vnd.picsel\",\"ei6\":\"application/vnd.pg.osasli\",\"elc\":\"application/octet-stream\",\"emf\":\"image/emf\",\"eml\":\"message/rfc822\",\"emma\":\"application/emma+xml\",\"emotionml\":\"application/emotionml+xml\",\"emz\":\"application/x-msmetafile\",\"eol\":\"audio/vnd.digital-winds\",\"eot\":\"application/vnd.ms-fontobject\",\"eps\":\"application/postscript\",\"epub\":\"application/epub+zip\",\"es3\":\"application/vnd.eszigno3+xml\",\"esa\":\"application/vnd.osgi.subsystem\",\"esf\":\"application/vnd.epson.esf\",\"et3\":\"application/vnd.eszigno3+xml\",\"etx\":\"text/x-setext\",\"eva\":\"application/x-eva\",\"evy\":\"application/x-envoy\",\"exe\":\"application/x-msdos-program\",\"exi\":\"application/exi\",\"exp\":\"application/express\",\"exr\":\"image/aces\",\"ext\":\"application/vnd.novadigm.ext\",\"ez\":\"application/andrew-inset\",\"ez2\":\"application/vnd.ezpix-album\",\"ez3\":\"application/vnd.ezpix-package\",\"f\":\"text/x-fortran\",\"f4v\":\"video/x-f4v\",\"f77\":\"text/x-fortran\",\"f90\":\"text/x-fortran\",\"fbs\":\"image/vnd.fastbidsheet\",\"fbx\":\"application/vnd.autodesk.fbx\",\"fcdt\":\"application/vnd.adobe.formscentral.fcdt\",\"fcs\":\"application/vnd.isac.fcs\",\"fdf\":\"application/fdf\",\"fdt\":\"application/fdt+xml\",\"fe_launch\":\"application/vnd.denovo.fcselayout-link\",\"fg5\":\"application/vnd.fujitsu.oasysgp\",\"fgd\":\"application/x-director\",\"fh\":\"image/x-freehand\",\"fh4\":\"image/x-freehand\",\"fh5\":\"image/x-freehand\",\"fh7\":\"image/x-freehand\",\"fhc\":\"image/x-freehand\",\"fig\":\"application/x-xfig\",\"fits\":\"image/fits\",\"flac\":\"audio/x-flac\",\"fli\":\"video/x-fli\",\"flo\":\"application/vnd.micrografx.flo\",\"flv\":\"video/x-flv\",\"flw\":\"application/vnd.kde.kivio\",\"flx\":\"text/vnd.fmi.flexstor\",\"fly\":\"text/vnd.fly\",\"fm\":\"application/vnd.framemaker\",\"fnc\":\"application/vnd.frogans.fnc\",\"fo\":\"application/vnd.software602.filler.form+xml\",\"for\":\"text/x-fortran\",\"fpx\":\"image/vnd.fpx\",\"frame\":\"application/vnd.framemaker\",\"fsc\":\"application/vnd.fsc.weblaunch\",\"fst\":\"image/vnd.fst\",\"ftc\":\"application/vnd.fluxtime.clip\",\"fti\":\"application/vnd.anser-web-funds-transfer-initiation\",\"fvt\":\"video/vnd.fvt\",\"fxp\":\"application/vnd.adobe.fxp\",\"fxpl\":\"application/vnd.adobe.fxp\",\"fzs\":\"application/vnd.fuzzysheet\",\"g2w\":\"application/vnd.geoplan\",\"g3\":\"image/g3fax\",\"g3w\":\"application/vnd.geospace\",\"gac\":\"application/vnd.groove-account\",\"gam\":\"application/x-tads\",\"gbr\":\"application/rpki-ghostbusters\",\"gca\":\"application/x-gca-compressed\",\"gdl\":\"model/vnd.gdl\",\"gdoc\":\"application/vnd.google-apps.document\",\"gdraw\":\"application/vnd.google-apps.drawing\",\"ged\":\"text/vnd.familysearch.gedcom\",\"geo\":\"application/vnd.dynageo\",\"geojson\":\"application/geo+json\",\"gex\":\"application/vnd.geometry-explorer\",\"gform\":\"application/vnd.google-apps.form\",\"ggb\":\"application/vnd.geogebra.file\",\"ggs\":\"application/vnd.geogebra.slides\",\"ggt\":\"application/vnd.geogebra.tool\",\"ghf\":\"application/vnd.groove-help\",\"gif\":\"image/gif\",\"gim\":\"application/vnd.groove-identity-message\",\"gjam\":\"application/vnd.google-apps.jam\",\"glb\":\"model/gltf-binary\",\"gltf\":\"model/gltf+json\",\"gmap\":\"application/vnd.google-apps.map\",\"gml\":\"application/gml+xml\",\"gmx\":\"application/vnd.gmx\",\"gnumeric\":\"application/x-gnumeric\",\"gph\":\"application/vnd.flographit\",\"gpx\":\"application/gpx+xml\",\"gqf\":\"application/vnd.grafeq\",\"gqs\":\"application/vnd.grafeq\",\"gram\":\"application/srgs\",\"gramps\":\"application/x-gramps-xml\",\"gre\":\"application/vnd.geometry-explorer\",\"grv\":\"application/vnd.groove-injector\",\"grxml\":\"application/srgs+xml\",\"gscript\":\"application/vnd.google-apps.script\",\"gsf\":\"application/x-font-ghostscript\",\"gsheet\":\"application/vnd.google-apps.spreadsheet\",\"gsite\":\"application/vnd.google-apps.site\",\"gslides\":\"application/vnd.google-apps.presentation\",\"gtar\":\"application/x-gtar\",\"gtm\":\"application/vnd.groove-tool-message\",\"gtw\":\"model/vnd.gtw\",\"gv\":\"text/vnd.graphviz\",\"gxf\":\"application/gxf\",\"gxt\":\"application/vnd.geonext\",\"gz\":\"application/gzip\",\"h\":\"text/x-c\",\"h261\":\"video/h261\",\"h263\":\"video/h263\",\"h264\":\"video/h264\",\"hal\":\"application/vnd.hal+xml\",\"hbci\":\"application/vnd.hbci\",\"hbs\":\"text/x-handlebars-template\",\"hdd\":\"application/x-virtualbox-hdd\",\"hdf\":\"application/x-hdf\",\"heic\":\"image/heic\",\"heics\":\"image/heic-sequence\",\"heif\":\"image/heif\",\"heifs\":\"image/heif-sequence\",\"hej2\":\"image/hej2k\",\"held\":\"application/atsc-held+xml\",\"hh\":\"text/x-c\",\"hjson\":\"application/hjson\",\"hlp\":\"application/winhlp\",\"hpgl\":\"application/vnd.hp-hpgl\",\"hpid\":\"application/vnd.hp-hpid\",\"hps\":\"application/vnd.hp-hps\",\"hqx\":\"application/mac-binhex40\",\"htc\":\"text/x-component\",\"htke\":\"application/vnd.kenameaapp\",\"htm\":\"text/html\",\"html\":\"text/html\",\"hvd\":\"application/vnd.yamaha.hv-dic\",\"hvp\":\"application/vnd.yamaha.hv-voice\",\"hvs\":\"application/vnd.yamaha.hv-script\",\"i2g\":\"application/vnd.intergeo\",\"icc\":\"application/vnd.iccprofile\",\"ice\":\"x-conference/x-cooltalk\",\"icm\":\"application/vnd.iccprofile\",\"ico\":\"image/vnd.microsoft.icon\",\"ics\":\"text/calendar\",\"ief\":\"image/ief\",\"ifb\":\"text/calendar\",\"ifm\":\"application/vnd.shana.informed.formdata\",\"iges\":\"model/iges\",\"igl\":\"application/vnd.igloader\",\"igm\":\"application/vnd.insors.igm\",\"igs\":\"model/iges\",\"igx\":\"application/vnd.micrografx.igx\",\"iif\":\"application/vnd.shana.informed.interchange\",\"img\":\"application/octet-stream\",\"imp\":\"application/vnd.accpac.simply.imp\",\"ims\":\"application/vnd.ms-ims\",\"in\":\"text/plain\",\"ini\":\"text/plain\",\"ink\":\"application/inkml+xml\",\"inkml\":\"application/inkml+xml\",\"install\":\"application/x-install-instructions\",\"iota\":\"application/vnd.astraea-software.iota\",\"ipfix\":\"application/ipfix\",\"ipk\":\"application/vnd.shana.informed.package\",\"ipynb\":\"application/x-ipynb+json\",\"irm\":\"application/vnd.ibm.rights-management\",\"irp\":\"application/vnd.irepository.package+xml\",\"iso\":\"application/x-iso9660-image\",\"itp\":\"application/vnd.shana.informed.formtemplate\",\"its\":\"application/its+xml\",\"ivp\":\"application/vnd.immervision-ivp\",\"ivu\":\"application/vnd.immervision-ivu\",\"jad\":\"text/vnd.sun.j2me.app-descriptor\",\"jade\":\"text/jade\",\"jaii\":\"image/jaii\",\"jais\":\"image/jais\",\"jam\":\"application/vnd.jam\",\"jar\":\"application/java-archive\",\"jardiff\":\"application/x-java-archive-diff\",\"java\":\"text/x-java-source\",\"jfif\":\"image/pjpeg\",\"jhc\":\"image/jphc\",\"jisp\":\"application/vnd.jisp\",\"jls\":\"image/jls\",\"jlt\":\"application/vnd.hp-jlyt\",\"jng\":\"image/x-jng\",\"jnlp\":\"application/x-java-jnlp-file\",\"joda\":\"application/vnd.joost.joda-archive\",\"jp2\":\"image/jp2\",\"jpe\":\"image/jpeg\",\"jpeg\":\"image/jpeg\",\"jpf\":\"image/jpx\",\"jpg\":\"image/jpeg\",\"jpg2\":\"image/jp2\",\"jpgm\":\"image/jpm\",\"jpgv\":\"video/jpeg\",\"jph\":\"image/jph\",\"jpm\":\"image/jpm\",\"jpx\":\"image/jpx\",\"js\":\"text/javascript\",\"json\":\"application/json\",\"json5\":\"application/json5\",\"jsonld\":\"application/ld+json\",\"jsonml\":\"application/jsonml+json\",\"jsx\":\"text/jsx\",\"jt\":\"model/jt\",\"jxl\":\"image/jxl\",\"jxr\":\"image/jxr\",\"jxra\":\"image/jxra\",\"jxrs\":\"image/jxrs\",\"jxs\":\"image/jxs\",\"jxsc\":\"image/jxsc\",\"jxsi\":\"image/jxsi\",\"jxss\":\"image/jxss\",\"kar\":\"audio/midi\",\"karbon\":\"application/vnd.kde.karbon\",\"kdbx\":\"application/x-keepass2\",\"key\":\"application/vnd.apple.keynote\",\"kfo\":\"application/vnd.kde.kformula\",\"kia\":\"application/vnd.kidspiration\",\"kml\":\"application/vnd.google-earth.kml+xml\",\"kmz\":\"application/vnd.google-earth.kmz\",\"kne\":\"application/vnd.kinar\",\"knp\":\"application/vnd.kinar\",\"kon\":\"application/vnd.kde.kontour\",\"kpr\":\"application/vnd.kde.kpresenter\",\"kpt\":\"application/vnd.kde.kpresenter\",\"kpxx\":\"application/vnd.ds-keypoint\",\"ksp\":\"application/vnd.kde.kspread\",\"ktr\":\"application/vnd.kahootz\",\"ktx\":\"image/ktx\",\"ktx2\":\"image/ktx2\",\"ktz\":\"application/vnd.kahootz\",\"kwd\":\"application/vnd.kde.kword\",\"kwt\":\"application/vnd.kde.kword\",\"lasxml\":\"application/vnd.las.las+xml\",\"latex\":\"application/x-latex\",\"lbd\":\"application/vnd.llamagraphics.life-balance.desktop\",\"lbe\":\"application/vnd.llamagraphics.life-balance.exchange+xml\",\"les\":\"application/vnd.hhe.lesson-player\",\"less\":\"text/less\",\"lgr\":\"application/lgr+xml\",\"lha\":\"application/x-lzh-compressed\",\"link66\":\"application/vnd.route66.link66+xml\",\"list\":\"text/plain\",\"list3820\":\"application/vnd.ibm.modcap\",\"listafp\":\"application/vnd.ibm.modcap\",\"litcoffee\":\"text/coffeescript\",\"lnk\":\"application/x-ms-shortcut\",\"log\":\"text/plain\",\"lostxml\":\"application/lost+xml\",\"lottie\":\"application/zip+dotlottie\",\"lrf\":\"application/octet-stream\",\"lrm\":\"application/vnd.ms-lrm\",\"ltf\":\"application/vnd.frogans.ltf\",\"lua\":\"text/x-lua\",\"luac\":\"application/x-lua-bytecode\",\"lvp\":\"audio/vnd.lucent.voice\",\"lwp\":\"application/vnd.lotus-wordpro\",\"lzh\":\"application/x-lzh-compressed\",\"m13\":\"application/x-msmediaview\",\"m14\":\"application/x-msmediaview\",\"m1v\":\"video/mpeg\",\"m21\":\"application/mp21\",\"m2a\":\"audio/mpeg\",\"m2t\":\"video/mp2t\",\"m2ts\":\"video/mp2t\",\"m2v\":\"video/mpeg\",\"m3a\":\"audio/mpeg\",\"m3u\":\"audio/x-mpegurl\",\"m3u8\":\"application/vnd.apple.mpegurl\",\"m4a\":\"audio/mp4\",\"m4b\":\"audio/mp4\",\"m4p\":\"application/mp4\",\"m4s\":\"video/iso.segment\",\"m4u\":\"video/vnd.mpegurl\",\"m4v\":\"video/x-m4v\",\"ma\":\"application/mathematica\",\"mads\":\"application/mads+xml\",\"maei\":\"application/mmt-aei+xml\",\"mag\":\"application/vnd.ecowin.chart\",\"maker\":\"application/vnd.framemaker\",\"man\":\"text/troff\",\"manifest\":\"text/cache-manifest\",\"map\":\"application/json\",\"mar\":\"application/octet-stream\",\"markdown\":\"text/markdown\",\"mathml\":\"application/mathml+xml\",\"mb\":\"application/mathematica\",\"mbk\":\"application/vnd.mobius.mbk\",\"mbox\":\"application/mbox\",\"mc1\":\"application/vnd.medcalcdata\",\"mcd\":\"application/vnd.mcd\",\"mcurl\":\"text/vnd.curl.mcurl\",\"md\":\"text/markdown\",\"mdb\":\"application/x-msaccess\",\"mdi\":\"image/vnd.ms-modi\",\"mdx\":\"text/mdx\",\"me\":\"text/troff\",\"mesh\":\"model/mesh\",\"meta4\":\"application/metalink4+xml\",\"metalink\":\"application/metalink+xml\",\"mets\":\"application/mets+xml\",\"mfm\":\"application/vnd.mfmp\",\"mft\":\"application/rpki-manifest\",\"mgp\":\"application/vnd.osgeo.mapguide.package\",\"mgz\":\"application/vnd.proteus.magazine\",\"mht\":\"message/rfc822\",\"mhtml\":\"message/rfc822\",\"mid\":\"audio/midi\",\"midi\":\"audio/midi\",\"mie\":\"application/x-mie\",\"mif\":\"application/vnd.mif\",\"mime\":\"message/rfc822\",\"mj2\":\"video/mj2\",\"mjp2\":\"video/mj2\",\"mjs\":\"text/javascript\",\"mk3d\":\"video/x-matroska\",\"mka\":\"audio/x-matroska\",\"mkd\":\"text/x-markdown\",\"mks\":\"video/x-matroska\",\"mkv\":\"video/x-matroska\",\"mlp\":\"application/vnd.dolby.mlp\",\"mmd\":\"application/vnd.chipnuts.karaoke-mmd\",\"mmf\":\"application/vnd.smaf\",\"mml\":\"text/mathml\",\"mmr\":\"image/vnd.fujixerox.edmics-mmr\",\"mng\":\"video/x-mng\",\"mny\":\"application/x-msmoney\",\"mobi\":\"application/x-mobipocket-ebook\",\"mods\":\"application/mods+xml\",\"mov\":\"video/quicktime\",\"movie\":\"video/x-sgi-movie\",\"mp2\":\"audio/mpeg\",\"mp21\":\"application/mp21\",\"mp2a\":\"audio/mpeg\",\"mp3\":\"audio/mpeg\",\"mp4\":\"video/mp4\",\"mp4a\":\"audio/mp4\",\"mp4s\":\"application/mp4\",\"mp4v\":\"video/mp4\",\"mpc\":\"application/vnd.mophun.certificate\",\"mpd\":\"application/dash+xml\",\"mpe\":\"video/mpeg\",\"mpeg\":\"video/mpeg\",\"mpf\":\"application/media-policy-dataset+xml\",\"mpg\":\"video/mpeg\",\"mpg4\":\"video/mp4\",\"mpga\":\"audio/mpeg\",\"mpkg\":\"application/vnd.apple.installer+xml\",\"mpm\":\"application/vnd.blueice.multipass\",\"mpn\":\"application/vnd.mophun.application\",\"mpp\":\"application/dash-patch+xml\",\"mpt\":\"application/vnd.ms-project\",\"mpy\":\"application/vnd.ibm.minipay\",\"mqy\":\"application/vnd.mobius.mqy\",\"mrc\":\"application/marc\",\"mrcx\":\"application/marcxml+xml\",\"ms\":\"text/troff\",\"mscml\":\"application/mediaservercontrol+xml\",\"mseed\":\"application/vnd.fdsn.mseed\",\"mseq\":\"application/vnd.mseq\",\"msf\":\"application/vnd.epson.msf\",\"msg\":\"application/vnd.ms-outlook\",\"msh\":\"model/mesh\",\"msi\":\"application/x-msdownload\",\"msix\":\"application/msix\",\"msixbundle\":\"application/msixbundle\",\"msl\":\"application/vnd.mobius.msl\",\"msm\":\"application/octet-stream\",\"msp\":\"application/octet-stream\",\"msty\":\"application/vnd.muvee.style\",\"mtl\":\"model/mtl\",\"mts\":\"video/mp2t\",\"mus\":\"application/vnd.musician\",\"musd\":\"application/mmt-usd+xml\",\"musicxml\":\"application/vnd.recordare.musicxml+xml\",\"mvb\":\"application/x-msmediaview\",\"mvt\":\"application/vnd.mapbox-vector-tile\",\"mwf\":\"application/vnd.mfer\",\"mxf\":\"application/mxf\",\"mxl\":\"application/vnd.recordare.musicxml\",\"mxmf\":\"audio/mobile-xmf\",\"mxml\":\"application/xv+xml\",\"mxs\":\"application/vnd.triscape.mxs\",\"mxu\":\"video/vnd.mpegurl\",\"n-gage\":\"application/vnd.nokia.n-gage.symbian.install\",\"n3\":\"text/n3\",\"nb\":\"application/mathematica\",\"nbp\":\"application/vnd.wolfram.player\",\"nc\":\"application/x-netcdf\",\"ncx\":\"application/x-dtbncx+xml\",\"nfo\":\"text/x-nfo\",\"ngdat\":\"application/vnd.nokia.n-gage.data\",\"nitf\":\"application/vnd.nitf\",\"nlu\":\"application/vnd.neurolanguage.nlu\",\"nml\":\"application/vnd.enliven\",\"nnd\":\"application/vnd.noblenet-directory\",\"nns\":\"application/vnd.noblenet-sealer\",\"nnw\":\"application/vnd.noblenet-web\",\"npx\":\"image/vnd.net-fpx\",\"nq\":\"application/n-quads\",\"nsc\":\"application/x-conference\",\"nsf\":\"application/vnd.lotus-notes\",\"nt\":\"application/n-triples\",\"ntf\":\"application/vnd.nitf\",\"numbers\":\"application/vnd.apple.numbers\",\"nzb\":\"application/x-nzb\",\"oa2\":\"application/vnd.fujitsu.oasys2\",\"oa3\":\"application/vnd.fujitsu.oasys3\",\"oas\":\"application/vnd.fujitsu.oasys\",\"obd\":\"application/x-msbinder\",\"obgx\":\"application/vnd.openblox.game+xml\",\"obj\":\"model/obj\",\"oda\":\"application/oda\",\"odb\":\"application/vnd.oasis.opendocument.database\",\"odc\":\"application/vnd.oasis.opendocument.chart\",\"odf\":\"application/vnd.oasis.opendocument.formula\",\"odft\":\"application/vnd.oasis.opendocument.formula-template\",\"odg\":\"application/vnd.oasis.opendocument.graphics\",\"odi\":\"application/vnd.oasis.opendocument.image\",\"odm\":\"application/vnd.oasis.opendocument.text-master\",\"odp\":\"application/vnd.oasis.opendocument.presentation\",\"ods\":\"application/vnd.oasis.opendocument.spreadsheet\",\"odt\":\"application/vnd.oasis.opendocument.text\",\"oga\":\"audio/ogg\",\"ogex\":\"model/vnd.opengex\",\"ogg\":\"audio/ogg\",\"ogv\":\"video/ogg\",\"ogx\":\"application/ogg\",\"omdoc\":\"application/omdoc+xml\",\"one\":\"application/onenote\",\"onea\":\"application/onenote\",\"onepkg\":\"application/onenote\",\"onetmp\":\"application/onenote\",\"onetoc\":\"application/onenote\",\"onetoc2\":\"application/onenote\",\"opf\":\"application/oebps-package+xml\",\"opml\":\"text/x-opml\",\"oprc\":\"application/vnd.palm\",\"opus\":\"audio/ogg\",\"org\":\"application/vnd.lotus-organizer\",\"osf\":\"application/vnd.yamaha.openscoreformat\",\"osfpvg\":\"application/vnd.yamaha.openscoreformat.osfpvg+xml\",\"osm\":\"application/vnd.openstreetmap.data+xml\",\"otc\":\"application/vnd.oasis.opendocument.chart-template\",\"otf\":\"font/otf\",\"otg\":\"application/vnd.oasis.opendocument.graphics-template\",\"oth\":\"application/vnd.oasis.opendocument.text-web\",\"oti\":\"application/vnd.oasis.opendocument.image-template\",\"otp\":\"application/vnd.oasis.opendocument.presentation-template\",\"ots\":\"application/vnd.oasis.opendocument.spreadsheet-template\",\"ott\":\"application/vnd.oasis.opendocument.text-template\",\"ova\":\"application/x-virtualbox-ova\",\"ovf\":\"application/x-virtualbox-ovf\",\"owl\":\"application/rdf+xml\",\"oxps\":\"application/oxps\",\"oxt\":\"application/vnd.openofficeorg.extension\",\"p\":\"text/x-pascal\",\"p10\":\"application/pkcs10\",\"p12\":\"application/x-pkcs12\",\"p21\":\"model/step\",\"p7b\":\"application/x-pkcs7-certificates\",\"p7c\":\"application/pkcs7-mime\",\"p7m\":\"application/pkcs7-mime\",\"p7r\":\"application/x-pkcs7-certreqresp\",\"p7s\":\"application/pkcs7-signature\",\"p8\":\"application/pkcs8\",\"pac\":\"application/x-ns-proxy-autoconfig\",\"pages\":\"application/vnd.apple.pages\",\"pas\":\"text/x-pascal\",\"paw\":\"application/vnd.pawaafile\",\"pbd\":\"application/vnd.powerbuilder6\",\"pbm\":\"image/x-portable-bitmap\",\"pcap\":\"application/vnd.tcpdump.pcap\",\"pcf\":\"application/x-font-pcf\",\"pcl\":\"application/vnd.hp-pcl\",\"pclxl\":\"application/vnd.hp-pclxl\",\"pct\":\"image/x-pict\",\"pcurl\":\"application/vnd.curl.pcurl\",\"pcx\":\"image/vnd.zbrush.pcx\",\"pdb\":\"application/vnd.palm\",\"pde\":\"text/x-processing\",\"pdf\":\"application/pdf\",\"pem\":\"application/x-x509-ca-cert\",\"pfa\":\"application/x-font-type1\",\"pfb\":\"application/x-font-type1\",\"pfm\":\"application/x-font-type1\",\"pfr\":\"application/font-tdpfr\",\"pfx\":\"application/x-pkcs12\",\"pgm\":\"image/x-portable-graymap\",\"pgn\":\"application/x-chess-pgn\",\"pgp\":\"application/pgp-encrypted\",\"php\":\"application/x-httpd-php\",\"pic\":\"image/x-pict\",\"pkg\":\"application/octet-stream\",\"pki\":\"application/pkixcmp\",\"pkipath\":\"application/pkix-pkipath\",\"pkpass\":\"application/vnd.apple.pkpass\",\"pl\":\"application/x-perl\",\"plb\":\"application/vnd.3gpp.pic-bw-large\",\"plc\":\"application/vnd.mobius.plc\",\"plf\":\"application/vnd.pocketlearn\",\"pls\":\"application/pls+xml\",\"pm\":\"application/x-perl\",\"pml\":\"application/vnd.ctc-posml\",\"png\":\"image/png\",\"pnm\":\"image/x-portable-anymap\",\"portpkg\":\"application/vnd.macports.portpkg\",\"pot\":\"application/vnd.ms-powerpoint\",\"potm\":\"application/vnd.ms-powerpoint.template.macroenabled.12\",\"potx\":\"application/vnd.openxmlformats-officedocument.presentationml.template\",\"ppam\":\"application/vnd.ms-powerpoint.addin.macroenabled.12\",\"ppd\":\"application/vnd.cups-ppd\",\"ppm\":\"image/x-portable-pixmap\",\"pps\":\"application/vnd.ms-powerpoint\",\"ppsm\":\"application/vnd.ms-powerpoint.slideshow.macroenabled.12\",\"ppsx\":\"application/vnd.openxmlformats-officedocument.presentationml.slideshow\",\"ppt\":\"application/vnd.ms-powerpoint\",\"pptm\":\"application/vnd.ms-powerpoint.presentation.macroenabled.12\",\"pptx\":\"application/vnd.openxmlformats-officedocument.presentationml.presentation\",\"pqa\":\"application/vnd.palm\",\"prc\":\"model/prc\",\"pre\":\"application/vnd.lotus-freelance\",\"prf\":\"application/pics-rules\",\"provx\":\"application/provenance+xml\",\"ps\":\"application/postscript\",\"psb\":\"application/vnd.3gpp.pic-bw-small\",\"psd\":\"image/vnd.adobe.photoshop\",\"psf\":\"application/x-font-linux-psf\",\"pskcxml\":\"application/pskc+xml\",\"pti\":\"image/prs.pti\",\"ptid\":\"application/vnd.pvi.ptid1\",\"pub\":\"application/x-mspublisher\",\"pvb\":\"application/vnd.3gpp.pic-bw-var\",\"pwn\":\"application/vnd.3m.post-it-notes\",\"pya\":\"audio/vnd.ms-playready.media.pya\",\"pyo\":\"model/vnd.pytha.pyox\",\"pyox\":\"model/vnd.pytha.pyox\",\"pyv\":\"video/vnd.ms-playready.media.pyv\",\"qam\":\"application/vnd.epson.quickanime\",\"qbo\":\"application/vnd.intu.qbo\",\"qfx\":\"application/vnd.intu.qfx\",\"qps\":\"application/vnd.publishare-delta-tree\",\"qt\":\"video/quicktime\",\"qwd\":\"application/vnd.quark.quarkxpress\",\"qwt\":\"application/vnd.quark.quarkxpress\",\"qxb\":\"application/vnd.quark.quarkxpress\",\"qxd\":\"application/vnd.quark.quarkxpress\",\"qxl\":\"application/vnd.quark.quarkxpress\",\"qxt\":\"application/vnd.quark.quarkxpress\",\"ra\":\"audio/x-pn-realaudio\",\"ram\":\"audio/x-pn-realaudio\",\"raml\":\"application/raml+yaml\",\"rapd\":\"application/route-apd+xml\",\"rar\":\"application/vnd.rar\",\"ras\":\"image/x-cmu-raster\",\"rcprofile\":\"application/vnd.ipunplugged.rcprofile\",\"rdf\":\"application/rdf+xml\",\"rdz\":\"application/vnd.data-vision.rdz\",\"relo\":\"application/p2p-overlay+xml\",\"rep\":\"application/vnd.businessobjects\",\"res\":\"application/x-dtbresource+xml\",\"rgb\":\"image/x-rgb\",\"rif\":\"application/reginfo+xml\",\"rip\":\"audio/vnd.rip\",\"ris\":\"application/x-research-info-systems\",\"rl\":\"application/resource-lists+xml\",\"rlc\":\"image/vnd.fujixerox.edmics-rlc\",\"rld\":\"application/resource-lists-diff+xml\",\"rm\":\"application/vnd.rn-realmedia\",\"rmi\":\"audio/midi\",\"rmp\":\"audio/x-pn-realaudio-plugin\",\"rms\":\"application/vnd.jcp.javame.midlet-rms\",\"rmvb\":\"application/vnd.rn-realmedia-vbr\",\"rnc\":\"application/relax-ng-compact-syntax\",\"rng\":\"application/xml\",\"roa\":\"application/rpki-roa\",\"roff\":\"text/troff\",\"rp9\":\"application/vnd.cloanto.rp9\",\"rpm\":\"application/x-redhat-package-manager\",\"rpss\":\"application/vnd.nokia.radio-presets\",\"rpst\":\"application/vnd.nokia.radio-preset\",\"rq\":\"application/sparql-query\",\"rs\":\"application/rls-services+xml\",\"rsat\":\"application/atsc-rsat+xml\",\"rsd\":\"application/rsd+xml\",\"rsheet\":\"application/urc-ressheet+xml\",\"rss\":\"application/rss+xml\",\"rtf\":\"application/rtf\",\"rtx\":\"text/richtext\",\"run\":\"application/x-makeself\",\"rusd\":\"application/route-usd+xml\",\"s\":\"text/x-asm\",\"s3m\":\"audio/s3m\",\"saf\":\"application/vnd.yamaha.smaf-audio\",\"sass\":\"text/x-sass\",\"sbml\":\"application/sbml+xml\",\"sc\":\"application/vnd.ibm.secure-container\",\"scd\":\"application/x-msschedule\",\"scm\":\"application/vnd.lotus-screencam\",\"scq\":\"application/scvp-cv-request\",\"scs\":\"application/scvp-cv-response\",\"scss\":\"text/x-scss\",\"scurl\":\"text/vnd.curl.scurl\",\"sda\":\"application/vnd.stardivision.draw\",\"sdc\":\"application/vnd.stardivision.calc\",\"sdd\":\"application/vnd.stardivision.impress\",\"sdkd\":\"application/vnd.solent.sdkm+xml\",\"sdkm\":\"application/vnd.solent.sdkm+xml\",\"sdp\":\"application/sdp\",\"sdw\":\"application/vnd.stardivision.writer\",\"sea\":\"application/x-sea\",\"see\":\"application/vnd.seemail\",\"seed\":\"application/vnd.fdsn.seed\",\"sema\":\"application/vnd.sema\",\"semd\":\"application/vnd.semd\",\"semf\":\"application/vnd.semf\",\"senmlx\":\"application/senml+xml\",\"sensmlx\":\"application/sensml+xml\",\"ser\":\"application/java-serialized-object\",\"setpay\":\"application/set-payment-initiation\",\"setreg\":\"application/set-registration-initiation\",\"sfd-hdstx\":\"application/vnd.hydrostatix.sof-data\",\"sfs\":\"application/vnd.spotfire.sfs\",\"sfv\":\"text/x-sfv\",\"sgi\":\"image/sgi\",\"sgl\":\"application/vnd.stardivision.writer-global\",\"sgm\":\"text/sgml\",\"sgml\":\"text/sgml\",\"sh\":\"application/x-sh\",\"shar\":\"application/x-shar\",\"shex\":\"text/shex\",\"shf\":\"application/shf+xml\",\"shtml\":\"text/html\",\"sid\":\"image/x-mrsid-image\",\"sieve\":\"application/sieve\",\"sig\":\"application/pgp-signature\",\"sil\":\"audio/silk\",\"silo\":\"model/mesh\",\"sis\":\"application/vnd.symbian.install\",\"sisx\":\"application/vnd.symbian.install\",\"sit\":\"application/x-stuffit\",\"sitx\":\"application/x-stuffitx\",\"siv\":\"application/sieve\",\"skd\":\"application/vnd.koan\",\"skm\":\"application/vnd.koan\",\"skp\":\"application/vnd.koan\",\"skt\":\"application/vnd.koan\",\"sldm\":\"application/vnd.ms-powerpoint.slide.macroenabled.12\",\"sldx\":\"application/vnd.openxmlformats-officedocument.presentationml.slide\",\"slim\":\"text/slim\",\"slm\":\"text/slim\",\"sls\":\"application/route-s-tsid+xml\",\"slt\":\"application/vnd.epson.salt\",\"sm\":\"application/vnd.stepmania.stepchart\",\"smf\":\"application/vnd.stardivision.math\",\"smi\":\"application/smil+xml\",\"smil\":\"application/smil+xml\",\"smv\":\"video/x-smv\",\"smzip\":\"application/vnd.stepmania.package\",\"snd\":\"audio/basic\",\"snf\":\"application/x-font-snf\",\"so\":\"application/octet-stream\",\"spc\":\"application/x-pkcs7-certificates\",\"spdx\":\"text/spdx\",\"spf\":\"application/vnd.yamaha.smaf-phrase\",\"spl\":\"application/x-futuresplash\",\"spot\":\"text/vnd.in3d.spot\",\"spp\":\"application/scvp-vp-response\",\"spq\":\"application/scvp-vp-request\",\"spx\":\"audio/ogg\",\"sql\":\"application/sql\",\"src\":\"application/x-wais-source\",\"srt\":\"application/x-subrip\",\"sru\":\"application/sru+xml\",\"srx\":\"application/sparql-results+xml\",\"ssdl\":\"application/ssdl+xml\",\"sse\":\"application/vnd.kodak-descriptor\",\"ssf\":\"application/vnd.epson.ssf\",\"ssml\":\"application/ssml+xml\",\"st\":\"application/vnd.sailingtracker.track\",\"stc\":\"application/vnd.sun.xml.calc.template\",\"std\":\"application/vnd.sun.xml.draw.template\",\"step\":\"model/step\",\"stf\":\"application/vnd.wt.stf\",\"sti\":\"application/vnd.sun.xml.impress.template\",\"stk\":\"application/hyperstudio\",\"stl\":\"model/stl\",\"stp\":\"model/step\",\"stpnc\":\"model/step\",\"stpx\":\"model/step+xml\",\"stpxz\":\"model/step-xml+zip\",\"stpz\":\"model/step+zip\",\"str\":\"application/vnd.pg.format\",\"stw\":\"application/vnd.sun.xml.writer.template\",\"styl\":\"text/stylus\",\"stylus\":\"text/stylus\",\"sub\":\"text/vnd.dvb.subtitle\",\"sus\":\"application/vnd.sus-calendar\",\"susp\":\"application/vnd.sus-calendar\",\"sv4cpio\":\"application/x-sv4cpio\",\"sv4crc\":\"application/x-sv4crc\",\"svc\":\"application/vnd.dvb.service\",\"svd\":\"application/vnd.svd\",\"svg\":\"image/svg+xml\",\"svgz\":\"image/svg+xml\",\"swa\":\"application/x-director\",\"swf\":\"application/x-shockwave-flash\",\"swi\":\"application/vnd.aristanetworks.swi\",\"swidtag\":\"application/swid+xml\",\"sxc\":\"application/vnd.sun.xml.calc\",\"sxd\":\"application/vnd.sun.xml.draw\",\"sxg\":\"application/vnd.sun.xml.writer.global\",\"sxi\":\"application/vnd.sun.xml.impress\",\"sxm\":\"application/vnd.sun.xml.math\",\"sxw\":\"application/vnd.sun.xml.writer\",\"t\":\"text/troff\",\"t3\":\"application/x-t3vm-image\",\"t38\":\"image/t38\",\"taglet\":\"application/vnd.mynfc\",\"tao\":\"application/vnd.tao.intent-module-archive\",\"tap\":\"image/vnd.tencent.tap\",\"tar\":\"application/x-tar\",\"tcap\":\"application/vnd.3gpp2.tcap\",\"tcl\":\"application/x-tcl\",\"td\":\"application/urc-targetdesc+xml\",\"teacher\":\"application/vnd.smart.teacher\",\"tei\":\"application/tei+xml\",\"teicorpus\":\"application/tei+xml\",\"tex\":\"application/x-tex\",\"texi\":\"application/x-texinfo\",\"texinfo\":\"application/x-texinfo\",\"text\":\"text/plain\",\"tfi\":\"application/thraud+xml\",\"tfm\":\"application/x-tex-tfm\",\"tfx\":\"image/tiff-fx\",\"tga\":\"image/x-tga\",\"thmx\":\"application/vnd.ms-officetheme\",\"tif\":\"image/tiff\",\"tiff\":\"image/tiff\",\"tk\":\"application/x-tcl\",\"tmo\":\"application/vnd.tmobile-livetv\",\"toml\":\"application/toml\",\"torrent\":\"application/x-bittorrent\",\"tpl\":\"application/vnd.groove-tool-template\",\"tpt\":\"application/vnd.trid.tpt\",\"tr\":\"text/troff\",\"tra\":\"application/vnd.trueapp\",\"trig\":\"application/trig\",\"trm\":\"application/x-msterminal\",\"ts\":\"video/mp2t\",\"tsd\":\"application/timestamped-data\",\"tsv\":\"text/tab-separated-values\",\"ttc\":\"font/collection\",\"ttf\":\"font/ttf\",\"ttl\":\"text/turtle\",\"ttml\":\"application/ttml+xml\",\"twd\":\"application/vnd.simtech-mindmapper\",\"twds\":\"application/vnd.simtech-mindmapper\",\"txd\":\"application/vnd.genomatix.tuxedo\",\"txf\":\"application/vnd.mobius.txf\",\"txt\":\"text/plain\",\"u32\":\"application/x-authorware-bin\",\"u3d\":\"model/u3d\",\"u8dsn\":\"message/global-delivery-status\",\"u8hdr\":\"message/global-headers\",\"u8mdn\":\"message/global-disposition-notification\",\"u8msg\":\"message/global\",\"ubj\":\"application/ubjson\",\"udeb\":\"application/x-debian-package\",\"ufd\":\"application/vnd.ufdl\",\"ufdl\":\"application/vnd.ufdl\",\"ulx\":\"application/x-glulx\",\"umj\":\"application/vnd.umajin\",\"unityweb\":\"application/vnd.unity\",\"uo\":\"application/vnd.uoml+xml\",\"uoml\":\"application/vnd.uoml+xml\",\"uri\":\"text/uri-list\",\"uris\":\"text/uri-list\",\"urls\":\"text/uri-list\",\"usda\":\"model/vnd.usda\",\"usdz\":\"model/vnd.usdz+zip\",\"ustar\":\"application/x-ustar\",\"utz\":\"application/vnd.uiq.theme\",\"uu\":\"text/x-uuencode\",\"uva\":\"audio/vnd.dece.audio\",\"uvd\":\"application/vnd.dece.data\",\"uvf\":\"application/vnd.dece.data\",\"uvg\":\"image/vnd.dece.graphic\",\"uvh\":\"video/vnd.dece.hd\",\"uvi\":\"image/vnd.dece.graphic\",\"uvm\":\"video/vnd.dece.mobile\",\"uvp\":\"video/vnd.dece.pd\",\"uvs\":\"video/vnd.dece.sd\",\"uvt\":\"application/vnd.dece.ttml+xml\",\"uvu\":\"video/vnd.uvvu.mp4\",\"uvv\":\"video/vnd.dece.video\",\"uvva\":\"audio/vnd.dece.audio\",\"uvvd\":\"application/vnd.dece.data\",\"uvvf\":\"application/vnd.dece.data\",\"uvvg\":\"image/vnd.dece.graphic\",\"uvvh\":\"video/vnd.dece.hd\",\"uvvi\":\"image/vnd.dece.graphic\",\"uvvm\":\"video/vnd.dece.mobile\",\"uvvp\":\"video/vnd.dece.pd\",\"uvvs\":\"video/vnd.dece.sd\",\"uvvt\":\"application/vnd.dece.ttml+xml\",\"uvvu\":\"video/vnd.uvvu.mp4\",\"uvvv\":\"video/vnd.dece.video\",\"uvvx\":\"application/vnd.dece.unspecified\",\"uvvz\":\"application/vnd.dece.zip\",\"uvx\":\"application/vnd.dece.unspecified\",\"uvz\":\"application/vnd.dece.zip\",\"vbox\":\"application/x-virtualbox-vbox\",\"vbox-extpack\":\"application/x-virtualbox-vbox-extpack\",\"vcard\":\"text/vcard\",\"vcd\":\"application/x-cdlink\",\"vcf\":\"text/x-vcard\",\"vcg\":\"application/vnd.groove-vcard\",\"vcs\":\"text/x-vcalendar\",\"vcx\":\"application/vnd.vcx\",\"vdi\":\"application/x-virtualbox-vdi\",\"vds\":\"model/vnd.sap.vds\",\"vdx\":\"application/vnd.ms-visio.viewer\",\"vhd\":\"application/x-virtualbox-vhd\",\"vis\":\"application/vnd.visionary\",\"viv\":\"video/vnd.vivo\",\"vmdk\":\"application/x-virtualbox-vmdk\",\"vob\":\"video/x-ms-vob\",\"vor\":\"application/vnd.stardivision.writer\",\"vox\":\"application/x-authorware-bin\",\"vrml\":\"model/vrml\",\"vsd\":\"application/vnd.visio\",\"vsdx\":\"application/vnd.visio\",\"vsf\":\"application/vnd.vsf\",\"vss\":\"application/vnd.visio\",\"vst\":\"application/vnd.visio\",\"vsw\":\"application/vnd.visio\",\"vtf\":\"image/vnd.valve.source.texture\",\"vtt\":\"text/vtt\",\"vtu\":\"model/vnd.vtu\",\"vtx\":\"application/vnd.visio\",\"vxml\":\"application/voicexml+xml\",\"w3d\":\"application/x-director\",\"wad\":\"application/x-doom\",\"wadl\":\"application/vnd.sun.wadl+xml\",\"war\":\"application/java-archive\",\"wasm\":\"application/wasm\",\"wav\":\"audio/wav\",\"wax\":\"audio/x-ms-wax\",\"wbmp\":\"image/vnd.wap.wbmp\",\"wbs\":\"application/vnd.criticaltools.wbs+xml\",\"wbxml\":\"application/vnd.wap.wbxml\",\"wcm\":\"application/vnd.ms-works\",\"wdb\":\"application/vnd.ms-works\",\"wdp\":\"image/vnd.ms-photo\",\"weba\":\"audio/webm\",\"webapp\":\"application/x-web-app-manifest+json\",\"webm\":\"video/webm\",\"webmanifest\":\"application/manifest+json\",\"webp\":\"image/webp\",\"wg\":\"application/vnd.pmi.widget\",\"wgsl\":\"text/wgsl\",\"wgt\":\"application/widget\",\"wif\":\"application/watcherinfo+xml\",\"wks\":\"application/vnd.ms-works\",\"wm\":\"video/x-ms-wm\",\"wma\":\"audio/x-ms-wma\",\"wmd\":\"application/x-ms-wmd\",\"wmf\":\"image/wmf\",\"wml\":\"text/vnd.wap.wml\",\"wmlc\":\"application/vnd.wap.wmlc\",\"wmls\":\"text/vnd.wap.wmlscript\",\"wmlsc\":\"application/vnd.wap.wmlscriptc\",\"wmv\":\"video/x-ms-wmv\",\"wmx\":\"video/x-ms-wmx\",\"wmz\":\"application/x-ms-wmz\",\"woff\":\"font/woff\",\"woff2\":\"font/woff2\",\"wpd\":\"application/vnd.wordperfect\",\"wpl\":\"application/vnd.ms-wpl\",\"wps\":\"application/vnd.ms-works\",\"wqd\":\"application/vnd.wqd\",\"wri\":\"application/x-mswrite\",\"wrl\":\"model/vrml\",\"wsc\":\"message/vnd.wfa.wsc\",\"wsdl\":\"application/wsdl+xml\",\"wspolicy\":\"application/wspolicy+xml\",\"wtb\":\"application/vnd.webturbo\",\"wvx\":\"video/x-ms-wvx\",\"x32\":\"application/x-authorware-bin\",\"x3d\":\"model/x3d+xml\",\"x3db\":\"model/x3d+fastinfoset\",\"x3dbz\":\"model/x3d+binary\",\"x3dv\":\"model/x3d-vrml\",\"x3dvz\":\"model/x3d+vrml\",\"x3dz\":\"model/x3d+xml\",\"x_b\":\"model/vnd.parasolid.transmit.binary\",\"x_t\":\"model/vnd.parasolid.transmit.text\",\"xaml\":\"application/xaml+xml\",\"xap\":\"application/x-silverlight-app\",\"xar\":\"application/vnd.xara\",\"xav\":\"application/xcap-att+xml\",\"xbap\":\"application/x-ms-xbap\",\"xbd\":\"application/vnd.fujixerox.docuworks.binder\",\"xbm\":\"image/x-xbitmap\",\"xca\":\"application/xcap-caps+xml\",\"xcs\":\"application/calendar+xml\",\"xdcf\":\"application/vnd.gov.sk.xmldatacontainer+xml\",\"xdf\":\"application/xcap-diff+xml\",\"xdm\":\"application/vnd.syncml.dm+xml\",\"xdp\":\"application/vnd.adobe.xdp+xml\",\"xdssc\":\"application/dssc+xml\",\"xdw\":\"application/vnd.fujixerox.docuworks\",\"xel\":\"application/xcap-el+xml\",\"xenc\":\"application/xenc+xml\",\"xer\":\"application/patch-ops-error+xml\",\"xfdf\":\"application/xfdf\",\"xfdl\":\"application/vnd.xfdl\",\"xht\":\"application/xhtml+xml\",\"xhtm\":\"application/vnd.pwg-xhtml-print+xml\",\"xhtml\":\"application/xhtml+xml\",\"xhvml\":\"application/xv+xml\",\"xif\":\"image/vnd.xiff\",\"xla\":\"application/vnd.ms-excel\",\"xlam\":\"application/vnd.ms-excel.addin.macroenabled.12\",\"xlc\":\"application/vnd.ms-excel\",\"xlf\":\"application/xliff+xml\",\"xlm\":\"application/vnd.ms-excel\",\"xls\":\"application/vnd.ms-excel\",\"xlsb\":\"application/vnd.ms-excel.sheet.binary.macroenabled.12\",\"xlsm\":\"application/vnd.ms-excel.sheet.macroenabled.12\",\"xlsx\":\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\",\"xlt\":\"application/vnd.ms-excel\",\"xltm\":\"application/vnd.ms-excel.template.macroenabled.12\",\"xltx\":\"application/vnd.openxmlformats-officedocument.spreadsheetml.template\",\"xlw\":\"application/vnd.ms-excel\",\"xm\":\"audio/xm\",\"xml\":\"application/xml\",\"xns\":\"application/xcap-ns+xml\",\"xo\":\"application/vnd.olpc-sugar\",\"xop\":\"application/xop+xml\",\"xpi\":\"application/x-xpinstall\",\"xpl\":\"application/xproc+xml\",\"xpm\":\"image/x-xpixmap\",\"xpr\":\"application/vnd.is-xpr\",\"xps\":\"application/vnd.ms-xpsdocument\",\"xpw\":\"application/vnd.intercon.formnet\",\"xpx\":\"application/vnd.intercon.formnet\",\"xsd\":\"application/xml\",\"xsf\":\"application/prs.xsf+xml\",\"xsl\":\"application/xml\",\"xslt\":\"application/xslt+xml\",\"xsm\":\"application/vnd.syncml+xml\",\"xspf\":\"application/xspf+xml\",\"xul\":\"application/vnd.mozilla.xul+xml\",\"xvm\":\"application/xv+xml\",\"xvml\":\"application/xv+xml\",\"xwd\":\"image/x-xwindowdump\",\"xyz\":\"chemical/x-xyz\",\"xz\":\"application/x-xz\",\"yaml\":\"text/yaml\",\"yang\":\"application/yang\",\"yin\":\"application/yin+xml\",\"yml\":\"text/yaml\",\"ymp\":\"text/x-suse-ymp\",\"z1\":\"application/x-zmachine\",\"z2\":\"application/x-zmachine\",\"z3\":\"application/x-zmachine\",\"z4\":\"application/x-zmachine\",\"z5\":\"application/x-zmachine\",\"z6\":\"application/x-zmachine\",\"z7\":\"application/x-zmachine\",\"z8\":\"application/x-zmachine\",\"zaz\":\"application/vnd.zzazz.deck+xml\",\"zip\":\"application/zip\",\"zir\":\"application/vnd.zul\",\"zirz\":\"application/vnd.zul\",\"zmm\":\"application/vnd.handheld-entertainment+xml\"}")))

;// CONCATENATED MODULE: ./src/inventory/media-types.ts
// Media types by extension: the field's formats first (DECISIONS.md, "Inventory"), then the
// general table of `mime-types`, then application/octet-stream. Users override by pattern.
// The general table is mime-types' own, written out at build time (scripts/compile-media-types.mjs):
// building it costs several milliseconds, which no run should pay on start.


const OCTET_STREAM = 'application/octet-stream';
const COG = 'image/tiff; application=geotiff; profile=cloud-optimized';
/** Longest suffix wins, so `.cog.tif` and `.tif` can differ if the table ever needs it. */
const FIELD_FORMATS = [
    ['.parquet', 'application/x-parquet'],
    ['.geoparquet', 'application/x-parquet'],
    ['.geojson', 'application/geo+json'],
    ['.jsonld', 'application/ld+json'],
    ['.json', 'application/json'],
    ['.tif', COG],
    ['.tiff', COG],
    ['.gpkg', 'application/geopackage+sqlite3'],
    ['.fgb', 'application/vnd.flatgeobuf'],
    ['.pmtiles', 'application/vnd.pmtiles'],
    ['.csv', 'text/csv'],
    ['.zip', 'application/zip'],
    ['.nc', 'application/netcdf'],
    ['.nc4', 'application/netcdf'],
    // A directory store's own path (stores.ts); the files inside one are the store's type too.
    ['.zarr', 'application/vnd+zarr']
];
const ZARR = 'application/vnd+zarr';
/** The media type of a root-relative path (`/` separators). Overrides are tried in order. */
function mediaTypeOf(path, overrides = []) {
    for (const override of overrides) {
        if ((0,esm/* minimatch */.xF)(path, override.pattern, { dot: true, nocomment: true, nonegate: true })) {
            return override.mediaType;
        }
    }
    return mediaTypeByName(path);
}
/** Types found so far, by the name from its first dot on (the only part the answer reads). */
const bySuffix = new Map();
/**
 * The media type of a root-relative path by its name alone: a file inside a Zarr store is the
 * store's; otherwise the longest of the field's suffixes the lower-case name ends with, then
 * mime-types' type for its extension (a name that is all suffix, `.md`, counts), then
 * application/octet-stream.
 */
function mediaTypeByName(path) {
    // A name before `.zarr/`, said as: the character before it is not a separator.
    if (/[^/]\.zarr\//i.test(path))
        return ZARR;
    const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    const dot = name.indexOf('.', 1);
    if (dot < 0 && !name.startsWith('.'))
        return OCTET_STREAM;
    const suffix = dot < 0 ? name : name.slice(dot);
    let type = bySuffix.get(suffix);
    if (type === undefined) {
        let longest = '';
        for (const [ending, mediaType] of FIELD_FORMATS) {
            if (name.endsWith(ending) && ending.length > longest.length) {
                longest = ending;
                type = mediaType;
            }
        }
        type ??= BY_EXTENSION.get(name.slice(name.lastIndexOf('.') + 1)) ?? OCTET_STREAM;
        bySuffix.set(suffix, type);
    }
    return type;
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

/***/ 4492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AJ: () => (/* binding */ storeFilesOf),
/* harmony export */   Qd: () => (/* binding */ dirHash),
/* harmony export */   cY: () => (/* binding */ groupStores),
/* harmony export */   gA: () => (/* binding */ isStoreEntry),
/* harmony export */   storeMatcher: () => (/* binding */ storeMatcher)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3581);
/* harmony import */ var _model_order_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6553);
/* harmony import */ var _model_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1933);
/* harmony import */ var _model_sha256sum_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9963);
/* harmony import */ var _crawl_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8063);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9376);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1569);
// Directory stores (DECISIONS.md, "Directory stores"): a directory the `stores` patterns match (a
// Zarr store, a tile pyramid) is one artifact. Its path is the directory's with a trailing `/`, its
// digest the in-toto dirHash of its files: the SHA-256 of their `sha256sum` listing, names relative
// to the store, sorted by bytes. Made from the per-file entries the inventory has already hashed
// (found here, read from shards or from a precomputed list), so no file is hashed twice.









/** The matcher of the `stores` patterns, or the findings that refuse them. */
function storeMatcher(patterns) {
    const findings = [];
    const compiled = [];
    for (const source of patterns) {
        const negate = source.startsWith('!');
        const safe = (0,_model_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .normaliseRelative */ .Z8)(negate ? source.slice(1) : source);
        if (!safe.ok) {
            const message = `The stores pattern "${source}" ${safe.reason}.`;
            findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_6__/* .finding */ .g)('PATTERN_OUTSIDE_ROOT', 'stores', message));
            continue;
        }
        compiled.push({ negate, source, minimatch: new minimatch__WEBPACK_IMPORTED_MODULE_2__/* .Minimatch */ .VR(safe.path, _crawl_js__WEBPACK_IMPORTED_MODULE_4__/* .MINIMATCH_OPTIONS */ .S$) });
    }
    if (findings.length > 0 || !compiled.some((p) => !p.negate))
        return { findings };
    const match = (relative) => {
        let matched;
        for (const pattern of compiled) {
            if (pattern.negate) {
                if (matched !== undefined && pattern.minimatch.match(relative))
                    matched = undefined;
            }
            else if (matched === undefined && pattern.minimatch.match(relative)) {
                matched = pattern.source;
            }
        }
        return matched;
    };
    return { matcher: { sources: patterns, match }, findings };
}
/**
 * The in-toto dirHash of a store's files, as `sha256:`: the SHA-256 of their `sha256sum` lines,
 * each name relative to the store (`prefix` cut off), in the order of those names' bytes.
 */
function dirHash(files, prefix) {
    let sorted = files;
    for (let i = 1; i < files.length; i++) {
        if ((0,_model_order_js__WEBPACK_IMPORTED_MODULE_7__/* .compareText */ .n)(files[i - 1].path, files[i].path) > 0) {
            sorted = [...files].sort((a, b) => (0,_model_order_js__WEBPACK_IMPORTED_MODULE_7__/* .compareText */ .n)(a.path, b.path));
            break;
        }
    }
    const listing = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    // In runs of lines: a million files are a thousand updates, not a million.
    let lines = '';
    for (const [index, file] of sorted.entries()) {
        lines += (0,_model_sha256sum_js__WEBPACK_IMPORTED_MODULE_8__/* .sha256sumLine */ .F)(file.digest, file.path.slice(prefix.length));
        if (index % 1024 === 1023) {
            listing.update(lines);
            lines = '';
        }
    }
    listing.update(lines);
    return `sha256:${listing.digest('hex')}`;
}
function isStoreEntry(entry) {
    return 'files' in entry;
}
/**
 * Finds, for each directory, the outermost store it is in (itself included), once per directory:
 * the files of a store share few directories, so a million files cost a few lookups each.
 */
function storeFinder(matcher, nested) {
    const known = new Map();
    const storeOf = (directory) => {
        if (directory === '.')
            return undefined;
        if (known.has(directory))
            return known.get(directory);
        const outer = storeOf(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.dirname(directory));
        const pattern = matcher.match(directory);
        if (outer !== undefined && pattern !== undefined)
            nested(directory, outer, pattern);
        const store = outer ?? (pattern === undefined ? undefined : directory);
        known.set(directory, store);
        return store;
    };
    return storeOf;
}
/**
 * The artifact entries with every file inside a store replaced by the store's one entry, sorted
 * by path. A store nested in a store, and a stores pattern that matches a file inside one, are
 * findings: the outer store still takes every file, so its digest stays the dirHash of it all.
 */
function groupStores(entries, matcher, display, overrides = []) {
    if (!matcher)
        return { entries: [...entries], findings: [] };
    const findings = [];
    const storeOf = storeFinder(matcher, (inner, outer, pattern) => {
        const shown = display(`${inner}/`);
        const message = `${shown} matches the stores pattern "${pattern}" inside the store ${display(`${outer}/`)}; a store is one artifact with every file under it, so a store inside a store is refused: narrow the stores patterns so they match only the outer directory.`;
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_6__/* .finding */ .g)('STORE_NESTED', shown, message));
    });
    const members = new Map();
    const filePatterns = new Set();
    const grouped = [];
    for (const entry of entries) {
        const store = storeOf(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.dirname(entry.path));
        if (store === undefined) {
            grouped.push(entry);
            continue;
        }
        const files = members.get(store);
        if (files)
            files.push(entry);
        else
            members.set(store, [entry]);
        const pattern = matcher.match(entry.path);
        if (pattern !== undefined && !filePatterns.has(`${store}\0${pattern}`)) {
            filePatterns.add(`${store}\0${pattern}`);
            const shown = display(entry.path);
            const message = `The stores pattern "${pattern}" matches the file ${shown} inside the store ${display(`${store}/`)}; stores patterns name directories, so write one that matches only the store's own directory.`;
            findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_6__/* .finding */ .g)('STORE_PATTERN_MATCHES_FILE', shown, message));
        }
    }
    for (const [store, files] of members)
        grouped.push(storeEntry(store, files, overrides));
    grouped.sort((a, b) => (0,_model_order_js__WEBPACK_IMPORTED_MODULE_7__/* .compareText */ .n)(a.path, b.path));
    return { entries: grouped, findings };
}
/** One store's entry, from its files' entries. */
function storeEntry(store, files, overrides) {
    const prefix = `${store}/`;
    files.sort((a, b) => (0,_model_order_js__WEBPACK_IMPORTED_MODULE_7__/* .compareText */ .n)(a.path, b.path));
    let size = 0;
    let verified = true;
    for (const file of files) {
        size += file.size ?? 0;
        verified &&= file.verified;
    }
    return {
        path: prefix,
        digest: dirHash(files, prefix),
        mediaType: (0,_media_types_js__WEBPACK_IMPORTED_MODULE_5__/* .mediaTypeOf */ .c0)(store, overrides),
        ...(verified ? { size } : {}),
        verified,
        files
    };
}
/** Each store's files by the store's path, for the checksums file. */
function storeFilesOf(entries) {
    const stores = new Map();
    for (const entry of entries)
        if (isStoreEntry(entry))
            stores.set(entry.path, entry.files);
    return stores;
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

/***/ 9963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ sha256sumLine)
/* harmony export */ });
// One line of a `sha256sum` listing, as GNU coreutils writes it: the checksums file beside the
// manifest and a directory store's digest (in-toto dirHash) are both made of these lines. A name
// with a backslash or a line break is written with those escaped and the line starts with a
// backslash.
/** `<64 hex>  <name>\n` for a `sha256:` digest. */
function sha256sumLine(digest, name) {
    const hex = digest.slice('sha256:'.length);
    if (!/[\\\n\r]/.test(name))
        return `${hex}  ${name}\n`;
    const escaped = name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
    return `\\${hex}  ${escaped}\n`;
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
    // A directory store's files are spread over the shards (each by its own path): any missing
    // shard may hold some of them, so the first missing one is why the store is not whole.
    if (found.shardMissing.size > 0 && (path.endsWith('/') || listsUnder(sharded.shards, `${path}/`)))
        return Math.min(...found.shardMissing.values());
    // The split gate E judges by: the shard of the lowest index (checkShards' reference).
    const count = [...sharded.shards].sort((a, b) => a.shard.index - b.shard.index)[0].shard.count;
    return found.shardMissing.get((0,_inventory_partition_js__WEBPACK_IMPORTED_MODULE_2__/* .shardOf */ .I)(path, count));
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
