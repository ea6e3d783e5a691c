export const id = 8814;
export const ids = [8814,6532];
export const modules = {

/***/ 8814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPromote: () => (/* binding */ runPromote)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_printable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9498);
/* harmony import */ var _options_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6163);
/* harmony import */ var _options_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1768);
/* harmony import */ var _report_lfs_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6532);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3567);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5377);
// The CLI's promote command, kfm-gen-promotion-manifest [flags]: the same inputs as flags, the
// same pipeline and the same bytes as the action. Exit 0 on pass, 1 on any violation, 2 on a
// usage error or an error that stopped the run.








const OWN = ['workspace', 'summary'];
function helpText() {
    return [
        'Usage: kfm-gen-promotion-manifest [options]',
        '       kfm-gen-promotion-manifest verify --help',
        '       kfm-gen-promotion-manifest version-id --help',
        '       kfm-gen-promotion-manifest inventory --help',
        '       kfm-gen-promotion-manifest ledger verify --help',
        '       kfm-gen-promotion-manifest diff --help',
        '',
        'Builds promotion_manifest.json (v1) for one dataset version and checks every promotion gate.',
        'Writes the manifest only when all gates pass.',
        'Exit 0: pass; 1: violations; 2: a usage error, or an error that stopped the run.',
        '',
        'Options (paths are relative to --workspace; patterns to --root):',
        ...(0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .flagUsage */ .Yq)((0,_options_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .cliInputs */ .Un)(), OWN)
    ].join('\n');
}
async function promoteAndReport({ options, summary }, io) {
    // Loaded here, not at the top: the inventory subcommand needs none of the gates.
    const { promote } = await Promise.all(/* import() */[__webpack_require__.e(9547), __webpack_require__.e(3581), __webpack_require__.e(8979), __webpack_require__.e(8815), __webpack_require__.e(8258), __webpack_require__.e(126), __webpack_require__.e(3672), __webpack_require__.e(1569), __webpack_require__.e(1456), __webpack_require__.e(9201), __webpack_require__.e(6031), __webpack_require__.e(1498)]).then(__webpack_require__.bind(__webpack_require__, 1498));
    const { renderSummary } = await Promise.all(/* import() */[__webpack_require__.e(5877), __webpack_require__.e(2927)]).then(__webpack_require__.bind(__webpack_require__, 5877));
    const { causeName, gateLine, violationLines } = await __webpack_require__.e(/* import() */ 3646).then(__webpack_require__.bind(__webpack_require__, 3646));
    const { StacSchemaError } = await Promise.all(/* import() */[__webpack_require__.e(9547), __webpack_require__.e(8258), __webpack_require__.e(9201), __webpack_require__.e(5286)]).then(__webpack_require__.bind(__webpack_require__, 9201));
    let result;
    try {
        result = await promote(options);
    }
    catch (error) {
        // A schema given by flag that cannot be used: the run cannot even be described.
        if (!(error instanceof StacSchemaError))
            throw error;
        io.stderr(`error: ${error.message}`);
        return _flags_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.usage;
    }
    if (summary !== undefined)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, summary), renderSummary(result, options.out.path));
    for (const gate of result.gates)
        io.stderr(gateLine(gate));
    const lfsWarning = (0,_report_lfs_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .lfsNotAskedLine */ .D)(result.lfs);
    if (lfsWarning)
        io.stderr((0,_model_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(lfsWarning));
    if (result.status === 'pass') {
        io.stdout(`Promotion manifest written to ${options.out.path} (${options.out.absolute})`);
        io.stdout(`dataset_version_id ${result.datasetVersionId}`);
        io.stdout(`spec_hash          ${result.specHash}`);
        io.stdout(`manifest digest    ${result.manifestDigest}`);
        return _flags_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.pass;
    }
    for (const line of violationLines(result.violations))
        io.stderr(line);
    const [first] = result.violations;
    const caused = result.violations.filter((v) => v.causedBy === 0).length;
    const cause = first && caused > 0 ? `, ${caused} of them caused by ${causeName(first)}` : '';
    io.stderr(`Promotion blocked: ${result.violations.length} violation(s)${cause}; no manifest was written.`);
    return _flags_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.violation;
}
function runPromote(argv, io) {
    return (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .runCommand */ .d)(argv, io, {
        flags: (0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .inputFlags */ .eJ)((0,_options_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .cliInputs */ .Un)(), OWN),
        hint: 'with',
        help: helpText,
        options: ({ values }) => ({
            options: (0,_options_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseOptions */ .Ac)((0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .rawInputsOf */ .jv)(values, (0,_options_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .cliInputs */ .Un)()), (0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .workspaceOf */ .B3)(values, io.cwd)),
            summary: (0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .textFlag */ .gx)(values, 'summary')
        }),
        run: promoteAndReport
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

/***/ 571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ej: () => (/* binding */ size),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   QF: () => (/* binding */ SUMMARY_LIMITS),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   __: () => (/* binding */ Budget)
/* harmony export */ });
/* unused harmony export COMMENT_LIMITS */
/* harmony import */ var _model_printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9498);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2691);
// Text from outside in a summary's table cell or list line, and the limits and byte budget every
// summary keeps (GitHub's 1 MiB job summary, 65,536-character comment): shared by the summaries
// and the sections they hold, which import it from here rather than from summary.ts.


