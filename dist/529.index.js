export const id = 529;
export const ids = [529];
export const modules = {

/***/ 50529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   trustedChanges: () => (/* binding */ trustedChanges),
/* harmony export */   trustedPatterns: () => (/* binding */ trustedPatterns)
/* harmony export */ });
/* unused harmony export DEFAULT_TRUSTED_PATHS */
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33581);
/* harmony import */ var _model_lines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44050);
// The files that decide how the gate judges a pull request ("trusted configuration"): its
// workflows, the code owners, policy decisions and approvals, the action itself. The gate runs
// the base branch's copies of them; a pull request that changes one is changing what the next
// gate trusts, so the summary names each such file for the reviewers who own it.


/**
 * Always trusted, whatever the workflow adds: the workflows (and local actions they use), code
 * owners wherever GitHub reads them, policy decisions and approvals by the recipe's layout, and
 * the action's own definition and bundle.
 */
const DEFAULT_TRUSTED_PATHS = [
    '.github/workflows/**',
    '.github/actions/**',
    '**/CODEOWNERS',
    '**/policy/**',
    '**/approvals.json',
    'action.yml',
    'action.yaml',
    'dist/**'
];
const MATCH = { dot: true, nocomment: true, nonegate: true };
/**
 * The patterns a run checks: the defaults, the workflow's `trusted-paths` lines, and this run's
 * own rule files (its policy decision and approvals, workspace-relative), as literal paths.
 */
function trustedPatterns(input, ruleFiles) {
    const literal = ruleFiles
        .filter((file) => file !== undefined && !file.startsWith('/'))
        .map((file) => minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF.escape(file));
    return [...DEFAULT_TRUSTED_PATHS, ...(0,_model_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .patternLines */ .E)(input), ...literal];
}
/**
 * The changed paths that are trusted configuration: matched by a pattern and by no `!` pattern,
 * in the order the pull request lists them, each once.
 */
function trustedChanges(changed, patterns) {
    const include = patterns.filter((p) => !p.startsWith('!'));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    const matches = (file, list) => list.some((pattern) => (0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF)(file, pattern, MATCH));
    return [...new Set(changed)].filter((file) => matches(file, include) && !matches(file, exclude));
}


/***/ })

};
