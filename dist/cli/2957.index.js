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
/* harmony export */   B3: () => (/* binding */ workspaceOf),
/* harmony export */   Yq: () => (/* binding */ flagUsage),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   eJ: () => (/* binding */ inputFlags),
/* harmony export */   gx: () => (/* binding */ textFlag),
/* harmony export */   jv: () => (/* binding */ rawInputsOf),
/* harmony export */   oG: () => (/* binding */ unknownFlagMessage)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_nearest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9179);
/* harmony import */ var _options_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6163);
// The CLI's flags and usage, made from the one input table: every input the CLI shares with the
// action is a flag of the same name (a list input a repeatable flag), plus the CLI's own.



/**
 * The exit codes (README.md, "Exit codes"). 1 says the inputs were judged and refused; anything
 * that stops a command before a verdict (a usage error, a file that cannot be written) is 2.
 */
const EXIT = { pass: 0, violation: 1, usage: 2, error: 2 };
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
/** The flags of the given inputs (a list input repeatable) and of the CLI's own. */
function inputFlags(names, own) {
    const flags = {};
    for (const name of own)
        flags[name] = { type: 'string' };
    for (const name of names) {
        flags[name] = { type: 'string', multiple: (0,_options_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .inputSpec */ .mm)(name).list === true };
    }
    return flags;
}
/** A string flag's value, when it was given. */
function textFlag(values, name) {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
}
/** The workspace a command runs in: --workspace, resolved from where it was started, else there. */
function workspaceOf(values, cwd) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, textFlag(values, 'workspace') ?? '.');
}
/** The inputs' values as the action gives them: a repeated flag's values one per line. */
function rawInputsOf(values, names) {
    const raw = {};
    for (const name of names) {
        const value = values[name];
        if (Array.isArray(value))
            raw[name] = value.map(String).join('\n');
        else if (typeof value === 'string')
            raw[name] = value;
    }
    return raw;
}
/**
 * Usage lines for the given inputs, each with its value's placeholder and its default. `own`
 * descriptions replace the table's, and say all there is to say (default, required), where the
 * table speaks of another mode (the action's pull-request mode, inventory's --shard) than the
 * command's.
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
        const extra = descriptions[name] !== undefined
            ? ''
            : 'default' in input
                ? ` Default: "${input.default}".`
                : required
                    ? ' Required.'
                    : '';
        lines.push(`  ${flag}`, `      ${description}${extra}`);
    }
    for (const name of own)
        lines.push(`  --${name} ${OWN_FLAGS[name][0]}`, `      ${OWN_FLAGS[name][1]}`);
    lines.push('  --version', '      Print the version.', '  --help', '      Show this help.');
    return lines;
}
/** The answer to a flag the command does not know, with the nearest one it does. */
function unknownFlagMessage(flag, known) {
    const nearest = flag.startsWith('--') ? (0,_model_nearest_js__WEBPACK_IMPORTED_MODULE_1__/* .nearestName */ .qb)(flag.slice(2), known) : undefined;
    return nearest === undefined
        ? `error: unknown flag ${flag}`
        : `error: unknown flag ${flag}; did you mean --${nearest}?`;
}


/***/ }),

/***/ 2957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EXIT: () => (/* reexport safe */ _flags_js__WEBPACK_IMPORTED_MODULE_0__.dc),
/* harmony export */   runCli: () => (/* binding */ runCli)
/* harmony export */ });
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5377);

const SUBCOMMANDS = {
    inventory: async () => (await Promise.all(/* import() */[__webpack_require__.e(9547), __webpack_require__.e(3581), __webpack_require__.e(8258), __webpack_require__.e(126), __webpack_require__.e(9683), __webpack_require__.e(1569), __webpack_require__.e(1456), __webpack_require__.e(3583)]).then(__webpack_require__.bind(__webpack_require__, 8250))).runInventory,
    verify: async () => (await Promise.all(/* import() */[__webpack_require__.e(9683), __webpack_require__.e(3989)]).then(__webpack_require__.bind(__webpack_require__, 3989))).runVerify,
    ledger: async () => (await Promise.all(/* import() */[__webpack_require__.e(9683), __webpack_require__.e(2669)]).then(__webpack_require__.bind(__webpack_require__, 2669))).runLedger,
    diff: async () => (await Promise.all(/* import() */[__webpack_require__.e(9547), __webpack_require__.e(8258), __webpack_require__.e(9683), __webpack_require__.e(4732)]).then(__webpack_require__.bind(__webpack_require__, 2903))).runDiff,
    'version-id': async () => (await Promise.all(/* import() */[__webpack_require__.e(9683), __webpack_require__.e(3462)]).then(__webpack_require__.bind(__webpack_require__, 3462))).runVersionId
};
async function runCli(argv, io) {
    const [first = ''] = argv;
    if (Object.hasOwn(SUBCOMMANDS, first))
        return (await SUBCOMMANDS[first]())(argv.slice(1), io);
    const { runPromote } = await Promise.all(/* import() */[__webpack_require__.e(9683), __webpack_require__.e(8814)]).then(__webpack_require__.bind(__webpack_require__, 8814));
    return runPromote(argv, io);
}


