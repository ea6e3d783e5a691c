export const id = 2798;
export const ids = [2798,3646];
export const modules = {

/***/ 2798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runVersionId: () => (/* binding */ runVersionId)
/* harmony export */ });
/* unused harmony export versionIdHelpText */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _options_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9905);
/* harmony import */ var _report_cli_lines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3646);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5377);
// `kfm-gen-promotion-manifest version-id`: prints the dataset_version_id a promotion run with the
// same spec and released-at would derive, so a pipeline can write it into its run receipts before
// the gate runs. A version cut in one month and promoted in the next keeps this id: give it as
// dataset-version-id then (DECISIONS.md: its month is not checked against released_at).




const NAMES = ['spec', 'spec-hash', 'released-at'];
function versionIdHelpText() {
    return [
        'Usage: kfm-gen-promotion-manifest version-id --spec FILE [--released-at TIME]',
        '',
        'Prints the dataset_version_id a promotion run would derive: YYYY-MM of released_at (UTC),',
        'a dot, and the first 8 hex characters of spec_hash. released-at defaults to the committer',
        'time of the checked-out commit, as in a promotion run. Exit 0: printed; 1: violations; 2: usage.',
        '',
        // The table's released-at also tells the action's pull-request mode, which this has not.
        ...(0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .flagUsage */ .Yq)(NAMES, ['workspace'], {
            'released-at': 'Release time, RFC 3339 (converted to UTC). Default: the commit time of the checked-out commit.'
        })
    ].join('\n');
}
async function runVersionId(argv, io) {
    const flags = (0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFlags */ .bQ)(argv, NAMES, ['workspace'], io);
    if (!flags)
        return _flags_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.usage;
    if (flags.help) {
        io.stdout(versionIdHelpText());
        return _flags_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.pass;
    }
    let request;
    try {
        request = (0,_options_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersionIdOptions */ .v7)(flags.raw, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, flags.workspace ?? '.'));
    }
    catch (error) {
        if (!(error instanceof _options_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb))
            throw error;
        io.stderr(`error: ${error.message}\nRun version-id --help for the options.`);
        return _flags_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.usage;
    }
    const { versionIdOfRun } = await Promise.all(/* import() */[__webpack_require__.e(9547), __webpack_require__.e(3310), __webpack_require__.e(6600), __webpack_require__.e(6161), __webpack_require__.e(428), __webpack_require__.e(3672), __webpack_require__.e(7266), __webpack_require__.e(556), __webpack_require__.e(508), __webpack_require__.e(2127)]).then(__webpack_require__.bind(__webpack_require__, 2127));
    const derived = await versionIdOfRun(request);
    if (derived.value === undefined) {
        for (const v of derived.violations)
            io.stderr((0,_report_cli_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .violationLine */ .S)(v));
        return _flags_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.violation;
    }
    io.stdout(derived.value);
    return _flags_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.pass;
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
