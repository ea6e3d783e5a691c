export const id = 3989;
export const ids = [3989,2927,3646];
export const modules = {

/***/ 3989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runVerify: () => (/* binding */ runVerify)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _options_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6163);
/* harmony import */ var _options_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1768);
/* harmony import */ var _report_cli_lines_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3646);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3567);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5377);
// `kfm-gen-promotion-manifest verify`: checks a written manifest against the files before they
// are published. Exit 0 only when everything it lists is there with its digest.







const OWN = ['workspace', 'summary'];
const NAMES = ['root', ...(0,_options_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .cliInputs */ .Un)('verify')];
function verifyHelpText() {
    return [
        'Usage: kfm-gen-promotion-manifest verify --manifest FILE [options]',
        '',
        'Checks a written promotion manifest before publishing: it is valid v1, its bytes hash to',
        '--expect-digest when given, its sidecars agree with it, and every file it lists is under the',
        'root, a regular file inside it, with the listed digest. With --shard I/N, only the files of',
        'shard I (a matrix of verify jobs covers them all).',
        'Exit 0: verified; 1: violations; 2: a usage error, or an error that stopped the run.',
        '',
        'Options (paths are relative to --workspace; patterns to --root):',
        ...(0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .flagUsage */ .Yq)(NAMES, OWN, {
            shard: 'I/N: check only the listed files of shard I of N (e.g. 2/4, one job of a matrix of N); a file is in shard (first 4 bytes of the SHA-256 of its root-relative path, big-endian) mod N + 1, as inventory --shard splits them.'
        })
    ].join('\n');
}
async function verifyAndReport({ options, summary }, io) {
    // The hashing threads start first: their start-up then overlaps reading the manifest.
    const { HashPool } = await Promise.all(/* import() */[__webpack_require__.e(3581), __webpack_require__.e(3672), __webpack_require__.e(1569), __webpack_require__.e(8502)]).then(__webpack_require__.bind(__webpack_require__, 3672));
    const pool = new HashPool();
    const { verifyWritten } = await Promise.all(/* import() */[__webpack_require__.e(9547), __webpack_require__.e(3581), __webpack_require__.e(8979), __webpack_require__.e(8258), __webpack_require__.e(126), __webpack_require__.e(3672), __webpack_require__.e(1569), __webpack_require__.e(1456), __webpack_require__.e(9201), __webpack_require__.e(6031), __webpack_require__.e(2043)]).then(__webpack_require__.bind(__webpack_require__, 2043));
    const result = await verifyWritten(options, pool).finally(() => pool.close());
    if (summary !== undefined) {
        const { renderVerifySummary } = await Promise.all(/* import() */[__webpack_require__.e(5877), __webpack_require__.e(6532)]).then(__webpack_require__.bind(__webpack_require__, 5877));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, summary), renderVerifySummary(result));
    }
    for (const gate of result.gates)
        io.stderr((0,_report_cli_lines_js__WEBPACK_IMPORTED_MODULE_4__.gateLine)(gate));
    // The strict search's one blind spot, said where its verdict is read.
    if (options.strict.length > 0)
        io.stderr('strict: .git directories are not searched (as in the inventory); a .git under the patterns, other than the checkout’s own, fails as FILE_UNLISTED.');
    if (result.status === 'pass') {
        io.stdout(`Verified ${result.manifestPath} (${result.manifestDigest}): ${result.artifacts} artifact(s) and ${result.catalogs} catalog file(s) match.`);
        return _flags_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.pass;
    }
    for (const v of result.violations)
        io.stderr((0,_report_cli_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .violationLine */ .S)(v));
    io.stderr(`Verification failed: ${result.violations.length} violation(s); do not publish.`);
    return _flags_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.violation;
}
function runVerify(argv, io) {
    return (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .runCommand */ .d)(argv, io, {
        flags: (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .inputFlags */ .eJ)(NAMES, OWN),
        hint: 'verify',
        help: verifyHelpText,
        options: ({ values }) => ({
            options: (0,_options_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseVerifyOptions */ .lW)((0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .rawInputsOf */ .jv)(values, NAMES), (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .workspaceOf */ .B3)(values, io.cwd)),
            summary: (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .textFlag */ .gx)(values, 'summary')
        }),
        run: verifyAndReport
    });
}


/***/ }),

