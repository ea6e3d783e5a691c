export const id = 5828;
export const ids = [5828,6061];
export const modules = {

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
