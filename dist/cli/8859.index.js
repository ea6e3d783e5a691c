export const id = 8859;
export const ids = [8859,8442];
export const modules = {

/***/ 8442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeFilesAtomic: () => (/* binding */ writeFilesAtomic),
/* harmony export */   z: () => (/* binding */ confineToWorkspace)
/* harmony export */ });
/* unused harmony export WriteError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _model_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1933);
// Atomic writes: each file at its path is the old one or the complete new one, never a mix; a
// set of files is written all or none; nothing is left behind when writing fails; and the error
// says in words what stopped it.




/** A write that failed, with a message a user can act on. */
class WriteError extends Error {
}
function reasonOf(error, shown) {
    const code = error.code;
    switch (code) {
        case 'ENOENT':
            return `the directory ${node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(shown)} does not exist; create it in an earlier step or choose another out`;
        case 'ENOTDIR':
            return `a part of ${node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(shown)} is a file, not a directory; choose another out`;
        case 'EISDIR':
            return `${shown} is a directory; name a file`;
        case 'EROFS':
            return 'the file system there is read-only; choose an out on a writable file system, such as one in the workspace';
        case 'ENOSPC':
        case 'EDQUOT':
            return 'the file system there is full; free some space or choose another out';
        case 'EACCES':
        case 'EPERM':
            return 'permission was denied; choose an out in a directory this job can write';
        default:
            return code ?? (error instanceof Error ? error.message : String(error));
    }
}
/**
 * Chunks in order, every byte counted: runs of bytes go in one writev each; text is encoded and
 * written as it comes, so a list given in slices is never held whole.
 */
async function writeChunks(handle, chunks) {
    let run = [];
    const flush = async () => {
        if (run.length === 0)
            return;
        const expected = run.reduce((sum, chunk) => sum + chunk.byteLength, 0);
        const { bytesWritten } = await handle.writev(run);
        if (bytesWritten !== expected)
            throw new Error(`wrote ${bytesWritten} of ${expected} bytes`);
        run = [];
    };
    for (const chunk of chunks) {
        if (typeof chunk === 'string') {
            run.push(Buffer.from(chunk, 'utf8'));
            await flush();
        }
        else
            run.push(chunk);
    }
    await flush();
}
async function writeTemporary(file) {
    const temporary = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file.path), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file.path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temporary, 'wx', 0o644);
    try {
        if (typeof file.text === 'string')
            await handle.writeFile(file.text, 'utf8');
        else
            await writeChunks(handle, file.text);
        await handle.sync();
    }
    catch (error) {
        await handle.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true });
        throw error;
    }
    await handle.close();
    return temporary;
}
/**
 * Writes every file or none: each goes to a synced temporary beside its target first, and only
 * when all are complete are they renamed into place, in the order given. Messages name the last
 * file, the one the others accompany.
 */
async function writeFilesAtomic(files) {
    const temporaries = [];
    try {
        for (const file of files)
            temporaries.push(await writeTemporary(file));
        for (const [index, file] of files.entries())
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporaries[index], file.path);
    }
    catch (error) {
        await Promise.all(temporaries.map((t) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(t, { force: true })));
        const shown = files.at(-1)?.shown ?? '';
        throw new WriteError(`Could not write ${shown}: ${reasonOf(error, shown)}. Nothing was written, and files already there are unchanged.`);
    }
}
/**
 * Refuses an out inside the workspace whose directory leads out of it through a symbolic link:
 * the workspace is the pull request's to shape, and a link there must not aim the action's
 * write at a file elsewhere on the runner. An out the workflow sets outside the workspace is
 * its own business.
 */
async function confineToWorkspace(workspace, file) {
    if (!(0,_model_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(workspace, node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file.path)))
        return;
    const [realWorkspace, realDirectory] = await Promise.all([
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(workspace),
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file.path)).catch(() => undefined)
    ]);
    // A directory that does not exist is reported by the write itself.
    if (realDirectory === undefined || (0,_model_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(realWorkspace, realDirectory))
        return;
    throw new WriteError(`Could not write ${file.shown}: its directory is a symbolic link out of the workspace (to ${realDirectory}); write out to a real directory in the workspace. Nothing was written.`);
}


/***/ }),

/***/ 8859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promote: () => (/* binding */ promote)
});

// UNUSED EXPORTS: evaluatePromotion, outputPaths, readEvidence

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/documents/json-document.ts
var json_document = __webpack_require__(8258);
;// CONCATENATED MODULE: ./src/documents/evidence.ts
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
        const document = await (0,json_document/* readJsonDocument */.E_)(ref.absolute, ref.path, ref.confine);
        return {
            readable: true,
            path: ref.path,
            digest: document.digest,
            value: document.value,
            lineOf: (location) => document.lineOf(location)
        };
    }
    catch (error) {
        if (!(error instanceof json_document/* DocumentError */.Mi))
            throw error;
        return { readable: false, ...unreadable(error) };
    }
}

// EXTERNAL MODULE: ./src/catalogs/stac.ts + 1 modules
var stac = __webpack_require__(9862);
;// CONCATENATED MODULE: ./src/catalogs/extension-schemas.ts
// The STAC extension schemas a workflow gives as local files (stac-extension-schemas), read and
// compiled once per run. A file that cannot be read or compiled stops the run with a sentence
// naming it: validating against a schema that is not there would be a silent pass.


