export const id = 2524;
export const ids = [2524];
export const modules = {

/***/ 52524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   allChangedFiles: () => (/* binding */ allChangedFiles),
/* harmony export */   describeApiError: () => (/* binding */ describeApiError),
/* harmony export */   pullRequestOfEvent: () => (/* binding */ pullRequestOfEvent),
/* harmony export */   touchedPaths: () => (/* binding */ touchedPaths)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _events_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4254);
/* harmony import */ var _network_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83334);
// The pull request a run belongs to, and the files it changes, through @actions/github.



/** The pull request of this run's event, or undefined for any other event. */
function pullRequestOfEvent() {
    const { context } = _actions_github__WEBPACK_IMPORTED_MODULE_0__;
    const pr = context.payload.pull_request;
    if (!_events_js__WEBPACK_IMPORTED_MODULE_2__/* .PULL_REQUEST_EVENTS */ .m.includes(context.eventName) || !pr?.number || !pr.head?.sha)
        return undefined;
    return { ...context.repo, number: pr.number, headSha: pr.head.sha };
}
/** Every path the listed files touch: each name, and the old name after a rename or copy. */
function touchedPaths(files) {
    return files.flatMap((f) => (f.previous ? [f.path, f.previous] : [f.path]));
}
/** GitHub lists at most this many files of a pull request, and says nothing of the rest. */
const LISTED_FILES_LIMIT = 3000;
/**
 * Every file the pull request touches, with its status, all pages: an API failure comes back as
 * a sentence that says what to check, and a listing cut at GitHub's limit is refused, `unknown`
 * saying what the files past it leave unknown (requireWholeListing).
 */
async function allChangedFiles(octokit, pr, unknown) {
    const files = await changedFiles(octokit, pr).catch((error) => {
        throw new Error(describeApiError(`Listing the files of pull request #${pr.number}`, error));
    });
    requireWholeListing(pr, files.length, unknown);
    return files;
}
async function changedFiles(octokit, pr) {
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.number,
        per_page: 100
    });
    return files.map((file) => ({
        path: file.filename,
        status: file.status,
        ...(file.previous_filename ? { previous: file.previous_filename } : {})
    }));
}
/**
 * Refuses a listing cut at GitHub's limit: the files past it cannot be seen, so what they change
 * cannot be known. The event's own count, when it has one and agrees, shows nothing was cut.
 */
function requireWholeListing(pr, listed, unknown) {
    const count = _actions_github__WEBPACK_IMPORTED_MODULE_0__.context.payload.pull_request
        ?.changed_files;
    if (listed < LISTED_FILES_LIMIT || count === listed)
        return;
    throw new Error(`Pull request #${pr.number} changes ${typeof count === 'number' && count > listed ? count : `at least ${listed}`} files, but GitHub lists only the first ${LISTED_FILES_LIMIT}: ${unknown}. Split it into pull requests of fewer than ${LISTED_FILES_LIMIT} files.`);
}
/** An API error as a sentence that says what to check. */
function describeApiError(what, error) {
    // Octokit gives a request that was never answered the status 500: say what failed instead.
    const network = (0,_network_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .networkFailure */ .r)(error);
    if (network !== undefined)
        return `${what} failed: ${network}. Check that the job can reach the GitHub API (GITHUB_API_URL) and re-run the job.`;
    const status = error.status;
    const message = error instanceof Error ? error.message : String(error);
    const hint = status === 401 || status === 403
        ? ' Check that github-token is set and the workflow grants the permission this needs (pull-requests: read, or write for comment: true).'
        : status === 404
            ? ' Check the repository and pull request, and that github-token can see them.'
            : ' Check the GitHub API status and re-run the job.';
    return `${what} failed${status ? ` (HTTP ${status})` : ''}: ${message}.${hint}`;
}


/***/ })

};
