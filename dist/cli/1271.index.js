export const id = 1271;
export const ids = [1271,556,8442];
export const modules = {

/***/ 556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listInventory: () => (/* binding */ listInventory),
/* harmony export */   p: () => (/* binding */ inventoryShard),
/* harmony export */   r: () => (/* binding */ collectInventory)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _find_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1210);
/* harmony import */ var _listed_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8153);
/* harmony import */ var _hash_pool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3672);
/* harmony import */ var _list_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(885);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1569);
/* harmony import */ var _model_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1933);
/* harmony import */ var _model_digest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5305);
/* harmony import */ var _documents_json_document_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8258);
/* harmony import */ var _model_order_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6553);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9376);
/* harmony import */ var _partition_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4806);
// The inventory of one list (artifacts or catalogs): files found by pattern and hashed, and/or a
// precomputed list verified against the files that are present.












async function readPrecomputed(source, findings) {
    const problem = (message, line) => {
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_10__/* .finding */ .g)('PRECOMPUTED_INVALID', source.path, message, line));
    };
    let document;
    try {
        document = await (0,_documents_json_document_js__WEBPACK_IMPORTED_MODULE_8__/* .readJsonDocument */ .E_)(source.absolute, source.path, source.confine);
    }
    catch (error) {
        if (!(error instanceof _documents_json_document_js__WEBPACK_IMPORTED_MODULE_8__/* .DocumentError */ .Mi))
            throw error;
        problem(error.message, error.line);
        return [];
    }
    if (!Array.isArray(document.value)) {
        problem(`${source.path} must be a JSON array of {"path", "digest", "media_type"} objects.`, 1);
        return [];
    }
    const listed = [];
    document.value.forEach((item, index) => {
        const line = document.lineOf([index]);
        const where = `${source.path} entry ${index}`;
        if (item === null || typeof item !== 'object' || Array.isArray(item)) {
            problem(`${where} must be an object with path, digest and media_type.`, line);
            return;
        }
        const record = item;
        const unknown = Object.keys(record).filter((k) => !['path', 'digest', 'media_type', 'size'].includes(k));
        if (unknown.length > 0)
            problem(`${where} has unknown field(s) ${unknown.join(', ')}; allowed are path, digest, media_type, size.`, line);
        const safe = typeof record.path === 'string' ? (0,_model_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .normaliseRelative */ .Z8)(record.path) : undefined;
        if (!safe || !safe.ok) {
            const reason = safe ? `path "${String(record.path)}" ${safe.reason}` : 'has no string "path"';
            findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_10__/* .finding */ .g)(safe ? 'PATH_OUTSIDE_ROOT' : 'PRECOMPUTED_INVALID', source.path, `${where}: ${reason}.`, line));
            return;
        }
        if (typeof record.digest !== 'string' || !_model_digest_js__WEBPACK_IMPORTED_MODULE_7__/* .DIGEST_PATTERN */ .W.test(record.digest)) {
            findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_10__/* .finding */ .g)('DIGEST_INVALID', source.path, `${where} (${safe.path}): "digest" must be sha256: followed by 64 lowercase hex characters.`, line));
            return;
        }
        if (typeof record.media_type !== 'string' || record.media_type.trim() === '') {
            problem(`${where} (${safe.path}): "media_type" must be a non-empty string.`, line);
            return;
        }
        listed.push({ path: safe.path, digest: record.digest, mediaType: record.media_type });
    });
    return listed;
}
const UNREADABLE = {
    EISDIR: 'is a directory, not a file',
    ENOTFILE: 'is not a regular file',
    CHANGED: 'changed while it was being hashed',
    ENOENT: 'disappeared while it was being hashed'
};
/** The violation for a file that could not be hashed, from the hasher's error code. */
function unreadable(request, relative, code, findings) {
    const shown = request.display(relative);
    const reason = UNREADABLE[code] ?? `cannot be read (${code})`;
    findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_10__/* .finding */ .g)('FILE_UNREADABLE', shown, `${shown} ${reason}; make sure nothing writes the dataset while it is promoted, then run again.`));
}
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
    const found = await (0,_find_files_js__WEBPACK_IMPORTED_MODULE_1__/* .findFiles */ .l)(request.root, request.patterns, request.input, request.display, request.skip, (file) => {
        if (shard && (0,_partition_js__WEBPACK_IMPORTED_MODULE_9__/* .shardOf */ .I)(file.path, shard.count) !== shard.index)
            return;
        files.push(file);
        if (!pool)
            return;
        batch.push(file.absolute);
        if (overridden)
            mediaTypes.push((0,_media_types_js__WEBPACK_IMPORTED_MODULE_5__/* .mediaTypeOf */ .c0)(file.path, request.overrides));
        if (batch.length === _hash_pool_js__WEBPACK_IMPORTED_MODULE_3__/* .BATCH */ .D_) {
            pool.submit(batch, listing());
            batch = [];
            mediaTypes = [];
        }
    });
    let outcomes;
    if (pool) {
        pool.submit(batch, listing());
        outcomes = await pool.collect();
    }
    else {
        outcomes = await (0,_hash_pool_js__WEBPACK_IMPORTED_MODULE_3__/* .hashAll */ .gZ)(files.map((f) => `${prefix}${f.path}`), request.workers);
    }
    return { files, found: found.files, outcomes, findings: found.findings };
}
async function collectInventory(request) {
    return assemble(request, await findAndHash(request));
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
        return { count: files.length, findings: [], chunks: (0,_list_json_js__WEBPACK_IMPORTED_MODULE_4__/* .joinParts */ .nn)(parts) };
    const { entries, findings } = await assemble(request, hashed);
    return { count: entries.length, findings, chunks: (0,_list_json_js__WEBPACK_IMPORTED_MODULE_4__/* .inventoryJson */ .Ni)(entries) };
}
/**
 * One shard of the inventory: the walk finds every file as an unsharded run does (and meets the
 * same findings), the hashing threads hash only the shard's files.
 */
