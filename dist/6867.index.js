export const id = 6867;
export const ids = [6867];
export const modules = {

/***/ 26867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runVerifyMode: () => (/* binding */ runVerifyMode)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: ./src/model/printable.ts
var printable = __webpack_require__(29498);
// EXTERNAL MODULE: ./src/options/parse.ts + 2 modules
var parse = __webpack_require__(51768);
// EXTERNAL MODULE: ./src/report/summary.ts + 9 modules
var summary = __webpack_require__(16856);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/documents/read-document.ts
var read_document = __webpack_require__(76);
// EXTERNAL MODULE: ./src/documents/json-document.ts
var json_document = __webpack_require__(58258);
// EXTERNAL MODULE: ./src/gates/e-written.ts
var e_written = __webpack_require__(34133);
// EXTERNAL MODULE: ./src/gates/index.ts + 11 modules
var src_gates = __webpack_require__(47479);
// EXTERNAL MODULE: ./src/inventory/find-files.ts + 1 modules
var find_files = __webpack_require__(5980);
// EXTERNAL MODULE: ./src/inventory/hash-pool.ts + 1 modules
var hash_pool = __webpack_require__(83672);
// EXTERNAL MODULE: ./src/model/paths.ts
var paths = __webpack_require__(91933);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/inventory/locate.ts
// Where a listed path leads, decided before anything is opened: each directory on its way is
// resolved once, from its parent's real place (so a link is followed one step at a time, never
// through the kernel's whole path again), and a path is refused when it goes out of the root,
// through a link to a directory it is already in (a loop, as the inventory's walk refuses it), or
// through more links than the kernel follows. What is at the end is looked at with lstat and stat
// only: a named pipe, a socket, a device or a directory is refused without being opened.



/** Linux's MAXSYMLINKS: a path through more links cannot be opened by the kernel anyway. */
const MAX_LINKS = 40;
const stat = (absolute, follow) => {
    try {
        return follow ? (0,external_node_fs_.statSync)(absolute) : (0,external_node_fs_.lstatSync)(absolute);
    }
    catch {
        return undefined;
    }
};
/** Whether `real` is a directory the path has already gone through (or the root above them). */
function onTheWay(directory, real) {
    for (let at = directory; at; at = at.parent)
        if (at.real === real)
            return true;
    // Any directory above the path's first, the root's own parents included, is a loop too.
    return (0,paths/* isInside */.FK)(real, directory.real);
}
/** Follows the link at `absolute` (inside `parent`): where it leads, or why it leads nowhere. */
function follow(realRoot, parent, absolute, shown) {
    if (parent.links + 1 > MAX_LINKS)
        return { state: 'loop', link: shown };
    let real;
    try {
        real = external_node_fs_.realpathSync.native(absolute);
    }
    catch (error) {
        const code = error.code;
        return code === 'ELOOP' ? { state: 'loop', link: shown } : { state: 'dangling' };
    }
    if (!(0,paths/* isInside */.FK)(realRoot, real))
        return { state: 'outside', target: real };
    const info = stat(real, false);
    return info ? { real, info } : { state: 'dangling' };
}
/** The directory `name` in `parent`, resolved: `shown` names it in messages. */
function child(realRoot, parent, name, shown) {
    const absolute = external_node_path_default().join(parent.real, name);
    const info = stat(absolute, false);
    if (!info || (!info.isDirectory() && !info.isSymbolicLink()))
        return { state: 'missing' };
    if (info.isDirectory())
        return { real: absolute, parent, links: parent.links };
    const target = follow(realRoot, parent, absolute, shown());
    if (!('real' in target))
        return target;
    if (!target.info.isDirectory())
        return { state: 'missing' };
    if (onTheWay(parent, target.real))
        return { state: 'loop', link: shown() };
    return { real: target.real, parent, links: parent.links + 1 };
}
/**
 * A locator for paths under `root`: call it with a normalised root-relative path. Directories are
 * cached by name under their parent, so a manifest's 100,000 paths in 200 folders cost 200
 * directory lookups, and a path costs one step per segment however deep it is.
 */
function locator(root) {
    const realRoot = external_node_fs_.realpathSync.native(root);
    const top = { place: { real: realRoot, links: 0 }, children: new Map() };
    return (relative) => locate(realRoot, top, relative);
}
/** Where a root-relative path leads, its directories looked up in (and added to) the tree. */
function locate(realRoot, top, relative) {
    const names = relative.split('/');
    const file = names.pop();
    let node = top;
    for (const [index, name] of names.entries()) {
        let next = node.children.get(name);
        if (!next) {
            const parent = node.place;
            const shown = () => names.slice(0, index + 1).join('/');
            next = { place: child(realRoot, parent, name, shown), children: new Map() };
            node.children.set(name, next);
        }
        if (!('real' in next.place))
            return next.place;
        node = next;
    }
    const parent = node.place;
    const absolute = external_node_path_default().join(parent.real, file);
    let info = stat(absolute, false);
    let real = absolute;
    if (!info)
        return { state: 'missing' };
    if (info.isSymbolicLink()) {
        const target = follow(realRoot, parent, absolute, relative);
        if (!('real' in target))
            return target;
        ({ real, info } = target);
    }
    if (info.isFile())
        return { state: 'file', real };
    return { state: 'special', code: info.isDirectory() ? 'EISDIR' : 'ENOTFILE' };
}

;// CONCATENATED MODULE: ./src/inventory/listed-files.ts
// The files a written manifest lists, looked for under the dataset root and hashed on the same
// threads as the inventory: for each, what is there (its digest, or why there is none). Whether
// that matches the manifest is gate E's to say.


/**
 * Each listed file looked for under `root` and hashed. Where each path leads is decided first,
 * before anything is opened (locate.ts): only regular files inside the root go to the hashing
 * threads, by their real path, and each real file once, however many paths lead to it.
 */
async function checkListedFiles(root, listed, pool) {
    const locate = locator(root);
    const found = new Map();
    /** Listed index → the index of its real file among those hashed. */
    const hashedAs = new Map();
    const reals = new Map();
    listed.forEach((file, index) => {
        const safe = (0,paths/* normaliseRelative */.Z8)(file.path);
        if (!safe.ok || safe.path !== file.path) {
            const reason = safe.ok
                ? 'is not in normal form (it has . segments or doubled /)'
                : safe.reason;
            found.set(index, { state: 'unsafe', reason });
            return;
        }
        const where = locate(file.path);
        if (where.state === 'file') {
            let at = reals.get(where.real);
            if (at === undefined)
                reals.set(where.real, (at = reals.size));
            hashedAs.set(index, at);
        }
        else
            found.set(index, foundOf(where));
    });
    const outcomes = await pool.hash([...reals.keys()]);
    for (const [index, at] of hashedAs) {
        const outcome = outcomes.get(at);
        found.set(index, 'digest' in outcome
            ? outcome.pointer
                ? { state: 'hashed', digest: outcome.digest, pointer: outcome.pointer }
                : { state: 'hashed', digest: outcome.digest }
            : outcome.error === 'ENOENT'
                ? { state: 'missing' }
                : { state: 'unreadable', code: outcome.error });
    }
    return listed.map((file, index) => ({ ...file, found: found.get(index) }));
}
/** What a path that leads to no regular file inside the root is, as verify reports it. */
function foundOf(where) {
    if (where.state === 'special')
        return { state: 'unreadable', code: where.code };
    return where;
}

// EXTERNAL MODULE: ./src/inventory/glob-pattern.ts
var glob_pattern = __webpack_require__(87547);
// EXTERNAL MODULE: ./src/inventory/findings.ts
var inventory_findings = __webpack_require__(39376);
// EXTERNAL MODULE: ./src/inventory/stores.ts
var inventory_stores = __webpack_require__(74492);
;// CONCATENATED MODULE: ./src/inventory/listed-stores.ts
// The directory stores a written manifest lists, looked for under the dataset root: every file in
// each found and hashed (with the walk's path-safety rules), and the store's dirHash made from
// them. What each file should be comes from the checksums file beside the manifest, which lists a
// store file by file; whether it all matches is gate E's to say.






/** A checksums file's lines as (path, digest), names unescaped as sha256sum reads them. */
function checksumsEntries(text) {
    const entries = [];
    for (const line of text.split('\n')) {
        const match = /^(\\?)([0-9a-f]{64}) {2}(.*)$/.exec(line);
        if (!match)
            continue;
        const [, escaped, hex, name] = match;
        const path = escaped
            ? name.replace(/\\(.)/g, (_all, c) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c))
            : name;
        entries.push({ path, digest: `sha256:${hex}` });
    }
    return entries;
}
/** The lines of the checksums file under each store, when they make its digest. */
function expectedStoreFiles(stores, checksums) {
    const expected = new Map();
    if (!checksums)
        return expected;
    for (const store of stores) {
        const files = checksums.filter((entry) => entry.path.startsWith(store.path));
        if (files.length > 0 && (0,inventory_stores/* dirHash */.Qd)(files, store.path) === store.digest)
            expected.set(store.path, files);
    }
    return expected;
}
/** Whether a directory is there (through links): a store that is not is missing as a whole. */
function isDirectory(absolute) {
    try {
        return (0,external_node_fs_.statSync)(absolute).isDirectory();
    }
    catch {
        return false;
    }
}
/** Every listed store found and hashed under `root`, one after the other on the pool. */
async function checkListedStores(root, stores, expected, pool, display) {
    const checks = [];
    for (const store of stores) {
        if (!isDirectory(external_node_path_default().join(root, store.path))) {
            checks.push({ ...store, files: [], findings: [] });
            continue;
        }
        const walk = await (0,find_files/* findFiles */.l)(root, [`${(0,glob_pattern/* globEscape */.q6)(store.path)}**`], 'artifacts', display);
        // A store with nothing in it is reported as missing, not as a pattern that matches nothing.
        const findings = walk.findings.filter((f) => f.kind !== 'PATTERN_MATCHES_NOTHING');
        const outcomes = walk.files.length > 0 ? await pool.hash(walk.files.map((f) => f.absolute)) : undefined;
        const files = [];
        walk.files.forEach((file, index) => {
            const outcome = outcomes.get(index);
            if ('digest' in outcome)
                files.push({
                    path: file.path,
                    digest: outcome.digest,
                    ...(outcome.pointer ? { pointer: outcome.pointer } : {})
                });
            else {
                const shown = display(file.path);
                const message = `${shown} (in the store ${store.path}) cannot be read (${outcome.error}); restore the store from the promoted version, or promote again.`;
                findings.push((0,inventory_findings/* finding */.g)('FILE_UNREADABLE', shown, message));
            }
        });
        const stated = expected.get(store.path);
        checks.push({
            ...store,
            files,
            ...(files.length > 0 ? { found: (0,inventory_stores/* dirHash */.Qd)(files, store.path) } : {}),
            ...(stated ? { expected: stated } : {}),
            findings
        });
    }
    return checks;
}

