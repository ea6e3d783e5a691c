export const id = 556;
export const ids = [556];
export const modules = {

/***/ 5980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ findFiles)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/inventory/crawl.ts
var crawl = __webpack_require__(8063);
// EXTERNAL MODULE: ./src/model/paths.ts
var paths = __webpack_require__(1933);
// EXTERNAL MODULE: ./src/inventory/findings.ts
var inventory_findings = __webpack_require__(9376);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/nearest.ts
var nearest = __webpack_require__(9179);
;// CONCATENATED MODULE: ./src/inventory/pattern-hint.ts
// "Did you mean …?" for a pattern that matches nothing. Three mistakes are common and cheap to
// see: the pattern written relative to the workspace instead of the dataset root (it starts with
// the root's own path), and a directory or file name written in another letter case or with a
// typo (one name of its directory is clearly the one meant). Each guess is tried with a walk
// that stops at its first file and after a few thousand entries, so a hint never costs a second
// crawl of a large tree; a guess that finds nothing is not offered.




/** How far a guess is tried: one file is enough, and a bounded walk is all a hint may cost. */
const HINT_LIMIT = { files: 1, entries: 5000 };
/** Patterns of one input that get a hint; the others keep the plain sentence. */
const HINTS_PER_INPUT = 8;
/** A segment with a glob character is not a name to look up. */
const GLOB_CHARACTER = /[*?[\]\\]/;
/**
 * A hint is best effort: a directory that cannot be read gives no hint, and the plain sentence
 * stands. Nothing the inventory reports depends on it.
 */
function orNothing(look) {
    try {
        return look();
    }
    catch {
        return undefined;
    }
}
/** The pattern without the root's workspace-relative path in front, when it starts with it. */
function fromRoot(pattern, rootPath) {
    if (rootPath === '.' || rootPath === '')
        return undefined;
    if (pattern === rootPath)
        return '**';
    return pattern.startsWith(`${rootPath}/`) ? pattern.slice(rootPath.length + 1) : undefined;
}
/** Directories larger than this get no spelling guess (each name costs a distance). */
const SPELLING_ENTRIES = 10_000;
/**
 * The one name of a directory that `typed` may have meant: the same in another letter case, or,
 * for a directory on the way (`spelling`), the only nearest within a third of its length
 * (nearestNames). A file name gets no spelling guess: one listed by name may simply not
 * be there yet, and a neighbour is no answer. Two equally near give none either.
 */
function meant(typed, names, spelling) {
    const folded = typed.toLowerCase();
    const alike = names.filter((n) => n.toLowerCase() === folded);
    if (alike.length === 1)
        return { name: alike[0], why: 'case' };
    if (alike.length > 1 || !spelling || names.length > SPELLING_ENTRIES)
        return undefined;
    const best = (0,nearest/* nearestNames */.L)(typed, names);
    return best.length === 1 ? { name: best[0], why: 'spelling' } : undefined;
}
/**
 * The pattern with its leading literal names as they are on disk, where a name is not there but
 * one name of its directory is what it meant (meant()); undefined when nothing changes.
 */
function namesOnDisk(root, pattern) {
    const segments = pattern.split('/');
    const because = new Set();
    let directory = root;
    for (const [at, segment] of segments.entries()) {
        if (GLOB_CHARACTER.test(segment))
            break;
        const names = orNothing(() => (0,external_node_fs_.readdirSync)(directory)) ?? [];
        let name = names.includes(segment) ? segment : undefined;
        if (name === undefined) {
            const guess = meant(segment, names, at < segments.length - 1);
            if (!guess)
                break;
            name = guess.name;
            segments[at] = name;
            because.add(guess.why);
        }
        directory = external_node_path_default().join(directory, name);
    }
    return because.size > 0 ? { pattern: segments.join('/'), because: [...because] } : undefined;
}
function findsAFile(root, pattern, skipDirectories) {
    const walk = orNothing(() => (0,crawl/* crawl */.MV)([`${(0,crawl/* globEscape */.q6)(root)}/${pattern}`], skipDirectories, undefined, HINT_LIMIT));
    return (walk?.files.length ?? 0) > 0;
}
/**
 * The pattern a root-relative `pattern` that matched nothing would match as, if a cheap guess
 * finds one: without the root's path (`rootPath`, workspace-relative) in front, and/or with the
 * letter case of the names on disk.
 */
function patternHint(root, rootPath, pattern, skipDirectories) {
    const stripped = fromRoot(pattern, rootPath);
    const respelled = namesOnDisk(root, stripped ?? pattern);
    const guesses = [];
    if (stripped !== undefined)
        guesses.push({ pattern: stripped, because: ['workspace'] });
    if (respelled !== undefined)
        guesses.push({
            pattern: respelled.pattern,
            because: [...(stripped === undefined ? [] : ['workspace']), ...respelled.because]
        });
    return guesses.find((guess) => findsAFile(root, guess.pattern, skipDirectories));
}
/** The sentence that offers the hint, to follow "matches no file under the dataset root". */
function hintSentence(hint, rootPath) {
    const reasons = hint.because.map((reason) => {
        if (reason === 'workspace')
            return `patterns are relative to the dataset root (${rootPath}), not to the workspace`;
        return reason === 'case'
            ? 'patterns match letter case exactly'
            : 'a name in the pattern is spelled differently on disk';
    });
    return `did you mean "${hint.pattern}"? It matches files: ${reasons.join(', and ')}.`;
}

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
 * One finding per including pattern that matched no file, with a "did you mean" where a cheap
 * guess finds files (the first HINTS_PER_INPUT patterns only: each guess is a bounded walk).
 */
function unmatchedFindings(unmatched, parsed, input, root, display) {
    // The root itself, as the workspace-relative path that a pattern written from the workspace starts with.
    const rootPath = display('.');
    return unmatched.map((index, nth) => {
        const { source, body } = parsed[index];
        const hint = nth < HINTS_PER_INPUT ? patternHint(root, rootPath, body, NEVER_ENTERED) : undefined;
        const advice = hint ? hintSentence(hint, rootPath) : 'fix or remove it.';
        const message = `The ${input} pattern "${source}" matches no file under the dataset root; ${advice}`;
        const found = (0,inventory_findings/* finding */.g)('PATTERN_MATCHES_NOTHING', input, message);
        found.patterns = hint ? [body, hint.pattern] : [body];
        return found;
    });
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
    const lines = parsed.map((p) => `${p.negate ? '!' : ''}${(0,crawl/* globEscape */.q6)(root)}/${p.body}`);
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
        walk = (0,crawl/* crawl */.MV)(lines, NEVER_ENTERED, accept);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const failed = `Searching the ${input} patterns failed: ${message}`;
        return { files: [], findings: [(0,inventory_findings/* finding */.g)('GLOB_FAILED', input, failed)] };
    }
    findings.push(...unmatchedFindings(walk.unmatched, parsed, input, root, display));
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
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _find_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5980);
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
        if (typeof record.digest !== 'string' || !_model_digest_js__WEBPACK_IMPORTED_MODULE_7__/* .DIGEST_PATTERN */ .WA.test(record.digest)) {
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
        if (batch.length === pool.nextBatchSize) {
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
    for (const batch of (0,_hash_pool_js__WEBPACK_IMPORTED_MODULE_3__/* .batchesOf */ .cS)(absolutes))
        pool.submit(batch);
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