/***/ }),

/***/ 9179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d5: () => (/* binding */ meantName),
/* harmony export */   m6: () => (/* binding */ SPELLING_ENTRIES),
/* harmony export */   qb: () => (/* binding */ nearestName)
/* harmony export */ });
/* unused harmony export nearestNames */
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1916);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6553);
// The known names nearest a mistyped one, for "did you mean" answers: Levenshtein distance
// (fastest-levenshtein), and only names within a third of the typed name's length, so a name
// that resembles nothing gets no suggestion. meantName picks the one name of a directory a path
// segment meant, for the hints on a missing document (documents/path-hint.ts) and on a pattern
// that matches nothing (inventory/pattern-hint.ts).


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
/** Directories larger than this get no spelling guess (each name costs a distance). */
const SPELLING_ENTRIES = 10_000;
/**
 * The one name of a directory that `typed` may have meant: the same in another letter case, or,
 * when `spelling` allows it, the only nearest (nearestNames). Two alike in letter case, or two
 * equally near, give none; nor does a directory of more than SPELLING_ENTRIES names give a
 * spelling guess.
 */
function meantName(typed, names, spelling) {
    const folded = typed.toLowerCase();
    const alike = names.filter((n) => n.toLowerCase() === folded);
    if (alike.length === 1)
        return { name: alike[0], why: 'case' };
    if (alike.length > 1 || !spelling || names.length > SPELLING_ENTRIES)
        return undefined;
    const best = nearestNames(typed, names);
    return best.length === 1 ? { name: best[0], why: 'spelling' } : undefined;
}


/***/ }),

/***/ 6553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ compareText)
/* harmony export */ });
// The one order of the product: paths, violations and lists sort by UTF-8 bytes (docs/decisions.md,
// "Inventory").
/**
 * Compares by UTF-8 bytes, the order docs/decisions.md fixes for paths, without encoding: UTF-8 byte
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

/***/ 6163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mc: () => (/* binding */ INPUTS),
  Un: () => (/* binding */ cliInputs),
  mm: () => (/* binding */ inputSpec)
});

// UNUSED EXPORTS: camelCaseName

;// CONCATENATED MODULE: ./src/options/inputs-action-run.ts
const RUN_INPUTS = {
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
    }
};

;// CONCATENATED MODULE: ./src/options/inputs-promotion.ts
const PROMOTION_INPUTS = {
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
    }
};

;// CONCATENATED MODULE: ./src/options/inputs-verify-publish.ts
const VERIFY_AND_JOB_INPUTS = {
    manifest: {
        modes: ['verify', 'publish'],
        kind: 'file',
        commands: ['verify'],
        required: 'verify',
        description: 'The written manifest to check, workspace-relative. Its sidecars beside it (the in-toto Statement, the checksums file), when there, must agree with it.'
    },
    'expect-digest': {
        modes: ['verify', 'publish'],
        kind: 'digest',
        commands: ['verify'],
        description: "The digest the manifest's bytes must have: the generating job's manifest-digest output, or the digest an attestation names."
    },
    strict: {
        modes: ['verify', 'publish'],
        kind: 'patterns',
        list: true,
        commands: ['verify'],
        description: 'Patterns relative to the root, one per line; a file they find that the manifest does not list is a violation (something was added after the gate).'
    },
    shard: {
        modes: ['inventory', 'verify', 'publish'],
        kind: 'text',
        commands: ['inventory', 'verify'],
        description: 'inventory mode (CLI: inventory --shard): I/N, hash shard I of N of the artifacts (e.g. 2/4, from a matrix). Every shard lists all the files; a file is in shard (first 4 bytes of the SHA-256 of its root-relative path, big-endian) mod N + 1. verify mode (CLI: verify --shard): check only the listed files of shard I.'
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

;// CONCATENATED MODULE: ./src/options/inputs.ts



/** Every input, with its default; action.yml and the CLI's --help say the same. */
const INPUTS = { ...RUN_INPUTS, ...PROMOTION_INPUTS, ...VERIFY_AND_JOB_INPUTS };
/** The input's table entry, typed as the general spec. */
function inputSpec(name) {
    return INPUTS[name];
}
/**
 * The inputs a CLI command takes as flags, and the library as fields: all but the action's own
 * and those of other commands (verify's inputs are the verify command's).
 */
function cliInputs(command = 'promote') {
    return Object.keys(INPUTS).filter((name) => {
        const input = inputSpec(name);
        const commands = input.commands ?? ['promote'];
        return !input.actionOnly && commands.includes(command);
    });
}
/** The camelCase key of an input in PromotionInputs. */
function camelCaseName(name) {
    return name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
}


/***/ })

};
