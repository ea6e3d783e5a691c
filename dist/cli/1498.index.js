export const id = 1498;
export const ids = [1498,2762,6061];
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


/***/ }),

/***/ 1498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promote: () => (/* binding */ promote),
  versionIdOfRun: () => (/* binding */ versionIdOfRun)
});

// UNUSED EXPORTS: evaluateRun

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/model/canonical.ts
var canonical = __webpack_require__(9563);
// EXTERNAL MODULE: ./src/documents/read-document.ts
var read_document = __webpack_require__(76);
// EXTERNAL MODULE: ./src/documents/document-bytes.ts + 1 modules
var document_bytes = __webpack_require__(2726);
// EXTERNAL MODULE: ./src/documents/document-error.ts
var document_error = __webpack_require__(8902);
// EXTERNAL MODULE: ./src/documents/json-numbers.ts
var json_numbers = __webpack_require__(3377);
// EXTERNAL MODULE: ./src/documents/strict-json.ts
var strict_json = __webpack_require__(1548);
// EXTERNAL MODULE: ./src/documents/utf8-text.ts
var utf8_text = __webpack_require__(5835);
;// CONCATENATED MODULE: ./src/documents/spec.ts
// The dataset spec document and its spec_hash: the SHA-256 of its RFC 8785 canonical form.
// A YAML spec is read into the JSON data model first, and anything JSON cannot say is refused
// rather than guessed (docs/decisions.md, "Digests and canonical form").









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
/** A key as it was written: plain, or within its quotes. */
function asWritten(key) {
    const source = key.source ?? String(key.value);
    if (key.type === 'QUOTE_DOUBLE')
        return `"${source}"`;
    if (key.type === 'QUOTE_SINGLE')
        return `'${source}'`;
    return source;
}
/**
 * Two keys of one mapping that YAML holds apart but JSON writes alike (2025 and "2025", true and
 * "true"): converted, the later would silently replace the earlier, and spec_hash drop a value.
 */
