export const id = 2957;
export const ids = [2957];
export const modules = {

/***/ 1916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = __webpack_unused_export__ = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
__webpack_unused_export__ = closest;


/***/ }),

/***/ 5377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yq: () => (/* binding */ flagUsage),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   oG: () => (/* binding */ unknownFlagMessage)
/* harmony export */ });
/* unused harmony export OWN_FLAGS */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_nearest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9179);
/* harmony import */ var _options_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9269);
// The CLI's flags and usage, made from the one input table: every input the CLI shares with the
// action is a flag of the same name (a list input a repeatable flag), plus the CLI's own.



const EXIT = { pass: 0, violation: 1, usage: 2 };
/** The flags only the CLI has, with their usage lines. */
const OWN_FLAGS = {
    workspace: ['DIR', 'The workspace all paths are relative to. Default: the current directory.'],
    summary: ['FILE', 'Also write the Markdown job summary to FILE.']
};
const PLACEHOLDER = {
    text: 'VALUE',
    secret: 'VALUE',
    choice: 'VALUE',
    boolean: 'true|false',
    integer: 'N',
    time: 'TIME',
    digest: 'sha256:HEX',
    file: 'FILE',
    directory: 'DIR',
    patterns: 'PATTERN',
    lines: 'LINE'
};
function flagSpec(names, own) {
    const flags = { help: { type: 'boolean' }, version: { type: 'boolean' } };
    for (const name of own)
        flags[name] = { type: 'string' };
    for (const name of names) {
        flags[name] = { type: 'string', multiple: (0,_options_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .inputSpec */ .mm)(name).list === true };
    }
    return flags;
}
/**
 * Usage lines for the given inputs, each with its value's placeholder and its default. `own`
 * descriptions replace the table's where the table speaks of another mode (the action's
 * pull-request mode, inventory's --shard) than the command's.
 */
function flagUsage(names, own, descriptions = {}) {
    const lines = [];
    for (const name of names) {
        const input = _options_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .mc[name];
        const list = 'list' in input && input.list;
        const flag = `--${name} ${PLACEHOLDER[input.kind]}${list ? ' (repeatable)' : ''}`;
        const description = descriptions[name] ?? input.description;
        // A description that already says when the input is required is not told again.
        const required = 'required' in input && !/\bRequired\b/.test(description);
        const extra = 'default' in input ? ` Default: "${input.default}".` : required ? ' Required.' : '';
        lines.push(`  ${flag}`, `      ${description}${extra}`);
    }
    for (const name of own)
        lines.push(`  --${name} ${OWN_FLAGS[name][0]}`, `      ${OWN_FLAGS[name][1]}`);
    lines.push('  --version', '      Print the version.', '  --help', '      Show this help.');
    return lines;
}
const HELP_HINT = 'Run with --help for the options.';
/** The answer to a flag the command does not know, with the nearest one it does. */
function unknownFlagMessage(flag, known) {
    const nearest = flag.startsWith('--') ? (0,_model_nearest_js__WEBPACK_IMPORTED_MODULE_1__/* .nearestName */ .q)(flag.slice(2), known) : undefined;
    return nearest === undefined
        ? `error: unknown flag ${flag}`
        : `error: unknown flag ${flag}; did you mean --${nearest}?`;
}
/** The first flag on the command line that the spec does not know, as it was written. */
function firstUnknownFlag(argv, spec) {
    const { tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: [...argv], options: spec, strict: false, tokens: true });
    for (const token of tokens)
        if (token.kind === 'option' && !Object.hasOwn(spec, token.name))
            return token.rawName;
    return undefined;
}
/** Parses flags strictly; on a usage error says so with the way to --help, and returns undefined. */
function parseFlags(argv, names, own, io) {
    const spec = flagSpec(names, own);
    let values;
    try {
        values = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: [...argv], options: spec, strict: true }).values;
    }
    catch (error) {
        const unknown = firstUnknownFlag(argv, spec);
        const message = unknown === undefined
            ? `error: ${error instanceof Error ? error.message : String(error)}`
            : unknownFlagMessage(unknown, Object.keys(spec));
        io.stderr(`${message}\n${HELP_HINT}`);
        return undefined;
    }
    const raw = {};
    for (const name of names) {
        const value = values[name];
        if (Array.isArray(value))
            raw[name] = value.map(String).join('\n');
        else if (typeof value === 'string')
            raw[name] = value;
    }
    const text = (name) => (typeof values[name] === 'string' ? values[name] : undefined);
    return {
        raw,
        help: values.help === true,
        version: values.version === true,
        workspace: text('workspace'),
        summary: text('summary')
    };
}


/***/ }),

/***/ 2957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCli: () => (/* binding */ runCli)
/* harmony export */ });
/* unused harmony export helpText */
/* harmony import */ var _report_lfs_summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6532);
/* harmony import */ var _model_printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9498);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _generated_version_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3668);
/* harmony import */ var _options_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9269);
/* harmony import */ var _options_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9905);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5377);
// The CLI adapter, kfm-gen-promotion-manifest: the same inputs as flags, the same pipeline and
// the same bytes as the action. Exit 0 on pass, 1 on any violation, 2 on a usage error.









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
        'Writes the manifest only when all gates pass. Exit 0: pass; 1: violations; 2: usage error.',
        '',
        'Options (paths are relative to --workspace; patterns to --root):',
        ...(0,_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .flagUsage */ .Yq)((0,_options_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .cliInputs */ .Un)(), OWN)
    ].join('\n');
}
async function promoteAndReport(options, summary, io) {
    // Loaded here, not at the top: the inventory subcommand needs none of the gates.
    const { promote } = await Promise.all(/* import() */[__webpack_require__.e(3581), __webpack_require__.e(9547), __webpack_require__.e(3310), __webpack_require__.e(6600), __webpack_require__.e(9862), __webpack_require__.e(304), __webpack_require__.e(6161), __webpack_require__.e(428), __webpack_require__.e(3672), __webpack_require__.e(7266), __webpack_require__.e(556), __webpack_require__.e(508), __webpack_require__.e(2127)]).then(__webpack_require__.bind(__webpack_require__, 2127));
    const { renderSummary } = await Promise.all(/* import() */[__webpack_require__.e(3581), __webpack_require__.e(9862), __webpack_require__.e(304), __webpack_require__.e(4777)]).then(__webpack_require__.bind(__webpack_require__, 4777));
    const { causeName, gateLine, violationLines } = await Promise.all(/* import() */[__webpack_require__.e(3581), __webpack_require__.e(9862), __webpack_require__.e(304), __webpack_require__.e(3646)]).then(__webpack_require__.bind(__webpack_require__, 3646));
    const { StacSchemaError } = await __webpack_require__.e(/* import() */ 9862).then(__webpack_require__.bind(__webpack_require__, 9862));
    let result;
    try {
        result = await promote(options);
    }
    catch (error) {
        // A schema given by flag that cannot be used: the run cannot even be described.
        if (!(error instanceof StacSchemaError))
            throw error;
        io.stderr(`error: ${error.message}`);
        return _flags_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.usage;
    }
    if (summary !== undefined)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(io.cwd, summary), renderSummary(result, options.out.path));
    for (const gate of result.gates)
        io.stderr(gateLine(gate));
    const lfsWarning = (0,_report_lfs_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .lfsNotAskedLine */ .D)(result.lfs);
    if (lfsWarning)
        io.stderr((0,_model_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(lfsWarning));
    if (result.status === 'pass') {
        io.stdout(`Promotion manifest written to ${options.out.path} (${options.out.absolute})`);
        io.stdout(`dataset_version_id ${result.datasetVersionId}`);
        io.stdout(`spec_hash          ${result.specHash}`);
        io.stdout(`manifest digest    ${result.manifestDigest}`);
        return _flags_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.pass;
    }
    for (const line of violationLines(result.violations))
        io.stderr(line);
    const [first] = result.violations;
    const caused = result.violations.filter((v) => v.causedBy === 0).length;
    const cause = first && caused > 0 ? `, ${caused} of them caused by ${causeName(first)}` : '';
    io.stderr(`Promotion blocked: ${result.violations.length} violation(s)${cause}; no manifest was written.`);
    return _flags_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.violation;
}
async function runCli(argv, io) {
    if (argv[0] === 'inventory') {
        const { runInventory } = await Promise.all(/* import() */[__webpack_require__.e(3581), __webpack_require__.e(9547), __webpack_require__.e(9862), __webpack_require__.e(304), __webpack_require__.e(6161), __webpack_require__.e(428), __webpack_require__.e(7266), __webpack_require__.e(4823)]).then(__webpack_require__.bind(__webpack_require__, 1922));
        return runInventory(argv.slice(1), io);
    }
    if (argv[0] === 'verify') {
        const { runVerify } = await Promise.all(/* import() */[__webpack_require__.e(3581), __webpack_require__.e(9862), __webpack_require__.e(304), __webpack_require__.e(1137)]).then(__webpack_require__.bind(__webpack_require__, 1137));
        return runVerify(argv.slice(1), io);
    }
    if (argv[0] === 'ledger') {
        const { runLedger } = await Promise.all(/* import() */[__webpack_require__.e(3581), __webpack_require__.e(9862), __webpack_require__.e(304), __webpack_require__.e(7177)]).then(__webpack_require__.bind(__webpack_require__, 7177));
        return runLedger(argv.slice(1), io);
    }
    if (argv[0] === 'diff') {
        const { runDiff } = await Promise.all(/* import() */[__webpack_require__.e(9547), __webpack_require__.e(428), __webpack_require__.e(1624)]).then(__webpack_require__.bind(__webpack_require__, 6847));
        return runDiff(argv.slice(1), io);
    }
    if (argv[0] === 'version-id') {
        const { runVersionId } = await Promise.all(/* import() */[__webpack_require__.e(3581), __webpack_require__.e(9862), __webpack_require__.e(304), __webpack_require__.e(2798)]).then(__webpack_require__.bind(__webpack_require__, 2798));
        return runVersionId(argv.slice(1), io);
    }
    const flags = (0,_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFlags */ .bQ)(argv, (0,_options_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .cliInputs */ .Un)(), OWN, io);
    if (!flags)
        return _flags_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.usage;
    if (flags.help) {
        io.stdout(helpText());
        return _flags_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.pass;
    }
    if (flags.version) {
        io.stdout(_generated_version_js__WEBPACK_IMPORTED_MODULE_7__/* .VERSION */ .x);
        return _flags_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.pass;
    }
    let options;
    try {
        options = (0,_options_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseOptions */ .Ac)(flags.raw, node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(io.cwd, flags.workspace ?? '.'));
    }
    catch (error) {
        if (!(error instanceof _options_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb))
            throw error;
        io.stderr(`error: ${error.message}\nRun with --help for the options.`);
        return _flags_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.usage;
    }
    return promoteAndReport(options, flags.summary, io);
}


