export const id = 556;
export const ids = [556];
export const modules = {

/***/ 1210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ findFiles)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
// EXTERNAL MODULE: ./src/model/order.ts
var order = __webpack_require__(6553);
;// CONCATENATED MODULE: ./src/inventory/crawl.ts
// A fast walk with @actions/glob's pattern language and results (what users of upload-artifact
// know): the same patterns, search paths, last-match-wins with `!`, implicit descendants, trailing
// `/` for directories only, symbolic links followed with per-branch cycle detection, directories
// pruned by partial match. It walks synchronously with the types readdir already knows, so a
// regular file costs no stat. Differential tests hold it to @actions/glob's own answers.




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
        this.minimatch = new esm/* Minimatch */.VR(trimmed, MINIMATCH_OPTIONS);
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
        let parent = external_node_path_default().posix.dirname(candidate);
        let child = candidate;
        let covered = false;
        while (parent !== child) {
            if (candidates.has(parent)) {
                covered = true;
                break;
            }
            child = parent;
            parent = external_node_path_default().posix.dirname(parent);
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
        .sort((a, b) => (0,order/* compareText */.n)(a.key, b.key))
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
onFile) {
    const patterns = compile(lines);
    const includes = patterns.filter((p) => !p.negate);
    const files = [];
    const viaLink = new Set();
    const dangling = [];
    const loops = [];
    const special = [];
    // Lines not yet seen to match a file by themselves; once empty, this costs nothing.
    let unseen = [...new Set(includes.map((p) => p.line))];
    for (const searchPath of searchPaths(patterns)) {
        const stack = [{ path: searchPath, level: 1, kind: 'unknown', viaLink: false }];
        const chain = [];
        while (stack.length > 0) {
            const item = stack.pop();
            const match = matchAll(patterns, item.path);
            const partial = match !== NONE || includes.some((p) => p.partialMatch(item.path));
            if (match === NONE && !partial)
                continue;
            let kind = item.kind;
            if (kind === 'link' || kind === 'unknown') {
                try {
                    const stats = (0,external_node_fs_.statSync)(item.path);
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
                if (skipDirectories.has(external_node_path_default().posix.basename(item.path)))
                    continue;
                const real = item.real ?? (0,external_node_fs_.realpathSync)(item.path);
                const linked = item.viaLink || real !== item.path;
                while (chain.length >= item.level)
                    chain.pop();
                if (chain.includes(real)) {
                    loops.push(item.path);
                    continue;
                }
                chain.push(real);
                const entries = inPathOrder((0,external_node_fs_.readdirSync)(item.path, { withFileTypes: true }));
                for (let i = entries.length - 1; i >= 0; i--) {
                    const entry = entries[i];
                    const childKind = kindOf(entry);
                    const childPath = item.path === '/' ? `/${entry.name}` : `${item.path}/${entry.name}`;
                    stack.push({
                        path: childPath,
                        level: item.level + 1,
                        kind: childKind,
                        viaLink: linked || childKind === 'link',
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
    return { files, viaLink, dangling, loops, special, unmatched: unseen };
}

// EXTERNAL MODULE: ./src/model/paths.ts
var paths = __webpack_require__(1933);
// EXTERNAL MODULE: ./src/inventory/findings.ts
var inventory_findings = __webpack_require__(9376);
;// CONCATENATED MODULE: ./src/inventory/find-files.ts
// Finds the files a pattern list names under the dataset root, with @actions/glob's pattern
// language (what users of upload-artifact know), and refuses anything that leaves the root.




/** Never walked into, never inventoried. */
const NEVER_ENTERED = new Set(['.git']);
/** The patterns, each normalised inside the root, or the findings that refuse them. */
function parsePatterns(patterns, input) {
    const findings = [];
    const parsed = [];
    for (const source of patterns) {
        const negate = source.startsWith('!');
        const safe = (0,paths/* normaliseRelative */.Z8)(negate ? source.slice(1) : source);
        if (!safe.ok)
            findings.push((0,inventory_findings/* finding */.g)('PATTERN_OUTSIDE_ROOT', input, `The ${input} pattern "${source}" ${safe.reason}.`));
        else
            parsed.push({ negate, body: safe.path, source });
    }
    if (findings.length === 0 && !parsed.some((p) => !p.negate))
        findings.push((0,inventory_findings/* finding */.g)('NO_PATTERNS', input, `The ${input} input has no pattern that includes files.`));
    return { parsed, findings };
}
/** What the walk passed over: files that cannot be hashed, or must not be copied. */
function passedOver(walk, root, display) {
    const kinds = [
        [
            walk.dangling,
            'SYMLINK_DANGLING',
            (shown) => `${shown} is a symbolic link to nothing; remove it or point it at a file inside the dataset root.`
        ],
        [
            walk.special,
            'FILE_UNREADABLE',
            (shown) => `${shown} is not a regular file (a named pipe, socket or device), so it has no content to hash; remove it from the dataset.`
        ],
        [
            walk.loops,
            'SYMLINK_LOOP',
            (shown) => `${shown} is a symbolic link in a loop (it leads back to itself or to a directory above it); copying tools follow it forever, so remove it.`
        ]
    ];
    return kinds.flatMap(([absolutes, kind, message]) => absolutes.map((absolute) => {
        const shown = display((0,paths/* relativeInside */.JA)(root, absolute) ?? absolute);
        return (0,inventory_findings/* finding */.g)(kind, shown, message(shown));
    }));
}
/**
 * `input` names the input the patterns came from (for messages). `skip` holds absolute paths that
 * are never inventoried (the manifest's own output path).
 */
async function findFiles(root, patterns, input, display, skip = new Set(), 
/** Called for each accepted file as the walk finds it. */
onFound) {
    const { parsed, findings } = parsePatterns(patterns, input);
    if (findings.length > 0)
        return { files: [], findings };
    const lines = parsed.map((p) => `${p.negate ? '!' : ''}${globEscape(root)}/${p.body}`);
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const files = [];
    // Every walked path starts with the root and a `/`: cutting it off gives the relative path.
    const prefix = root.endsWith('/') ? root : `${root}/`;
    const accept = (absolute, viaLink) => {
        const relative = absolute.startsWith(prefix)
            ? absolute.slice(prefix.length)
            : (0,paths/* relativeInside */.JA)(root, absolute);
        if (relative === undefined || skip.has(absolute))
            return;
        if (viaLink || realRoot !== root) {
            const target = (0,external_node_fs_.realpathSync)(absolute);
            if ((0,paths/* relativeInside */.JA)(realRoot, target) === undefined) {
                const shown = display(relative);
                const message = `${shown} resolves through a symbolic link to ${target}, outside the dataset root; copy the file into the root instead of linking to it.`;
                findings.push((0,inventory_findings/* finding */.g)('PATH_OUTSIDE_ROOT', shown, message));
                return;
            }
        }
        const file = { path: relative, absolute };
        files.push(file);
        onFound?.(file);
    };
    let walk;
    try {
        walk = crawl(lines, NEVER_ENTERED, accept);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const failed = `Searching the ${input} patterns failed: ${message}`;
        return { files: [], findings: [(0,inventory_findings/* finding */.g)('GLOB_FAILED', input, failed)] };
    }
    for (const index of walk.unmatched) {
        const message = `The ${input} pattern "${parsed[index].source}" matches no file under the dataset root; fix or remove it.`;
        findings.push((0,inventory_findings/* finding */.g)('PATTERN_MATCHES_NOTHING', input, message));
    }
    findings.push(...passedOver(walk, root, display));
    if (files.length === 0 && findings.length === 0) {
        const message = `The ${input} patterns match no file under the dataset root.`;
        findings.push((0,inventory_findings/* finding */.g)('PATTERN_MATCHES_NOTHING', input, message));
    }
    return { files, findings };
}


/***/ }),

/***/ 556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listInventory: () => (/* binding */ listInventory),
/* harmony export */   p: () => (/* binding */ inventoryShard),
/* harmony export */   r: () => (/* binding */ collectInventory)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _find_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1210);
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
async function insideRootState(root, absolute) {
    const [realRoot, target] = await Promise.all([
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root),
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(absolute).catch(() => undefined)
    ]);
    if (target === undefined)
        return 'dangling';
    return (0,_model_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .relativeInside */ .JA)(realRoot, target) === undefined ? 'outside' : 'inside';
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
    const found = await (0,_find_files_js__WEBPACK_IMPORTED_MODULE_2__/* .findFiles */ .l)(request.root, request.patterns, request.input, request.display, request.skip, (file) => {
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
async function placeOf(request, entry) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(request.root, entry.path);
    // Present in any form: a directory or a dangling link where a file is listed is a problem,
    // not an entry to take on trust.
    const present = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(absolute).then(() => true, () => false);
    return present ? insideRootState(request.root, absolute) : 'absent';
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
    const places = await Promise.all(entries.map((entry) => placeOf(request, entry)));
    const present = places.flatMap((place, index) => (place === 'inside' ? [index] : []));
    const files = present.map((index) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(request.root, entries[index].path));
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


/***/ })

};
