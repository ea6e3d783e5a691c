export const id = 5986;
export const ids = [5986,8442];
export const modules = {

/***/ 7266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VO: () => (/* binding */ gateE),
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
    for (const artifact of evidence.artifacts) {
        const outputs = counted.flatMap((r) => r.outputs.map((o, index) => ({ receipt: r, output: o, index })));
        const samePath = outputs.filter(({ output }) => outputPath(output.uri) === artifact.path);
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
        const checked = [
            `${artifacts.entries.length} artifact(s) and ${catalogs.entries.length} catalog file(s) hashed (SHA-256)`
        ];
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


/***/ }),

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

/***/ 5986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promote: () => (/* binding */ promote)
});

// UNUSED EXPORTS: evaluatePromotion, evaluateRun, outputPaths, readEvidence

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

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(779);
;// CONCATENATED MODULE: ./src/generated/validators.js
// Generated by scripts/compile-schemas.mjs from schemas/. Do not edit.
/* eslint-disable */



const manifestV1 = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://kfm.example/schemas/promotion_manifest_v1.schema.json","title":"KFM promotion manifest v1","description":"Proves a dataset version may be promoted. v1 never changes meaning: a new meaning is a new version.","type":"object","additionalProperties":false,"required":["kfm_promotion_manifest_version","dataset_slug","dataset_version_id","spec_hash","released_at","artifacts","catalogs","qa","policy","approvals"],"properties":{"kfm_promotion_manifest_version":{"const":"v1"},"dataset_slug":{"type":"string","pattern":"^[a-z][a-z0-9_]{0,63}$"},"dataset_version_id":{"type":"string","pattern":"^(?:[0-9]{4}-(?:0[1-9]|1[0-2])\\.[0-9a-f]{8}|[A-Za-z0-9._-]{1,128})$"},"spec_hash":{"$ref":"#/$defs/digest"},"released_at":{"$ref":"#/$defs/timestamp"},"artifacts":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["path","digest","media_type"],"properties":{"path":{"$ref":"#/$defs/path"},"digest":{"$ref":"#/$defs/digest"},"media_type":{"type":"string","minLength":1,"pattern":"^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+"}}}},"catalogs":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["path","digest"],"properties":{"path":{"$ref":"#/$defs/path"},"digest":{"$ref":"#/$defs/digest"}}}},"qa":{"type":"object","additionalProperties":false,"required":["status","report_digest"],"properties":{"status":{"enum":["pass","warn","fail"]},"report_digest":{"$ref":"#/$defs/digest"}}},"policy":{"type":"object","additionalProperties":false,"required":["policy_label","decision_id"],"properties":{"policy_label":{"enum":["public","internal","restricted","confidential"]},"decision_id":{"type":"string","pattern":"^kfm://policy_decision/\\S+$"}}},"approvals":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["role","principal","approved_at"],"properties":{"role":{"type":"string","minLength":1},"principal":{"type":"string","minLength":1},"approved_at":{"$ref":"#/$defs/timestamp"}}}}},"$defs":{"digest":{"description":"SHA-256, written sha256: and 64 lowercase hex characters.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"timestamp":{"description":"RFC 3339 in UTC with Z, seconds precision; a real calendar date and time.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"},"path":{"description":"Relative to the dataset root, / separators, no . or .. segments, no leading /.","type":"string","minLength":1,"not":{"anyOf":[{"pattern":"^/"},{"pattern":"\\\\"},{"pattern":"(^|/)\\.\\.?(/|$)"},{"pattern":"//"},{"pattern":"/$"}]}}}};
const schema32 = {"description":"SHA-256, written sha256: and 64 lowercase hex characters.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const schema33 = {"description":"RFC 3339 in UTC with Z, seconds precision; a real calendar date and time.","type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"};
const schema34 = {"description":"Relative to the dataset root, / separators, no . or .. segments, no leading /.","type":"string","minLength":1,"not":{"anyOf":[{"pattern":"^/"},{"pattern":"\\\\"},{"pattern":"(^|/)\\.\\.?(/|$)"},{"pattern":"//"},{"pattern":"/$"}]}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = ucs2length["default"];
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
const formats0 = formats.fullFormats["date-time"];

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

;// CONCATENATED MODULE: ./src/model/json-schema.ts
function describe(error) {
    const where = error.instancePath === '' ? 'the document' : error.instancePath;
    if (error.keyword === 'additionalProperties') {
        return `${where} has the unknown property "${String(error.params.additionalProperty)}"`;
    }
    if (error.keyword === 'required')
        return `${where} is missing "${String(error.params.missingProperty)}"`;
    return `${where} ${error.message ?? 'is invalid'}`;
}
function json_schema_location(error) {
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
        return errors.map((error) => ({ location: json_schema_location(error), text: describe(error) }));
    };
}

;// CONCATENATED MODULE: ./src/documents/receipts.ts
// Run receipts (the contract's appendix), found by the run-receipts patterns, each read against
// schemas/run_receipt_v1.schema.json into a typed receipt, or reported as not a receipt.





const problems = schemaValidator(runReceiptV1);
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
const manifestProblems = schemaValidator(manifestV1);
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
// EXTERNAL MODULE: ./src/model/order.ts
var order = __webpack_require__(6553);
;// CONCATENATED MODULE: ./src/manifest/build.ts


const byPath = (a, b) => (0,order/* compareText */.n)(a.path, b.path);
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
            .sort((a, b) => (0,order/* compareText */.n)(a.role, b.role) ||
            (0,order/* compareText */.n)(a.principal, b.principal) ||
            (0,order/* compareText */.n)(a.approved_at, b.approved_at))
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
    const [artifacts, catalogs, spec, qaReport, policyDecision, approvals, sboms, attestations] = await Promise.all([
        inventory('artifacts'),
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
 * Every gate evaluated as a run does it, writing nothing: released_at, when not given, is the
 * committer time of the checked-out commit (never "now", so a re-run gives the same manifest).
 * The library's evaluatePromotion is this; promote writes what it returns.
 */
async function evaluateRun(options, extraApprovals) {
    if (options.releasedAt !== undefined)
        return evaluatePromotion(options, { releasedAtSource: 'input', extraApprovals });
    // Loaded only here: asking git needs child_process, which a run with released-at never does.
    const { commitTime } = await __webpack_require__.e(/* import() */ 2023).then(__webpack_require__.bind(__webpack_require__, 2023));
    const fromCommit = await commitTime(options.workspace);
    return evaluatePromotion({ ...options, releasedAt: fromCommit }, { releasedAtSource: fromCommit ? 'commit' : 'none', extraApprovals });
}
/**
 * One promotion run as the adapters do it: evaluate every gate (evaluateRun), and write the
 * manifest atomically only when all pass.
 */
async function promote(options, extraApprovals) {
    const result = await evaluateRun(options, extraApprovals);
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