// EXTERNAL MODULE: ./src/inventory/partition.ts
var partition = __webpack_require__(74806);
// EXTERNAL MODULE: ./src/manifest/checksums.ts
var manifest_checksums = __webpack_require__(27013);
// EXTERNAL MODULE: ./src/manifest/output-paths.ts
var output_paths = __webpack_require__(43545);
// EXTERNAL MODULE: ./src/manifest/statement.ts
var manifest_statement = __webpack_require__(46600);
// EXTERNAL MODULE: ./src/model/json.ts
var json = __webpack_require__(87979);
;// CONCATENATED MODULE: ./src/verify-written.ts
// Verifying a written manifest before publishing: the manifest is valid and the one expected, its
// sidecars agree with it, and every file it lists is under the root with the listed digest (and,
// with strict patterns, nothing else is). Reads evidence and runs the verify gate table, as
// pipeline.ts does for promotion; the adapters report.

















/** The entries of the manifest's two lists that have a string path and digest; the schema judges the rest. */
function listedFiles(document) {
    if (!document.readable || !(0,json/* isRecord */.u4)(document.value))
        return [];
    const manifest = document.value;
    return ['artifacts', 'catalogs'].flatMap((list) => {
        const entries = manifest[list];
        if (!Array.isArray(entries))
            return [];
        return entries.flatMap((entry) => (0,json/* isRecord */.u4)(entry) && typeof entry.path === 'string' && typeof entry.digest === 'string'
            ? [{ list, path: entry.path, digest: entry.digest }]
            : []);
    });
}
/**
 * A sidecar's value, made from its bytes by `value`; a sidecar that is not there is not checked
 * (undefined), and anything else must be a readable file that `value` accepts.
 */
