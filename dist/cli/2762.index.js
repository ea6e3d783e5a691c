export const id = 2762;
export const ids = [2762];
export const modules = {

/***/ 2762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ collectInventory),
  p: () => (/* binding */ inventoryShard),
  listInventory: () => (/* binding */ listInventory)
});

// EXTERNAL MODULE: ./src/model/order.ts
var order = __webpack_require__(6553);
// EXTERNAL MODULE: ./src/inventory/find-files.ts + 1 modules
var find_files = __webpack_require__(5980);
// EXTERNAL MODULE: ./src/inventory/findings.ts
var inventory_findings = __webpack_require__(9376);
// EXTERNAL MODULE: ./src/inventory/hash-pool.ts + 1 modules
var hash_pool = __webpack_require__(3672);
// EXTERNAL MODULE: ./src/inventory/lfs-entries.ts
var lfs_entries = __webpack_require__(3606);
// EXTERNAL MODULE: ./src/inventory/list-json.ts
var list_json = __webpack_require__(885);
// EXTERNAL MODULE: ./src/inventory/media-types.ts + 1 modules
var media_types = __webpack_require__(1569);
// EXTERNAL MODULE: ./src/inventory/partition.ts
var partition = __webpack_require__(4806);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/documents/json-document.ts
var json_document = __webpack_require__(8258);
// EXTERNAL MODULE: ./src/model/digest.ts
var digest = __webpack_require__(5305);
// EXTERNAL MODULE: ./src/model/paths.ts
var paths = __webpack_require__(1933);
;// CONCATENATED MODULE: ./src/inventory/precomputed-list.ts
// A precomputed list (`artifacts-manifest`): its entries read and checked one by one, then held
// against the files that are present (found by the patterns, or placed and hashed here); an
// entry for a file not present is taken on trust and marked so (verified: false).








async function readPrecomputed(source, findings) {
    let document;
    try {
        document = await (0,json_document/* readJsonDocument */.E_)(source.absolute, source.path, source.confine, source.root);
    }
    catch (error) {
        if (!(error instanceof json_document/* DocumentError */.Mi))
            throw error;
        findings.push((0,inventory_findings/* finding */.g)('PRECOMPUTED_INVALID', source.path, error.message, error.line));
        return [];
    }
    if (!Array.isArray(document.value)) {
        const message = `${source.path} must be a JSON array of {"path", "digest", "media_type"} objects.`;
        findings.push((0,inventory_findings/* finding */.g)('PRECOMPUTED_INVALID', source.path, message, 1));
        return [];
    }
    const listed = [];
    document.value.forEach((item, index) => {
        const entry = listedEntry(source.path, item, index, document.lineOf([index]), findings);
        if (entry)
            listed.push(entry);
    });
    return listed;
}
/** One item of a precomputed list as an entry, or undefined when a finding refuses it. */
function listedEntry(list, item, index, line, findings) {
    const problem = (message) => {
        findings.push((0,inventory_findings/* finding */.g)('PRECOMPUTED_INVALID', list, message, line));
    };
    const where = `${list} entry ${index}`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        problem(`${where} must be an object with path, digest and media_type.`);
        return undefined;
    }
    const record = item;
    const unknown = Object.keys(record).filter((k) => !['path', 'digest', 'media_type', 'size'].includes(k));
    if (unknown.length > 0)
        problem(`${where} has unknown field(s) ${unknown.join(', ')}; allowed are path, digest, media_type, size.`);
    if (typeof record.path === 'string' && record.path.endsWith('/')) {
        problem(`${where} names the directory "${record.path}"; list a directory store's files (as the inventory command writes them), and its one entry is made from them.`);
        return undefined;
    }
    const safe = typeof record.path === 'string' ? (0,paths/* normaliseRelative */.Z8)(record.path) : undefined;
    if (!safe || !safe.ok) {
        const reason = safe ? `path "${String(record.path)}" ${safe.reason}` : 'has no string "path"';
        const kind = safe ? 'PATH_OUTSIDE_ROOT' : 'PRECOMPUTED_INVALID';
        findings.push((0,inventory_findings/* finding */.g)(kind, list, `${where}: ${reason}.`, line));
        return undefined;
    }
    if (typeof record.digest !== 'string' || !digest/* DIGEST_PATTERN */.WA.test(record.digest)) {
        const message = `${where} (${safe.path}): "digest" must be sha256: followed by 64 lowercase hex characters.`;
        findings.push((0,inventory_findings/* finding */.g)('DIGEST_INVALID', list, message, line));
        return undefined;
    }
    if (typeof record.media_type !== 'string' || record.media_type.trim() === '') {
        problem(`${where} (${safe.path}): "media_type" must be a non-empty string.`);
        return undefined;
    }
    return { path: safe.path, digest: record.digest, mediaType: record.media_type };
}
/**
 * One entry of a precomputed list, held against the file when it is present (found by the
 * patterns, or hashed here): the entry to keep, or undefined when a finding refuses it.
 */