/***/ }),

/***/ 6610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ derivedVersionId),
/* harmony export */   VI: () => (/* binding */ gateA),
/* harmony export */   cu: () => (/* binding */ identityOf)
/* harmony export */ });
/* unused harmony exports SLUG_PATTERN, DERIVED_VERSION_PATTERN, FREE_VERSION_PATTERN, checkIdentity */
/* harmony import */ var _model_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5305);
/* harmony import */ var _model_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(816);
/* harmony import */ var _model_violation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6078);
// Gate A: identity and versioning. dataset_slug, dataset_version_id, spec_hash and released_at,
// as DECISIONS.md ("Identity (gate A)", "Time") defines them.



const SLUG_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;
const DERIVED_VERSION_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])\.([0-9a-f]{8})$/;
const FREE_VERSION_PATTERN = /^[A-Za-z0-9._-]{1,128}$/;
function slugViolations(slug) {
    if (SLUG_PATTERN.test(slug))
        return [];
    return [
        (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('A', 'SLUG_INVALID', 'dataset-slug', `dataset-slug "${slug}" must be lowercase a-z, 0-9 and _, start with a letter, and be at most 64 characters (for example "river_gauges").`)
    ];
}
function specHashOf(evidence) {
    const { specHash: given, specHashFromSpec: fromSpec } = evidence;
    if (given !== undefined && !_model_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .DIGEST_PATTERN */ .WA.test(given)) {
        const message = `spec-hash "${given}" must be sha256: followed by 64 lowercase hex characters.`;
        return { violations: [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('A', 'SPEC_HASH_INVALID', 'spec-hash', message)] };
    }
    if (given !== undefined && fromSpec !== undefined && given !== fromSpec) {
        const message = `spec-hash ${given} disagrees with the spec document, whose canonical (RFC 8785) digest is ${fromSpec}; drop spec-hash or fix the spec.`;
        return { violations: [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('A', 'SPEC_HASH_MISMATCH', 'spec-hash', message)] };
    }
    const value = fromSpec ?? given;
    if (value !== undefined || evidence.specUnreadable)
        return { value, violations: [] };
    const message = 'No spec_hash can be computed: give the dataset spec document (spec) or its hash (spec-hash).';
    return { violations: [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('A', 'SPEC_MISSING', 'spec', message)] };
}
function releasedAtOf(evidence) {
    if (evidence.releasedAt === undefined) {
        const message = 'released-at is not given and there is no git commit to take it from; set released-at (RFC 3339, for example 2026-02-20T13:00:00Z) or run in a git checkout.';
        return { violations: [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('A', 'RELEASED_AT_MISSING', 'released-at', message)] };
    }
    const parsed = (0,_model_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTimestamp */ .E)(evidence.releasedAt);
    if (parsed.ok)
        return { value: { utc: parsed.utc, instant: parsed.instant }, violations: [] };
    const origin = evidence.releasedAtSource === 'commit' ? 'The commit time' : 'released-at';
    const message = `${origin} ${parsed.reason}.`;
    return { violations: [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('A', 'RELEASED_AT_INVALID', 'released-at', message)] };
}
/** A given id is checked against spec_hash; none given, it is derived (DECISIONS.md). */
function versionIdOf(given, specHash, releasedAt) {
    if (given === undefined) {
        if (specHash === undefined || releasedAt === undefined)
            return { violations: [] };
        const hex = specHash.slice('sha256:'.length, 'sha256:'.length + 8);
        return { value: `${releasedAt.slice(0, 7)}.${hex}`, violations: [] };
    }
    const derivedShape = DERIVED_VERSION_PATTERN.exec(given);
    if (derivedShape && specHash !== undefined && !specHash.startsWith(`sha256:${derivedShape[3]}`)) {
        const message = `dataset-version-id "${given}" ends in ${derivedShape[3]}, which is not the start of spec_hash ${specHash}; the spec changed since the version was named, so derive the id again (leave dataset-version-id empty).`;
        return { violations: [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('A', 'VERSION_ID_MISMATCH', 'dataset-version-id', message)] };
    }
    if (derivedShape || FREE_VERSION_PATTERN.test(given))
        return { value: given, violations: [] };
    const message = `dataset-version-id "${given}" must be YYYY-MM. and 8 hex characters of spec_hash, or 1 to 128 characters of A-Z, a-z, 0-9, ".", "_" and "-".`;
    return { violations: [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('A', 'VERSION_ID_INVALID', 'dataset-version-id', message)] };
}
/**
 * The version id a run would derive from the spec and released_at, or the violations that stop
 * it. The `version-id` command prints it, so a pipeline can write it into its run receipts before
 * the gate runs (DECISIONS.md: the month is the month the version was cut).
 */
function derivedVersionId(evidence) {
    const { spec } = evidence;
    const specHash = specHashOf({
        specHash: evidence.specHash,
        specHashFromSpec: spec?.readable ? spec.specHash : undefined,
        specUnreadable: spec !== undefined && !spec.readable
    });
    const releasedAt = releasedAtOf(evidence);
    const violations = [...specHash.violations, ...releasedAt.violations];
    if (spec && !spec.readable)
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('A', 'SPEC_INVALID', spec.path, spec.message, spec.line));
    const versionId = versionIdOf(undefined, specHash.value, releasedAt.value?.utc);
    return violations.length > 0 ? { violations } : { value: versionId.value, violations };
}
function checkIdentity(evidence) {
    const specHash = specHashOf(evidence);
    const releasedAt = releasedAtOf(evidence);
    const versionId = versionIdOf(evidence.datasetVersionId, specHash.value, releasedAt.value?.utc);
    return {
        specHash: specHash.value,
        datasetVersionId: versionId.value,
        releasedAt: releasedAt.value?.utc,
        releasedInstant: releasedAt.value?.instant,
        violations: [
            ...slugViolations(evidence.datasetSlug),
            ...specHash.violations,
            ...releasedAt.violations,
            ...versionId.violations
        ]
    };
}
/** The identity the evidence gives; gates C and E use it too, so it is computed, not passed. */
function identityOf(evidence) {
    const spec = evidence.spec;
    return checkIdentity({
        datasetSlug: evidence.datasetSlug,
        datasetVersionId: evidence.given.datasetVersionId,
        specHash: evidence.given.specHash,
        specHashFromSpec: spec?.readable ? spec.specHash : undefined,
        specUnreadable: spec !== undefined && !spec.readable,
        releasedAt: evidence.given.releasedAt,
        releasedAtSource: evidence.releasedAtSource
    });
}
const gateA = {
    letter: 'A',
    check(evidence) {
        const identity = identityOf(evidence);
        const violations = [...identity.violations];
        const checked = [];
        const spec = evidence.spec;
        if (spec && !spec.readable)
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_1__/* .violation */ .Qf)('A', 'SPEC_INVALID', spec.path, spec.message, spec.line));
        else if (spec)
            checked.push(`spec_hash from ${spec.path} (RFC 8785)`);
        if (identity.releasedAt)
            checked.push(`released_at ${identity.releasedAt} (from ${evidence.releasedAtSource === 'commit' ? 'the commit' : 'input'})`);
        return { violations, checked };
    }
};


/***/ }),

/***/ 5844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dj: () => (/* binding */ DEFAULT_REQUIRED_APPROVALS),
/* harmony export */   bw: () => (/* binding */ POLICY_LABELS),
/* harmony export */   cz: () => (/* binding */ policyDecisionOf),
/* harmony export */   hZ: () => (/* binding */ gateC),
/* harmony export */   mh: () => (/* binding */ approvalsOf)
/* harmony export */ });
/* unused harmony exports inheritedRoles, checkApprovals, judgePolicyDecision, judgeApprovals, checkObligationsRecorded */
/* harmony import */ var _model_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7979);
/* harmony import */ var _model_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(816);
/* harmony import */ var _model_violation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6078);
/* harmony import */ var _a_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6610);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4003);





