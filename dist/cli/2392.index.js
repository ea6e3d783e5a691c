export const id = 2392;
export const ids = [2392];
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




/** The options @actions/glob gives minimatch. */
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

/***/ 8153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ placer),
/* harmony export */   x: () => (/* binding */ checkListedFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1933);
/* harmony import */ var _hash_pool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3672);
// The files a written manifest lists, looked for under the dataset root and hashed on the same
// threads as the inventory: for each, what is there (its digest, or why there is none). Whether
// that matches the manifest is gate E's to say.




/**
 * Where a listed path leads: inside the root, or not. Each directory on the way is resolved once
 * (a dataset of tens of thousands of files has few directories); the file itself is resolved only
 * when it is a link. Synchronous: the hashing threads are busy meanwhile, and 40,000 lstat calls
 * cost 0.6 s of this thread as promises, a seventh of that as plain calls.
 */
function placer(root) {
    const realRoot = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(root);
    const directories = new Map();
    /** '' inside the root, the target outside it, undefined when it does not resolve. */
    const outside = (absolute) => {
        let target;
        try {
            target = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(absolute);
        }
        catch {
            return undefined;
        }
        return target !== realRoot && (0,_model_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .relativeInside */ .JA)(realRoot, target) === undefined ? target : '';
    };
    return (relative) => {
        const directory = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.dirname(relative);
        let through = directories.get(directory);
        if (!directories.has(directory)) {
            through = directory === '.' ? '' : outside(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, directory));
            directories.set(directory, through);
        }
        if (through === undefined)
            return { state: 'missing' };
        if (through !== '')
            return { state: 'outside', target: through };
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, relative);
        let info;
        try {
            info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute);
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
 * Each listed file looked for under `root` and hashed. The hashing threads start on every file at
 * once; where each path leads is found meanwhile, and decides what counts.
 */
async function checkListedFiles(root, listed, pool) {
    const safe = listed.map((file) => (0,_model_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .normaliseRelative */ .Z8)(file.path));
    const hashed = [];
    const absolutes = [];
    safe.forEach((checked, index) => {
        if (!checked.ok || checked.path !== listed[index].path)
            return;
        hashed.push(index);
        absolutes.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, checked.path));
    });
    for (let start = 0; start < absolutes.length; start += _hash_pool_js__WEBPACK_IMPORTED_MODULE_3__/* .BATCH */ .D_)
        pool.submit(absolutes.slice(start, start + _hash_pool_js__WEBPACK_IMPORTED_MODULE_3__/* .BATCH */ .D_));
    const place = placer(root);
    const places = hashed.map((index) => place(listed[index].path));
    const outcomes = await pool.collect();
    const found = new Map();
    hashed.forEach((index, at) => {
        const where = places[at];
        if (where.state !== 'inside')
            found.set(index, where);
        else {
            const outcome = outcomes.get(at);
            found.set(index, 'digest' in outcome
                ? { state: 'hashed', digest: outcome.digest }
                : outcome.error === 'ENOENT'
                    ? { state: 'missing' }
                    : { state: 'unreadable', code: outcome.error });
        }
    });
    return listed.map((file, index) => {
        const checked = safe[index];
        const reason = checked.ok
            ? 'is not in normal form (it has . segments or doubled /)'
            : checked.reason;
        return { ...file, found: found.get(index) ?? { state: 'unsafe', reason } };
    });
}


/***/ })

};