async function inventoryShard(request) {
    const hashed = await findAndHash(request);
    const { entries, findings } = await assemble(request, hashed);
    const paths = hashed.found.map((file) => file.path);
    return { entries, findings, pathCount: paths.length, pathsDigest: (0,_partition_js__WEBPACK_IMPORTED_MODULE_9__/* .pathsDigest */ .n)(paths) };
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
            unreadable(request, file.path, outcomes.errorOf(index), findings);
            continue;
        }
        const mediaType = (0,_media_types_js__WEBPACK_IMPORTED_MODULE_5__/* .mediaTypeOf */ .c0)(file.path, request.overrides);
        entries.push({
            path: file.path,
            digest,
            mediaType,
            size: outcomes.sizes[index],
            verified: true
        });
    }
    return entries;
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
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_10__/* .finding */ .g)('SYMLINK_DANGLING', shown, message));
        return undefined;
    }
    if (place === 'outside') {
        const message = `${shown} (listed in ${list}) resolves through a symbolic link outside the dataset root; copy the file into the root instead of linking to it.`;
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_10__/* .finding */ .g)('PATH_OUTSIDE_ROOT', shown, message));
        return undefined;
    }
    if (actual && 'error' in actual) {
        unreadable(request, entry.path, actual.error, findings);
        return undefined;
    }
    if (actual && actual.digest !== entry.digest) {
        const message = `${list} gives ${entry.path} the digest ${entry.digest}, but the file on disk has ${actual.digest}; regenerate the list or restore the file.`;
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_10__/* .finding */ .g)('DIGEST_MISMATCH', shown, message));
        return undefined;
    }
    return {
        path: entry.path,
        digest: entry.digest,
        mediaType: entry.mediaType,
        ...(actual ? { size: actual.size } : {}),
        verified: actual !== undefined
    };
}
/**
 * The files a precomputed list names beyond those the patterns found: where each stands, and the
 * digests of those present, hashed together (through the request's pool when it has one).
 */
async function placeAndHash(request, entries) {
    const place = (0,_listed_files_js__WEBPACK_IMPORTED_MODULE_2__/* .placer */ .G)(request.root);
    const places = entries.map((entry) => {
        const { state } = place(entry.path);
        return state === 'missing' ? 'absent' : state;
    });
    const present = places.flatMap((place, index) => (place === 'inside' ? [index] : []));
    const files = present.map((index) => node_path__WEBPACK_IMPORTED_MODULE_0___default().join(request.root, entries[index].path));
    const outcomes = files.length === 0
        ? undefined
        : request.pool
            ? await request.pool.hash(files)
            : await (0,_hash_pool_js__WEBPACK_IMPORTED_MODULE_3__/* .hashAll */ .gZ)(files, request.workers);
    const hashed = new Map(present.map((index, at) => [index, outcomes.get(at)]));
    return { places, hashed };
}
/** The entries of the hashed files, checked against the precomputed list if there is one. */
async function assemble(request, hashed) {
    const findings = [...hashed.findings];
    const found = hashedEntries(request, hashed, findings);
    const byPath = (a, b) => (0,_model_order_js__WEBPACK_IMPORTED_MODULE_11__/* .compareText */ .n)(a.path, b.path);
    const { precomputed } = request;
    if (!precomputed)
        return { entries: found.sort(byPath), findings };
    // Found files first; the precomputed list then adds what it names beyond them.
    const entries = new Map(found.map((entry) => [entry.path, entry]));
    const listed = await readPrecomputed(precomputed, findings);
    const seen = new Set();
    const unique = [];
    for (const entry of listed) {
        if (seen.has(entry.path)) {
            const message = `${precomputed.path} lists ${entry.path} twice; keep one entry.`;
            findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_10__/* .finding */ .g)('DUPLICATE_PATH', precomputed.path, message));
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
        const actual = globbed
            ? { digest: globbed.digest, size: globbed.size ?? 0 }
            : index === undefined
                ? undefined
                : digests.get(index);
        const place = index === undefined ? 'inside' : places[index];
        const checked = checkedListEntry({ ...request, precomputed }, entry, place, actual, findings);
        if (checked)
            entries.set(entry.path, checked);
    }
    return { entries: [...entries.values()].sort(byPath), findings };
}


/***/ }),

/***/ 1271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeShard: () => (/* binding */ writeShard)
/* harmony export */ });
/* harmony import */ var _inventory_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(556);
/* harmony import */ var _inventory_shards_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5323);
/* harmony import */ var _write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8442);



async function writeShard(request) {
    const shard = await (0,_inventory_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .inventoryShard */ .p)(request);
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
/* harmony export */   z: () => (/* binding */ confineToWorkspace)
/* harmony export */ });
/* unused harmony export WriteError */
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
/** A hidden name beside `target`, unique to this write: `.name.pid.random.suffix`. */
function besideTarget(target, suffix) {
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(target)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.${suffix}`);
}
async function writeTemporary(file) {
    const temporary = besideTarget(file.path, 'tmp');
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temporary, 'wx', 0o644);
    try {
        if (typeof file.text === 'string')
            await handle.writeFile(file.text, 'utf8');
        else
            await writeChunks(handle, file.text);
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