/** Roles required per policy label when the workflow says nothing (DECISIONS.md, "Approvals"). */
const DEFAULT_REQUIRED_APPROVALS = {
    public: [],
    internal: ['steward'],
    restricted: ['steward'],
    confidential: ['steward']
};
/** Each approval once per role and principal, and none dated after the release. */
function approvalViolations(evidence, where) {
    const violations = [];
    const seen = new Set();
    for (const approval of evidence.approvals) {
        const key = `${approval.role}\u0000${approval.principal}`;
        if (seen.has(key)) {
            const message = `${approval.principal} approves as ${approval.role} more than once; keep one approval.`;
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('C', 'APPROVAL_DUPLICATE', where, message, approval.line));
        }
        seen.add(key);
        if (approval.approvedInstant > evidence.releasedInstant) {
            const message = `The ${approval.role} approval by ${approval.principal} (${approval.approvedAt}) comes after released_at ${evidence.releasedAt}, so it cannot have authorised this release; approve again and release after it.`;
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('C', 'APPROVAL_AFTER_RELEASE', where, message, approval.line));
        }
    }
    return violations;
}
/** The roles the base branch's label requires that the new label does not (none if unchanged). */
function inheritedRoles(evidence) {
    const { baseLabel, policyLabel, required } = evidence;
    if (baseLabel === undefined || baseLabel === policyLabel)
        return [];
    const own = required[policyLabel] ?? [];
    return (required[baseLabel] ?? []).filter((role) => !own.includes(role));
}
function checkApprovals(evidence) {
    const where = evidence.path ?? 'approvals';
    const violations = approvalViolations(evidence, where);
    const counted = (role) => evidence.approvals.some((a) => a.role === role && a.approvedInstant <= evidence.releasedInstant);
    const none = evidence.path ? ` in ${evidence.path}` : ' (no approvals input was given)';
    for (const role of evidence.required[evidence.policyLabel] ?? []) {
        if (counted(role))
            continue;
        const message = `The "${evidence.policyLabel}" label requires a ${role} approval given at or before ${evidence.releasedAt}, and there is none${none}.`;
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('C', 'APPROVAL_MISSING', where, message));
    }
    for (const role of inheritedRoles(evidence)) {
        if (counted(role))
            continue;
        const message = `The label is "${evidence.policyLabel}" here but "${evidence.baseLabel}" on the base branch, and a change of label needs the approvals the old label requires: there is no ${role} approval given at or before ${evidence.releasedAt}${none}. Get the ${role} approval, or keep the label "${evidence.baseLabel}".`;
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('C', 'POLICY_LABEL_LOWERED', where, message));
    }
    return violations;
}
const POLICY_LABELS = ['public', 'internal', 'restricted', 'confidential'];
const DECISION_ID = /^kfm:\/\/policy_decision\/\S+$/;
/** The decision the document states, with the violations of its fields and of its verdict. */
/** The obligations the decision lists, each with an id and a type, and the malformed ones. */
function obligationsOf(document, obligations) {
    const { path } = document;
    if (obligations !== undefined && !Array.isArray(obligations)) {
        const message = `${path}: "obligations" must be an array of {"id", "type"} objects.`;
        const line = document.lineOf(['obligations']) ?? 1;
        return { violations: [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('C', 'POLICY_DECISION_INVALID', path, message, line)] };
    }
    const value = [];
    const violations = [];
    (obligations ?? []).forEach((item, index) => {
        const { id, type } = (0,_model_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(item) ? item : {};
        if (typeof id === 'string' && id !== '' && typeof type === 'string' && type !== '') {
            value.push({ id, type });
            return;
        }
        const message = `${path}: obligation ${index} needs a non-empty string "id" and "type".`;
        const line = document.lineOf(['obligations', index]);
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('C', 'OBLIGATION_INVALID', path, message, line));
    });
    return { value, violations };
}
/** The fields of a decision, each checked; a field that is wrong is one violation. */
function fieldViolations(document, fields) {
    const { path } = document;
    const at = (field) => document.lineOf([field]) ?? 1;
    const { decision_id: decisionId, policy_label: label, decision } = fields;
    const violations = [];
    if (typeof decisionId !== 'string' || !DECISION_ID.test(decisionId)) {
        const message = `${path}: "decision_id" must be a string like "kfm://policy_decision/<id>".`;
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('C', 'DECISION_ID_INVALID', path, message, at('decision_id')));
    }
    if (!isPolicyLabel(label)) {
        const message = `${path}: "policy_label" must be one of ${POLICY_LABELS.join(', ')}${label === undefined ? '' : `, not ${JSON.stringify(label)}`}.`;
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('C', 'POLICY_LABEL_UNKNOWN', path, message, at('policy_label')));
    }
    if (decision !== 'allow' && decision !== 'deny') {
        const message = `${path}: "decision" must be "allow" or "deny".`;
        violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('C', 'DECISION_INVALID', path, message, at('decision')));
    }
    return violations;
}
function isPolicyLabel(label) {
    return typeof label === 'string' && POLICY_LABELS.includes(label);
}
/**
 * The decision the document states, with the violations of its fields and of its verdict. A
 * decision with well-formed fields has a value even when it denies or lacks obligations.
 */
function judgePolicyDecision(document) {
    const { path } = document;
    const fields = document.value;
    if (!(0,_model_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(fields)) {
        const message = `${path} must be a JSON object with decision_id, policy_label, decision and obligations.`;
        return { violations: [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('C', 'POLICY_DECISION_INVALID', path, message, 1)] };
    }
    const obligations = obligationsOf(document, fields.obligations);
    const malformed = [...fieldViolations(document, fields), ...obligations.violations];
    const { decision_id: decisionId, policy_label: label, decision } = fields;
    const verdict = [];
    if (decision === 'deny') {
        const message = `The policy decision ${String(decisionId)} is "deny"; only "allow" promotes. Ask the policy owner for a new decision.`;
        const line = document.lineOf(['decision']) ?? 1;
        verdict.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('C', 'POLICY_DENIED', path, message, line));
    }
    if (isPolicyLabel(label) && label !== 'public' && (obligations.value ?? []).length === 0) {
        const message = `The label "${label}" needs at least one recorded obligation (for example a generalisation or redaction plan) in "obligations".`;
        const line = document.lineOf(['policy_label']) ?? 1;
        verdict.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('C', 'OBLIGATIONS_MISSING', path, message, line));
    }
    const violations = [...malformed, ...verdict];
    if (malformed.length > 0)
        return { violations };
    const value = {
        decisionId: decisionId,
        policyLabel: label,
        decision: decision,
        obligations: obligations.value ?? [],
        path,
        digest: document.digest
    };
    return { value, violations };
}
/** The approvals the document records, each checked for its fields and its time. */
function judgeApprovals(document) {
    const violations = [];
    if (!Array.isArray(document.value)) {
        return {
            violations: [
                (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('C', 'APPROVALS_INVALID', document.path, `${document.path} must be a JSON array of {"role", "principal", "approved_at"} objects.`, 1)
            ]
        };
    }
    const approvals = [];
    document.value.forEach((item, index) => {
        const line = document.lineOf([index]);
        if (!(0,_model_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(item) ||
            typeof item.role !== 'string' ||
            item.role.trim() === '' ||
            typeof item.principal !== 'string' ||
            item.principal.trim() === '') {
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('C', 'APPROVALS_INVALID', document.path, `${document.path}: approval ${index} needs a non-empty string "role" and "principal".`, line));
            return;
        }
        const unknown = Object.keys(item).filter((k) => !['role', 'principal', 'approved_at'].includes(k));
        if (unknown.length > 0) {
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('C', 'APPROVALS_INVALID', document.path, `${document.path}: approval ${index} has unknown field(s) ${unknown.join(', ')}; allowed are role, principal, approved_at.`, line));
            return;
        }
        const time = typeof item.approved_at === 'string' ? (0,_model_time_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTimestamp */ .E)(item.approved_at) : undefined;
        if (!time || !time.ok) {
            const reason = time
                ? `: ${time.reason}`
                : ' is missing; give an RFC 3339 time like 2026-02-20T12:59:00Z';
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('C', 'APPROVAL_TIME_INVALID', document.path, `${document.path}: approval ${index} "approved_at"${reason}.`, document.lineOf([index, 'approved_at']) ?? line));
            return;
        }
        approvals.push({
            role: item.role,
            principal: item.principal,
            approvedAt: time.utc,
            approvedInstant: time.instant,
            line
        });
    });
    return { value: approvals, violations };
}
function checkObligationsRecorded(obligations, documents, decisionPath) {
    const activities = documents.flatMap((d) => d.prov?.activities ?? []);
    // With no PROV read at all, no obligation can be in it: PROV_MISSING says why.
    const about = documents.some((d) => d.prov) ? undefined : { absent: 'prov' };
    return obligations
        .filter((obligation) => !activities.some((activity) => activity.values.includes(obligation.id)))
        .map((obligation) => (0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('C', 'OBLIGATION_NOT_IN_PROV', decisionPath, `The ${obligation.type} obligation ${obligation.id} is recorded by no PROV activity; add the activity that carried it out, with "kfm:obligation": "${obligation.id}".`, undefined, about));
}
/** The policy decision of the evidence, when one was given and its fields are well formed. */
function policyDecisionOf(evidence) {
    const document = evidence.policyDecision;
    return document?.readable ? judgePolicyDecision(document).value : undefined;
}
/** The approvals file judged, when one was given and could be read. */
function fileApprovals(evidence) {
    const document = evidence.approvals;
    return document?.readable ? judgeApprovals(document) : undefined;
}
/** Every approval that counts as evidence: the file's well-formed ones, then the reviews'. */
function approvalsOf(evidence, fromFile = fileApprovals(evidence)) {
    return [...(fromFile?.value ?? []), ...(evidence.reviewApprovals?.approvals ?? [])];
}
function judgeDecision(evidence, checked) {
    const document = evidence.policyDecision;
    if (!document) {
        const message = (0,_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .missingInput */ .f)('only an "allow" policy decision promotes', 'policy-decision');
        return { violations: [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('C', 'POLICY_DECISION_MISSING', 'policy-decision', message)] };
    }
    if (!document.readable) {
        const { path, message, line } = document;
        return { violations: [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('C', 'POLICY_DECISION_INVALID', path, message, line)] };
    }
    const judged = judgePolicyDecision(document);
    const policy = judged.value;
    if (policy)
        checked.push(`policy decision ${policy.decisionId}: ${policy.decision}, label ${policy.policyLabel}`);
    return judged;
}
/**
 * The label of the base branch's copy of the decision, the one field read from it; undefined when
 * no copy was given, or none is there (the dataset is new on the branch, which the log says).
 */
function judgeBaseLabel(evidence, checked) {
    const document = evidence.basePolicyDecision;
    if (!document)
        return undefined;
    const { path } = document;
    if (!document.readable && document.absent) {
        checked.push(`no policy decision on the base branch (${path}): the dataset is new there, so no change of label is checked`);
        return undefined;
    }
    const cannotTell = 'so whether this pull request lowers the label cannot be told; fix the decision on the base branch first';
    if (!document.readable) {
        const message = `The base branch's policy decision cannot be read (${document.message}), ${cannotTell}.`;
        return { violations: [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('C', 'POLICY_DECISION_INVALID', path, message, document.line)] };
    }
    const label = (0,_model_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(document.value) ? document.value.policy_label : undefined;
    if (!isPolicyLabel(label)) {
        const message = `The base branch's policy decision ${path} has no "policy_label" of ${POLICY_LABELS.join(', ')}, ${cannotTell}.`;
        const line = document.lineOf(['policy_label']) ?? 1;
        return { violations: [(0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('C', 'POLICY_DECISION_INVALID', path, message, line)] };
    }
    return { value: label, violations: [] };
}
/** What the log says of the label against the base branch's, and of the roles that follow. */
function labelChange(approvals) {
    const { baseLabel, policyLabel } = approvals;
    if (baseLabel === undefined)
        return undefined;
    if (baseLabel === policyLabel)
        return `label unchanged from the base branch (${baseLabel})`;
    const inherited = inheritedRoles(approvals);
    return inherited.length
        ? `label lowered from ${baseLabel} on the base branch to ${policyLabel}: the approvals ${baseLabel} requires are required too (${inherited.join(', ')})`
        : `label changed from ${baseLabel} on the base branch to ${policyLabel}`;
}
/** The approvals the label (and the base branch's label) requires, checked at released_at. */
function approvalChecks(evidence, policy, baseLabel, fromFile, checked) {
    const identity = (0,_a_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .identityOf */ .cu)(evidence);
    if (identity.releasedAt === undefined || identity.releasedInstant === undefined)
        return [];
    const approvals = {
        approvals: approvalsOf(evidence, fromFile),
        path: evidence.approvals?.path ?? evidence.reviewApprovals?.source,
        policyLabel: policy.policyLabel,
        ...(baseLabel === undefined ? {} : { baseLabel }),
        required: evidence.requiredApprovals,
        releasedAt: identity.releasedAt,
        releasedInstant: identity.releasedInstant
    };
    const roles = evidence.requiredApprovals[policy.policyLabel] ?? [];
    checked.push(roles.length
        ? `required approvals for ${policy.policyLabel}: ${roles.join(', ')}`
        : `no approval required for ${policy.policyLabel}`);
    const change = labelChange(approvals);
    if (change)
        checked.push(change);
    return checkApprovals(approvals);
}
const gateC = {
    letter: 'C',
    check(evidence) {
        const checked = [];
        const { value: policy, violations } = judgeDecision(evidence, checked);
        const file = evidence.approvals;
        if (file && !file.readable)
            violations.push((0,_model_violation_js__WEBPACK_IMPORTED_MODULE_0__/* .violation */ .Qf)('C', 'APPROVALS_INVALID', file.path, file.message, file.line));
        const fromFile = fileApprovals(evidence);
        violations.push(...(fromFile?.violations ?? []));
        const reviews = evidence.reviewApprovals;
        if (reviews)
            checked.push(`${reviews.approvals.length} approval(s) from ${reviews.source}`);
        const base = judgeBaseLabel(evidence, checked);
        violations.push(...(base?.violations ?? []));
        if (policy) {
            violations.push(...approvalChecks(evidence, policy, base?.value, fromFile, checked));
            const documents = evidence.catalogDocuments.documents;
            violations.push(...checkObligationsRecorded(policy.obligations, documents, policy.path));
            if (policy.obligations.length > 0)
                checked.push(`${policy.obligations.length} obligation(s) recorded in PROV`);
        }
        return { violations, checked };
    }
};


/***/ }),

/***/ 4003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ missingInput)
/* harmony export */ });
/** The violation an absent required input gets: promotion fails closed without it. */
function missingInput(what, input) {
    return `${input} is not given; ${what}. Promotion fails closed without it.`;
}


