export const id = 1271;
export const ids = [1271,8442];
export const modules = {

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


/***/ })

};
