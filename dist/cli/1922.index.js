export const id = 1922;
export const ids = [1922,3646];
export const modules = {

/***/ 1922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runInventory: () => (/* binding */ runInventory)
/* harmony export */ });
/* unused harmony export inventoryHelpText */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _generated_version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3668);
/* harmony import */ var _gates_e_inventory_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7266);
/* harmony import */ var _model_lines_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4050);
/* harmony import */ var _options_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9905);
/* harmony import */ var _report_cli_lines_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3646);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5341);
// `kfm-gen-promotion-manifest inventory`: writes the artifact list in the format
// artifacts-manifest reads, with the code the action itself inventories with.







function inventoryHelpText() {
    return [
        'Usage: kfm-gen-promotion-manifest inventory --root DIR --artifacts PATTERN... --out FILE',
        '       [--shard I/N]',
        '',
        'Writes the artifact list (path, digest, media_type, size), in the format artifacts-manifest',
        'reads, with the code the action itself inventories with. Exit 0: written; 1: violations; 2: usage.',
        'With --shard I/N it hashes only shard I of N and writes the shard file artifacts-shards reads',
        '(schemas/inventory_shard_v1.schema.json); every shard lists all the files.',
        '',
        '  --root DIR              The dataset root (relative to --workspace). Default: ".".',
        '  --artifacts PATTERN     Glob pattern relative to the root; repeatable; ! excludes.',
        '  --media-types LINE      "pattern: media/type" override; repeatable.',
        '  --out FILE              Where the list goes (relative to --workspace). Required.',
        '  --shard I/N             Hash shard I of N only, and write its shard file (e.g. 2/4).',
        '  --workspace DIR         Default: the current directory.',
        '  --version               Print the version.',
        '  --help                  Show this help.'
    ].join('\n');
}
async function runInventory(argv, io) {
    // The hashing threads start first: their start-up then overlaps everything until hashing.
    const { HashPool } = await __webpack_require__.e(/* import() */ 3672).then(__webpack_require__.bind(__webpack_require__, 3672));
    const pool = new HashPool();
    try {
        return await inventoryWith(pool, argv, io);
    }
    finally {
        await pool.close();
    }
}
async function inventoryWith(pool, argv, io) {
    const flags = (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .bQ)(argv, ['root', 'artifacts', 'media-types', 'out', 'shard'], ['workspace'], io);
    if (!flags)
        return _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.usage;
    if (flags.help) {
        io.stdout(inventoryHelpText());
        return _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.pass;
    }
    if (flags.version) {
        io.stdout(_generated_version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x);
        return _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.pass;
    }
    const patterns = (0,_model_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .patternLines */ .E)(flags.raw.artifacts ?? '');
    if (patterns.length === 0 || flags.raw.out === undefined) {
        io.stderr('error: inventory needs --artifacts (at least one) and --out.\nRun with --help for the options.');
        return _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.usage;
    }
    const { listInventory } = await Promise.all(/* import() */[__webpack_require__.e(3672), __webpack_require__.e(556)]).then(__webpack_require__.bind(__webpack_require__, 556));
    const { writeFilesAtomic } = await __webpack_require__.e(/* import() */ 8442).then(__webpack_require__.bind(__webpack_require__, 8442));
    let places, overrides, shard;
    try {
        places = (0,_options_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePlaces */ .wf)(flags.raw, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, flags.workspace ?? '.'));
        overrides = (0,_options_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMediaTypes */ .BS)(flags.raw['media-types']);
        shard = (0,_options_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseShard */ .uK)(flags.raw.shard);
    }
    catch (error) {
        if (!(error instanceof _options_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb))
            throw error;
        io.stderr(`error: ${error.message}`);
        return _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.usage;
    }
    const { root, rootPath, out } = places;
    const request = {
        root,
        display: (0,_options_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .rootDisplay */ .LN)(rootPath),
        input: 'artifacts',
        patterns,
        overrides,
        skip: new Set([out.absolute]),
        pool
    };
    if (shard) {
        const { writeShard } = await Promise.all(/* import() */[__webpack_require__.e(3672), __webpack_require__.e(556), __webpack_require__.e(1271)]).then(__webpack_require__.bind(__webpack_require__, 1271));
        const written = await writeShard({ ...request, shard, rootPath, out });
        if (written.findings.length > 0)
            return failed(written.findings, io);
        io.stdout(`Shard ${shard.index} of ${shard.count}: ${written.count} of ${written.pathCount} artifact(s) written to ${out.path}`);
        return _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.pass;
    }
    const list = await listInventory(request);
    if (list.findings.length > 0)
        return failed(list.findings, io);
    await writeFilesAtomic([{ path: out.absolute, shown: out.path, text: list.chunks }]);
    io.stdout(`${list.count} artifact(s) written to ${out.path}`);
    return _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.pass;
}
function failed(findings, io) {
    const violations = (0,_gates_e_inventory_js__WEBPACK_IMPORTED_MODULE_1__/* .inventoryViolations */ .vW)(findings);
    for (const v of violations)
        io.stderr((0,_report_cli_lines_js__WEBPACK_IMPORTED_MODULE_3__/* .violationLine */ .S)(v));
    io.stderr(`Inventory failed: ${violations.length} violation(s); nothing was written.`);
    return _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.violation;
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
