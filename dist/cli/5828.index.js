export const id = 5828;
export const ids = [5828,2762,6061];
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


/***/ }),

/***/ 5828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeShardFile: () => (/* binding */ writeShardFile)
/* harmony export */ });
/* harmony import */ var _inventory_collect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2762);
/* harmony import */ var _inventory_shards_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5323);
/* harmony import */ var _write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8442);



async function writeShardFile(request) {
    const shard = await (0,_inventory_collect_js__WEBPACK_IMPORTED_MODULE_0__/* .inventoryShard */ .p)(request);
    if (shard.findings.length > 0)
        return { count: 0, pathCount: shard.pathCount, findings: shard.findings };
    const text = (0,_inventory_shards_js__WEBPACK_IMPORTED_MODULE_1__/* .shardFileText */ .uX)({
        shard: request.shard,
        root: request.rootPath,
        patterns: request.patterns,
        mediaTypes: (request.overrides ?? []).map(_inventory_shards_js__WEBPACK_IMPORTED_MODULE_1__/* .overrideLine */ .VT),
        pathCount: shard.pathCount,
        pathsDigest: shard.pathsDigest,
        entries: shard.entries
    });
    await (0,_write_js__WEBPACK_IMPORTED_MODULE_2__.writeFilesAtomic)([{ path: request.out.absolute, shown: request.out.path, text }]);
    return { count: shard.entries.length, pathCount: shard.pathCount, findings: [] };
}


/***/ }),

/***/ 8442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeFilesAtomic: () => (/* binding */ writeFilesAtomic),
/* harmony export */   zs: () => (/* binding */ confineToWorkspace)
/* harmony export */ });
/* unused harmony exports WriteError, slices */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _model_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1933);
// Atomic writes: each file at its path is the old one or the complete new one, never a mix; a
// set of files is written all or none, even when a rename fails part-way; nothing is left behind
// when writing fails; and the error says in words what stopped it and what is true afterwards.





/** A write that failed, with a message a user can act on. */
class WriteError extends Error {
}
/** A target found unfit before anything moved; the message is the reason, as a clause. */
class Unreplaceable extends Error {
}
function reasonOf(error, shown) {
    if (error instanceof Unreplaceable)
        return error.message;
    const code = error.code;
    switch (code) {
        case 'ENOENT':
            return `the directory ${node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(shown)} does not exist; create it in an earlier step or choose another out`;
        case 'ENOTDIR':
            return `a part of ${node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(shown)} is a file, not a directory; choose another out`;
        case 'EISDIR':
            return `${shown} is a directory; remove it or choose another out`;
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
 * written as it comes, a slice at a time (slices), so neither a list given in pieces nor a long
 * text is ever held whole as bytes.
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
        if (typeof chunk !== 'string') {
            run.push(chunk);
            continue;
        }
        for (const slice of slices(chunk)) {
            run.push(Buffer.from(slice, 'utf8'));
            await flush();
        }
    }
    await flush();
}
/** Text written at most this many UTF-16 units at a time (see slices). */
const SLICE = 1 << 20;
/**
 * A text in slices of about SLICE units, never splitting a surrogate pair, so the slices encode
 * to exactly the bytes the whole text does: a manifest of 100,000 entries is written through a
 * buffer of a few MB, not one the size of the file beside the text.
 */
