export const id = 7318;
export const ids = [7318];
export const modules = {

/***/ 47318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertComment: () => (/* binding */ upsertComment)
/* harmony export */ });
/** The marker; the slug is URI-encoded, so even an invalid one cannot end the HTML comment. */
function commentMarker(dataset) {
    return `<!-- promotion-manifest:dataset=${encodeURIComponent(dataset)} -->`;
}
/**
 * Whose comments are ours: the token's own login when the API says it (a personal token), else
 * any bot (GITHUB_TOKEN and GitHub App installation tokens cannot ask who they are; their comments
 * are written by a bot account, which no person can write as).
 */
async function ownAuthor(octokit) {
    const login = await octokit.rest.users.getAuthenticated().then((response) => response.data.login, () => undefined);
    return login === undefined ? (user) => user?.type === 'Bot' : (user) => user?.login === login;
}
/**
 * Creates the dataset's comment, or updates it: only a comment of our own that starts with the
 * marker is ever edited, so a marker pasted into someone else's comment changes nothing.
 */
async function upsertComment(octokit, pr, dataset, body) {
    const marker = commentMarker(dataset);
    const text = `${marker}\n${body}`;
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        per_page: 100
    });
    const ours = await ownAuthor(octokit);
    const existing = comments.find((c) => c.body?.startsWith(marker) && ours(c.user));
    if (existing) {
        await octokit.rest.issues.updateComment({
            owner: pr.owner,
            repo: pr.repo,
            comment_id: existing.id,
            body: text
        });
        return 'updated';
    }
    await octokit.rest.issues.createComment({
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        body: text
    });
    return 'created';
}


/***/ })

};
