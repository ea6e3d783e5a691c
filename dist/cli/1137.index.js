export const id = 1137;
export const ids = [1137,3646];
export const modules = {

/***/ 1137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runVerify: () => (/* binding */ runVerify)
/* harmony export */ });
/* unused harmony export verifyHelpText */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _options_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9905);
/* harmony import */ var _report_cli_lines_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3646);
/* harmony import */ var _options_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9269);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5377);
// `kfm-gen-promotion-manifest verify`: checks a written manifest against the files before they
// are published. Exit 0 only when everything it lists is there with its digest.






const OWN = ['workspace', 'summary'];
const NAMES = ['root', ...(0,_options_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .cliInputs */ .Un)('verify'), 'shard'];
function verifyHelpText() {
    return [
        'Usage: kfm-gen-promotion-manifest verify --manifest FILE [options]',
        '',
        'Checks a written promotion manifest before publishing: it is valid v1, its bytes hash to',
        '--expect-digest when given, its sidecars agree with it, and every file it lists is under the',
        'root, a regular file inside it, with the listed digest. With --shard I/N, only the files of',
        'shard I (a matrix of verify jobs covers them all). Exit 0: verified; 1: violations; 2: usage.',
        '',
        'Options (paths are relative to --workspace; patterns to --root):',
        ...(0,_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .flagUsage */ .Yq)(NAMES, OWN, {
            shard: 'I/N: check only the listed files of shard I of N (e.g. 2/4, one job of a matrix of N); a file is in shard (first 4 bytes of the SHA-256 of its root-relative path, big-endian) mod N + 1, as inventory --shard splits them.'
        })
    ].join('\n');
}
async function runVerify(argv, io) {
    // The hashing threads start first: their start-up then overlaps reading the manifest.
    const { HashPool } = await __webpack_require__.e(/* import() */ 3672).then(__webpack_require__.bind(__webpack_require__, 3672));
    const pool = new HashPool();
    try {
        return await verifyWith(pool, argv, io);
    }
    finally {
        await pool.close();
    }
}
async function verifyWith(pool, argv, io) {
    const flags = (0,_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFlags */ .bQ)(argv, NAMES, OWN, io);
    if (!flags)
        return _flags_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.usage;
    if (flags.help) {
        io.stdout(verifyHelpText());
        return _flags_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.pass;
    }
    let options;
    try {
        options = (0,_options_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseVerifyOptions */ .lW)(flags.raw, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, flags.workspace ?? '.'));
    }
    catch (error) {
        if (!(error instanceof _options_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb))
            throw error;
        io.stderr(`error: ${error.message}\nRun verify --help for the options.`);
        return _flags_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.usage;
    }
    const { verifyWritten } = await Promise.all(/* import() */[__webpack_require__.e(9547), __webpack_require__.e(3310), __webpack_require__.e(6161), __webpack_require__.e(428), __webpack_require__.e(3672), __webpack_require__.e(7266), __webpack_require__.e(508), __webpack_require__.e(457)]).then(__webpack_require__.bind(__webpack_require__, 8662));
    const result = await verifyWritten(options, pool);
    if (flags.summary !== undefined) {
        const { renderVerifySummary } = await __webpack_require__.e(/* import() */ 7158).then(__webpack_require__.bind(__webpack_require__, 4777));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, flags.summary), renderVerifySummary(result));
    }
    for (const gate of result.gates)
        io.stderr((0,_report_cli_lines_js__WEBPACK_IMPORTED_MODULE_3__.gateLine)(gate));
    // The strict search's one blind spot, said where its verdict is read.
    if (options.strict.length > 0)
        io.stderr('strict: .git directories are not searched (as in the inventory); a .git under the patterns, other than the checkout’s own, fails as FILE_UNLISTED.');
    if (result.status === 'pass') {
        io.stdout(`Verified ${result.manifestPath} (${result.manifestDigest}): ${result.artifacts} artifact(s) and ${result.catalogs} catalog file(s) match.`);
        return _flags_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.pass;
    }
    for (const v of result.violations)
        io.stderr((0,_report_cli_lines_js__WEBPACK_IMPORTED_MODULE_3__/* .violationLine */ .S)(v));
    io.stderr(`Verification failed: ${result.violations.length} violation(s); do not publish.`);
    return _flags_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.violation;
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
/* harmony import */ var _causes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(304);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2691);



function violationLine(v) {
    const where = v.path.trimStart().startsWith(':') ? `./${v.path}` : v.path;
    return `${where}${v.line ? `:${v.line}` : ''}: [${v.gate} ${v.code}] ${v.message}`;
}
/** What a cause's line is followed by: its consequences, indented (the runner trims the indent). */
const UNDER = '  ↳ ';
/** Every violation, cause first: each cause's line, then the lines of the ones it causes. */
function violationLines(violations) {
    return (0,_causes_js__WEBPACK_IMPORTED_MODULE_1__/* .folded */ .T)(violations).flatMap(({ violation, consequences }) => [
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