function checkedListEntry(request, entry, place, actual, findings) {
    const list = request.precomputed.path;
    const shown = request.display(entry.path);
    if (place === 'dangling') {
        const message = `${shown} (listed in ${list}) is a symbolic link to nothing; remove it from the list or restore the file.`;
        findings.push((0,inventory_findings/* finding */.g)('SYMLINK_DANGLING', shown, message));
        return undefined;
    }
    if (place === 'outside') {
        const message = `${shown} (listed in ${list}) resolves through a symbolic link outside the dataset root; copy the file into the root instead of linking to it.`;
        findings.push((0,inventory_findings/* finding */.g)('PATH_OUTSIDE_ROOT', shown, message));
        return undefined;
    }
    if (actual && 'error' in actual) {
        findings.push((0,inventory_findings/* unreadableFile */._)(request.display(entry.path), actual.error));
        return undefined;
    }
    if (actual && actual.digest !== entry.digest) {
        const message = `${list} gives ${entry.path} the digest ${entry.digest}, but the file on disk has ${actual.digest}; regenerate the list or restore the file.`;
        findings.push((0,inventory_findings/* finding */.g)('DIGEST_MISMATCH', shown, message));
        return undefined;
    }
    return {
        path: entry.path,
        digest: entry.digest,
        mediaType: entry.mediaType,
        ...(actual ? { size: actual.size } : {}),
        verified: actual !== undefined,
        ...(actual?.lfsPointer ? { lfsPointer: actual.lfsPointer } : {})
    };
}
/**
 * Where a listed path leads: inside the root, or not. Each directory on the way is resolved once
 * (a dataset of tens of thousands of files has few directories); the file itself is resolved only
 * when it is a link. Synchronous: nothing is hashed until every entry is placed, and 40,000 lstat
 * calls cost 0.6 s of this thread as promises, a seventh of that as plain calls.
 */
function placer(root) {
    const realRoot = external_node_fs_.realpathSync.native(root);
    const directories = new Map();
    /** '' inside the root, the target outside it, undefined when it does not resolve. */
    const outside = (absolute) => {
        let target;
        try {
            target = external_node_fs_.realpathSync.native(absolute);
        }
        catch {
            return undefined;
        }
        return target !== realRoot && (0,paths/* relativeInside */.JA)(realRoot, target) === undefined ? target : '';
    };
    return (relative) => {
        const directory = external_node_path_default().posix.dirname(relative);
        let through = directories.get(directory);
        if (!directories.has(directory)) {
            through = directory === '.' ? '' : outside(external_node_path_default().join(root, directory));
            directories.set(directory, through);
        }
        if (through === undefined)
            return { state: 'missing' };
        if (through !== '')
            return { state: 'outside', target: through };
        const absolute = external_node_path_default().join(root, relative);
        let info;
        try {
            info = (0,external_node_fs_.lstatSync)(absolute);
        }
        catch {
            // Nothing there, or a file where a directory of the path should be (ENOTDIR).
            return { state: 'missing' };
        }
        if (!info.isSymbolicLink())
            return { state: 'inside' };
        const target = outside(absolute);
        if (target === undefined)
            return { state: 'dangling' };
        return target === '' ? { state: 'inside' } : { state: 'outside', target };
    };
}
/**
 * The files a precomputed list names beyond those the patterns found: where each stands, and the
 * digests of those present, hashed together (through the request's pool when it has one).
 */
