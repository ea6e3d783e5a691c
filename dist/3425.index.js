export const id = 3425;
export const ids = [3425];
export const modules = {

/***/ 23425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AW: () => (/* binding */ assetBytes),
/* harmony export */   FX: () => (/* binding */ draftsWithTag),
/* harmony export */   Mz: () => (/* binding */ uploadAsset),
/* harmony export */   T2: () => (/* binding */ publishDraft),
/* harmony export */   Tn: () => (/* binding */ deleteDraft),
/* harmony export */   mq: () => (/* binding */ createDraft),
/* harmony export */   publishedRelease: () => (/* binding */ publishedRelease)
/* harmony export */ });
function releaseOf(data) {
    return {
        id: data.id,
        tag: data.tag_name,
        draft: data.draft,
        url: data.html_url,
        uploadUrl: data.upload_url,
        assets: (data.assets ?? []).map(({ id, name }) => ({ id, name }))
    };
}
function isNotFound(error) {
    return error.status === 404;
}
/** The published release under `tag`, or undefined (GitHub finds drafts by tag only in a list). */
async function publishedRelease(octokit, repository, tag) {
    try {
        const { data } = await octokit.rest.repos.getReleaseByTag({ ...repository, tag });
        return releaseOf(data);
    }
    catch (error) {
        if (isNotFound(error))
            return undefined;
        throw error;
    }
}
/** The drafts whose tag is `tag`: what a run that failed part-way left behind. */
async function draftsWithTag(octokit, repository, tag) {
    const releases = await octokit.paginate(octokit.rest.repos.listReleases, {
        ...repository,
        per_page: 100
    });
    return releases.filter((r) => r.draft && r.tag_name === tag).map(releaseOf);
}
/** The bytes of a release asset. */
async function assetBytes(octokit, repository, assetId) {
    const { data } = await octokit.rest.repos.getReleaseAsset({
        ...repository,
        asset_id: assetId,
        headers: { accept: 'application/octet-stream' }
    });
    return Buffer.from(data);
}
async function createDraft(octokit, repository, release) {
    const { data } = await octokit.rest.repos.createRelease({
        ...repository,
        tag_name: release.tag,
        target_commitish: release.commit,
        name: release.name,
        body: release.body,
        draft: true
    });
    return releaseOf(data);
}
/** Uploads an asset to the release's own upload address (GitHub's upload host, or GHES's). */
async function uploadAsset(octokit, release, name, bytes) {
    await octokit.request({
        method: 'POST',
        url: release.uploadUrl,
        name,
        data: bytes,
        headers: { 'content-type': 'application/octet-stream', 'content-length': bytes.length }
    });
}
async function publishDraft(octokit, repository, id) {
    const { data } = await octokit.rest.repos.updateRelease({
        ...repository,
        release_id: id,
        draft: false
    });
    return releaseOf(data);
}
async function deleteDraft(octokit, repository, id) {
    await octokit.rest.repos.deleteRelease({ ...repository, release_id: id });
}


/***/ })

};