async function readSidecar(options, absolute, shown, value) {
    const absent = await (0,promises_.lstat)(absolute).then(() => false, (error) => error.code === 'ENOENT');
    if (absent)
        return undefined;
    try {
        const confine = options.manifest.confine;
        const bytes = await (0,json_document/* readDocumentBytes */.h9)(absolute, shown, confine ? { confine } : {});
        return { actual: value(bytes) };
    }
    catch (error) {
        if (!(error instanceof json_document/* DocumentError */.Mi))
            throw error;
        return { problem: error.message.replace(`${shown} `, '') };
    }
}
/**
 * The sidecars beside the manifest that are there, with what each should say. They are read as
 * the manifest is: inside the workspace (a link out of it is refused), regular files only.
 */
async function readSidecars(options, manifest, listed, listedStores) {
    if (!manifest.readable)
        return { sidecars: [], storeFiles: new Map() };
    const { absolute, path: shown } = options.manifest;
    const files = (0,output_paths/* outputPaths */.u)(absolute);
    const names = (0,output_paths/* outputPaths */.u)(shown);
    const [statement, checksums] = await Promise.all([
        // Read strictly, as every input document is; bytes that are not UTF-8 say so first, BOM or not.
        readSidecar(options, files.statement, names.statement, (bytes) => {
            if (!(0,external_node_buffer_.isUtf8)(bytes))
                (0,json_document/* decodeUtf8 */._6)(names.statement, bytes);
            return (0,json_document/* parseJsonText */.lk)(names.statement, bytes).value;
        }),
        readSidecar(options, files.checksums, names.checksums, (bytes) => (0,json_document/* decodeUtf8 */._6)(names.checksums, bytes))
    ]);
    const sidecars = [];
    if (statement) {
        // Its subjects from the entries that have a path and digest (the schema judges the rest).
        const artifacts = listed.filter((file) => file.list === 'artifacts');
        const expected = {
            ...(0,manifest_statement/* buildStatement */.Y)({ artifacts }, manifest.digest, external_node_path_default().basename(absolute)),
            predicate: manifest.value
        };
        sidecars.push({ path: names.statement, kind: 'statement', expected, ...statement });
    }
    let storeFiles = new Map();
    if (checksums) {
        const byList = (list) => listed.filter((file) => file.list === list);
        // A store is listed file by file: its lines are the file's own when they make its digest.
        if ('actual' in checksums)
            storeFiles = expectedStoreFiles(listedStores, checksumsEntries(checksums.actual));
        sidecars.push({
            path: names.checksums,
            kind: 'checksums',
            expected: (0,manifest_checksums/* checksumsText */.cV)({ artifacts: byList('artifacts'), catalogs: byList('catalogs') }, storeFiles),
            ...checksums
        });
    }
    return { sidecars, storeFiles };
}
/** Whether a root-relative path is under one of the store paths (each ending in `/`). */
function inStore(path, stores) {
    if (stores.size === 0)
        return false;
    for (let end = path.indexOf('/'); end >= 0; end = path.indexOf('/', end + 1))
        if (stores.has(path.slice(0, end + 1)))
            return true;
    return false;
}
/** Whether a listed file is a directory store: an artifact whose path ends in `/`. */
const isListedStore = (file) => file.list === 'artifacts' && file.path.endsWith('/');
/** Reads the manifest, its sidecars and the files it lists into evidence; nothing here judges. */
async function readVerifyEvidence(options, pool) {
    const display = (0,parse/* rootDisplay */.LN)(options.rootPath);
    const manifest = await (0,read_document/* readDocument */.u)(options.manifest);
    const listed = listedFiles(manifest);
    // A shard checks its own part of the list and of the strict patterns' files; the manifest
    // and its sidecars (which need the whole list) are checked by every shard.
    const { shard } = options;
    const mine = (path) => !shard || (0,partition/* shardOf */.I)(path, shard.count) === shard.index;
    const own = Object.values((0,output_paths/* outputPaths */.u)(options.manifest.absolute));
    const listedStores = listed.filter(isListedStore);
    const storePaths = new Set(listedStores.map((store) => store.path));
    const stores = listedStores.filter((store) => mine(store.path));
    const [checks, { sidecars, storeFiles }, strict] = await Promise.all([
        checkListedFiles(options.root, listed.filter((file) => mine(file.path) && !isListedStore(file)), pool),
        readSidecars(options, manifest, listed, listedStores),
        options.strict.length > 0
            ? (0,find_files/* findFiles */.l)(options.root, options.strict, 'strict', display, new Set(own))
            : undefined
    ]);
    // The checkout's own repository is no dataset content; any other .git under the patterns is.
    const checkout = external_node_path_default().join(options.workspace, '.git');
    const gitDirectories = (strict?.neverEntered ?? []).filter((relative) => external_node_path_default().join(options.root, relative) !== checkout);
    // After the files: the pool takes one list at a time.
    const storeChecks = await checkListedStores(options.root, stores, storeFiles, pool, display);
    return {
        manifest,
        expectDigest: options.expectDigest,
        sidecars,
        listed: checks,
        stores: storeChecks,
        display,
        ...(strict
            ? {
                strict: {
                    files: strict.files.filter((f) => mine(f.path) && !inStore(f.path, storePaths)),
                    findings: strict.findings,
                    gitDirectories
                }
            }
            : {})
    };
}
/**
 * Verifies a written manifest against the files under the root: exit-worthy `fail` on any
 * violation. Hashing runs on the inventory's threads (a pool of its own unless one is given).
 */