async function placeAndHash(request, entries) {
    const place = placer(request.root);
    const places = entries.map((entry) => {
        const { state } = place(entry.path);
        return state === 'missing' ? 'absent' : state;
    });
    const present = places.flatMap((place, index) => (place === 'inside' ? [index] : []));
    const files = present.map((index) => external_node_path_default().join(request.root, entries[index].path));
    const outcomes = files.length === 0
        ? undefined
        : request.pool
            ? await request.pool.hash(files)
            : await (0,hash_pool/* hashAll */.gZ)(files, request.workers);
    const hashed = new Map(present.map((index, at) => [index, outcomes.get(at)]));
    return { places, hashed };
}
/**
 * The found entries (by path) with a precomputed list's: found files first, the list then adds
 * what it names beyond them, each checked against its file where the file is present.
 */
async function withPrecomputedList(request, entries, findings) {
    const { precomputed } = request;
    const listed = await readPrecomputed(precomputed, findings);
    const seen = new Set();
    const unique = [];
    for (const entry of listed) {
        if (seen.has(entry.path)) {
            const message = `${precomputed.path} lists ${entry.path} twice; keep one entry.`;
            findings.push((0,inventory_findings/* finding */.g)('DUPLICATE_PATH', precomputed.path, message));
            continue;
        }
        seen.add(entry.path);
        unique.push(entry);
    }
    const beyond = unique.filter((entry) => !entries.has(entry.path));
    const { places, hashed: digests } = await placeAndHash(request, beyond);
    const placeOfEntry = new Map(beyond.map((entry, index) => [entry, index]));
    for (const entry of unique) {
        const globbed = entries.get(entry.path);
        const index = placeOfEntry.get(entry);
        const hashedHere = index === undefined ? undefined : digests.get(index);
        const actual = globbed
            ? { digest: globbed.digest, size: globbed.size ?? 0, lfsPointer: globbed.lfsPointer }
            : hashedHere && 'digest' in hashedHere
                ? (0,lfs_entries/* recordedDigest */.t)(request, entry.path, hashedHere, findings)
                : hashedHere;
        const place = index === undefined ? 'inside' : places[index];
        const checked = checkedListEntry(request, entry, place, actual, findings);
        if (checked)
            entries.set(entry.path, checked);
    }
}

// EXTERNAL MODULE: ./src/inventory/stores.ts
var stores = __webpack_require__(4492);
;// CONCATENATED MODULE: ./src/inventory/collect.ts
// The inventory of one list (artifacts or catalogs): files found by pattern and hashed, and/or a
// precomputed list verified against the files that are present (precomputed-list.ts); as the
// entries a run judges, the artifact list the `inventory` subcommand writes, or one shard's part.










/**
 * Finds the files and hashes them. With a pool, files go to the hashing threads while the walk is
 * still finding more; with `list` too, the threads write the artifact list's parts as they hash.
 */