/***/ 4050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ lineIndex),
/* harmony export */   E: () => (/* binding */ patternLines)
/* harmony export */ });
// Multi-line inputs (patterns, paths, "key: value" lines), read the way @actions/glob reads them.
/** Splits an input's lines into entries; `#` starts a comment line, as in @actions/glob. */
function patternLines(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line.length > 0 && !line.startsWith('#'));
}
/**
 * The 1-based line of any offset in `text`: the line starts are found once, on the first call,
 * and each lookup is a binary search. A document asked for many lines never rescans its text.
 */
function lineIndex(text) {
    let starts;
    return (offset) => {
        if (starts === undefined) {
            starts = [0];
            for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
                starts.push(at + 1);
        }
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (starts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return low + 1;
    };
}


/***/ }),

/***/ 1933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   JA: () => (/* binding */ relativeInside),
/* harmony export */   Z8: () => (/* binding */ normaliseRelative)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Path safety: patterns and listed paths are relative to the dataset root and may not leave it.

const WINDOWS_DRIVE = /^[A-Za-z]:([\\/]|$)/;
/**
 * Normalises a root-relative path or pattern to `/` separators with no `.`/`..` segments and no
 * leading `/`, or says why it cannot be one.
 */
function normaliseRelative(text) {
    if (text.length === 0)
        return { ok: false, reason: 'is empty' };
    if (text.includes('\0'))
        return { ok: false, reason: 'contains a NUL character' };
    if (text.startsWith('/') || text.startsWith('\\') || WINDOWS_DRIVE.test(text)) {
        return { ok: false, reason: 'is absolute; write it relative to the dataset root' };
    }
    if (text.includes('\\')) {
        return { ok: false, reason: 'contains a backslash; use / as the separator' };
    }
    const normal = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(text);
    if (normal === '..' || normal.startsWith('../')) {
        return { ok: false, reason: 'reaches outside the dataset root through ..' };
    }
    if (normal === '.' || normal === './')
        return { ok: false, reason: 'names the dataset root itself' };
    return { ok: true, path: normal.replace(/\/+$/, '') };
}
/** `/`-separated path of `absolute` relative to `root`, or undefined when it is not inside root. */
function relativeInside(root, absolute) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, absolute);
    if (relative === '' ||
        relative === '..' ||
        relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)}`) ||
        node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative)) {
        return undefined;
    }
    return relative.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
}
/** Whether `target` is `root` itself or inside it (both absolute). */
function isInside(root, target) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, target) === '' || relativeInside(root, target) !== undefined;
}


/***/ }),

/***/ 1768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q7: () => (/* binding */ parseInventoryOptions),
  Ac: () => (/* binding */ parseOptions),
  lW: () => (/* binding */ parseVerifyOptions),
  v7: () => (/* binding */ parseVersionIdOptions),
  LN: () => (/* reexport */ rootDisplay)
});

// UNUSED EXPORTS: UsageError

// EXTERNAL MODULE: ./src/model/digest.ts
var digest = __webpack_require__(5305);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/lines.ts
var lines = __webpack_require__(4050);
// EXTERNAL MODULE: ./src/model/paths.ts
var paths = __webpack_require__(1933);
// EXTERNAL MODULE: ./src/options/inputs.ts + 3 modules
var inputs = __webpack_require__(6163);
// EXTERNAL MODULE: ./src/options/values.ts
var values = __webpack_require__(2262);
;// CONCATENATED MODULE: ./src/options/places.ts
// Where a run's files are: the workspace, the dataset root in it, the output file and the
// documents the inputs name, each as a DocumentRef (absolute, and as messages show it).





/** Workspace-relative display form of an absolute path (absolute when outside the workspace). */
function displayPath(workspace, absolute) {
    if (external_node_path_default().relative(workspace, absolute) === '')
        return '.';
    return (0,paths/* relativeInside */.JA)(workspace, absolute) ?? absolute;
}
function documentRef(workspace, value) {
    const given = (0,values/* nonEmpty */.hq)(value);
    if (!given)
        return undefined;
    const absolute = external_node_path_default().resolve(workspace, given);
    const shown = displayPath(workspace, absolute);
    return shown === absolute
        ? { absolute, path: shown }
        : { absolute, path: shown, confine: workspace };
}
function documentRefs(workspace, entries = []) {
    return entries.flatMap((entry) => documentRef(workspace, entry) ?? []);
}
/** A root-relative path as messages and annotations show it: relative to the workspace. */
function rootDisplay(rootPath) {
    return (relative) => (rootPath === '.' ? relative : external_node_path_default().posix.join(rootPath, relative));
}
/** The workspace, the root and the output file, as the inputs name them. */
function parsePlaces(raw, workspace) {
    const rootRef = documentRef(workspace, raw.root ?? inputs/* INPUTS */.mc.root.default) ?? {
        absolute: workspace,
        path: '.'
    };
    const out = documentRef(workspace, raw.out ?? inputs/* INPUTS */.mc.out.default);
    if (!out)
        throw new values/* UsageError */.eb('out must name a file.');
    return { workspace, root: rootRef.absolute, rootPath: rootRef.path, out };
}
/** The stores patterns: the input's lines, or its default when it is not given at all. */
function parseStores(raw) {
    return raw.stores ?? (0,lines/* patternLines */.E)(inputs/* INPUTS */.mc.stores.default);
}
/**
 * The document inputs' refs, each knowing the dataset root when it is not the workspace: a
 * document path written relative to the root then gets "did you mean" (documents/path-hint.ts).
 */
function documentRefsUnder(workspace, places) {
    const root = places.rootPath === '.' ? undefined : { absolute: places.root, path: places.rootPath };
    const withRoot = (ref) => (root ? { ...ref, root } : ref);
    return {
        one: (value) => {
            const ref = documentRef(workspace, value);
            return ref && withRoot(ref);
        },
        list: (entries) => documentRefs(workspace, entries).map(withRoot)
    };
}

;// CONCATENATED MODULE: ./src/options/read-inputs.ts



/** A list input's entries: text line by line, or an array's items as they are, trimmed. */
function entriesOf(name, value) {
    if (!Array.isArray(value))
        return (0,lines/* patternLines */.E)(String(value));
    const entries = [];
    for (const item of value) {
        if (typeof item !== 'string')
            throw new values/* UsageError */.eb(`${name} must be an array of strings.`);
        // One entry each: a line break would make two of one item, or smuggle a second line.
        if (/[\r\n]/.test(item))
            throw new values/* UsageError */.eb(`${name} item ${JSON.stringify(item)} holds a line break; give each entry as its own item.`);
        const entry = item.trim();
        if (entry.length > 0)
            entries.push(entry);
    }
    return entries;
}
/**
 * The inputs' own values only, each read once: a key someone set on Object.prototype in this
 * process (the library runs in its caller's) is no input, whatever it is called.
 */
function ownInputs(given) {
    const read = Object.create(null);
    for (const name of Object.keys(given)) {
        const value = given[name];
        if (value === undefined)
            continue;
        if (Object.hasOwn(inputs/* INPUTS */.mc, name) && isList(name))
            read[name] = entriesOf(name, value);
        else if (name === 'shard' && typeof value === 'object' && value !== null)
            read[name] = value;
        else
            read[name] = String(value);
    }
    return read;
}
function isList(name) {
    return (0,inputs/* inputSpec */.mm)(name).list === true;
}

;// CONCATENATED MODULE: ./src/options/parse.ts






/** `URL=path` lines: a local schema file for each STAC extension URL. */
function parseStacExtensionSchemas(workspace, lines = []) {
    return lines.map((line) => {
        const at = line.lastIndexOf('=');
        const url = line.slice(0, at).trim();
        const file = at > 0 ? documentRef(workspace, line.slice(at + 1)) : undefined;
        if (!file || !URL.canParse(url)) {
            throw new values/* UsageError */.eb(`stac-extension-schemas line "${line}" must read "URL=path" (for example "https://stac-extensions.github.io/example/v1.0.0/schema.json=schemas/example.json").`);
        }
        return { url, file };
    });
}
function parseOptions(given, workspace) {
    const raw = ownInputs(given);
    const datasetSlug = (0,values/* nonEmpty */.hq)(raw['dataset-slug']);
    if (!datasetSlug)
        throw new values/* UsageError */.eb('dataset-slug is required (for example "river_gauges").');
    const places = parsePlaces(raw, workspace);
    const refs = documentRefsUnder(workspace, places);
    const artifactsShards = refs.list(raw['artifacts-shards']);
    if (artifactsShards.length > 0 && (0,values/* nonEmpty */.hq)(raw['artifacts-manifest']))
        throw new values/* UsageError */.eb('artifacts-shards and artifacts-manifest both say what the artifacts are; give one of them.');
    return {
        ...places,
        datasetSlug,
        datasetVersionId: (0,values/* nonEmpty */.hq)(raw['dataset-version-id']),
        releasedAt: (0,values/* nonEmpty */.hq)(raw['released-at']),
        spec: refs.one(raw.spec),
        specHash: (0,values/* nonEmpty */.hq)(raw['spec-hash']),
        artifacts: raw.artifacts ?? [],
        stores: parseStores(raw),
        artifactsManifest: refs.one(raw['artifacts-manifest']),
        catalogs: raw.catalogs ?? [],
        catalogsManifest: refs.one(raw['catalogs-manifest']),
        qaReport: refs.one(raw['qa-report']),
        policyDecision: refs.one(raw['policy-decision']),
        basePolicyDecision: refs.one(raw['base-policy-decision']),
        approvals: refs.one(raw.approvals),
        runReceipts: raw['run-receipts'] ?? [],
        requiredApprovals: (0,values/* parseRequiredApprovals */.P2)(raw['required-approvals']),
        mediaTypes: (0,values/* parseMediaTypes */.BS)(raw['media-types']),
        stacApplicable: (0,values/* parseBoolean */.yG)('stac-applicable', raw['stac-applicable']),
        stacExtensionSchemas: parseStacExtensionSchemas(workspace, raw['stac-extension-schemas']),
        sboms: refs.list(raw.sbom),
        attestations: refs.list(raw.attestations),
        artifactsShards,
        lfs: (0,values/* parseLfsMode */.or)(raw.lfs),
        remoteAssets: (0,values/* parseChoice */.HU)('remote-assets', raw['remote-assets']),
        remoteAssetsTimeoutSeconds: (0,values/* parsePositiveInteger */.zE)('remote-assets-timeout-seconds', raw['remote-assets-timeout-seconds'], 1, 3600) ?? 60
    };
}
function parseVerifyOptions(given, workspace) {
    const raw = ownInputs(given);
    const manifest = documentRef(workspace, raw.manifest);
    if (!manifest)
        throw new values/* UsageError */.eb('manifest is required in verify mode (for example "promotion_manifest.json").');
    const expectDigest = (0,values/* nonEmpty */.hq)(raw['expect-digest']);
    if (expectDigest !== undefined && !digest/* DIGEST_PATTERN */.WA.test(expectDigest))
        throw new values/* UsageError */.eb(`expect-digest "${expectDigest}" must be sha256: followed by 64 lowercase hex characters (the manifest-digest output of the generating job).`);
    const { root, rootPath } = parsePlaces({ root: raw.root }, workspace);
    return {
        workspace,
        root,
        rootPath,
        manifest,
        expectDigest,
        strict: raw.strict ?? [],
        shard: (0,values/* parseShard */.uK)(raw.shard)
    };
}
/** What each adapter's inventory must be given, and the sentence when it is not. */
const INVENTORY_NEEDS = {
    action: [
        ['shard', 'mode: inventory needs shard: I/N (for example "2/4").'],
        ['dataset-slug', 'mode: inventory needs dataset-slug, for the artifact name.'],
        ['artifacts', 'mode: inventory needs artifacts, the patterns to inventory.']
    ],
    cli: [
        ['artifacts', 'inventory needs --artifacts (at least one) and --out.'],
        ['out', 'inventory needs --artifacts (at least one) and --out.']
    ]
};
function parseInventoryOptions(given, workspace, adapter) {
    const raw = ownInputs(given);
    const artifacts = raw.artifacts ?? [];
    for (const [name, sentence] of INVENTORY_NEEDS[adapter]) {
        const value = name === 'artifacts' ? artifacts.join('') : raw[name];
        const missing = typeof value === 'string' ? (0,values/* nonEmpty */.hq)(value) === undefined : value === undefined;
        if (missing)
            throw new values/* UsageError */.eb(sentence);
    }
    return {
        ...parsePlaces(raw, workspace),
        datasetSlug: (0,values/* nonEmpty */.hq)(raw['dataset-slug']),
        artifacts,
        stores: parseStores(raw),
        mediaTypes: (0,values/* parseMediaTypes */.BS)(raw['media-types']),
        shard: (0,values/* parseShard */.uK)(raw.shard),
        lfs: (0,values/* parseLfsMode */.or)(raw.lfs)
    };
}
/** What the version-id command derives the id from: the spec (or its hash) and released-at. */
function parseVersionIdOptions(given, workspace) {
    const raw = ownInputs(given);
    const spec = documentRef(workspace, raw.spec);
    const specHash = (0,values/* nonEmpty */.hq)(raw['spec-hash']);
    if (!spec && !specHash)
        throw new values/* UsageError */.eb('version-id needs --spec FILE (or --spec-hash sha256:HEX).');
    return { workspace, spec, specHash, releasedAt: (0,values/* nonEmpty */.hq)(raw['released-at']) };
}


/***/ }),

/***/ 3646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ violationLine),
/* harmony export */   causeName: () => (/* binding */ causeName),
/* harmony export */   gateLine: () => (/* binding */ gateLine),
/* harmony export */   violationLines: () => (/* binding */ violationLines)
/* harmony export */ });
/* unused harmony export gateLog */
/* harmony import */ var _model_printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9498);
/* harmony import */ var _folded_causes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2927);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2691);



function violationLine(v) {
    const where = v.path.trimStart().startsWith(':') ? `./${v.path}` : v.path;
    return `${where}${v.line ? `:${v.line}` : ''}: [${v.gate} ${v.code}] ${v.message}`;
}
/** What a cause's line is followed by: its consequences, indented (the runner trims the indent). */
const UNDER = '  ↳ ';
/** Every violation, cause first: each cause's line, then the lines of the ones it causes. */
function violationLines(violations) {
    return (0,_folded_causes_js__WEBPACK_IMPORTED_MODULE_1__/* .folded */ .T)(violations).flatMap(({ violation, consequences }) => [
        violationLine(violation),
        ...consequences.map((v) => `${UNDER}${violationLine(v)}`)
    ]);
}
/** How a cause is named where its consequences are listed apart from it. */
function causeName(v) {
    return `[${v.gate} ${v.code}] ${v.path}${v.line ? `:${v.line}` : ''}`;
}
function gateLine(gate) {
    const count = gate.violations;
    const violations = count ? ` (${(0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .L)(count, 'violation')})` : '';
    return `gate ${gate.gate} ${gate.status.padEnd(12)} ${gate.title}${violations}`;
}
/**
 * A gate's part of the log: a title with its verdict, what it checked, and its violations; those
 * another violation explains come last, under a line naming their cause (which may be another
 * gate's).
 */
function gateLog(gate, violations) {
    const verdict = gate.status === 'fail' ? `fail, ${gate.violations}` : gate.status;
    const own = (v) => v.gate === gate.gate;
    const tops = folded(violations);
    const caused = tops.flatMap(({ violation, consequences }) => {
        const here = consequences.filter(own);
        if (here.length === 0)
            return [];
        return [
            `caused by ${causeName(violation)} (${here.length}):`,
            ...here.map((v) => `${UNDER}${violationLine(v)}`)
        ];
    });
    return {
        title: `Gate ${gate.gate}: ${gate.title} (${verdict})`,
        lines: [
            ...gate.checked.map((line) => `checked: ${printable(line)}`),
            ...tops
                .filter(({ violation }) => own(violation))
                .map(({ violation }) => violationLine(violation)),
            ...caused
        ]
    };
}


/***/ }),

/***/ 2927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ folded)
/* harmony export */ });
/** The violations that have no cause, each with its consequences, in the list's order. */
function folded(violations) {
    const tops = [];
    const at = new Map();
    violations.forEach((violation, index) => {
        const cause = violation.causedBy === undefined ? undefined : at.get(violation.causedBy);
        if (cause)
            cause.consequences.push(violation);
        else {
            const entry = { violation, consequences: [] };
            tops.push(entry);
            at.set(index, entry);
        }
    });
    return tops;
}


/***/ }),

/***/ 2691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural),
/* harmony export */   c: () => (/* binding */ clipped)
/* harmony export */ });
// Counted words in the reports: "1 violation", "2 violations".
/** `count` and `noun`, the noun with an `s` unless the count is one. */
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/** The text cut to at most `max` characters, an ellipsis standing for what was cut. */
function clipped(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}


/***/ })

};