const WORD_JOINER = '\u2060';
/** Where a word joiner stops a link: after `@`, `#` or `GH-` before a digit, `http:`, `https:`, `ftp:` before `//`, `www` before `.`. */
const LINKED_BY_SHAPE = /@|#(?=\d)|gh-(?=\d)|(?:https?|ftp):(?=\/\/)|www(?=\.)/gi;
/**
 * Text from outside (file names, document values, the slug) in a table cell or a list line of
 * the summary: one line, and nothing GitHub would render as anything but that text.
 * - `&`, `<`, `>` as entities: no HTML element, comment or entity from the input.
 * - Every character Markdown or GitHub gives a meaning inside a line behind a backslash: `\`
 *   first (so an input backslash cannot cancel the escape after it), `|` (a new cell), `[`, `]`
 *   (links, images, references, footnotes), `` ` `` (code spans), `*`, `~` and `_` (emphasis,
 *   strikethrough; `_` only where it is not inside a word, where it cannot emphasise, so
 *   `river_gauges` stays as it is), `$` (GitHub's math). The reader sees the characters
 *   themselves.
 * - What GitHub links by its shape rather than by syntax (bare URLs and `www.` addresses, which
 *   the autolink extension links; e-mail addresses, `@user` and `@org/team` mentions, `#123`,
 *   `GH-123` and `owner/repo#123` references, which github.com links after rendering, code
 *   spans aside) broken with a WORD JOINER (U+2060) after the `@`, the `#`, the `GH-`, the
 *   scheme's `:` or the `www`. It is invisible and the text reads as it was; `printable` has
 *   already shown any U+2060 of the input as `\u2060`, so every one left is ours. A name copied
 *   from the rendered summary carries them: the manifest and the violations report have the
 *   names as they are.
 */
function cell(text, max = Infinity) {
    const flat = (0,_model_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(text.replace(/[\r\n]+/g, ' '));
    const cut = (0,_words_js__WEBPACK_IMPORTED_MODULE_1__/* .clipped */ .c)(flat, max);
    return cut
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\|[\]`*~$]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\$&')
        .replace(LINKED_BY_SHAPE, `$&${WORD_JOINER}`);
}
const SUMMARY_LIMITS = {
    bytes: 900 * 1024,
    violations: 200,
    consequences: 20,
    inventoryRows: 500,
    cell: 400
};
/** A pull-request comment: the same summary, smaller, and without the inventory. */
const COMMENT_LIMITS = {
    bytes: 48 * 1024,
    violations: 30,
    consequences: 5,
    inventoryRows: 0,
    cell: 300
};
/** Rows added while they fit the count and the bytes left; the rest counted, never dropped silently. */
class Budget {
    left;
    constructor(bytes) {
        this.left = bytes;
    }
    take(lines) {
        for (const line of lines)
            this.left -= Buffer.byteLength(line) + 1;
    }
    /** Takes the lines when they fit with `spare` bytes left over, and says whether they did. */
    fits(lines, spare) {
        const bytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
        if (bytes + spare > this.left)
            return false;
        this.left -= bytes;
        return true;
    }
    /** Takes the first of at most `max` rows that fit with `spare` bytes left over; counts the rest. */
    rows(rows, max, spare = 0) {
        const shown = [];
        for (const row of rows.slice(0, max)) {
            const text = row();
            const bytes = Buffer.byteLength(text) + 1;
            if (bytes + spare > this.left)
                break;
            this.left -= bytes;
            shown.push(text);
        }
        return { shown, more: rows.length - shown.length };
    }
}
/** A digest as a table shows it: the algorithm and 12 hex characters (the manifest has it whole). */
function shortDigest(digest) {
    return `<code>${cell(digest.length > 19 ? `${digest.slice(0, 19)}…` : digest)}</code>`;
}
function size(bytes) {
    if (bytes === undefined)
        return 'not present';
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}


/***/ }),

/***/ 6532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ lfsSummaryLines),
/* harmony export */   D: () => (/* binding */ lfsNotAskedLine)
/* harmony export */ });
/* harmony import */ var _cells_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(571);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2691);


/** The summary's Git LFS paragraph: empty when no pointer stood for an artifact. */
function lfsSummaryLines(lfs, limits) {
    if (!lfs || lfs.fromPointers === 0)
        return [];
    const taken = `📦 **${(0,_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(lfs.fromPointers, 'artifact file')} taken from Git LFS pointers** (lfs: pointers): each digest and size is its pointer's oid and size, as a full checkout gives them.`;
    const objects = lfs.objects;
    const asked = !objects
        ? ''
        : objects.asked
            ? objects.missing.length === 0
                ? ` The LFS server (${(0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(objects.endpoint, limits.cell)}) has every object.`
                : ` The LFS server (${(0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(objects.endpoint, limits.cell)}) lacks ${objects.missing.length} object(s): see LFS_OBJECT_MISSING.`
            : `\n\n⚠️ **The LFS server was not asked whether these objects exist**: ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(objects.reason, limits.cell)}.`;
    return [`${taken}${asked}`, ''];
}
/** The CLI's and the log's one line when the objects were not asked about, else undefined. */
function lfsNotAskedLine(lfs) {
    const objects = lfs?.objects;
    if (!lfs || !objects || objects.asked)
        return undefined;
    return `warning: ${lfs.fromPointers} artifact file(s) were taken from Git LFS pointers, but the LFS server was not asked whether their objects exist: ${objects.reason}.`;
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
