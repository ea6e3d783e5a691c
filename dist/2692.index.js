export const id = 2692;
export const ids = [2692];
export const modules = {

/***/ 32692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   headCommitTime: () => (/* binding */ headCommitTime),
/* harmony export */   pullRequestReleasedAt: () => (/* binding */ pullRequestReleasedAt)
/* harmony export */ });
/* harmony import */ var _model_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50816);
// released_at of a pull request (`released-at: pull-request`): when its head commit was ready and
// approved, read from the API. Edits to the pull request itself (title, body, labels) move its
// updated_at but none of these, so they never move the release time or the version id.

/** The head commit's committer date. */
async function headCommitTime(octokit, pr) {
    const { data } = await octokit.rest.git.getCommit({
        owner: pr.owner,
        repo: pr.repo,
        commit_sha: pr.headSha
    });
    return data.committer.date;
}
/**
 * The later of the head commit's committer date and its last approval, in whole seconds. The
 * committer date is whatever the author's clock or hand wrote, so one in the future is taken as
 * the run's clock (a release cannot postdate the run deciding it); an approval is rounded up to
 * its second, so it never falls after the release it authorised.
 */
function pullRequestReleasedAt(times) {
    const committed = (0,_model_time_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTimestamp */ .E)(times.committedAt);
    if (!committed.ok)
        throw new Error(`released-at: pull-request: the head commit's committer date cannot be read (${committed.reason}).`);
    const now = Math.floor(times.now.getTime() / 1000);
    const commitSeconds = Math.floor(committed.epochMs / 1000);
    const future = commitSeconds > now;
    let seconds = Math.min(commitSeconds, now);
    let because = future
        ? `the run's clock: the head commit's committer date ${committed.utc} is later than it`
        : `the head commit's committer date`;
    const approved = times.lastApprovedAt ? (0,_model_time_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTimestamp */ .E)(times.lastApprovedAt) : undefined;
    if (approved?.ok) {
        const fraction = !approved.instant.endsWith('.');
        const approvedSeconds = Math.floor(approved.epochMs / 1000) + (fraction ? 1 : 0);
        if (approvedSeconds > seconds) {
            seconds = approvedSeconds;
            because = `the last approval of the head commit, after its committer date ${committed.utc}`;
        }
    }
    return { releasedAt: (0,_model_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUtc */ .a)(seconds * 1000), because };
}


/***/ })

};