async function verifyWritten(options, pool) {
    const threads = pool ?? new hash_pool/* HashPool */.vO();
    let evidence;
    try {
        evidence = await readVerifyEvidence(options, threads);
    }
    finally {
        if (!pool)
            await threads.close();
    }
    const { status, violations, gates } = (0,src_gates/* judgeWritten */.NB)(evidence);
    return {
        status,
        manifestPath: options.manifest.path,
        ...(evidence.manifest.readable ? { manifestDigest: evidence.manifest.digest } : {}),
        ...(0,e_written/* listedCounts */.S)(evidence),
        violations,
        gates
    };
}

// EXTERNAL MODULE: ./src/action/upload.ts
var upload = __webpack_require__(4357);
// EXTERNAL MODULE: ./src/action/verdict.ts + 3 modules
var verdict = __webpack_require__(92116);
;// CONCATENATED MODULE: ./src/action/verify-mode.ts
// verify mode: checks a written manifest against the files before publishing, and fails the job
// on any difference. Same outputs (status, violations, manifest-digest), annotations and summary
// habits as promote mode.







async function runVerifyMode(context) {
    const result = await verifyWritten((0,parse/* parseVerifyOptions */.lW)(context.raw, context.workspace));
    const report = result.status === 'pass' ? undefined : await (0,upload/* writeViolationsReport */.ej)(result);
    const manifest = (0,printable/* printable */.g$)(result.manifestPath);
    await (0,verdict/* endWithVerdict */.L)(context, {
        ...result,
        reportPath: report,
        outputs: () => core/* setOutput */.uH('manifest-digest', result.manifestDigest ?? ''),
        log: () => (0,verdict/* logGates */.X)(result),
        summary: () => (0,summary/* renderVerifySummary */.i2)(result),
        passed: `Verified ${manifest} (${result.manifestDigest}): ${result.artifacts} artifact(s) and ${result.catalogs} catalog file(s) match.`,
        failed: `Verification failed: ${result.violations.length} violation(s) in ${manifest}; do not publish.`
    });
    return result;
}


/***/ })

};