async function findAndHash(request, list = false) {
    if (request.patterns.length === 0 && request.precomputed)
        return { files: [], found: [], outcomes: undefined, findings: [] };
    const { pool, shard } = request;
    const prefix = request.root.endsWith('/') ? request.root : `${request.root}/`;
    let batch = [];
    // Overrides are matched here, as the walk goes; without any, the threads find types by name.
    const overridden = list && (request.overrides ?? []).length > 0;
    let mediaTypes = [];
    const listing = () => list ? { prefix, mediaTypes: overridden ? mediaTypes : undefined } : undefined;
    const files = [];
    const found = await (0,find_files/* findFiles */.l)(request.root, request.patterns, request.input, request.display, request.skip, (file) => {
        if (shard && (0,partition/* shardOf */.I)(file.path, shard.count) !== shard.index)
            return;
        files.push(file);
        if (!pool)
            return;
        batch.push(file.absolute);
        if (overridden)
            mediaTypes.push((0,media_types/* mediaTypeOf */.c0)(file.path, request.overrides));
        if (batch.length === pool.nextBatchSize) {
            pool.submit(batch, listing());
            batch = [];
            mediaTypes = [];
        }
    }, request.stores);
    let outcomes;
    if (pool) {
        pool.submit(batch, listing());
        outcomes = await pool.collect();
    }
    else {
        outcomes = await (0,hash_pool/* hashAll */.gZ)(files.map((f) => `${prefix}${f.path}`), request.workers);
    }
    return { files, found: found.files, outcomes, findings: found.findings };
}
/** The inventory, each directory store one entry made from its files' (stores.ts). */
async function collectInventory(request) {
    const { entries, findings } = await assemble(request, await findAndHash(request));
    const grouped = (0,stores/* groupStores */.cY)(entries, request.stores, request.display, request.overrides);
    return { entries: grouped.entries, findings: [...findings, ...grouped.findings] };
}
/**
 * The inventory as the artifact list. When every file was hashed, nothing was found amiss and the
 * walk met the files in the list's order (the usual case: readdir gives names in byte order), the
 * hashing threads have written the list's parts already; otherwise they are made from the sorted
 * entries. Either way list-json.ts's one writer makes them, so the bytes are the same.
 */
async function listInventory(request) {
    const hashed = await findAndHash(request, !request.precomputed);
    const { outcomes, files } = hashed;
    // The parts stand for the files found only if they cover exactly those, and nothing was amiss.
    const parts = outcomes?.listParts;
    if (parts && hashed.findings.length === 0 && outcomes?.sizes.length === files.length)
        return { count: files.length, findings: [], chunks: (0,list_json/* joinParts */.nn)(parts) };
    const { entries, findings } = await assemble(request, hashed);
    return { count: entries.length, findings, chunks: (0,list_json/* inventoryJson */.Ni)(entries) };
}
/**
 * One shard of the inventory: the walk finds every file as an unsharded run does (and meets the
 * same findings), the hashing threads hash only the shard's files.
 */
async function inventoryShard(request) {
    const hashed = await findAndHash(request);
    const { entries, findings } = await assemble(request, hashed);
    const paths = hashed.found.map((file) => file.path);
    return { entries, findings, pathCount: paths.length, pathsDigest: (0,partition/* pathsDigest */.n)(paths) };
}
/** An entry for each file that hashed; a finding for each that did not. */
function hashedEntries(request, hashed, findings) {
    const entries = [];
    const { outcomes } = hashed;
    if (!outcomes)
        return entries;
    for (const [index, file] of hashed.files.entries()) {
        const digest = outcomes.digests[index];
        if (digest === undefined) {
            findings.push((0,inventory_findings/* unreadableFile */._)(request.display(file.path), outcomes.errorOf(index)));
            continue;
        }
        const mediaType = (0,media_types/* mediaTypeOf */.c0)(file.path, request.overrides);
        const pointer = outcomes.pointers.get(index);
        const size = outcomes.sizes[index];
        if (!pointer) {
            entries.push({ path: file.path, digest, mediaType, size, verified: true });
            continue;
        }
        const recorded = (0,lfs_entries/* recordedDigest */.t)(request, file.path, { digest, size, pointer }, findings);
        entries.push({ path: file.path, mediaType, verified: true, ...recorded });
    }
    return entries;
}
/** The entries of the hashed files, checked against the precomputed list if there is one. */
async function assemble(request, hashed) {
    const findings = [...hashed.findings];
    const found = hashedEntries(request, hashed, findings);
    const byPath = (a, b) => (0,order/* compareText */.n)(a.path, b.path);
    const { precomputed } = request;
    if (!precomputed)
        return { entries: found.sort(byPath), findings };
    const entries = new Map(found.map((entry) => [entry.path, entry]));
    await withPrecomputedList({ ...request, precomputed }, entries, findings);
    return { entries: [...entries.values()].sort(byPath), findings };
}