/***/ }),

/***/ 5305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WA: () => (/* binding */ DIGEST_PATTERN),
/* harmony export */   Yb: () => (/* binding */ sha256DigestOfPieces),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// The digest notation every hash of the product uses (DECISIONS.md, "Digests and canonical form").

const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;
/** `sha256:` + 64 lowercase hex characters: the only digest form DECISIONS.md accepts. */
function sha256Digest(bytes) {
    // One-shot: no Hash object per call, which counts for 100,000 small catalog files.
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', bytes, 'hex')}`;
}
/** The digest of the text the pieces make, without joining them (see jsonPieces). */
function sha256DigestOfPieces(pieces) {
    const running = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const piece of pieces)
        running.update(piece, 'utf8');
    return `sha256:${running.digest('hex')}`;
}


/***/ }),

/***/ 1051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ GATES)
/* harmony export */ });
// The gates of the promotion contract (promotion-manifest-generator.md, "Promotion Contract mapping").
const GATES = {
    A: 'Identity and versioning',
    B: 'Licensing and rights',
    C: 'Sensitivity and policy decision',
    D: 'Catalog triplet',
    E: 'Inventory, digests and run receipts',
    F: 'Contract: QA, evidence and manifest schema',
    G: 'Production posture'
};


/***/ }),

/***/ 7979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mx: () => (/* binding */ jsonPieces),
/* harmony export */   s$: () => (/* binding */ jsonText),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony export jsonArrayWithin */
// Shapes of the JSON data model that every reader asks about.
/** A JSON object (not null, not an array). */
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** A JSON file's text as this project writes every one: two-space indented, a final newline. */
function jsonText(value) {
    const [json, newline] = jsonPieces(value);
    return `${json}${newline}`;
}
/**
 * jsonText as its two pieces, the JSON and the final newline. A large text is hashed and written
 * piece by piece: joined into one string, 50 MB of JSON would be copied whole to add one byte.
 */
function jsonPieces(value) {
    return [JSON.stringify(value, null, 2), '\n'];
}
/**
 * The first items, as a compact JSON array of at most `bytes` bytes: how an output that lists
 * things stays under GitHub's 1 MB limit however many there are (a count says how many in all).
 */
function jsonArrayWithin(items, bytes) {
    const parts = [];
    let used = 2;
    for (const item of items) {
        const part = JSON.stringify(item);
        used += Buffer.byteLength(part) + 1;
        if (used > bytes)
            break;
        parts.push(part);
    }
    return `[${parts.join(',')}]`;
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

/***/ 9179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ nearestNames),
/* harmony export */   q: () => (/* binding */ nearestName)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1916);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6553);
// The known names nearest a mistyped one, for "did you mean" answers: Levenshtein distance
// (fastest-levenshtein), and only names within a third of the typed name's length, so a name
// that resembles nothing gets no suggestion.


/** Every one of `known` at the least distance from `typed`, if that is close; in their order. */
function nearestNames(typed, known) {
    let best = [];
    let bestDistance = Math.ceil(typed.length / 3) + 1;
    for (const name of known) {
        const d = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(typed, name);
        if (d < bestDistance)
            [best, bestDistance] = [[name], d];
        else if (d === bestDistance)
            best.push(name);
    }
    return best;
}
/** The closest of `known` to `typed`, or undefined when none is close; ties go to byte order. */
function nearestName(typed, known) {
    return nearestNames(typed, known).sort(_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n)[0];
}


/***/ }),

/***/ 6553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ compareText)
/* harmony export */ });
// The one order of the product: paths, violations and lists sort by UTF-8 bytes (DECISIONS.md,
// "Inventory").
/**
 * Compares by UTF-8 bytes, the order DECISIONS.md fixes for paths, without encoding: UTF-8 byte
 * order is code point order, which is UTF-16 code unit order once surrogates (U+D800-DFFF) are
 * moved above U+E000-FFFF, as the supplementary characters they encode sort there.
 */
function compareText(a, b) {
    if (a === b)
        return 0;
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x !== y) {
            const rankX = x < 0xd800 ? x : x >= 0xe000 ? x - 0x800 : x + 0x2000;
            const rankY = y < 0xd800 ? y : y >= 0xe000 ? y - 0x800 : y + 0x2000;
            return rankX - rankY;
        }
    }
    return a.length - b.length;
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

/***/ 9498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ invisibleIn),
/* harmony export */   MY: () => (/* binding */ unprintableIn),
/* harmony export */   et: () => (/* binding */ printableJson),
/* harmony export */   g$: () => (/* binding */ printable)
/* harmony export */ });
/* unused harmony export plainName */
// Text from outside the action (file names, document values, API answers) made safe to print on
// one line. Escaped as visible \uXXXX:
// - control characters and line separators, so a file name can never end a log line and start
//   a workflow command on the next;
// - white space other than the plain space (the runner trims Unicode white space before a
//   `::command::`, so a line that begins with U+3000 `::error::` would still be a command);
// - bidirectional and invisible controls (U+200B-U+200F, U+202A-U+202E, U+2060-U+2069,
//   U+FEFF), which make a name read as another;
// - the second `#` of `##[`, the runner's legacy command form, which it honours anywhere in a
//   line.
// Lone surrogates become U+FFFD. Strings shaped like credentials are redacted, glued to other
// text or not: a token pasted into a document must not reach the summary, an output or a
// pull-request comment, which the runner's log masking does not cover.
// Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const WHITE_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
const ESCAPED = new RegExp(`${CONTROL.source}|${WHITE_SPACE.source}|${INVISIBLE.source}|(?<=#)#(?=\\[)`, 'g');
const CREDENTIAL = new RegExp([
    /gh[pousr]_[A-Za-z0-9]{36,}/, // GitHub tokens
    /github_pat_[A-Za-z0-9_]{22,}/, // GitHub fine-grained tokens
    /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/, // JWTs (the runtime token)
    /(?:AKIA|ASIA)[0-9A-Z]{16}/, // AWS access keys
    /sig=[A-Za-z0-9%+/=]{20,}/ // Azure SAS signatures
]
    .map((r) => r.source)
    .join('|'), 'g');
const escape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
function printable(text) {
    return text.toWellFormed().replace(CREDENTIAL, '[redacted]').replace(ESCAPED, escape);
}
/** The first control character or line separator that `printable` would escape, if any. */
function unprintableIn(text) {
    return CONTROL.exec(text)?.[0];
}
/** The first bidirectional or invisible control in a text, if any: refused in file names. */
function invisibleIn(text) {
    return INVISIBLE.exec(text)?.[0];
}
/**
 * A name made plain where it cannot be escaped, because another library prints it as it is (the
 * artifact client logs the artifact's name): every character `printable` would escape, and the
 * second `#` of `##[`, becomes `-`.
 */