function keyCollision(node) {
    if (!(0,dist/* isMap */.jh)(node))
        return undefined;
    const seen = new Map();
    for (const pair of node.items) {
        if (!(0,dist/* isScalar */.jn)(pair.key))
            continue;
        const key = pair.key;
        const text = String(key.value);
        const earlier = seen.get(text);
        if (earlier)
            return {
                node: key,
                message: `the keys ${asWritten(earlier)} and ${asWritten(key)} of one mapping are both "${text}" in JSON, so one would silently replace the other; keep one`
            };
        seen.set(text, key);
    }
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
        ? (0,json_numbers/* numberProblem */.v)(node.source ?? String(value))
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
        Map: (_key, node) => note(tagProblem(node) ?? keyCollision(node)),
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
        throw new document_error/* DocumentError */.M(path, `${path} is not valid YAML${line ? ` (line ${line})` : ''}: ${first.message.split('\n')[0]}`, line);
    }
    const problem = firstProblem(doc);
    if (problem) {
        const line = problem.node.range ? (0,utf8_text/* lineAt */.m)(text, problem.node.range[0]) : undefined;
        throw new document_error/* DocumentError */.M(path, `${path}${line ? ` line ${line}` : ''}: ${problem.message}`, line);
    }
    if (!(0,dist/* isMap */.jh)(doc.contents) && !(0,dist/* isSeq */.oP)(doc.contents) && !(0,dist/* isScalar */.jn)(doc.contents)) {
        throw new document_error/* DocumentError */.M(path, `${path} is empty; a spec must be a mapping`);
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 1000 });
    }
    catch (error) {
        throw new document_error/* DocumentError */.M(path, `${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (expandsPast(value, document_bytes/* MAX_DOCUMENT_BYTES */.bi)) {
        throw new document_error/* DocumentError */.M(path, `${path} expands through its aliases (*name) to more than ${document_bytes/* MAX_DOCUMENT_BYTES */.bi} bytes of JSON, past the limit for input documents; write the repeated values out once each, or drop the aliases`);
    }
    const valueProblem = (0,strict_json/* jsonValueProblem */.rE)(value);
    if (valueProblem)
        throw new document_error/* DocumentError */.M(path, `${path} ${valueProblem.message}`);
    return value;
}
/**
 * Whether a value's JSON text would be longer than `limit` characters, counted roughly from
 * below (strings by length, every value at least one): YAML aliases share one node among many
 * places, so a small document can stand for a value too large to write, hash or even hold as one
 * string. The walk stops as soon as the count passes the limit, so it costs at most that much.
 */
function expandsPast(value, limit) {
    let size = 0;
    const stack = [value];
    while (stack.length > 0) {
        const node = stack.pop();
        size += typeof node === 'string' ? node.length + 2 : 1;
        if (size > limit)
            return true;
        if (Array.isArray(node))
            for (const item of node)
                stack.push(item);
        else if (node !== null && typeof node === 'object') {
            for (const [key, item] of Object.entries(node)) {
                size += key.length + 3;
                stack.push(item);
            }
        }
    }
    return false;
}
/** Reads the spec (JSON, or YAML by its .yaml/.yml extension) and computes its spec_hash. */
async function readSpec(absolutePath, path, confine, root) {
    const bytes = await (0,document_bytes/* readDocumentBytes */.h9)(absolutePath, path, {
        confine,
        root,
        input: 'the spec input'
    });
    const isYaml = ['.yaml', '.yml'].includes((0,external_node_path_.extname)(path).toLowerCase());
    const value = isYaml
        ? parseYamlSpec(path, (0,utf8_text/* decodeUtf8 */._)(path, bytes))
        : (0,strict_json/* parseJsonText */.lk)(path, bytes, { exactNumbers: true }).value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new document_error/* DocumentError */.M(path, `${path} must hold an object (a mapping) at its top level`);
    }
    return { path, value, specHash: (0,canonical/* canonicalDigest */.X)(value) };
}
/** The spec as evidence: its spec_hash, or why it cannot be read. */
async function readSpecEvidence(ref) {
    try {
        const spec = await readSpec(ref.absolute, ref.path, ref.confine, ref.root);
        return { readable: true, path: ref.path, specHash: spec.specHash };
    }
    catch (error) {
        if (!(error instanceof document_error/* DocumentError */.M))
            throw error;
        return { readable: false, ...(0,read_document/* unreadable */.O)(error) };
    }
}

// EXTERNAL MODULE: ./src/gates/index.ts + 12 modules
var gates = __webpack_require__(9423);
// EXTERNAL MODULE: ./src/inventory/stores.ts
var inventory_stores = __webpack_require__(4492);
// EXTERNAL MODULE: ./src/manifest/output-paths.ts
var output_paths = __webpack_require__(3545);
// EXTERNAL MODULE: ./src/manifest/write.ts
var write = __webpack_require__(8442);
// EXTERNAL MODULE: ./src/catalogs/extension-schemas.ts
var extension_schemas = __webpack_require__(7356);
// EXTERNAL MODULE: ./src/documents/json-document.ts
var json_document = __webpack_require__(8258);
// EXTERNAL MODULE: ./src/documents/line-finders.ts
var line_finders = __webpack_require__(4374);
// EXTERNAL MODULE: ./src/catalogs/jsonld.ts + 2 modules
var jsonld = __webpack_require__(8310);
// EXTERNAL MODULE: ./src/catalogs/vocabulary.ts
var vocabulary = __webpack_require__(8746);
;// CONCATENATED MODULE: ./src/catalogs/dcat.ts
// DCAT: the datasets of a flattened JSON-LD graph, with their licences and distributions.


function licenses(node, byId) {
    const found = [];
    for (const [property, iri] of [
        ['license', vocabulary/* TERMS */._.license],
        ['rights', vocabulary/* TERMS */._.rights]
    ]) {
        for (const value of (0,jsonld/* literals */.v$)(node, iri))
            found.push({ kind: 'literal', value, property });
        for (const id of (0,jsonld/* iris */.KT)(node, iri)) {
            if (!id.startsWith('_:')) {
                found.push({ kind: 'iri', value: id, property });
                continue;
            }
            // A licence document without an IRI of its own: its identifier or label may name it.
            const target = byId.get(id);
            const names = target
                ? [
                    ...(0,jsonld/* literals */.v$)(target, vocabulary/* TERMS */._.identifier),
                    ...(0,jsonld/* literals */.v$)(target, vocabulary/* TERMS */._.label),
                    ...(0,jsonld/* literals */.v$)(target, vocabulary/* TERMS */._.title)
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
        .filter((node) => node['@type']?.includes(vocabulary/* TERMS */._.dataset))
        .map((node) => ({
        id: node['@id'],
        licenses: licenses(node, byId),
        distributions: (0,jsonld/* iris */.KT)(node, vocabulary/* TERMS */._.distribution).map((id) => {
            const distribution = byId.get(id) ?? { '@id': id };
            return {
                id,
                urls: [...(0,jsonld/* iris */.KT)(distribution, vocabulary/* TERMS */._.downloadURL), ...(0,jsonld/* iris */.KT)(distribution, vocabulary/* TERMS */._.accessURL)],
                licenses: licenses(distribution, byId),
                checksums: (0,jsonld/* iris */.KT)(distribution, vocabulary/* TERMS */._.checksum).flatMap((checksumId) => {
                    const checksum = byId.get(checksumId);
                    if (!checksum)
                        return [];
                    const algorithm = (0,jsonld/* iris */.KT)(checksum, vocabulary/* TERMS */._.checksumAlgorithm)[0] ??
                        (0,jsonld/* literals */.v$)(checksum, vocabulary/* TERMS */._.checksumAlgorithm)[0] ??
                        '';
                    return (0,jsonld/* literals */.v$)(checksum, vocabulary/* TERMS */._.checksumValue).map((value) => ({ algorithm, value }));
                })
            };
        })
    }));
}

// EXTERNAL MODULE: ./src/catalogs/views.ts
var views = __webpack_require__(9662);
// EXTERNAL MODULE: ./src/model/json.ts
var model_json = __webpack_require__(7979);
// EXTERNAL MODULE: ./src/model/multimap.ts
var multimap = __webpack_require__(2600);
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
    if ((0,model_json/* isRecord */.u4)(value))
        return '$' in value ? attributeStrings(value.$) : [];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        return [String(value)];
    return [];
}
/**
 * The records of one section: a map of id → record, where a record may also be a list of them.
 * One at a time: a section of 100,000 records makes no lists of them.
 */
function* records(section) {
    if (!(0,model_json/* isRecord */.u4)(section))
        return;
    for (const id of Object.keys(section)) {
        const value = section[id];
        if (!Array.isArray(value)) {
            if ((0,model_json/* isRecord */.u4)(value))
                yield { id, record: value, at: [id] };
            continue;
        }
        for (const [index, record] of value.entries())
            if ((0,model_json/* isRecord */.u4)(record))
                yield { id, record, at: [id, index] };
    }
}
function prefixProblem(prefix) {
    if (prefix === undefined)
        return false;
    return (!(0,model_json/* isRecord */.u4)(prefix) || Object.values(prefix).some((namespace) => typeof namespace !== 'string'));
}
/** Problems with the shape of a PROV-JSON document, as sentences (empty when well-formed). */
function provJsonProblems(document, where = '') {
    const problems = [];
    if (prefixProblem(document.prefix))
        problems.push(`${where}"prefix" must be an object mapping each prefix to its namespace IRI`);
    for (const section of PROV_JSON_SECTIONS) {
        const value = document[section];
        if (value !== undefined && !(0,model_json/* isRecord */.u4)(value))
            problems.push(`${where}"${section}" must be an object of records keyed by id`);
    }
    for (const { id, record } of records(document.wasGeneratedBy)) {
        if (typeof record['prov:entity'] !== 'string')
            problems.push(`${where}wasGeneratedBy "${id}" has no "prov:entity"`);
    }
    for (const { id, record } of records(document.bundle))
        problems.push(...provJsonProblems(record, `${where}bundle "${id}": `));
    return problems;
}
const PREDEFINED = [
    ['prov', vocabulary/* PROV */.u3],
    ['xsd', 'http://www.w3.org/2001/XMLSchema#']
];
/** The scope inside a document or bundle whose `prefix` map is `declared`. */
function innerScope(outer, declared) {
    // A Map, not an object: a prefix named constructor or toString is just a prefix.
    const scope = {
        prefixes: new Map(outer?.prefixes ?? PREDEFINED),
        defaultNamespace: outer?.defaultNamespace
    };
    if (!(0,model_json/* isRecord */.u4)(declared))
        return scope;
    for (const [prefix, namespace] of Object.entries(declared)) {
        if (typeof namespace !== 'string')
            continue;
        if (prefix === 'default')
            scope.defaultNamespace = namespace;
        else
            scope.prefixes.set(prefix, namespace);
    }
    return scope;
}
/**
 * The IRI a PROV-JSON name stands for where it is written. A name whose prefix is bound nowhere
 * in scope is read as written, as an absolute IRI (`urn:x`, `https://…`), as JSON-LD reads a
 * compact IRI with an undefined prefix; an unprefixed name with no default namespace, and a blank
 * node (`_:…`), also stay as written. So two names are one only when they are one IRI.
 */
function resolveProvName(name, scope) {
    if (name.startsWith('_:'))
        return name;
    const colon = name.indexOf(':');
    if (colon < 0)
        return scope.defaultNamespace === undefined ? name : scope.defaultNamespace + name;
    const namespace = scope.prefixes.get(name.slice(0, colon));
    return namespace === undefined ? name : namespace + name.slice(colon + 1);
}
/** Reads one document or bundle into the view, each name resolved in the scope it is written. */
function readProvScope(view, content, scope, at) {
    const node = (section, { id, record, at: where }) => ({
        id: resolveProvName(id, scope),
        name: id,
        location: [...at, section, ...where],
        values: (0,views/* tight */.R)(Object.values(record).flatMap(attributeStrings))
    });
    // One push per record: spreading a section into push() overflows the stack past ~100,000.
    for (const record of records(content.entity))
        view.entities.push(node('entity', record));
    for (const record of records(content.activity))
        view.activities.push(node('activity', record));
    for (const { record, at: where } of records(content.wasGeneratedBy)) {
        const entity = record['prov:entity'];
        const activity = record['prov:activity'];
        if (typeof entity === 'string' && typeof activity === 'string')
            (0,multimap/* appendTo */.S)(view.generatedBy, resolveProvName(entity, scope), {
                activity: resolveProvName(activity, scope),
                name: activity,
                location: [...at, 'wasGeneratedBy', ...where, 'prov:activity']
            });
    }
    for (const { record, at: where } of records(content.bundle))
        readProvScope(view, record, innerScope(scope, record.prefix), [...at, 'bundle', ...where]);
}
function readProvJson(document) {
    const view = {
        format: 'prov-json',
        entities: [],
        activities: [],
        generatedBy: new Map()
    };
    readProvScope(view, document, innerScope(undefined, document.prefix), []);
    return view;
}
function isProvO(nodes) {
    return nodes.some((node) => node['@type']?.some((type) => type === vocabulary/* TERMS */._.provEntity || type === vocabulary/* TERMS */._.provActivity));
}
function readProvO(nodes) {
    const byId = new Map(nodes.map((n) => [n['@id'], n]));
    const typed = (type) => nodes.filter((n) => n['@type']?.includes(type));
    const node = (n) => ({
        id: n['@id'],
        name: n['@id'],
        values: (0,views/* tight */.R)((0,jsonld/* allLiterals */.q0)(n))
    });
    const view = {
        format: 'prov-o',
        entities: typed(vocabulary/* TERMS */._.provEntity).map(node),
        // Declared: typed prov:Activity. A node that only generates (prov:generated) or is only
        // named by a generation is not declared, so the gate asks for its type.
        activities: typed(vocabulary/* TERMS */._.provActivity).map(node),
        generatedBy: new Map()
    };
    const add = (entity, activity) => (0,multimap/* appendTo */.S)(view.generatedBy, entity, { activity, name: activity });
    for (const node of nodes) {
        for (const activity of (0,jsonld/* iris */.KT)(node, vocabulary/* TERMS */._.provWasGeneratedBy))
            add(node['@id'], activity);
        for (const generation of (0,jsonld/* iris */.KT)(node, vocabulary/* TERMS */._.provQualifiedGeneration)) {
            const qualified = byId.get(generation);
            for (const activity of qualified ? (0,jsonld/* iris */.KT)(qualified, vocabulary/* TERMS */._.provActivityProperty) : [])
                add(node['@id'], activity);
        }
        for (const entity of (0,jsonld/* iris */.KT)(node, vocabulary/* TERMS */._.provGenerated))
            add(entity, node['@id']);
    }
    return view;
}

// EXTERNAL MODULE: ./src/catalogs/stac.ts + 2 modules
var stac = __webpack_require__(9201);
;// CONCATENATED MODULE: ./src/documents/mentions.ts
// What a document that could not be read still says: the SHA-256 digests in its text. A receipt
// or a PROV bundle that names an artifact's digest would have covered that artifact, so the
// violation "no receipt lists it" or "no PROV entity names it" is a consequence of the document
// being unreadable (gates/causes.ts). Read from the bytes, whatever their syntax.
/** 64 hex characters standing alone: a SHA-256 digest, with or without its `sha256:`. */
const HEX_DIGEST = /(?<![0-9A-Fa-f])[0-9A-Fa-f]{64}(?![0-9A-Fa-f])/g;
/** The digests in a document's text, as `sha256:` and 64 lowercase hex characters. */
function digestsIn(text) {
    const digests = new Set();
    for (const match of text.matchAll(HEX_DIGEST))
        digests.add(`sha256:${match[0].toLowerCase()}`);
    return digests;
}
/** The bytes as text for a search of ASCII marks: any byte sequence reads, valid UTF-8 or not. */
function searchableText(bytes) {
    return bytes.toString('latin1');
}

;// CONCATENATED MODULE: ./src/catalogs/unreadable-catalog.ts
// A catalog file that could not be read into a view: why, by what it failed to be, and what its
// bytes still say (the digests it names, the vocabulary it uses), for linking what it would have
// covered.


/** Marks in a text that say which vocabulary it was written in. */
const VOCABULARY = [
    ['dcat', ['http://www.w3.org/ns/dcat#', '"dcat:']],
    ['stac', ['"stac_version"']],
    ['prov', ['http://www.w3.org/ns/prov#', '"prov:', '"entity"', '"activity"', '"wasGeneratedBy"']]
];
/** The kind a catalog that failed these checks was recognised as, before it failed. */
const KIND_OF_FAILED = {
    stac: 'stac',
    'prov-json': 'prov'
};
/**
 * What an unreadable catalog's bytes say. A STAC or PROV-JSON document that failed its checks was
 * recognised as that; any other is taken as the kinds whose vocabulary its text uses.
 */
function mentionsOf(failed, bytes) {
    const text = searchableText(bytes);
    const known = KIND_OF_FAILED[failed];
    return { digests: digestsIn(text), kinds: known ? [known] : kindsIn(text) };
}
/** The catalog kinds whose vocabulary a text uses. */
const kindsIn = (text) => VOCABULARY.filter(([, marks]) => marks.some((mark) => text.includes(mark))).map(([kind]) => kind);
/**
 * How much of a catalog refused unread (over the size limit) is looked at: its vocabulary is
 * declared at the top. Its digests are not taken from a part, so what a part names is not
 * folded under it while the rest is not.
 */
const HEAD_BYTES = 1024 * 1024;
/** What a catalog refused unread still says: the kinds whose vocabulary its head uses. */
function headMentions(absolute) {
    const head = (0,document_bytes/* headBytes */.c4)(absolute, HEAD_BYTES);
    return head && { digests: new Set(), kinds: kindsIn(searchableText(head)) };
}
/** A catalog that could not be read, with what its bytes say when they could be read. */
function unreadableAs(failed, display, problems, bytes) {
    const unreadable = { failed, path: display, problems };
    if (bytes)
        unreadable.mentions = mentionsOf(failed, bytes);
    return { unreadable };
}

;// CONCATENATED MODULE: ./src/catalogs/read-catalogs.ts
// Reads every catalog file of the inventory, recognises it by content as DCAT, STAC or PROV, and
// reads it into its view. A file that cannot be read, or read as what it claims to be, is
// reported with the reason; gate D turns that into its violation.











/**
 * A catalog document as read. It keeps neither its text, bytes nor parsed value, which a release
 * of 100,000 catalog files could not hold all at once: its line finders, and what an unreadable
 * one's bytes say, read the file again when a violation asks, while it has the digest it was
 * read with (bytesAgain). Methods, not closures, so an item that passes costs no function objects.
 */
class ReadCatalog {
    path;
    display;
    digest;
    kinds = [];
    #root;
    #lines;
    constructor(root, path, display, digest) {
        this.path = path;
        this.display = display;
        this.digest = digest;
        this.#root = root;
    }
    lineOf(location) {
        return this.#finders().lineOf(location);
    }
    lineOfText(text) {
        return this.#finders().lineOfText(text);
    }
    /** Its bytes read again, while they are the bytes it was read with. */
    bytesAgain() {
        return (0,document_bytes/* bytesAgain */.eo)(external_node_path_default().join(this.#root, this.path), this.digest);
    }
    #finders() {
        this.#lines ??= (0,line_finders/* rereadLines */.N)(external_node_path_default().join(this.#root, this.path), this.digest);
        return this.#lines;
    }
}
/** Records what a document was read as, in an array of exactly its length (see tight). */
function recognise(document, kind) {
    document.kinds = [...document.kinds, kind];
}
function isJsonLd(value) {
    if (Array.isArray(value))
        return value.some(isJsonLd);
    return (0,model_json/* isRecord */.u4)(value) && ('@context' in value || '@graph' in value);
}
function isProvJson(value) {
    return ((0,model_json/* isRecord */.u4)(value) &&
        PROV_JSON_SECTIONS.some((section) => section in value) &&
        !('@context' in value));
}
/** A STAC document: its view when the official schemas accept it, else what they say. */
async function readStacDocument(value, json, document, options) {
    const { display } = document;
    const validation = await (0,stac/* validateStac */.aQ)(value, options.stacExtensionSchemas);
    if (validation.problems.length === 0) {
        recognise(document, 'stac');
        document.stac = (0,stac/* readStac */.uP)(value, validation);
        return { document };
    }
    const what = value.type === 'Feature' ? 'Item' : String(value.type);
    const against = validation.schemaVersion === undefined ? 'STAC' : `STAC ${validation.schemaVersion}`;
    return unreadableAs('stac', display, validation.problems.map((p) => ({
        message: `${display} is not valid ${p.extension === undefined ? against : `for the STAC extension ${p.extension}`}: ${p.text.replace(/^the document/, `the ${what}`)}.`,
        line: json.lineOf(p.location) ?? 1
    })), json.bytes);
}
/**
 * DCAT and PROV-O, read from the expanded JSON-LD. Given the parsed value alone (handed over, to
 * be let go once expanded), not the document's bytes and text: a failure reads them again.
 */
async function readJsonLdDocument(parsed, document) {
    let nodes;
    try {
        nodes = await (0,jsonld/* flattenJsonLd */.zg)(parsed, document.path);
    }
    catch (error) {
        const message = `${document.display} cannot be read as JSON-LD: ${error.message}.`;
        return unreadableAs('jsonld', document.display, [{ message, line: 1 }], document.bytesAgain());
    }
    const datasets = readDcat(nodes);
    if (datasets.length > 0) {
        recognise(document, 'dcat');
        document.dcat = datasets;
    }
    if (isProvO(nodes)) {
        recognise(document, 'prov');
        document.prov = readProvO(nodes);
    }
    return recognised(document, () => document.bytesAgain());
}
function readProvJsonDocument(value, json, document) {
    const problems = provJsonProblems(value);
    if (problems.length > 0)
        return unreadableAs('prov-json', document.display, problems.map((p) => ({
            message: `${document.display} is not well-formed PROV-JSON: ${p}.`,
            line: 1
        })), json.bytes);
    recognise(document, 'prov');
    document.prov = readProvJson(value);
    return undefined;
}
/** The document, when it was read as DCAT, STAC or PROV; else why it was read as none. */
function recognised(document, bytes) {
    if (document.kinds.length > 0)
        return { document };
    const message = `${document.display} is neither DCAT (JSON-LD with a dcat:Dataset), STAC (stac_version with type Catalog, Collection or Feature) nor PROV (PROV-JSON, or PROV-O in JSON-LD); narrow the catalogs patterns to the catalog files.`;
    return unreadableAs('recognition', document.display, [{ message, line: 1 }], bytes());
}
/** A catalog file read and parsed, or why it is not JSON (with what its bytes say). */
async function readCatalogFile(absolute, display) {
    // Kept when the bytes were read but do not parse: what they say is still evidence.
    let bytes;
    try {
        bytes = await (0,document_bytes/* readDocumentBytes */.h9)(absolute, display);
        return (0,json_document/* jsonDocumentOf */.T8)(display, bytes);
    }
    catch (error) {
        if (!(error instanceof document_error/* DocumentError */.M))
            throw error;
        const message = `${error.message}. Catalog files must be JSON or JSON-LD.`;
        const outcome = unreadableAs('json', display, [{ message, line: error.line }], bytes);
        if (!bytes)
            outcome.unreadable.mentions = headMentions(absolute);
        return outcome;
    }
}
/** A parsed catalog file into its view, by what its content is. */
function readAs(json, document, options) {
    const { value } = json;
    if ((0,stac/* isStac */.Od)(value))
        return readStacDocument(value, json, document, options);
    // The value alone: the document's bytes and text are not held while it is expanded.
    if (isJsonLd(value))
        return readJsonLdDocument({ value }, document);
    const failed = isProvJson(value) ? readProvJsonDocument(value, json, document) : undefined;
    return failed ?? recognised(document, () => json.bytes);
}
/** Not async: no frame of its own holds the document while readAs works on it. */
function readOne(root, entry, display, options) {
    return readCatalogFile(external_node_path_default().join(root, entry.path), display).then((json) => {
        if (!('value' in json))
            return json;
        // The inventory's string when the two agree: one copy of each digest for 100,000 items.
        const digest = json.digest === entry.digest ? entry.digest : json.digest;
        return readAs(json, new ReadCatalog(root, entry.path, display, digest), options);
    });
}
async function readCatalogs(root, entries, display, options = {}) {
    // One file at a time: one open at once, whatever the number of catalogs (past the process's
    // open-file limit, a read would fail with EMFILE, which would read as an invalid catalog), and
    // one document's text, value and JSON-LD expansion in memory at once. Reading several at once
    // gains nothing: the reads are synchronous and the rest is work for this one thread.
    const results = [];
    for (const entry of entries)
        results.push(await readOne(root, entry, display(entry.path), options));
    return {
        documents: results.flatMap((r) => ('document' in r ? [r.document] : [])),
        unreadable: results.flatMap((r) => ('unreadable' in r ? [r.unreadable] : []))
    };
}

// EXTERNAL MODULE: ./src/catalogs/remote-links.ts
var remote_links = __webpack_require__(8716);
// EXTERNAL MODULE: ./src/generated/validators.js
var validators = __webpack_require__(6161);
// EXTERNAL MODULE: ./src/model/json-schema.ts + 2 modules
var json_schema = __webpack_require__(5286);
;// CONCATENATED MODULE: ./src/documents/receipts.ts
// Run receipts (the contract's appendix), found by the run-receipts patterns, each read against
// schemas/run_receipt_v1.schema.json into a typed receipt, or reported as not a receipt.









const problems = (0,json_schema/* schemaValidator */.K)(validators/* runReceiptV1 */.b_, validators/* runReceiptV1Schema */.YH);
/** Reads the receipt files the run-receipts patterns found (root-relative paths). */
async function readReceipts(root, files, display) {
    const notReceipts = [];
    const receipts = [];
    for (const file of files) {
        const shown = display(file.path);
        // Kept when the bytes were read but are no receipt: the digests they name are still evidence.
        let bytes;
        const digests = () => bytes ? { digests: digestsIn(searchableText(bytes)) } : {};
        try {
            bytes = await (0,document_bytes/* readDocumentBytes */.h9)(external_node_path_default().join(root, file.path), shown);
            const document = (0,json_document/* jsonDocumentOf */.T8)(shown, bytes);
            const schemaProblems = problems(document.value);
            if (schemaProblems.length > 0) {
                const named = digests();
                for (const p of schemaProblems) {
                    notReceipts.push({
                        path: shown,
                        message: `${shown} is not a valid run receipt (schemas/run_receipt_v1.schema.json): ${p.text.replace(/^the document/, 'the receipt')}.`,
                        line: document.lineOf(p.location) ?? 1,
                        ...named
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
                // Not the text: a receipt of 100,000 outputs is read again only for a violation's line.
                lineOf: (0,line_finders/* rereadLines */.N)(external_node_path_default().join(root, file.path), document.digest).lineOf
            });
        }
        catch (error) {
            if (!(error instanceof document_error/* DocumentError */.M))
                throw error;
            notReceipts.push({ ...(0,read_document/* unreadable */.O)(error), ...digests() });
        }
    }
    return { receipts, unreadable: notReceipts };
}

// EXTERNAL MODULE: ./src/inventory/find-files.ts + 1 modules
var find_files = __webpack_require__(5980);
// EXTERNAL MODULE: ./src/inventory/hash-pool.ts + 1 modules
var hash_pool = __webpack_require__(3672);
// EXTERNAL MODULE: ./src/inventory/collect.ts + 1 modules
var collect = __webpack_require__(2762);
// EXTERNAL MODULE: ./src/inventory/lfs-entries.ts
var lfs_entries = __webpack_require__(3606);
// EXTERNAL MODULE: ./src/options/parse.ts + 2 modules
var parse = __webpack_require__(1768);
// EXTERNAL MODULE: ./src/inventory/shards.ts
var shards = __webpack_require__(5323);
;// CONCATENATED MODULE: ./src/pipeline/sharded-artifacts.ts


async function shardedArtifacts(options, display, skip, stores) {
    const reading = await (0,shards/* readShardFiles */.WP)(options.artifactsShards);
    const patterns = options.artifacts.length > 0 ? options.artifacts : (reading.shards[0]?.patterns ?? []);
    const listed = patterns.length > 0
        ? await (0,shards/* listShardTree */.JL)({
            root: options.root,
            patterns,
            overrides: options.mediaTypes,
            display,
            skip,
            lfs: options.lfs,
            stores
        })
        : undefined;
    const merged = (0,inventory_stores/* groupStores */.cY)((0,shards/* mergedEntries */.nG)(reading.shards, listed?.tree), stores, display, options.mediaTypes);
    return {
        inventory: {
            entries: merged.entries,
            findings: [...reading.findings, ...(listed?.findings ?? []), ...merged.findings]
        },
        shards: {
            input: 'artifacts-shards',
            shards: reading.shards,
            expected: {
                root: options.rootPath,
                patterns: options.artifacts,
                mediaTypes: options.mediaTypes.map(shards/* overrideLine */.VT)
            },
            ...(listed ? { tree: listed.tree } : {})
        }
    };
}

;// CONCATENATED MODULE: ./src/pipeline/read-evidence.ts
// Reading a promotion run's evidence: the inventories (found and hashed here, or merged from
// shard files), the documents, the catalogs, the receipts, Git LFS and, with fetch, the remote
// asset links. Every file the options name is read here, once; nothing here judges.














/** Reads every file the options name into evidence; nothing here judges. */
async function readEvidence(options, context) {
    const display = (0,parse/* rootDisplay */.LN)(options.rootPath);
    const skip = new Set(Object.values((0,output_paths/* outputPaths */.u)(options.out.absolute)));
    const stores = (0,inventory_stores.storeMatcher)(options.stores);
    const finding = { display, skip, stores: stores.matcher };
    // With shard files, the artifacts are theirs, merged: not found or hashed here.
    const sharded = options.artifactsShards.length > 0
        ? shardedArtifacts(options, display, skip, stores.matcher)
        : undefined;
    const [inventories, documents] = await Promise.all([
        readInventories(options, finding, sharded && sharded.then((s) => s.inventory)),
        readDocuments(options)
    ]);
    // A stores pattern that cannot be used is the artifacts inventory's finding.
    const artifacts = {
        ...inventories.artifacts,
        findings: [...stores.findings, ...inventories.artifacts.findings]
    };
    const { catalogs } = inventories;
    const stacExtensionSchemas = await (0,extension_schemas/* readStacExtensionSchemas */.RC)(options.stacExtensionSchemas);
    const [catalogDocuments, receipts, lfs] = await Promise.all([
        readCatalogs(options.root, catalogs.entries, display, { stacExtensionSchemas }),
        options.runReceipts.length === 0 ? undefined : receiptEvidence(options, display, skip),
        (0,lfs_entries/* lfsEvidence */.n)(options.lfs, artifacts.entries, context.lfsObjects)
    ]);
    return {
        datasetSlug: options.datasetSlug,
        given: {
            datasetVersionId: options.datasetVersionId,
            specHash: options.specHash,
            releasedAt: options.releasedAt
        },
        releasedAtSource: context.releasedAtSource,
        ...documents,
        artifacts,
        ...(sharded ? { artifactShards: (await sharded).shards } : {}),
        catalogs,
        display,
        reviewApprovals: context.extraApprovals,
        requiredApprovals: options.requiredApprovals,
        catalogDocuments,
        stacApplicable: options.stacApplicable,
        remoteAssets: await remoteEvidence(options, catalogDocuments),
        receipts,
        lfs,
        manifestPath: options.out.path
    };
}
/** The artifacts and catalogs inventories: found and hashed here, the artifacts unless sharded. */
async function readInventories(options, finding, sharded) {
    const inventory = (input, pool) => (0,collect/* collectInventory */.r)({
        ...(input === 'artifacts' ? { stores: finding.stores } : {}),
        root: options.root,
        display: finding.display,
        input,
        patterns: input === 'artifacts' ? options.artifacts : options.catalogs,
        precomputed: input === 'artifacts' ? options.artifactsManifest : options.catalogsManifest,
        overrides: options.mediaTypes,
        skip: finding.skip,
        pool,
        // Catalogs are read by the gate: never taken from a pointer, whatever the mode.
        lfs: input === 'artifacts' ? options.lfs : 'content'
    });
    // One pool for both lists, started first: its threads warm up while the first walk runs, and
    // the lists go through it one after the other (a pool takes one list at a time).
    const pool = new hash_pool.HashPool();
    try {
        const artifacts = sharded ? await sharded : await inventory('artifacts', pool);
        return { artifacts, catalogs: await inventory('catalogs', pool) };
    }
    finally {
        await pool.close();
    }
}
/** The documents the options name, each undefined when its input was not given. */
async function readDocuments(options) {
    const optional = (value, read) => value === undefined ? undefined : read(value);
    const [spec, qaReport, policyDecision, basePolicyDecision, approvals, sboms, attestations] = await Promise.all([
        optional(options.spec, readSpecEvidence),
        optional(options.qaReport, read_document/* readDocument */.u),
        optional(options.policyDecision, read_document/* readDocument */.u),
        optional(options.basePolicyDecision, read_document/* readDocument */.u),
        optional(options.approvals, read_document/* readDocument */.u),
        Promise.all(options.sboms.map(read_document/* readDocument */.u)),
        Promise.all(options.attestations.map(read_document/* readDocument */.u))
    ]);
    return { spec, qaReport, policyDecision, basePolicyDecision, approvals, sboms, attestations };
}
/** The run receipts the patterns find, read, with what finding them met. */
async function receiptEvidence(options, display, skip) {
    const found = await (0,find_files/* findFiles */.l)(options.root, options.runReceipts, 'run-receipts', display, skip);
    return { ...(await readReceipts(options.root, found.files, display)), search: found.findings };
}
/**
 * The remote-assets mode, and with fetch every remote asset link read: evidence gathered before
 * the gates run. Nothing remote is read unless the workflow asks for it; the reader (and any
 * SDK it needs) is loaded only then.
 */
async function remoteEvidence(options, catalogs) {
    const mode = options.remoteAssets;
    if (mode !== 'fetch')
        return { mode };
    const links = (0,remote_links/* remoteLinksOf */.f)(catalogs.documents);
    if (links.length === 0)
        return { mode, readings: new Map() };
    const { readRemoteLinks } = await __webpack_require__.e(/* import() */ 3933).then(__webpack_require__.bind(__webpack_require__, 3933));
    const idleMs = options.remoteAssetsTimeoutSeconds * 1000;
    return {
        mode,
        readings: await readRemoteLinks(links.map((link) => link.url), { idleMs })
    };
}

;// CONCATENATED MODULE: ./src/pipeline/result.ts
/** The result but for a passing run's bytes: the verdict, and the evidence it was given. */
function judgedResult(evidence, verdict, rootPath) {
    const { identity, qaReport, policyDecision, approvals, remoteAssets } = verdict.facts;
    return {
        status: verdict.status,
        datasetSlug: evidence.datasetSlug,
        rootPath,
        datasetVersionId: identity.datasetVersionId,
        specHash: identity.specHash,
        releasedAt: identity.releasedAt,
        artifacts: evidence.artifacts.entries,
        catalogs: evidence.catalogs.entries,
        qa: qaReport?.value,
        policy: policyDecision?.value,
        approvals,
        remoteAssets: remoteAssets.copies,
        manifest: verdict.manifest,
        violations: verdict.violations,
        gates: verdict.gates,
        ...(evidence.lfs && (evidence.lfs.mode === 'pointers' || evidence.lfs.fromPointers > 0)
            ? { lfs: evidence.lfs }
            : {})
    };
}

// EXTERNAL MODULE: ./src/manifest/checksums.ts
var manifest_checksums = __webpack_require__(7013);
// EXTERNAL MODULE: ./src/manifest/build.ts
var build = __webpack_require__(2533);
// EXTERNAL MODULE: ./src/manifest/statement.ts
var statement = __webpack_require__(6600);
// EXTERNAL MODULE: ./src/model/digest.ts
var model_digest = __webpack_require__(5305);
;// CONCATENATED MODULE: ./src/pipeline/seal.ts
// The bytes of a passing run: the manifest, its digests, and the sidecars that name it. Each
// text is hashed and written as its pieces; the result's strings join them without a copy, so
// the manifest and Statement of 100,000 artifacts (80 MB) are not held twice.





function sealed(manifest, manifestName, stores) {
    const [json, newline] = (0,build/* manifestPieces */.Nz)(manifest);
    const digest = (0,model_digest/* sha256DigestOfPieces */.Yb)([json, newline]);
    const [statementJson, statementNewline] = (0,model_json/* jsonPieces */.Mx)((0,statement/* buildStatement */.Y)(manifest, digest, manifestName));
    const checksums = (0,manifest_checksums/* checksumsPieces */.M$)(manifest, stores);
    return {
        fields: {
            manifestText: `${json}${newline}`,
            manifestDigest: digest,
            manifestCanonicalDigest: (0,build/* manifestCanonicalDigest */.qp)(manifest),
            statementText: `${statementJson}${statementNewline}`,
            // Pieces added, not joined: V8 then keeps them as they are until the text is read.
            checksumsText: checksums.reduce((text, piece) => text + piece, '')
        },
        pieces: {
            manifest: [json, newline],
            statement: [statementJson, statementNewline],
            checksums
        }
    };
}

;// CONCATENATED MODULE: ./src/pipeline.ts
// The promotion pipeline, shared by the action, the CLI and the library: read the evidence
// (pipeline/read-evidence.ts), judge it (gates/index.ts: the verdict, and the manifest the facts
// give), and on a pass seal and write the manifest and its sidecars. Reporting belongs to the
// adapters. promote and evaluateRun are the two ways in; versionIdOfRun is the `version-id`
// command's.









/**
 * Every gate evaluated as a run does it, writing nothing: released_at, when not given, is the
 * committer time of the checked-out commit (never "now", so a re-run gives the same manifest).
 * The library's evaluatePromotion is this; promote writes what it returns.
 */
async function evaluateRun(options, extraApprovals) {
    return (await evaluated(options, extraApprovals)).result;
}
/**
 * One promotion run as the adapters do it: evaluate every gate (evaluateRun), and write the
 * manifest atomically only when all pass. `beforeRename` gets the passing result once the
 * manifest and its sidecars are complete beside their targets and before any of them moves (the
 * action writes its outputs and summary there); when it throws, nothing moves.
 */
async function promote(options, extraApprovals, beforeRename, 
/** Asks the LFS server about the objects of lfs: pointers (the action, with a token). */
lfsObjects) {
    const { result, pieces } = await evaluated(options, extraApprovals, lfsObjects);
    if (result.status !== 'pass' || !pieces)
        return result;
    const absolute = (0,output_paths/* outputPaths */.u)(options.out.absolute);
    const shown = (0,output_paths/* outputPaths */.u)(options.out.path);
    const manifest = { path: absolute.manifest, shown: shown.manifest, text: pieces.manifest };
    await (0,write/* confineToWorkspace */.zs)(options.workspace, manifest);
    // All complete before any is in place, and the manifest renamed last: a manifest on disk
    // always has its sidecars beside it.
    await (0,write.writeFilesAtomic)([
        { path: absolute.checksums, shown: shown.checksums, text: pieces.checksums },
        { path: absolute.statement, shown: shown.statement, text: pieces.statement },
        manifest
    ], { beforeRename: beforeRename && (() => beforeRename(result)) });
    return result;
}
/** The dataset_version_id a promotion run with these inputs would derive (`version-id`). */
async function versionIdOfRun(request) {
    const [spec, released] = await Promise.all([
        request.spec ? readSpecEvidence(request.spec) : undefined,
        resolveReleasedAt(request.releasedAt, request.workspace)
    ]);
    return (0,gates/* derivedVersionId */.Dm)({ spec, specHash: request.specHash, ...released });
}
/** A run's result, and on a pass the pieces its files are written in. */
async function evaluated(options, extraApprovals, lfsObjects) {
    const { releasedAt, releasedAtSource } = await resolveReleasedAt(options.releasedAt, options.workspace);
    const run = { ...options, releasedAt };
    // The evidence (every catalog's view, the receipts) is let go before the manifest's bytes are
    // made: a run of 100,000 artifacts holds one or the other, not both at once.
    const { violations, gates, ...judged } = await judgedRun(run, {
        releasedAtSource,
        extraApprovals,
        lfsObjects
    });
    const { status, manifest } = judged;
    const seal = status === 'pass' && manifest
        ? sealed(manifest, external_node_path_default().basename(options.out.absolute), (0,inventory_stores/* storeFilesOf */.AJ)(judged.artifacts))
        : undefined;
    return { result: { ...judged, ...seal?.fields, violations, gates }, pieces: seal?.pieces };
}
/** The evidence read and judged; only the result leaves, the evidence is let go. */
async function judgedRun(options, context) {
    const evidence = await readEvidence(options, context);
    return judgedResult(evidence, (0,gates/* judge */.S4)(evidence), options.rootPath);
}
/** released_at as a run takes it: the input, else the checked-out commit's time, else none. */
async function resolveReleasedAt(given, workspace) {
    if (given !== undefined)
        return { releasedAt: given, releasedAtSource: 'input' };
    // Loaded only here: asking git needs child_process, which a run with released-at never does.
    const { commitTime } = await __webpack_require__.e(/* import() */ 2023).then(__webpack_require__.bind(__webpack_require__, 2023));
    const fromCommit = await commitTime(workspace);
    return { releasedAt: fromCommit, releasedAtSource: fromCommit ? 'commit' : 'none' };
}


/***/ })

};