/***/ }),

/***/ 3606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ lfsEvidence),
/* harmony export */   t: () => (/* binding */ recordedDigest)
/* harmony export */ });
/* harmony import */ var _model_lfs_pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8502);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9376);
// Inventory entries for files that are Git LFS pointers. Under `lfs: pointers` an artifact's
// pointer stands for its content: the entry gets the pointer's oid as its digest and the
// pointer's size, so the manifest, the checksums file and the Statement built from the entries
// are the bytes a full checkout gives. Otherwise (and always for catalogs, which the gate reads)
// the entry keeps the pointer file's own digest, and a finding says the content is missing: the
// mismatches that digest causes are folded under it (gates/causes.ts).


/** The sentence of an LFS_POINTER finding about a file the inventory met. */
function pointerMessage(context, shown, pointer) {
    const named = `${shown} is a Git LFS pointer (${(0,_model_lfs_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .describePointer */ .jR)(pointer)})`;
    if (context.input !== 'artifacts')
        return `${named}, not the catalog it stands for; the gate reads catalogs, so one is never taken from a pointer: ${_model_lfs_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .FETCH_CONTENT */ .Px}.`;
    if (context.lfs === 'pointers')
        return `${named} whose size is larger than any file the gate can list (2^53 - 1 bytes); ${_model_lfs_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .FETCH_CONTENT */ .Px}, or correct the pointer.`;
    return `${named}, not the artifact it stands for; ${_model_lfs_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .FETCH_CONTENT */ .Px}. A pull-request gate that should not download it can set lfs: pointers instead.`;
}
/**
 * The digest and size an entry records for a file hashed, and the pointer it was made from: the
 * pointer's oid and size where it stands for the content, else the file's own, with a finding.
 */
function recordedDigest(context, path, hashed, findings) {
    const { pointer } = hashed;
    if (!pointer)
        return { digest: hashed.digest, size: hashed.size };
    const size = (0,_model_lfs_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .pointerSize */ .Fx)(pointer);
    if (context.input === 'artifacts' && context.lfs === 'pointers' && size !== undefined)
        return { digest: (0,_model_lfs_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .pointerDigest */ .sk)(pointer), size, lfsPointer: { ...pointer, standsIn: true } };
    const shown = context.display(path);
    findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .g)('LFS_POINTER', shown, pointerMessage(context, shown, pointer)));
    return { digest: hashed.digest, size: hashed.size, lfsPointer: { ...pointer, standsIn: false } };
}
/**
 * The objects the entries' standing-in pointers name, each once, in the entries' order. A
 * directory store's entry is its files': each file's pointer stood for it, so each object is
 * asked about, and a chunk pushed without its object is named.
 */
function lfsObjectsOf(entries) {
    const byOid = new Map();
    for (const entry of entries) {
        for (const file of entry.files ?? [entry]) {
            const pointer = file.lfsPointer;
            if (!pointer?.standsIn)
                continue;
            const known = byOid.get(pointer.oid);
            if (known)
                known.paths.push(file.path);
            else
                byOid.set(pointer.oid, { oid: pointer.oid, size: pointer.size, paths: [file.path] });
        }
    }
    return [...byOid.values()];
}
/** Said when a run has no way to ask an LFS server (the CLI, the library). */
const NOT_ASKED_OFFLINE = 'this run has no LFS server to ask (the CLI and the library never ask one); verify with the content checked out finds an object that is missing';
/** The run's Git LFS evidence: the server is asked only for the pointers that stood in. */
async function lfsEvidence(mode, entries, checker) {
    const objects = lfsObjectsOf(entries);
    const fromPointers = objects.reduce((count, object) => count + object.paths.length, 0);
    if (objects.length === 0)
        return { mode, fromPointers };
    const check = checker
        ? await checker(objects)
        : { asked: false, reason: NOT_ASKED_OFFLINE };
    return { mode, fromPointers, objects: check };
}


/***/ })

};