function plainName(text) {
    return text.toWellFormed().replace(ESCAPED, '-');
}
/**
 * JSON text whose every line is safe to print in a step's log, parsing back to the same value:
 * what `printable` escapes is written as a JSON `\uXXXX` escape instead (line separators, white
 * space other than the space, invisible and bidirectional controls, the second `#` of `##[`);
 * JSON.stringify already escapes the control characters. Nothing is redacted: the value is kept.
 */
function printableJson(value, indent = 2) {
    return JSON.stringify(value, null, indent).replace(new RegExp(`[\\u2028\\u2029]|${WHITE_SPACE.source}|${INVISIBLE.source}|(?<=#)#(?=\\[)`, 'g'), escape);
}


/***/ }),

/***/ 816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseTimestamp)
/* harmony export */ });
/* unused harmony export formatUtc */
// RFC 3339 timestamps: parsed strictly (real calendar dates, explicit offsets), written in UTC
// with a Z suffix and seconds precision, as DECISIONS.md ("Time") requires.
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;
/** Seconds from year 0000 to 1970, so that every key's seconds are non-negative. */
const YEAR_ZERO_TO_EPOCH_S = 62_167_219_200;
function daysInMonth(year, month) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}
/** Parses an RFC 3339 date-time; the reason says what is wrong in words a user can act on. */
function parseTimestamp(text) {
    const m = RFC3339.exec(text);
    if (!m) {
        return {
            ok: false,
            reason: `"${text}" is not an RFC 3339 date-time; write it like 2026-02-20T13:00:00Z`
        };
    }
    const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
    if (month < 1 || month > 12)
        return { ok: false, reason: `"${text}" has no month ${month}` };
    if (day < 1 || day > daysInMonth(year, month)) {
        return { ok: false, reason: `"${text}" is not a real date: ${year}-${m[2]} has no day ${day}` };
    }
    if (hour > 23 || minute > 59) {
        return { ok: false, reason: `"${text}" is not a real time of day` };
    }
    if (second > 59) {
        return {
            ok: false,
            reason: `"${text}" has a leap second or second ${second}; leap seconds are not accepted, write :59`
        };
    }
    const offsetSign = m[8] === 'Z' || m[8] === 'z' ? 0 : m[8].startsWith('-') ? -1 : 1;
    const offsetHours = Number(m[9] ?? 0);
    const offsetMinutes = Number(m[10] ?? 0);
    if (offsetHours > 23 || offsetMinutes > 59) {
        return { ok: false, reason: `"${text}" has an impossible UTC offset` };
    }
    const local = new Date(0);
    local.setUTCFullYear(year, month - 1, day);
    local.setUTCHours(hour, minute, second, 0);
    const epochS = (local.getTime() - offsetSign * (offsetHours * 60 + offsetMinutes) * 60_000) / 1000;
    const utcYear = new Date(epochS * 1000).getUTCFullYear();
    if (utcYear < 0 || utcYear > 9999) {
        return { ok: false, reason: `"${text}" is in year ${utcYear} in UTC, outside 0000-9999` };
    }
    // Offsets are whole minutes, so the fraction of a second is the same in every zone.
    const digits = (m[7] ?? '').slice(1).replace(/0+$/, '');
    const epochMs = epochS * 1000 + Math.floor(Number(`0.${digits || '0'}`) * 1000);
    const instant = `${String(epochS + YEAR_ZERO_TO_EPOCH_S).padStart(12, '0')}.${digits}`;
    return { ok: true, epochMs, utc: formatUtc(epochMs), instant };
}
/** `2026-02-20T13:00:00Z`: UTC, seconds precision (fractions are cut, not rounded). */
function formatUtc(epochMs) {
    const d = new Date(Math.floor(epochMs / 1000) * 1000);
    const year = d.getUTCFullYear();
    if (year < 0 || year > 9999)
        throw new RangeError(`year ${year} cannot be written in RFC 3339`);
    const pad = (n, w = 2) => String(n).padStart(w, '0');
    return (`${pad(year, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
        `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z`);
}


/***/ }),

/***/ 6078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $7: () => (/* binding */ sortViolations),
  Qf: () => (/* binding */ violation),
  _Y: () => (/* binding */ withoutAbout)
});

// UNUSED EXPORTS: GATES

;// CONCATENATED MODULE: ./src/model/codes.ts
const CODES = {
    SLUG_INVALID: 'A',
    SPEC_MISSING: 'A',
    SPEC_INVALID: 'A',
    SPEC_HASH_INVALID: 'A',
    SPEC_HASH_MISMATCH: 'A',
    VERSION_ID_INVALID: 'A',
    VERSION_ID_MISMATCH: 'A',
    RELEASED_AT_MISSING: 'A',
    RELEASED_AT_INVALID: 'A',
    RELEASE_CONFLICT: 'A',
    RELEASE_ROLLBACK: 'A',
    LICENSE_MISSING: 'B',
    LICENSE_INVALID: 'B',
    POLICY_DECISION_MISSING: 'C',
    POLICY_DECISION_INVALID: 'C',
    POLICY_DENIED: 'C',
    DECISION_INVALID: 'C',
    POLICY_LABEL_UNKNOWN: 'C',
    DECISION_ID_INVALID: 'C',
    OBLIGATIONS_MISSING: 'C',
    OBLIGATION_INVALID: 'C',
    OBLIGATION_NOT_IN_PROV: 'C',
    APPROVALS_INVALID: 'C',
    APPROVAL_TIME_INVALID: 'C',
    APPROVAL_DUPLICATE: 'C',
    APPROVAL_AFTER_RELEASE: 'C',
    APPROVAL_MISSING: 'C',
    POLICY_LABEL_LOWERED: 'C',
    CATALOG_INVALID: 'D',
    CATALOG_UNRECOGNISED: 'D',
    STAC_INVALID: 'D',
    JSONLD_INVALID: 'D',
    PROV_INVALID: 'D',
    DCAT_MISSING: 'D',
    STAC_MISSING: 'D',
    PROV_MISSING: 'D',
    LINK_OUTSIDE_ROOT: 'D',
    LINK_UNRESOLVED: 'D',
    CHECKSUM_UNSUPPORTED: 'D',
    CHECKSUM_MISMATCH: 'D',
    PROV_ENTITY_MISSING: 'D',
    PROV_DIGEST_MISMATCH: 'D',
    PROV_NOT_GENERATED: 'D',
    PROV_ACTIVITY_UNDECLARED: 'D',
    REMOTE_ASSET_UNKNOWN: 'D',
    REMOTE_ASSET_UNVERIFIED: 'D',
    REMOTE_ASSET_MISMATCH: 'D',
    REMOTE_ASSET_UNREADABLE: 'D',
    PATTERN_OUTSIDE_ROOT: 'E',
    PATTERN_MATCHES_NOTHING: 'E',
    NO_PATTERNS: 'E',
    PATH_OUTSIDE_ROOT: 'E',
    SYMLINK_DANGLING: 'E',
    SYMLINK_LOOP: 'E',
    GLOB_FAILED: 'E',
    FILE_UNREADABLE: 'E',
    PRECOMPUTED_INVALID: 'E',
    DIGEST_INVALID: 'E',
    DIGEST_MISMATCH: 'E',
    DUPLICATE_PATH: 'E',
    PATH_COLLISION: 'E',
    PATH_UNSAFE: 'E',
    RECEIPTS_MISSING: 'E',
    RECEIPT_INVALID: 'E',
    RECEIPT_VERSION_MISMATCH: 'E',
    RECEIPT_NOT_PASSED: 'E',
    RECEIPT_DIGEST_MISMATCH: 'E',
    ARTIFACT_WITHOUT_RECEIPT: 'E',
    FILE_MISSING: 'E',
    FILE_UNLISTED: 'E',
    SHARD_MISSING: 'E',
    SHARD_INVALID: 'E',
    SHARD_MISMATCH: 'E',
    LEDGER_UNREADABLE: 'E',
    LEDGER_RECORD_INVALID: 'E',
    LEDGER_CHAIN_BROKEN: 'E',
    LEDGER_SEQUENCE_BROKEN: 'E',
    LEDGER_TIME_REVERSED: 'E',
    LEDGER_RECORD_CONFLICT: 'E',
    LEDGER_TIP_MISMATCH: 'E',
    LFS_POINTER: 'E',
    LFS_OBJECT_MISSING: 'E',
    STORE_EMPTY: 'E',
    STORE_NESTED: 'E',
    STORE_PATTERN_MATCHES_FILE: 'E',
    QA_REPORT_MISSING: 'F',
    QA_REPORT_INVALID: 'F',
    QA_STATUS_INVALID: 'F',
    QA_NOT_PASSED: 'F',
    EVIDENCE_UNRESOLVED: 'F',
    MANIFEST_SCHEMA: 'F',
    MANIFEST_UNREADABLE: 'F',
    MANIFEST_DIGEST_UNEXPECTED: 'F',
    SIDECAR_MISMATCH: 'F',
    SBOM_INVALID: 'G',
    ATTESTATION_INVALID: 'G'
};

// EXTERNAL MODULE: ./src/model/printable.ts
var printable = __webpack_require__(9498);
// EXTERNAL MODULE: ./src/model/order.ts
var order = __webpack_require__(6553);
// EXTERNAL MODULE: ./src/model/gate-letter.ts
var gate_letter = __webpack_require__(1051);
;// CONCATENATED MODULE: ./src/model/violation.ts



// A violation is a value, not an exception: every check returns them, the adapters report them
// all together, and any one of them blocks promotion.

function violation(gate, code, path, message, line, about) {
    if (CODES[code] !== gate)
        throw new Error(`bug: ${code} belongs to gate ${CODES[code]}, not ${gate}`);
    // Paths and messages quote file names and document values: printed on one line, always.
    const shown = { gate, code, path: (0,printable/* printable */.g$)(path), message: (0,printable/* printable */.g$)(message) };
    if (line !== undefined)
        shown.line = line;
    if (about !== undefined)
        shown.about = about;
    return shown;
}
/** A violation as the reports and the library give it: `about` serves only to link causes. */
function withoutAbout(v) {
    if (!v.about)
        return v;
    const { gate, code, path, message, line, causedBy } = v;
    const given = { gate, code, path, message };
    if (line !== undefined)
        given.line = line;
    if (causedBy !== undefined)
        given.causedBy = causedBy;
    return given;
}
/** Violations in a defined order, so reports are as deterministic as manifests. */
function sortViolations(violations) {
    return [...violations].sort((a, b) => (0,order/* compareText */.n)(a.gate, b.gate) ||
        (0,order/* compareText */.n)(a.path, b.path) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (0,order/* compareText */.n)(a.code, b.code) ||
        (0,order/* compareText */.n)(a.message, b.message));
}


/***/ }),

/***/ 9269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Un: () => (/* binding */ cliInputs),
/* harmony export */   mc: () => (/* binding */ INPUTS),
/* harmony export */   mm: () => (/* binding */ inputSpec)
/* harmony export */ });
/* unused harmony export camelCaseName */
// The one table of inputs: the action's inputs (action.yml) and the CLI's flags are both this
// list. `npm run inputs` writes action.yml's inputs and the README's input table from it (and the
// outputs from action-outputs.ts); tests fail when either differs, or the CLI's usage does.
/** Every input, with its default; action.yml and the CLI's --help say the same. */
const INPUTS = {
    mode: {
        modes: ['promote', 'verify', 'changed-datasets', 'inventory', 'publish'],
        kind: 'choice',
        choices: ['promote', 'verify', 'changed-datasets', 'inventory', 'publish'],
        actionOnly: true,
        default: 'promote',
        description: 'promote: build and check the manifest. verify: check a written manifest against the files (before publishing). changed-datasets: only output the changed-datasets matrix for the pull request (no manifest). inventory: hash one shard of the artifacts (shard: I/N) and upload its shard file as an artifact, for a later promote job with inventory-shards. publish: verify as verify does (expect-digest required), then publish the version as a GitHub release and append it to the ledger.'
    },
    datasets: {
        modes: ['changed-datasets'],
        kind: 'patterns',
        list: true,
        actionOnly: true,
        description: 'Dataset root globs, workspace-relative, one per line (e.g. datasets/*). A matched directory with a spec.yaml, spec.yml or spec.json is a dataset.'
    },
    'allow-removals': {
        modes: ['changed-datasets'],
        kind: 'boolean',
        actionOnly: true,
        default: 'false',
        description: 'Whether the pull request may remove a dataset (delete its spec, or rename it away, leaving no spec in its root). false: a removal fails the step, naming the dataset and its changed paths. true: removals are listed in the summary and the removed-datasets output.'
    },
    'allow-outside-datasets': {
        modes: ['changed-datasets'],
        kind: 'boolean',
        actionOnly: true,
        default: 'false',
        description: 'Whether the pull request may change paths the datasets globs cover (a matched directory or anything under one) that lie in no dataset. false: such a change fails the step, naming the paths. true: they are listed in the summary and the outside-datasets output.'
    },
    'github-token': {
        modes: ['promote', 'changed-datasets', 'publish'],
        kind: 'secret',
        actionOnly: true,
        default: '${{ github.token }}',
        description: 'Token for the GitHub API (pull-request files, reviews, head commit, comments). Needs pull-requests: read, or write for comment: true, and contents: read for released-at: pull-request.'
    },
    'approvals-from': {
        modes: ['promote'],
        kind: 'choice',
        choices: ['file', 'pull-request-reviews'],
        actionOnly: true,
        default: 'file',
        description: 'file: approvals come from the approvals input only. pull-request-reviews: approving reviews of the head commit count too, with roles from reviewer-roles.'
    },
    'reviewer-roles': {
        modes: ['promote'],
        kind: 'lines',
        list: true,
        actionOnly: true,
        description: 'Roles of reviewers, one "role: user, org/team" per line (e.g. "steward: alice, kfm/data-stewards"), for approvals-from: pull-request-reviews.'
    },
    'trusted-paths': {
        modes: ['promote'],
        kind: 'patterns',
        list: true,
        actionOnly: true,
        description: "On a pull request: the files that decide how the gate judges, workspace-relative patterns one per line (! excludes), added to the built-in ones (.github/workflows/**, .github/actions/**, CODEOWNERS anywhere, **/policy/**, **/approvals.json, action.yml, dist/**, and this run's policy-decision and approvals files). The pull request's changes to any of them are named in the job summary and the comment. Example: config/approvals/**."
    },
    comment: {
        modes: ['promote'],
        kind: 'boolean',
        actionOnly: true,
        default: 'false',
        description: 'On a pull request, keep one comment per dataset with the gate table and violations, updated in place on each push.'
    },
    'dataset-slug': {
        modes: ['promote', 'inventory'],
        kind: 'text',
        required: 'promote',
        description: 'Stable dataset identity: lowercase a-z, 0-9 and _, starting with a letter, at most 64 characters. Example: river_gauges.'
    },
    'dataset-version-id': {
        modes: ['promote'],
        kind: 'text',
        description: 'Dataset version id. Default: derived as YYYY-MM (from released-at, UTC) + "." + the first 8 hex characters of spec_hash, e.g. 2026-02.46e446c6. A given id in that shape must match spec_hash; any other must be 1 to 128 characters of A-Z, a-z, 0-9, ".", "_" and "-".'
    },
    'released-at': {
        modes: ['promote'],
        kind: 'time',
        description: "Release time, RFC 3339 (converted to UTC, seconds precision). Default: the commit time of the checked-out commit, never the run's clock, so a re-run gives the same manifest. Example: 2026-02-20T13:00:00Z. In the action on a pull request, pull-request: the later of the head commit's committer time (never later than the run's clock) and the last approving review of that commit, read from the API, so editing the pull request's title or labels does not move it."
    },
    spec: {
        modes: ['promote'],
        kind: 'file',
        description: 'The dataset spec document (JSON, or YAML by .yaml/.yml), workspace-relative; spec_hash is the SHA-256 of its RFC 8785 form. Example: datasets/river_gauges/spec.yaml.'
    },
    'spec-hash': {
        modes: ['promote'],
        kind: 'digest',
        description: 'spec_hash as sha256:<64 hex>, when no spec document is given; when both are given they must agree.'
    },
    root: {
        modes: ['promote', 'verify', 'inventory', 'publish'],
        kind: 'directory',
        default: '.',
        description: 'The dataset root, workspace-relative. Manifest paths and all patterns are relative to it. Example: datasets/river_gauges.'
    },
    artifacts: {
        modes: ['promote', 'inventory'],
        kind: 'patterns',
        list: true,
        description: 'Processed artifacts: newline-separated glob patterns relative to root (! excludes, # comments). Example: data/processed/**.'
    },
    stores: {
        modes: ['promote', 'inventory'],
        kind: 'patterns',
        list: true,
        default: '**/*.zarr',
        description: 'Directory stores among the artifacts: glob patterns of directories relative to root. A matched directory is one artifact, path with a trailing /, digest the in-toto dirHash of its files (docs/directory-stores.md). !** for none.'
    },
    shard: {
        modes: ['inventory', 'verify', 'publish'],
        kind: 'text',
        mode: 'inventory',
        description: 'inventory mode (CLI: inventory --shard): I/N, hash shard I of N of the artifacts (e.g. 2/4, from a matrix). Every shard lists all the files; a file is in shard (first 4 bytes of the SHA-256 of its root-relative path, big-endian) mod N + 1. verify mode (CLI: verify --shard): check only the listed files of shard I.'
    },
    'artifacts-shards': {
        modes: ['promote'],
        kind: 'file',
        list: true,
        description: 'Inventory shard files (from inventory --shard), one workspace-relative path per line: the artifacts inventory is their merge, checked whole (all N shards, one listing, disjoint parts), instead of hashing the artifacts here.'
    },
    'inventory-shards': {
        modes: ['promote'],
        kind: 'text',
        actionOnly: true,
        description: 'Downloads the artifacts of this workflow run whose names match this glob (e.g. promotion-inventory-river_gauges-shard-*), each checked against its digest, and merges their shard files as artifacts-shards does.'
    },
    'artifacts-manifest': {
        modes: ['promote'],
        kind: 'file',
        description: 'A precomputed artifact list (JSON array of {path, digest, media_type}, size allowed), verified against every file that is present. Not with artifacts-shards.'
    },
    lfs: {
        modes: ['promote', 'inventory'],
        kind: 'choice',
        choices: ['content', 'pointers'],
        default: 'content',
        description: 'What a Git LFS pointer among the artifacts stands for. content: the files must be checked out (actions/checkout with lfs: true); a pointer is LFS_POINTER. pointers: a pointer stands for its content (digest sha256:<oid>, size from the pointer), so the manifest is the one a full checkout gives; with github-token the LFS server is asked that every object exists (LFS_OBJECT_MISSING). Documents the gate reads are never taken from a pointer.'
    },
    'lfs-url': {
        modes: ['promote'],
        kind: 'text',
        actionOnly: true,
        description: "lfs: pointers: the Git LFS server to ask (requests go to <lfs-url>/objects/batch). Default: lfs.url from .lfsconfig (on a pull request, never the pull request's own .lfsconfig), else <server>/<owner>/<repo>.git/info/lfs."
    },
    catalogs: {
        modes: ['promote'],
        kind: 'patterns',
        list: true,
        description: 'Catalog triplet files (DCAT, STAC, PROV): newline-separated glob patterns relative to root. Example: catalog/**.'
    },
    'catalogs-manifest': {
        modes: ['promote'],
        kind: 'file',
        description: 'A precomputed catalog list, in the same format as artifacts-manifest.'
    },
    'qa-report': {
        modes: ['promote'],
        kind: 'file',
        description: 'QA report (JSON with a top-level status: pass, warn or fail), workspace-relative. Only pass promotes.'
    },
    'policy-decision': {
        modes: ['promote'],
        kind: 'file',
        description: 'Policy decision (JSON with decision_id, policy_label, decision, obligations), workspace-relative. Only allow promotes.'
    },
    'base-policy-decision': {
        modes: ['promote'],
        kind: 'file',
        description: "The base branch's copy of the dataset's policy decision, workspace-relative, checked out apart from the pull request's files. When the pull request's label requires fewer roles than this one (restricted to public), the roles both labels require must approve. No file there: the dataset is new on the branch, and no label change is checked. Example: .gate/datasets/river_gauges/policy/decision.json."
    },
    approvals: {
        modes: ['promote'],
        kind: 'file',
        description: 'Approvals (JSON array of {role, principal, approved_at}), workspace-relative.'
    },
    'run-receipts': {
        modes: ['promote'],
        kind: 'patterns',
        list: true,
        description: 'Run receipts: newline-separated glob patterns relative to root. Example: receipts/*.json.'
    },
    'required-approvals': {
        modes: ['promote'],
        kind: 'lines',
        list: true,
        description: 'Roles required per policy label, one "label: role, role" per line. Labels not listed keep the default: internal, restricted and confidential need a steward. Example: "restricted: steward, data-owner".'
    },
    'media-types': {
        modes: ['promote', 'inventory'],
        kind: 'lines',
        list: true,
        description: 'Media type overrides, one "pattern: media/type" per line (pattern relative to root); the first match wins. Example: "**/*.tif: image/tiff; application=geotiff".'
    },
    'stac-applicable': {
        modes: ['promote'],
        kind: 'boolean',
        default: 'true',
        description: 'Whether STAC applies to this dataset. Set false for a dataset with no spatial or temporal extent to describe; the summary then says STAC was declared not applicable.'
    },
    'remote-assets': {
        modes: ['promote'],
        kind: 'choice',
        choices: ['require-checksum', 'allow', 'fetch'],
        default: 'require-checksum',
        description: 'What a catalog asset link to an absolute URL (http, https, s3, gs, az, abfss) without a checksum gets. require-checksum: a violation (add file:checksum or spdx:checksum). allow: listed in the summary as unverified. fetch: every remote link, with a checksum or not, is read and its bytes compared with the artifact it is the published copy of (docs/remote-assets.md). A checksum must always name an artifact of this release.'
    },
    'remote-assets-timeout-seconds': {
        modes: ['promote'],
        kind: 'integer',
        default: '60',
        description: 'remote-assets: fetch: the longest a remote server may take to answer, or to send the next bytes, before that try fails (1 to 3600). Each link is tried 3 times on a network error or a 5xx answer.'
    },
    'stac-extension-schemas': {
        modes: ['promote'],
        kind: 'lines',
        list: true,
        description: 'Local JSON Schemas for STAC extensions whose schemas are not bundled, one "URL=path" per line (URL as stac_extensions names it, path workspace-relative). Never fetched.'
    },
    sbom: {
        modes: ['promote'],
        kind: 'file',
        list: true,
        description: 'SBOM files (CycloneDX or SPDX JSON), one workspace-relative path per line. Optional; when given, each must exist and parse (gate G). Example: sbom.cdx.json.'
    },
    attestations: {
        modes: ['promote'],
        kind: 'file',
        list: true,
        description: 'Attestation files (in-toto Statement, DSSE envelope or Sigstore bundle), one workspace-relative path per line. Optional; when given, each must exist and parse (gate G).'
    },
    out: {
        modes: ['promote', 'inventory'],
        kind: 'file',
        default: 'promotion_manifest.json',
        description: 'Where the manifest is written, workspace-relative. Written only when every gate passes.'
    },
    manifest: {
        modes: ['verify', 'publish'],
        kind: 'file',
        mode: 'verify',
        required: 'verify',
        description: 'The written manifest to check, workspace-relative. Its sidecars beside it (the in-toto Statement, the checksums file), when there, must agree with it.'
    },
    'expect-digest': {
        modes: ['verify', 'publish'],
        kind: 'digest',
        mode: 'verify',
        description: "The digest the manifest's bytes must have: the generating job's manifest-digest output, or the digest an attestation names."
    },
    strict: {
        modes: ['verify', 'publish'],
        kind: 'patterns',
        list: true,
        mode: 'verify',
        description: 'Patterns relative to the root, one per line; a file they find that the manifest does not list is a violation (something was added after the gate).'
    },
    'ledger-branch': {
        modes: ['promote', 'publish'],
        kind: 'text',
        actionOnly: true,
        default: 'promotion-ledger',
        description: 'The branch holding the append-only ledger, ledger/<dataset-slug>.jsonl. Created with the first record when absent; protect it against force pushes and deletion.'
    },
    'previous-manifest': {
        modes: ['promote', 'publish'],
        kind: 'file',
        actionOnly: true,
        description: 'A manifest of an earlier version, workspace-relative: "Changes since" its version is added to the summary, the pull-request comment and (publish mode) the release notes.'
    },
    previous: {
        modes: ['promote', 'publish'],
        kind: 'choice',
        choices: ['none', 'ledger'],
        actionOnly: true,
        description: 'ledger: compare with the last version the ledger records (its manifest read from its release) and add "Changes since" it to the summary and the pull-request comment (needs contents: read). Default: ledger in publish mode (release notes), none otherwise. previous-manifest, when given, is used instead.'
    },
    upload: {
        modes: ['promote', 'inventory'],
        kind: 'boolean',
        actionOnly: true,
        default: 'true',
        description: 'Upload what the run wrote as a workflow artifact: after a pass, the manifest and its sidecars; after a failure, the violations report; in inventory mode, the shard file. Outside a workflow run, set it to false.'
    },
    'retention-days': {
        modes: ['promote', 'inventory'],
        kind: 'integer',
        actionOnly: true,
        description: 'Days the uploaded artifact is kept (1 to 90, or the repository maximum). Default: the repository setting.'
    },
    'upload-timeout-seconds': {
        modes: ['promote', 'inventory'],
        kind: 'integer',
        actionOnly: true,
        default: '300',
        description: 'The longest an upload may take before the step fails; the artifact client also bounds its own retries.'
    },
    overwrite: {
        modes: ['promote', 'inventory'],
        kind: 'boolean',
        actionOnly: true,
        default: 'false',
        description: 'Replace an artifact of the same name uploaded earlier in this workflow run (a re-run of the job), as upload-artifact does; otherwise that upload fails.'
    },
    'artifact-name': {
        modes: ['promote', 'inventory'],
        kind: 'text',
        actionOnly: true,
        description: 'Name of the uploaded artifact. Default: promotion-manifest-<dataset-slug>-<dataset-version-id>. In inventory mode, the prefix of the shard artifact <artifact-name>-<dataset-slug>-shard-<I>-of-<N>; default promotion-inventory.'
    },
    'fail-on-violation': {
        modes: ['promote', 'verify', 'inventory', 'publish'],
        kind: 'boolean',
        actionOnly: true,
        default: 'true',
        description: 'Fail the job on any violation. When false the step succeeds with status=fail, and still writes no manifest.'
    }
};
/** The input's table entry, typed as the general spec. */
function inputSpec(name) {
    return INPUTS[name];
}
/**
 * The inputs a CLI command takes as flags, and the library as fields: all but the action's own
 * and those of another mode (verify's inputs are the verify command's).
 */
function cliInputs(mode = 'promote') {
    return Object.keys(INPUTS).filter((name) => {
        const input = inputSpec(name);
        return !input.actionOnly && (input.mode ?? 'promote') === mode;
    });
}
/** The camelCase key of an input in PromotionInputs. */
function camelCaseName(name) {
    return name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
}


/***/ }),

/***/ 9905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ parseOptions),
/* harmony export */   BS: () => (/* binding */ parseMediaTypes),
/* harmony export */   LN: () => (/* binding */ rootDisplay),
/* harmony export */   _h: () => (/* binding */ parseStores),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   lW: () => (/* binding */ parseVerifyOptions),
/* harmony export */   or: () => (/* binding */ parseLfsMode),
/* harmony export */   uK: () => (/* binding */ parseShard),
/* harmony export */   v7: () => (/* binding */ parseVersionIdOptions),
/* harmony export */   wf: () => (/* binding */ parsePlaces)
/* harmony export */ });
/* unused harmony exports nonEmpty, displayPath, parsePositiveInteger, parseBoolean, parseChoice, parseRequiredApprovals */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _gates_c_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5844);
/* harmony import */ var _model_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5305);
/* harmony import */ var _model_lines_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4050);
/* harmony import */ var _model_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1933);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9269);
// Raw input strings (action inputs or CLI flags, both kebab-case) → one typed Options object.
// Problems here are usage errors: the run cannot even be described. Problems with what the
// inputs point at are violations, found later by the gates.






/** A request the run cannot take as given: a missing or malformed input, said in a sentence. */
class UsageError extends Error {
    name = 'UsageError';
}
function nonEmpty(value) {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
}
/**
 * The inputs' own values only: a key someone set on Object.prototype in this process (the
 * library runs in its caller's) is no input, whatever it is called.
 */
function ownInputs(raw) {
    const own = Object.create(null);
    for (const key of Object.keys(raw))
        own[key] = raw[key];
    return own;
}
/** Workspace-relative display form of an absolute path (absolute when outside the workspace). */
function displayPath(workspace, absolute) {
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(workspace, absolute) === '')
        return '.';
    return (0,_model_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .relativeInside */ .JA)(workspace, absolute) ?? absolute;
}
function documentRef(workspace, value) {
    const given = nonEmpty(value);
    if (!given)
        return undefined;
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, given);
    const shown = displayPath(workspace, absolute);
    return shown === absolute
        ? { absolute, path: shown }
        : { absolute, path: shown, confine: workspace };
}
function documentRefs(workspace, value) {
    return (0,_model_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .patternLines */ .E)(value ?? '').flatMap((line) => documentRef(workspace, line) ?? []);
}
function parsePositiveInteger(name, value, min, max) {
    const text = nonEmpty(value);
    if (text === undefined)
        return undefined;
    const number = Number(text);
    if (!/^\d+$/.test(text) || number < min || number > max) {
        throw new UsageError(`${name} must be a whole number from ${min} to ${max}, not "${text}".`);
    }
    return number;
}
function parseBoolean(name, value) {
    const text = nonEmpty(value) ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .inputSpec */ .mm)(name).default ?? 'false';
    if (['true', 'True', 'TRUE'].includes(text))
        return true;
    if (['false', 'False', 'FALSE'].includes(text))
        return false;
    throw new UsageError(`${name} must be true or false, not "${text}".`);
}
/** The value of a choice input, or its default in the table. */
function parseChoice(name, value) {
    const spec = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .inputSpec */ .mm)(name);
    const text = nonEmpty(value) ?? spec.default ?? '';
    if (!spec.choices?.includes(text))
        throw new UsageError(`${name} must be one of ${spec.choices?.join(', ')}, not "${text}".`);
    return text;
}
/** `label: role, role` lines, merged over the defaults label by label. */
function parseRequiredApprovals(text) {
    const required = {};
    for (const [label, roles] of Object.entries(_gates_c_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_REQUIRED_APPROVALS */ .Dj))
        required[label] = [...roles];
    for (const line of (0,_model_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .patternLines */ .E)(text ?? '')) {
        const colon = line.indexOf(':');
        if (colon <= 0) {
            throw new UsageError(`required-approvals line "${line}" must read "label: role, role" (for example "restricted: steward, data-owner").`);
        }
        const label = line.slice(0, colon).trim();
        required[label] = line
            .slice(colon + 1)
            .split(',')
            .map((role) => role.trim())
            .filter((role) => role.length > 0);
    }
    return required;
}
/** The media-type overrides, "pattern: media/type" lines. */
function parseMediaTypes(text) {
    return (0,_model_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .patternLines */ .E)(text ?? '').map((line) => {
        const colon = line.lastIndexOf(': ');
        const pattern = colon > 0 ? line.slice(0, colon).trim() : '';
        const mediaType = colon > 0 ? line.slice(colon + 2).trim() : '';
        if (!pattern || !/^[\w!#$&^.+-]+\/[\w!#$&^.+-]+/.test(mediaType)) {
            throw new UsageError(`media-types line "${line}" must read "pattern: media/type" (for example "**/*.tif: image/tiff; application=geotiff").`);
        }
        return { pattern, mediaType };
    });
}
/** The lfs input: `content` (the default) or `pointers`. */
function parseLfsMode(value) {
    const text = nonEmpty(value) ?? 'content';
    if (text === 'content' || text === 'pointers')
        return text;
    throw new UsageError(`lfs must be content (the files are checked out) or pointers (a Git LFS pointer stands for its content), not "${text}".`);
}
/** `I/N`: shard I of N, 1 <= I <= N <= 1024 (the shard file schema's limit). */
function parseShard(value) {
    const text = nonEmpty(value);
    if (text === undefined)
        return undefined;
    const match = /^(\d{1,4})\/(\d{1,4})$/.exec(text);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || index < 1 || index > count || count > 1024)
        throw new UsageError(`shard must read I/N, shard I of N with 1 <= I <= N <= 1024 (for example "2/4"), not "${text}".`);
    return { index, count };
}
/** A root-relative path as messages and annotations show it: relative to the workspace. */
function rootDisplay(rootPath) {
    return (relative) => (rootPath === '.' ? relative : node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(rootPath, relative));
}
/** The workspace, the root and the output file, as the inputs name them. */
function parsePlaces(given, workspace) {
    const raw = ownInputs(given);
    const rootRef = documentRef(workspace, raw.root ?? _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUTS */ .mc.root.default) ?? {
        absolute: workspace,
        path: '.'
    };
    const out = documentRef(workspace, raw.out ?? _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUTS */ .mc.out.default);
    if (!out)
        throw new UsageError('out must name a file.');
    return { workspace, root: rootRef.absolute, rootPath: rootRef.path, out };
}
/** `URL=path` lines: a local schema file for each STAC extension URL. */
function parseStacExtensionSchemas(workspace, text) {
    return (0,_model_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .patternLines */ .E)(text ?? '').map((line) => {
        const at = line.lastIndexOf('=');
        const url = line.slice(0, at).trim();
        const file = at > 0 ? documentRef(workspace, line.slice(at + 1)) : undefined;
        if (!file || !URL.canParse(url)) {
            throw new UsageError(`stac-extension-schemas line "${line}" must read "URL=path" (for example "https://stac-extensions.github.io/example/v1.0.0/schema.json=schemas/example.json").`);
        }
        return { url, file };
    });
}
/** The stores patterns: the input's lines, or its default when it is not given at all. */
function parseStores(raw) {
    return (0,_model_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .patternLines */ .E)(raw.stores ?? _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUTS */ .mc.stores.default);
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
        list: (value) => documentRefs(workspace, value).map(withRoot)
    };
}
function parseOptions(given, workspace) {
    const raw = ownInputs(given);
    const datasetSlug = nonEmpty(raw['dataset-slug']);
    if (!datasetSlug)
        throw new UsageError('dataset-slug is required (for example "river_gauges").');
    const places = parsePlaces(raw, workspace);
    const refs = documentRefsUnder(workspace, places);
    const artifactsShards = refs.list(raw['artifacts-shards']);
    if (artifactsShards.length > 0 && nonEmpty(raw['artifacts-manifest']))
        throw new UsageError('artifacts-shards and artifacts-manifest both say what the artifacts are; give one of them.');
    return {
        ...places,
        datasetSlug,
        datasetVersionId: nonEmpty(raw['dataset-version-id']),
        releasedAt: nonEmpty(raw['released-at']),
        spec: refs.one(raw.spec),
        specHash: nonEmpty(raw['spec-hash']),
        artifacts: (0,_model_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .patternLines */ .E)(raw.artifacts ?? ''),
        stores: parseStores(raw),
        artifactsManifest: refs.one(raw['artifacts-manifest']),
        catalogs: (0,_model_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .patternLines */ .E)(raw.catalogs ?? ''),
        catalogsManifest: refs.one(raw['catalogs-manifest']),
        qaReport: refs.one(raw['qa-report']),
        policyDecision: refs.one(raw['policy-decision']),
        basePolicyDecision: refs.one(raw['base-policy-decision']),
        approvals: refs.one(raw.approvals),
        runReceipts: (0,_model_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .patternLines */ .E)(raw['run-receipts'] ?? ''),
        requiredApprovals: parseRequiredApprovals(raw['required-approvals']),
        mediaTypes: parseMediaTypes(raw['media-types']),
        stacApplicable: parseBoolean('stac-applicable', raw['stac-applicable']),
        stacExtensionSchemas: parseStacExtensionSchemas(workspace, raw['stac-extension-schemas']),
        sboms: refs.list(raw.sbom),
        attestations: refs.list(raw.attestations),
        artifactsShards,
        lfs: parseLfsMode(raw.lfs),
        remoteAssets: parseChoice('remote-assets', raw['remote-assets']),
        remoteAssetsTimeoutSeconds: parsePositiveInteger('remote-assets-timeout-seconds', raw['remote-assets-timeout-seconds'] ?? _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUTS */ .mc['remote-assets-timeout-seconds'].default, 1, 3600) ?? 60
    };
}
function parseVerifyOptions(given, workspace) {
    const raw = ownInputs(given);
    const manifest = documentRef(workspace, raw.manifest);
    if (!manifest)
        throw new UsageError('manifest is required in verify mode (for example "promotion_manifest.json").');
    const expectDigest = nonEmpty(raw['expect-digest']);
    if (expectDigest !== undefined && !_model_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .DIGEST_PATTERN */ .WA.test(expectDigest))
        throw new UsageError(`expect-digest "${expectDigest}" must be sha256: followed by 64 lowercase hex characters (the manifest-digest output of the generating job).`);
    const { root, rootPath } = parsePlaces({ root: raw.root }, workspace);
    return {
        workspace,
        root,
        rootPath,
        manifest,
        expectDigest,
        strict: (0,_model_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .patternLines */ .E)(raw.strict ?? ''),
        shard: parseShard(raw.shard)
    };
}
/** What the version-id command derives the id from: the spec (or its hash) and released-at. */
function parseVersionIdOptions(given, workspace) {
    const raw = ownInputs(given);
    const spec = documentRef(workspace, raw.spec);
    const specHash = nonEmpty(raw['spec-hash']);
    if (!spec && !specHash)
        throw new UsageError('version-id needs --spec FILE (or --spec-hash sha256:HEX).');
    return { workspace, spec, specHash, releasedAt: nonEmpty(raw['released-at']) };
}


/***/ }),

/***/ 6532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ lfsSummaryLines),
/* harmony export */   D: () => (/* binding */ lfsNotAskedLine)
/* harmony export */ });
/** The summary's Git LFS paragraph: empty when no pointer stood for an artifact. */
function lfsSummaryLines(lfs, cell) {
    if (!lfs || lfs.fromPointers === 0)
        return [];
    const taken = `📦 **${lfs.fromPointers} artifact ${lfs.fromPointers === 1 ? 'file' : 'files'} taken from Git LFS pointers** (lfs: pointers): each digest and size is its pointer's oid and size, as a full checkout gives them.`;
    const objects = lfs.objects;
    const asked = !objects
        ? ''
        : objects.asked
            ? objects.missing.length === 0
                ? ` The LFS server (${cell(objects.endpoint)}) has every object.`
                : ` The LFS server (${cell(objects.endpoint)}) lacks ${objects.missing.length} object(s): see LFS_OBJECT_MISSING.`
            : `\n\n⚠️ **The LFS server was not asked whether these objects exist**: ${cell(objects.reason)}.`;
    return [`${taken}${asked}`, ''];
}
/** The CLI's and the log's one line when the objects were not asked about, else undefined. */
function lfsNotAskedLine(lfs) {
    const objects = lfs?.objects;
    if (!lfs || !objects || objects.asked)
        return undefined;
    return `warning: ${lfs.fromPointers} artifact file(s) were taken from Git LFS pointers, but the LFS server was not asked whether their objects exist: ${objects.reason}.`;
}


/***/ })

};