async function readStacExtensionSchemas(given) {
    const schemas = new Map();
    for (const { url, file } of given) {
        const document = await readDocument(file);
        if (!document.readable)
            throw new stac.StacSchemaError(`stac-extension-schemas: the schema for ${url}: ${document.message}.`);
        schemas.set(url, document.value);
    }
    return (0,stac/* compileStacExtensionSchemas */.wU)(schemas);
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
        // No context: the flattened graph stays in expanded form, full IRIs as keys.
        // Loaded on first use: a run whose catalogs hold no JSON-LD never pays for it.
        const { default: processor } = await Promise.all(/* import() */[__webpack_require__.e(1366), __webpack_require__.e(2571)]).then(__webpack_require__.t.bind(__webpack_require__, 1366, 23));
        const flat = (await processor.flatten(document, undefined, {
            base: ROOT_BASE + rootRelativePath,
            documentLoader: documentLoader
        }));
        const graph = Array.isArray(flat) ? flat : (flat['@graph'] ?? []);
        return graph;
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

;// CONCATENATED MODULE: ./src/catalogs/vocabulary.ts
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

;// CONCATENATED MODULE: ./src/catalogs/dcat.ts
// DCAT: the datasets of a flattened JSON-LD graph, with their licences and distributions.


function licenses(node, byId) {
    const found = [];
    for (const [property, iri] of [
        ['license', TERMS.license],
        ['rights', TERMS.rights]
    ]) {
        for (const value of literals(node, iri))
            found.push({ kind: 'literal', value, property });
        for (const id of iris(node, iri)) {
            if (!id.startsWith('_:')) {
                found.push({ kind: 'iri', value: id, property });
                continue;
            }
            // A licence document without an IRI of its own: its identifier or label may name it.
            const target = byId.get(id);
            const names = target
                ? [
                    ...literals(target, TERMS.identifier),
                    ...literals(target, TERMS.label),
                    ...literals(target, TERMS.title)
                ]
                : [];
            if (names.length > 0)
                for (const value of names)
                    found.push({ kind: 'literal', value, property });
            else
                found.push({ kind: 'blank', value: id, property });
        }
    }
    return found;
}
function readDcat(nodes) {
    const byId = new Map(nodes.map((n) => [n['@id'], n]));
    return nodes
        .filter((node) => node['@type']?.includes(TERMS.dataset))
        .map((node) => ({
        id: node['@id'],
        licenses: licenses(node, byId),
        distributions: iris(node, TERMS.distribution).map((id) => {
            const distribution = byId.get(id) ?? { '@id': id };
            return {
                id,
                urls: [...iris(distribution, TERMS.downloadURL), ...iris(distribution, TERMS.accessURL)],
                licenses: licenses(distribution, byId),
                checksums: iris(distribution, TERMS.checksum).flatMap((checksumId) => {
                    const checksum = byId.get(checksumId);
                    if (!checksum)
                        return [];
                    const algorithm = iris(checksum, TERMS.checksumAlgorithm)[0] ??
                        literals(checksum, TERMS.checksumAlgorithm)[0] ??
                        '';
                    return literals(checksum, TERMS.checksumValue).map((value) => ({ algorithm, value }));
                })
            };
        })
    }));
}

// EXTERNAL MODULE: ./src/model/json.ts
var json = __webpack_require__(7979);
;// CONCATENATED MODULE: ./src/catalogs/prov.ts
// PROV: entities, activities and generation, from PROV-JSON or from PROV-O in JSON-LD.



/** The sections PROV-JSON documents use; a document with any of them is PROV-JSON. */
const PROV_JSON_SECTIONS = [
    'entity',
    'activity',
    'agent',
    'wasGeneratedBy',
    'used',
    'wasInformedBy',
    'wasStartedBy',
    'wasEndedBy',
    'wasInvalidatedBy',
    'wasDerivedFrom',
    'wasAttributedTo',
    'wasAssociatedWith',
    'actedOnBehalfOf',
    'wasInfluencedBy',
    'specializationOf',
    'alternateOf',
    'hadMember',
    'mentionOf',
    'bundle'
];
/** A PROV-JSON attribute value as strings: plain values, typed literals ({"$": …}), and lists. */
function attributeStrings(value) {
    if (Array.isArray(value))
        return value.flatMap(attributeStrings);
    if ((0,json/* isRecord */.u)(value))
        return '$' in value ? attributeStrings(value.$) : [];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        return [String(value)];
    return [];
}
/** The records of one section: a map of id → record, where a record may also be a list of them. */
function records(section) {
    if (!(0,json/* isRecord */.u)(section))
        return [];
    return Object.entries(section).flatMap(([id, value]) => (Array.isArray(value) ? value : [value])
        .filter(json/* isRecord */.u)
        .map((record) => [id, record]));
}
/** Problems with the shape of a PROV-JSON document, as sentences (empty when well-formed). */
function provJsonProblems(document) {
    const problems = [];
    for (const section of PROV_JSON_SECTIONS) {
        const value = document[section];
        if (value !== undefined && !(0,json/* isRecord */.u)(value))
            problems.push(`"${section}" must be an object of records keyed by id`);
    }
    for (const [id, record] of records(document.wasGeneratedBy)) {
        if (typeof record['prov:entity'] !== 'string')
            problems.push(`wasGeneratedBy "${id}" has no "prov:entity"`);
    }
    return problems;
}
function readProvJson(document) {
    const view = { entities: [], activities: [], generatedBy: new Map() };
    const visit = (doc) => {
        const node = ([id, record]) => ({
            id,
            values: Object.values(record).flatMap(attributeStrings)
        });
        view.entities.push(...records(doc.entity).map(node));
        view.activities.push(...records(doc.activity).map(node));
        for (const [, record] of records(doc.wasGeneratedBy)) {
            const entity = record['prov:entity'];
            const activity = record['prov:activity'];
            if (typeof entity === 'string' && typeof activity === 'string') {
                view.generatedBy.set(entity, [...(view.generatedBy.get(entity) ?? []), activity]);
            }
        }
        for (const [, bundle] of records(doc.bundle))
            visit(bundle);
    };
    visit(document);
    return view;
}
function isProvO(nodes) {
    return nodes.some((node) => node['@type']?.some((type) => type === TERMS.provEntity || type === TERMS.provActivity));
}
function readProvO(nodes) {
    const byId = new Map(nodes.map((n) => [n['@id'], n]));
    const typed = (type) => nodes.filter((n) => n['@type']?.includes(type));
    const view = {
        entities: typed(TERMS.provEntity).map((n) => ({ id: n['@id'], values: allLiterals(n) })),
        activities: typed(TERMS.provActivity).map((n) => ({ id: n['@id'], values: allLiterals(n) })),
        generatedBy: new Map()
    };
    const add = (entity, activity) => {
        view.generatedBy.set(entity, [...(view.generatedBy.get(entity) ?? []), activity]);
    };
    for (const node of nodes) {
        for (const activity of iris(node, TERMS.provWasGeneratedBy))
            add(node['@id'], activity);
        for (const generation of iris(node, TERMS.provQualifiedGeneration)) {
            const qualified = byId.get(generation);
            for (const activity of qualified ? iris(qualified, TERMS.provActivityProperty) : [])
                add(node['@id'], activity);
        }
        for (const entity of iris(node, TERMS.provGenerated))
            add(entity, node['@id']);
    }
    return view;
}

;// CONCATENATED MODULE: ./src/catalogs/read.ts
// Reads every catalog file of the inventory, recognises it by content as DCAT, STAC or PROV, and
// reads it into its view. A file that cannot be read, or read as what it claims to be, is
// reported with the reason; gate D turns that into its violation.







function isJsonLd(value) {
    if (Array.isArray(value))
        return value.some(isJsonLd);
    return (0,json/* isRecord */.u)(value) && ('@context' in value || '@graph' in value);
}
function isProvJson(value) {
    return ((0,json/* isRecord */.u)(value) &&
        PROV_JSON_SECTIONS.some((section) => section in value) &&
        !('@context' in value));
}
function lineOfTextIn(text) {
    return (needle) => {
        const at = text.indexOf(needle);
        return at < 0 ? undefined : text.slice(0, at).split('\n').length;
    };
}
function unreadableAs(failed, display, problems) {
    return { unreadable: { failed, path: display, problems } };
}
/** A STAC document: its view when the official schemas accept it, else what they say. */
async function readStacDocument(value, json, document, options) {
    const { display } = document;
    const validation = await (0,stac/* validateStac */.aQ)(value, options.stacExtensionSchemas);
    if (validation.problems.length === 0) {
        document.kinds.push('stac');
        document.stac = (0,stac/* readStac */.uP)(value, validation);
        return { document };
    }
    const what = value.type === 'Feature' ? 'Item' : String(value.type);
    const against = validation.schemaVersion === undefined ? 'STAC' : `STAC ${validation.schemaVersion}`;
    return unreadableAs('stac', display, validation.problems.map((p) => ({
        message: `${display} is not valid ${p.extension === undefined ? against : `for the STAC extension ${p.extension}`}: ${p.text.replace(/^the document/, `the ${what}`)}.`,
        line: json.lineOf(p.location) ?? 1
    })));
}
/** DCAT and PROV-O, read from the expanded JSON-LD; undefined when it expands. */
async function readJsonLdDocument(value, document) {
    let nodes;
    try {
        nodes = await flattenJsonLd(value, document.path);
    }
    catch (error) {
        const message = `${document.display} cannot be read as JSON-LD: ${error.message}.`;
        return unreadableAs('jsonld', document.display, [{ message, line: 1 }]);
    }
    const datasets = readDcat(nodes);
    if (datasets.length > 0) {
        document.kinds.push('dcat');
        document.dcat = datasets;
    }
    if (isProvO(nodes)) {
        document.kinds.push('prov');
        document.prov = readProvO(nodes);
    }
    return undefined;
}
function readProvJsonDocument(value, document) {
    const problems = provJsonProblems(value);
    if (problems.length > 0)
        return unreadableAs('prov-json', document.display, problems.map((p) => ({
            message: `${document.display} is not well-formed PROV-JSON: ${p}.`,
            line: 1
        })));
    document.kinds.push('prov');
    document.prov = readProvJson(value);
    return undefined;
}
async function readOne(root, entry, display, options) {
    let json;
    try {
        json = await (0,json_document/* readJsonDocument */.E_)(external_node_path_default().join(root, entry.path), display);
    }
    catch (error) {
        if (!(error instanceof json_document/* DocumentError */.Mi))
            throw error;
        const message = `${error.message}. Catalog files must be JSON or JSON-LD.`;
        return unreadableAs('json', display, [{ message, line: error.line }]);
    }
    const document = {
        path: entry.path,
        display,
        digest: json.digest,
        kinds: [],
        lineOf: (location) => json.lineOf(location),
        lineOfText: lineOfTextIn(json.bytes.toString('utf8'))
    };
    const value = json.value;
    if ((0,stac/* isStac */.Od)(value))
        return readStacDocument(value, json, document, options);
    const failed = isJsonLd(value)
        ? await readJsonLdDocument(value, document)
        : isProvJson(value)
            ? readProvJsonDocument(value, document)
            : undefined;
    if (failed)
        return failed;
    if (document.kinds.length === 0) {
        const message = `${display} is neither DCAT (JSON-LD with a dcat:Dataset), STAC (stac_version with type Catalog, Collection or Feature) nor PROV (PROV-JSON, or PROV-O in JSON-LD); narrow the catalogs patterns to the catalog files.`;
        return unreadableAs('recognition', display, [{ message, line: 1 }]);
    }
    return { document };
}
/** Catalog files read at once; well under a 1,024 open-file limit. */
const OPEN_AT_ONCE = 64;
async function readCatalogs(root, entries, display, options = {}) {
    // A bounded number of files open at once, whatever the number of catalogs: past the process's
    // open-file limit, a read fails with EMFILE, which would read as an invalid catalog.
    const results = [];
    for (let start = 0; start < entries.length; start += OPEN_AT_ONCE) {
        const batch = entries.slice(start, start + OPEN_AT_ONCE);
        results.push(...(await Promise.all(batch.map((entry) => readOne(root, entry, display(entry.path), options)))));
    }
    return {
        documents: results.flatMap((r) => ('document' in r ? [r.document] : [])),
        unreadable: results.flatMap((r) => ('unreadable' in r ? [r.unreadable] : []))
    };
}

// EXTERNAL MODULE: ./src/generated/validators.js
var validators = __webpack_require__(6161);
// EXTERNAL MODULE: ./src/model/json-schema.ts
var json_schema = __webpack_require__(9831);
;// CONCATENATED MODULE: ./src/documents/receipts.ts
// Run receipts (the contract's appendix), found by the run-receipts patterns, each read against
// schemas/run_receipt_v1.schema.json into a typed receipt, or reported as not a receipt.





const problems = (0,json_schema/* schemaValidator */.K)(validators/* runReceiptV1 */.b_);
/** Reads the receipt files the run-receipts patterns found (root-relative paths). */
async function readReceipts(root, files, display) {
    const notReceipts = [];
    const receipts = [];
    for (const file of files) {
        const shown = display(file.path);
        try {
            const document = await (0,json_document/* readJsonDocument */.E_)(external_node_path_default().join(root, file.path), shown);
            const schemaProblems = problems(document.value);
            if (schemaProblems.length > 0) {
                for (const p of schemaProblems) {
                    notReceipts.push({
                        path: shown,
                        message: `${shown} is not a valid run receipt: ${p.text.replace(/^the document/, 'the receipt')}.`,
                        line: document.lineOf(p.location) ?? 1
                    });
                }
                continue;
            }
            const value = document.value;
            receipts.push({
                path: shown,
                digest: document.digest,
                runId: value.run_id,
                datasetVersionId: value.dataset_version_id,
                outputs: value.outputs,
                validation: {
                    status: value.validation.status,
                    reportDigest: value.validation.report_digest
                },
                decisionId: value.policy.decision_id,
                lineOf: (location) => document.lineOf(location)
            });
        }
        catch (error) {
            if (!(error instanceof json_document/* DocumentError */.Mi))
                throw error;
            notReceipts.push(unreadable(error));
        }
    }
    return { receipts, unreadable: notReceipts };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/canonicalize/lib/canonicalize.js
var canonicalize = __webpack_require__(8799);
// EXTERNAL MODULE: ./src/model/digest.ts
var model_digest = __webpack_require__(5305);
;// CONCATENATED MODULE: ./src/model/canonical.ts
// The canonical form (RFC 8785, JCS) of JSON values, and the digest of that form.


/** RFC 8785 canonical JSON text of a value of the JSON data model. */
function canonicalJson(value) {
    const text = (0,canonicalize/* default */.A)(value);
    if (text === undefined)
        throw new TypeError('a value outside the JSON data model has no canonical form');
    return text;
}
/** The digest of a JSON value's canonical form: spec_hash and manifest-digest are both this. */
function canonicalDigest(value) {
    return (0,model_digest/* sha256Digest */.s)(Buffer.from(canonicalJson(value), 'utf8'));
}

;// CONCATENATED MODULE: ./src/documents/spec.ts
// The dataset spec document and its spec_hash: the SHA-256 of its RFC 8785 canonical form.
// A YAML spec is read into the JSON data model first, and anything JSON cannot say is refused
// rather than guessed (DECISIONS.md, "Digests and canonical form").





// YAML 1.1 timestamps: YAML 1.2 reads them as strings, other tools as dates. Either is a guess.
const YAML_TIMESTAMP = /^\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$/;
function tagProblem(node) {
    if ((0,dist/* isAlias */.Vj)(node) || !node.tag)
        return undefined;
    const message = `the tag ${node.tag} has no JSON equivalent; remove the tag and write a plain JSON value`;
    return { node, message };
}
/** A mapping key JSON cannot hold as written: not a plain string, a merge key, __proto__. */
function keyProblem(pair) {
    const key = pair.key;
    if (key !== null && !(0,dist/* isScalar */.jn)(key))
        return { node: pair.value, message: 'a mapping key must be a plain string' };
    if (!(0,dist/* isScalar */.jn)(key))
        return undefined;
    if (key.type === 'PLAIN' && key.value === '<<')
        return {
            node: key,
            message: 'merge keys (<<) are not part of YAML 1.2 or JSON; write the merged keys out'
        };
    if (key.value === '__proto__')
        return {
            node: key,
            message: 'a "__proto__" key may change a JavaScript reader\'s prototype; remove it'
        };
    // JSON keys are strings: a key YAML reads as a number, boolean or null becomes its JSON text,
    // which must then be the key as written (2025 is "2025"; 1e21 would be "1e+21").
    if (typeof key.value !== 'string' &&
        (key.value === null || key.source === undefined || String(key.value) !== key.source))
        return {
            node: key,
            message: `the key ${key.source || String(key.value)} is not a string, and as a JSON key it would be written differently; quote it`
        };
    return undefined;
}
/** A scalar JSON cannot hold as written: a YAML 1.1 date, or a number a double changes. */
function scalarProblem(node) {
    const value = node.value;
    if (node.type === 'PLAIN' && typeof value === 'string' && YAML_TIMESTAMP.test(value))
        return {
            node,
            message: `"${value}" reads as a date in some YAML tools and a string in others; quote it`
        };
    // The same number rule as a JSON spec's (numberProblem), on the number as written.
    const problem = typeof value === 'number' || typeof value === 'bigint'
        ? (0,json_document/* numberProblem */.vy)(node.source ?? String(value))
        : undefined;
    return problem ? { node, message: problem } : undefined;
}
/** The first node of the document that has no JSON equivalent, if any. */
function firstProblem(doc) {
    let found;
    const note = (problem) => {
        found ??= problem;
        return found ? dist/* visit */.YR.BREAK : undefined;
    };
    // yaml's visitor calls only the most specific handler, so every kind of node checks its tag.
    (0,dist/* visit */.YR)(doc, {
        Map: (_key, node) => note(tagProblem(node)),
        Seq: (_key, node) => note(tagProblem(node)),
        Pair: (_key, pair) => note(keyProblem(pair)),
        Scalar: (_key, node) => note(tagProblem(node) ?? scalarProblem(node))
    });
    return found;
}
/** Parses YAML in its JSON-compatible subset; throws DocumentError naming the line and the fix. */
function parseYamlSpec(path, text) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { schema: 'core', uniqueKeys: true, merge: false, strict: true });
    const first = doc.errors[0];
    if (first) {
        const line = first.linePos?.[0].line;
        throw new json_document/* DocumentError */.Mi(path, `${path} is not valid YAML${line ? ` (line ${line})` : ''}: ${first.message.split('\n')[0]}`, line);
    }
    const problem = firstProblem(doc);
    if (problem) {
        const line = problem.node.range ? (0,json_document/* lineAt */.mh)(text, problem.node.range[0]) : undefined;
        throw new json_document/* DocumentError */.Mi(path, `${path}${line ? ` line ${line}` : ''}: ${problem.message}`, line);
    }
    if (!(0,dist/* isMap */.jh)(doc.contents) && !(0,dist/* isSeq */.oP)(doc.contents) && !(0,dist/* isScalar */.jn)(doc.contents)) {
        throw new json_document/* DocumentError */.Mi(path, `${path} is empty; a spec must be a mapping`);
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 1000 });
    }
    catch (error) {
        throw new json_document/* DocumentError */.Mi(path, `${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const valueProblem = (0,json_document/* jsonValueProblem */.rE)(value);
    if (valueProblem)
        throw new json_document/* DocumentError */.Mi(path, `${path} ${valueProblem.message}`);
    return value;
}
/** Reads the spec (JSON, or YAML by its .yaml/.yml extension) and computes its spec_hash. */
async function readSpec(absolutePath, path, confine) {
    const bytes = await (0,json_document/* readDocumentBytes */.h9)(absolutePath, path, {
        confine,
        missing: `${path} does not exist; check the spec input (it is relative to the workspace)`
    });
    const isYaml = ['.yaml', '.yml'].includes((0,external_node_path_.extname)(path).toLowerCase());
    const value = isYaml
        ? parseYamlSpec(path, (0,json_document/* decodeUtf8 */._6)(path, bytes))
        : (0,json_document/* parseJsonText */.lk)(path, bytes, { exactNumbers: true }).value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new json_document/* DocumentError */.Mi(path, `${path} must hold an object (a mapping) at its top level`);
    }
    return { path, value, specHash: canonicalDigest(value) };
}
/** The spec as evidence: its spec_hash, or why it cannot be read. */
async function readSpecEvidence(ref) {
    try {
        const spec = await readSpec(ref.absolute, ref.path, ref.confine);
        return { readable: true, path: ref.path, specHash: spec.specHash };
    }
    catch (error) {
        if (!(error instanceof json_document/* DocumentError */.Mi))
            throw error;
        return { readable: false, ...unreadable(error) };
    }
}

// EXTERNAL MODULE: ./src/gates/a-identity.ts
var a_identity = __webpack_require__(6610);
// EXTERNAL MODULE: ./src/gates/c-policy.ts
var c_policy = __webpack_require__(5844);
// EXTERNAL MODULE: ./src/model/violation.ts + 1 modules
var violation = __webpack_require__(6078);
// EXTERNAL MODULE: ./src/gates/evidence.ts
var gates_evidence = __webpack_require__(4003);
;// CONCATENATED MODULE: ./src/gates/f-contract.ts






const QA_STATUSES = ['pass', 'warn', 'fail'];
/** The QA outcome the report states, and the violations of its status. */
function judgeQaReport(document) {
    const violations = [];
    const status = (0,json/* isRecord */.u)(document.value) ? document.value.status : undefined;
    if (typeof status !== 'string' || !QA_STATUSES.includes(status)) {
        return {
            violations: [
                (0,violation/* violation */.Qf)('F', 'QA_STATUS_INVALID', document.path, `${document.path} needs a top-level "status" of "pass", "warn" or "fail"${status === undefined ? '' : `, not ${JSON.stringify(status)}`}.`, document.lineOf(['status']) ?? 1)
            ]
        };
    }
    const value = {
        status: status,
        reportDigest: document.digest,
        path: document.path
    };
    if (status !== 'pass') {
        violations.push((0,violation/* violation */.Qf)('F', 'QA_NOT_PASSED', document.path, `QA status is "${status}"; only "pass" promotes. Fix what the QA report lists and run QA again.`, document.lineOf(['status'])));
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
            violations.push((0,violation/* violation */.Qf)('F', 'EVIDENCE_UNRESOLVED', receipt.path, `The receipt ${receipt.runId} cites the validation report ${receipt.validation.reportDigest}, which is none of the documents given to this run; give that report as qa-report, or fix the receipt.`, receipt.lineOf(['validation', 'report_digest'])));
        }
        if (decision && receipt.decisionId === decision.decisionId)
            resolved.push(`${receipt.path} policy.decision_id → ${decision.path}`);
        else if (decision) {
            violations.push((0,violation/* violation */.Qf)('F', 'EVIDENCE_UNRESOLVED', receipt.path, `The receipt ${receipt.runId} cites the policy decision ${receipt.decisionId}, but the decision given to this run is ${decision.decisionId}.`, receipt.lineOf(['policy', 'decision_id'])));
        }
    }
    return { violations, resolved };
}
const manifestProblems = (0,json_schema/* schemaValidator */.K)(validators/* manifestV1 */.$N);
/** Checks a manifest value; `path` names it in violations (the output path or a fixture). */
function validateManifest(manifest, path) {
    return manifestProblems(manifest).map((problem) => (0,violation/* violation */.Qf)('F', 'MANIFEST_SCHEMA', path, `The manifest does not match the v1 schema: ${problem.text.replace(/^the document/, 'the manifest')}.`));
}
/** The QA outcome of the evidence, when a readable report with a known status was given. */
function qaOutcomeOf(evidence) {
    const document = evidence.qaReport;
    return document?.readable ? judgeQaReport(document).value : undefined;
}
function judgeQa(evidence, checked) {
    const document = evidence.qaReport;
    if (!document) {
        const message = (0,gates_evidence/* missingInput */.f)('only a QA report with status "pass" promotes', 'qa-report');
        return [(0,violation/* violation */.Qf)('F', 'QA_REPORT_MISSING', 'qa-report', message)];
    }
    if (!document.readable)
        return [(0,violation/* violation */.Qf)('F', 'QA_REPORT_INVALID', document.path, document.message, document.line)];
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
        const policy = (0,c_policy/* policyDecisionOf */.cz)(evidence);
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

// EXTERNAL MODULE: ./src/model/gate-letter.ts
var gate_letter = __webpack_require__(1051);
// EXTERNAL MODULE: ./node_modules/spdx-expression-parse/index.js
var spdx_expression_parse = __webpack_require__(3326);
var spdx_expression_parse_default = /*#__PURE__*/__webpack_require__.n(spdx_expression_parse);
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
    const inRoot = rootPathOfIri(iri);
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

;// CONCATENATED MODULE: ./src/gates/d-catalogs.ts
// Gate D: the catalog triplet. DCAT, STAC and PROV are all present (STAC unless declared not
// applicable); links inside the root resolve to inventoried files; every checksum a catalog
// carries matches; every artifact is a PROV entity with the same digest, generated by an activity.




/**
 * A link resolved as the web resolves it, against the document's own location: a root-relative
 * path, `outside`, `invalid` when it is no URL reference at all, or undefined for a web URL.
 */
function resolveHref(documentPath, href) {
    if (!URL.canParse(href, ROOT_BASE + documentPath))
        return 'invalid';
    return rootPathOfIri(new URL(href, ROOT_BASE + documentPath).href);
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
    const at = document.lineOf([...target.location, 'file:checksum']) ?? line;
    if (!digest) {
        const message = `The file:checksum of STAC ${target.what} is not a SHA-256 multihash (1220 + 64 hex), so it cannot be checked; write it as SHA-256.`;
        return [(0,violation/* violation */.Qf)('D', 'CHECKSUM_UNSUPPORTED', document.display, message, at)];
    }
    if (digest === entry.digest)
        return [];
    const message = `The file:checksum of STAC ${target.what} says ${digest}, but ${entry.path} has ${entry.digest}; the catalog describes another version of the file, so regenerate it.`;
    return [(0,violation/* violation */.Qf)('D', 'CHECKSUM_MISMATCH', document.display, message, at)];
}
/** One link or asset: it resolves to an inventoried file inside the root, with its checksum. */
function stacTargetViolations(document, target, byPath) {
    const id = document.stac.id;
    const line = document.lineOf([...target.location, 'href']) ?? document.lineOf(target.location);
    const resolved = resolveHref(document.path, target.href);
    const found = (code, message) => [
        (0,violation/* violation */.Qf)('D', code, document.display, message, line)
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
                    const resolved = rootPathOfIri(url);
                    if (resolved === undefined)
                        continue;
                    const shown = resolved === 'outside' ? url : resolved;
                    const line = document.lineOfText(shown.split('/').pop() ?? shown);
                    if (resolved === 'outside') {
                        violations.push((0,violation/* violation */.Qf)('D', 'LINK_OUTSIDE_ROOT', document.display, `A DCAT distribution of ${dataset.id} points outside the dataset root; link to a file inside it or to an absolute URL.`, line));
                        continue;
                    }
                    const entry = artifacts.get(resolved);
                    if (!entry) {
                        violations.push((0,violation/* violation */.Qf)('D', 'LINK_UNRESOLVED', document.display, `A DCAT distribution of ${dataset.id} points to ${resolved}, which is not an artifact in the inventory; add it to the artifacts patterns, or fix the URL.`, line));
                        continue;
                    }
                    for (const checksum of distribution.checksums) {
                        if (checksum.algorithm !== TERMS.sha256Algorithm) {
                            violations.push((0,violation/* violation */.Qf)('D', 'CHECKSUM_UNSUPPORTED', document.display, `The spdx:checksum of the distribution ${resolved} uses ${checksum.algorithm || 'no algorithm'}, not spdx:checksumAlgorithm_sha256, so it cannot be checked.`, line));
                        }
                        else if (`sha256:${checksum.value.toLowerCase()}` !== entry.digest) {
                            violations.push((0,violation/* violation */.Qf)('D', 'CHECKSUM_MISMATCH', document.display, `The spdx:checksum of the distribution ${resolved} is ${checksum.value}, but the file has ${entry.digest}; regenerate the DCAT document.`, line));
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
    const violations = [];
    for (const artifact of evidence.artifacts) {
        const shown = evidence.display(artifact.path);
        const named = provDocuments.flatMap((d) => d
            .prov.entities.filter((e) => e.values.includes(artifact.digest))
            .map((e) => ({ document: d, entity: e })));
        if (named.length === 0) {
            const stale = provDocuments.flatMap((d) => d
                .prov.entities.filter((e) => e.values.includes(artifact.path))
                .map((e) => ({ document: d, entity: e })));
            const first = stale[0];
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









const GATE_TABLE = [a_identity/* gateA */.VI, gateB, c_policy/* gateC */.hZ, gateD, e_inventory/* gateE */.VO, gateF, gateG];
/** Runs every gate of the table on the evidence. */
function judge(evidence) {
    const outcomes = GATE_TABLE.map((gate) => ({ gate, outcome: gate.check(evidence) }));
    const violations = (0,violation/* sortViolations */.$7)(outcomes.flatMap(({ outcome }) => outcome.violations));
    const gates = outcomes.map(({ gate, outcome }) => {
        const count = outcome.violations.length;
        const status = count > 0 ? 'fail' : outcome.notRequired ? 'not required' : 'pass';
        const title = gate_letter/* GATES */.J[gate.letter];
        return { gate: gate.letter, title, status, violations: count, checked: outcome.checked };
    });
    return { violations, gates };
}

// EXTERNAL MODULE: ./src/inventory/find-files.ts + 1 modules
var find_files = __webpack_require__(1210);
// EXTERNAL MODULE: ./src/inventory/inventory.ts
var inventory_inventory = __webpack_require__(556);
// EXTERNAL MODULE: ./src/inventory/shards.ts
var shards = __webpack_require__(5323);
// EXTERNAL MODULE: ./src/model/order.ts
var order = __webpack_require__(6553);
;// CONCATENATED MODULE: ./src/manifest/build.ts


const byPath = (a, b) => (0,order/* compareText */.n)(a.path, b.path);
function buildManifest(parts) {
    return {
        kfm_promotion_manifest_version: 'v1',
        dataset_slug: parts.datasetSlug,
        dataset_version_id: parts.datasetVersionId,
        spec_hash: parts.specHash,
        released_at: parts.releasedAt,
        artifacts: parts.artifacts
            .map((a) => ({ path: a.path, digest: a.digest, media_type: a.mediaType }))
            .sort(byPath),
        catalogs: parts.catalogs.map((c) => ({ path: c.path, digest: c.digest })).sort(byPath),
        qa: { status: parts.qa.status, report_digest: parts.qa.reportDigest },
        policy: { policy_label: parts.policy.policyLabel, decision_id: parts.policy.decisionId },
        approvals: parts.approvals
            .map((a) => ({ role: a.role, principal: a.principal, approved_at: a.approvedAt }))
            .sort((a, b) => (0,order/* compareText */.n)(a.role, b.role) ||
            (0,order/* compareText */.n)(a.principal, b.principal) ||
            (0,order/* compareText */.n)(a.approved_at, b.approved_at))
    };
}
/** The bytes written to disk: two-space JSON and a final newline. */
function manifestText(manifest) {
    return `${JSON.stringify(manifest, null, 2)}\n`;
}
/**
 * The manifest-canonical-digest output: the digest of the RFC 8785 form, the same for any
 * indentation. manifest-digest is the digest of the bytes written, as sha256sum gives it.
 */
function manifestCanonicalDigest(manifest) {
    return canonicalDigest(manifest);
}

;// CONCATENATED MODULE: ./src/manifest/checksums.ts
function checksumLine(digest, name) {
    const hex = digest.slice('sha256:'.length);
    if (!/[\\\n\r]/.test(name))
        return `${hex}  ${name}\n`;
    const escaped = name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
    return `\\${hex}  ${escaped}\n`;
}
function checksumsText(manifest) {
    const entries = [...manifest.artifacts, ...manifest.catalogs];
    return entries.map((entry) => checksumLine(entry.digest, entry.path)).join('');
}
/** `promotion_manifest.json` → `promotion_manifest.sha256sums`. */
function checksumsPath(manifestPath) {
    return manifestPath.replace(/(\.json)?$/i, '.sha256sums');
}

;// CONCATENATED MODULE: ./src/manifest/statement.ts
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

// EXTERNAL MODULE: ./src/manifest/write.ts
var write = __webpack_require__(8442);
;// CONCATENATED MODULE: ./src/pipeline.ts
// The promotion pipeline, shared by the action, the CLI and the library: read the evidence
// (inventory, documents, catalogs), run the gate table on it, and build the manifest. It reads
// files and returns plain values; writing and reporting belong to the adapters.


















/** The bytes of a passing run: the manifest, its digests, and the sidecars that name it. */
function sealed(manifest, manifestName) {
    const text = manifestText(manifest);
    const digest = (0,model_digest/* sha256Digest */.s)(text);
    const statement = buildStatement(manifest, digest, manifestName);
    return {
        manifestText: text,
        manifestDigest: digest,
        manifestCanonicalDigest: manifestCanonicalDigest(manifest),
        statementText: `${JSON.stringify(statement, null, 2)}\n`,
        checksumsText: checksumsText(manifest)
    };
}
/** The files a passing run writes: the manifest and its two sidecars. */
function outputPaths(manifestPath) {
    return {
        manifest: manifestPath,
        statement: statementPath(manifestPath),
        checksums: checksumsPath(manifestPath)
    };
}
/** The run receipts the patterns find, read, with what finding them met. */
async function receiptEvidence(options, display, skip) {
    const found = await (0,find_files/* findFiles */.l)(options.root, options.runReceipts, 'run-receipts', display, skip);
    return { ...(await readReceipts(options.root, found.files, display)), search: found.findings };
}
/** The artifacts inventory merged from inventory shard files, and the shards for gate E. */
async function shardedArtifacts(options) {
    const reading = await (0,shards/* readShardFiles */.WP)(options.artifactsShards);
    return {
        inventory: { entries: (0,shards/* mergedEntries */.nG)(reading.shards), findings: reading.findings },
        shards: {
            input: 'artifacts-shards',
            shards: reading.shards,
            expected: {
                root: options.rootPath,
                patterns: options.artifacts,
                mediaTypes: options.mediaTypes.map(shards/* overrideLine */.VT)
            }
        }
    };
}
/** Reads every file the options name into evidence; nothing here judges. */
async function readEvidence(options, context) {
    const display = (relative) => options.rootPath === '.' ? relative : external_node_path_default().posix.join(options.rootPath, relative);
    const skip = new Set(Object.values(outputPaths(options.out.absolute)));
    const inventory = (input) => (0,inventory_inventory/* collectInventory */.r)({
        root: options.root,
        display,
        input,
        patterns: input === 'artifacts' ? options.artifacts : options.catalogs,
        precomputed: input === 'artifacts' ? options.artifactsManifest : options.catalogsManifest,
        overrides: options.mediaTypes,
        skip
    });
    const optional = (value, read) => value === undefined ? undefined : read(value);
    const sharded = options.artifactsShards.length > 0 ? shardedArtifacts(options) : undefined;
    const [artifacts, catalogs, spec, qaReport, policyDecision, approvals, sboms, attestations] = await Promise.all([
        sharded ? sharded.then((merged) => merged.inventory) : inventory('artifacts'),
        inventory('catalogs'),
        optional(options.spec, readSpecEvidence),
        optional(options.qaReport, readDocument),
        optional(options.policyDecision, readDocument),
        optional(options.approvals, readDocument),
        Promise.all(options.sboms.map(readDocument)),
        Promise.all(options.attestations.map(readDocument))
    ]);
    const stacExtensionSchemas = await readStacExtensionSchemas(options.stacExtensionSchemas);
    const [catalogDocuments, receipts] = await Promise.all([
        readCatalogs(options.root, catalogs.entries, display, { stacExtensionSchemas }),
        options.runReceipts.length === 0 ? undefined : receiptEvidence(options, display, skip)
    ]);
    return {
        datasetSlug: options.datasetSlug,
        given: {
            datasetVersionId: options.datasetVersionId,
            specHash: options.specHash,
            releasedAt: options.releasedAt
        },
        releasedAtSource: context.releasedAtSource,
        spec,
        artifacts,
        ...(sharded ? { artifactShards: (await sharded).shards } : {}),
        catalogs,
        display,
        qaReport,
        policyDecision,
        approvals,
        reviewApprovals: context.extraApprovals,
        requiredApprovals: options.requiredApprovals,
        catalogDocuments,
        stacApplicable: options.stacApplicable,
        receipts,
        sboms,
        attestations
    };
}
/** The manifest the evidence gives, whenever every part of it exists, valid or not. */
function candidateManifest(evidence) {
    const identity = (0,a_identity/* identityOf */.cu)(evidence);
    const qa = qaOutcomeOf(evidence);
    const policy = (0,c_policy/* policyDecisionOf */.cz)(evidence);
    const { datasetVersionId, specHash, releasedAt } = identity;
    if (!datasetVersionId || !specHash || !releasedAt || !qa || !policy)
        return undefined;
    return buildManifest({
        datasetSlug: evidence.datasetSlug,
        datasetVersionId,
        specHash,
        releasedAt,
        artifacts: evidence.artifacts.entries,
        catalogs: evidence.catalogs.entries,
        qa,
        policy,
        approvals: (0,c_policy/* approvalsOf */.mh)(evidence)
    });
}
async function evaluatePromotion(options, context) {
    const read = await readEvidence(options, context);
    const manifest = candidateManifest(read);
    const evidence = manifest
        ? { ...read, manifest: { value: manifest, path: options.out.path } }
        : read;
    const { violations, gates } = judge(evidence);
    const identity = (0,a_identity/* identityOf */.cu)(evidence);
    const status = violations.length === 0 && manifest ? 'pass' : 'fail';
    return {
        status,
        datasetSlug: options.datasetSlug,
        datasetVersionId: identity.datasetVersionId,
        specHash: identity.specHash,
        releasedAt: identity.releasedAt,
        artifacts: evidence.artifacts.entries,
        catalogs: evidence.catalogs.entries,
        qa: qaOutcomeOf(evidence),
        policy: (0,c_policy/* policyDecisionOf */.cz)(evidence),
        approvals: (0,c_policy/* approvalsOf */.mh)(evidence),
        manifest,
        ...(status === 'pass' && manifest ? sealed(manifest, external_node_path_default().basename(options.out.absolute)) : {}),
        violations,
        gates
    };
}
/**
 * One promotion run as the adapters and the library do it: fill the defaults that need the
 * outside world, evaluate every gate, and write the manifest atomically only when all pass.
 */
async function promote(options, extraApprovals) {
    let releasedAtSource = 'input';
    let resolved = options;
    if (options.releasedAt === undefined) {
        // Loaded only here: asking git needs child_process, which a run with released-at never does.
        const { commitTime } = await __webpack_require__.e(/* import() */ 2023).then(__webpack_require__.bind(__webpack_require__, 2023));
        const fromCommit = await commitTime(options.workspace);
        releasedAtSource = fromCommit ? 'commit' : 'none';
        resolved = { ...options, releasedAt: fromCommit };
    }
    const result = await evaluatePromotion(resolved, { releasedAtSource, extraApprovals });
    const { manifestText: text, statementText, checksumsText } = result;
    if (result.status !== 'pass' || !text || !statementText || !checksumsText)
        return result;
    const absolute = outputPaths(options.out.absolute);
    const shown = outputPaths(options.out.path);
    const manifest = { path: absolute.manifest, shown: shown.manifest, text };
    await (0,write/* confineToWorkspace */.z)(options.workspace, manifest);
    // All complete before any is in place, and the manifest renamed last: a manifest on disk
    // always has its sidecars beside it.
    await (0,write.writeFilesAtomic)([
        { path: absolute.checksums, shown: shown.checksums, text: checksumsText },
        { path: absolute.statement, shown: shown.statement, text: statementText },
        manifest
    ]);
    return result;
}


/***/ })

};