function* slices(text) {
    for (let start = 0; start < text.length;) {
        let end = Math.min(start + SLICE, text.length);
        const last = text.charCodeAt(end - 1);
        if (end < text.length && last >= 0xd800 && last <= 0xdbff)
            end++;
        yield text.slice(start, end);
        start = end;
    }
}
/** A hidden name beside `target`, unique to this write: `.name.pid.random.suffix`. */
function besideTarget(target, suffix) {
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(target)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.${suffix}`);
}
async function writeTemporary(file) {
    const temporary = besideTarget(file.path, 'tmp');
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temporary, 'wx', 0o644);
    try {
        await writeChunks(handle, typeof file.text === 'string' ? [file.text] : file.text);
        await handle.sync();
    }
    catch (error) {
        await handle.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temporary, { force: true });
        throw error;
    }
    await handle.close();
    return temporary;
}
/**
 * Checks that `file`'s target can be replaced and keeps what is there, so a rename that fails
 * later can put it back. Returns where the older file is kept, or nothing when there is none.
 */
async function keepOlder(file) {
    const older = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(file.path).catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    });
    if (older === undefined)
        return undefined;
    if (older.isDirectory())
        throw new Unreplaceable(`${file.shown} is a directory; remove it or choose another out`);
    const kept = besideTarget(file.path, 'old');
    // A second link keeps the older file without moving it, so readers still find it at its
    // path; where links are refused (a file system without them), a copy keeps its bytes.
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.link)(file.path, kept).catch((error) => {
        if (!older.isFile())
            throw error;
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.copyFile)(file.path, kept, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.COPYFILE_EXCL);
    });
    return kept;
}
/**
 * Undoes the renames done: each target gets its older file back, or is removed when it had
 * none. Returns a sentence for each one that could not be put back, and keeps its older file.
 */
async function putBack(moved, kept) {
    const failures = [];
    for (const [index, file] of moved.entries()) {
        const older = kept[index];
        try {
            if (older === undefined)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(file.path, { force: true });
            else
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(older, file.path);
        }
        catch (error) {
            const shown = file.shown;
            const why = error.code ?? messageOf(error);
            failures.push(older === undefined
                ? `${shown} was written and could not be removed again (${why})`
                : `the older ${shown} could not be put back (${why}); it is kept as ${node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(shown), node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(older))}`);
            kept[index] = undefined;
        }
    }
    return failures;
}
/**
 * Writes every file or none, in four steps: each file to a synced temporary beside its target;
 * every target checked (none may be a directory) and its older file kept aside; the caller's
 * `beforeRename`; then the renames, in the order given. When any step fails nothing moves:
 * temporaries are removed, and a rename failing part-way puts the older files back. Messages name
 * the last file, the one the others accompany.
 */
async function writeFilesAtomic(files, { beforeRename } = {}) {
    const temporaries = [];
    const kept = [];
    let failing = files.at(-1);
    let renamed = 0;
    let inBeforeRename = false;
    try {
        for (const file of files) {
            failing = file;
            temporaries.push(await writeTemporary(file));
        }
        for (const file of files) {
            failing = file;
            kept.push(await keepOlder(file));
        }
        inBeforeRename = true;
        await beforeRename?.();
        inBeforeRename = false;
        for (const [index, file] of files.entries()) {
            failing = file;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temporaries[index], file.path);
            renamed++;
        }
    }
    catch (error) {
        const unrestored = await putBack(files.slice(0, renamed), kept);
        await removeAll([...temporaries, ...kept]);
        const reason = inBeforeRename ? messageOf(error) : reasonOf(error, failing?.shown ?? '');
        const after = unrestored.length === 0
            ? 'Nothing was written, and files already there are unchanged.'
            : `The files already there could not all be restored: ${unrestored.join('; ')}.`;
        throw new WriteError(`Could not write ${files.at(-1)?.shown ?? ''}: ${reason}. ${after}`);
    }
    await removeAll(kept);
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * Removes the hidden files this write made beside its targets, each tried even when another
 * fails. One that cannot be removed is clutter beside out, never in its place: it neither fails
 * a write that succeeded nor hides why one failed.
 */
async function removeAll(files) {
    await Promise.allSettled(files.map((file) => file && (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(file, { force: true })));
}
/**
 * Refuses an out inside the workspace whose directory leads out of it through a symbolic link:
 * the workspace is the pull request's to shape, and a link there must not aim the action's
 * write at a file elsewhere on the runner. An out the workflow sets outside the workspace is
 * its own business.
 */
async function confineToWorkspace(workspace, file) {
    if (!(0,_model_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .FK)(workspace, node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file.path)))
        return;
    const [realWorkspace, realDirectory] = await Promise.all([
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(workspace),
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file.path)).catch(() => undefined)
    ]);
    // A directory that does not exist is reported by the write itself.
    if (realDirectory === undefined || (0,_model_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .FK)(realWorkspace, realDirectory))
        return;
    throw new WriteError(`Could not write ${file.shown}: its directory is a symbolic link out of the workspace (to ${realDirectory}); write out to a real directory in the workspace. Nothing was written.`);
}


/***/ })

};
