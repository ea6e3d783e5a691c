export const id = 4829;
export const ids = [4829,3425];
export const modules = {

/***/ 34829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kf: () => (/* binding */ ASSETS),
  fI: () => (/* binding */ describePublishError),
  Qt: () => (/* binding */ publishVersion),
  releaseTag: () => (/* binding */ releaseTag),
  releasedManifest: () => (/* binding */ releasedManifest)
});

// EXTERNAL MODULE: ./src/model/violation.ts + 1 modules
var violation = __webpack_require__(6078);
;// CONCATENATED MODULE: ./src/gates/a-publication.ts
// Gate A when a version is published (docs/decisions.md, "Publishing and the ledger"): a version id
// names one content, published once, and versions go forward in time. Reads what the releases
// and the ledger say, never the API; the publish step refuses on any violation, before it
// writes anything.

const NEW_VERSION = 'a version id is published once: give this content a new dataset-version-id (or let it be derived from the changed spec and released-at), promote it and publish that';
function conflicts(evidence) {
    const { released, recorded, tag, manifestDigest } = evidence;
    const found = released && released.manifestDigest !== manifestDigest
        ? `is already published (${released.url}) ${released.manifestDigest ? `with the manifest ${released.manifestDigest}` : 'without a promotion_manifest.json asset'}`
        : recorded && recorded.manifestDigest !== manifestDigest
            ? `is already recorded in ${evidence.ledger} (record ${recorded.seq}) with the manifest ${recorded.manifestDigest}`
            : undefined;
    if (found === undefined)
        return [];
    const message = `Release ${tag} ${found}, not ${manifestDigest}: ${NEW_VERSION}. Nothing was written.`;
    return [(0,violation/* violation */.Qf)('RELEASE_CONFLICT', evidence.manifestPath, message)];
}
function rollback(evidence) {
    const last = evidence.lastPublished;
    if (evidence.recorded || !last)
        return [];
    if (Date.parse(evidence.releasedAt) >= Date.parse(last.releasedAt))
        return [];
    const message = `released_at ${evidence.releasedAt} is earlier than ${last.releasedAt}, the released_at of ${last.versionId}, the last version in ${evidence.ledger}: published versions go forward in time. To publish older content again, promote it as a new version with a current released-at. Nothing was written.`;
    return [(0,violation/* violation */.Qf)('RELEASE_ROLLBACK', evidence.manifestPath, message)];
}
/** Why the version may not be published; empty when it may (or already is, the same). */
function publicationViolations(evidence) {
    const conflict = conflicts(evidence);
    return conflict.length > 0 ? conflict : rollback(evidence);
}

// EXTERNAL MODULE: ./src/model/digest.ts
var digest = __webpack_require__(95305);
// EXTERNAL MODULE: ./src/github/ledger.ts + 5 modules
var github_ledger = __webpack_require__(74809);
// EXTERNAL MODULE: ./src/github/releases.ts
var releases = __webpack_require__(23425);
;// CONCATENATED MODULE: ./src/github/publish.ts
// Publishing one dataset version: the release under `<slug>/<dataset_version_id>` and its record
// in the ledger. Everything that could refuse (the tag, the ledger) is read before anything is
// written; a refusal writes nothing. A run cut part-way (a draft with some assets) is finished by
// the next run: its draft is deleted and the release made again, then published.




/** The assets of a release, by name: always these names, whatever the files were called. */
const ASSETS = {
    manifest: 'promotion_manifest.json',
    statement: 'promotion_manifest.intoto.json',
    checksums: 'promotion_manifest.sha256sums'
};
function releaseTag(slug, versionId) {
    return `${slug}/${versionId}`;
}
/** The digest of a release's manifest asset, undefined when it has none. */
async function releasedManifest(octokit, repository, release) {
    const asset = release.assets.find((a) => a.name === ASSETS.manifest);
    return asset ? (0,releases/* assetBytes */.AW)(octokit, repository, asset.id) : undefined;
}
async function createRelease(octokit, repository, version, body) {
    const tag = releaseTag(version.slug, version.versionId);
    for (const stale of await (0,releases/* draftsWithTag */.FX)(octokit, repository, tag))
        await (0,releases/* deleteDraft */.Tn)(octokit, repository, stale.id);
    const draft = await (0,releases/* createDraft */.mq)(octokit, repository, {
        tag,
        commit: version.commit,
        name: `${version.slug} ${version.versionId}`,
        body
    });
    for (const [file, name] of Object.entries(ASSETS))
        await (0,releases/* uploadAsset */.Mz)(octokit, draft, name, version.files[file]);
    return (0,releases/* publishDraft */.T2)(octokit, repository, draft.id);
}
/** What the ledger's records say of the version, as gate A reads it. */
function ledgerEvidence(version, ledger, records) {
    const mine = records.find((r) => r.dataset_version_id === version.versionId);
    const last = records.filter((r) => r.dataset_version_id !== version.versionId).at(-1);
    return {
        manifestPath: version.manifestPath,
        tag: releaseTag(version.slug, version.versionId),
        manifestDigest: version.manifestDigest,
        releasedAt: version.releasedAt,
        ledger,
        ...(mine ? { recorded: { seq: mine.seq, manifestDigest: mine.manifest_digest } } : {}),
        ...(last
            ? { lastPublished: { versionId: last.dataset_version_id, releasedAt: last.released_at } }
            : {})
    };
}
/** The record before this version's, or the last record when the ledger has none of it yet. */
function previousRecord(version, records) {
    const mine = records.findIndex((r) => r.dataset_version_id === version.versionId);
    return (mine >= 0 ? records.slice(0, mine) : records).at(-1);
}
function recordFields(version, releaseUrl) {
    return {
        dataset_slug: version.slug,
        dataset_version_id: version.versionId,
        manifest_digest: version.manifestDigest,
        spec_hash: version.specHash,
        released_at: version.releasedAt,
        commit: version.commit,
        run_url: version.runUrl,
        release_url: releaseUrl
    };
}
/**
 * Publishes the version, or finds it published; then records it in the ledger. `notes` renders
 * the release body, given the last other version the ledger records.
 */
async function publishVersion(octokit, ledgerAt, version, notes) {
    const repository = { owner: ledgerAt.owner, repo: ledgerAt.repo };
    const released = await (0,releases.publishedRelease)(octokit, repository, releaseTag(version.slug, version.versionId));
    const releasedBytes = released && (await releasedManifest(octokit, repository, released));
    const ledger = await (0,github_ledger.readLedger)(octokit, ledgerAt);
    const name = (0,github_ledger/* ledgerName */.b)(ledgerAt);
    const refused = publicationViolations({
        ...ledgerEvidence(version, name, ledger.records),
        ...(released
            ? {
                released: {
                    url: released.url,
                    manifestDigest: releasedBytes && (0,digest/* sha256Digest */.sI)(releasedBytes)
                }
            }
            : {})
    });
    if (refused.length > 0)
        return { refused };
    const previous = previousRecord(version, ledger.records);
    const release = released ?? (await createRelease(octokit, repository, version, await notes(previous)));
    const appended = await (0,github_ledger/* appendToLedger */.L)(octokit, ledgerAt, recordFields(version, release.url), (now) => {
        // Another publication may have landed since the first reading: its order is checked again.
        const late = publicationViolations(ledgerEvidence(version, name, now.records));
        if (late.length > 0)
            throw new Error(`The release ${release.url} is published, but it cannot be recorded in ${name}: ${late[0].message.replace(/ Nothing was written\.$/, '')}`);
    });
    return {
        release,
        created: released === undefined,
        ledger: appended,
        ...(previous ? { previous } : {})
    };
}
/** A failed API call while publishing, as a sentence that says what to check. */
function describePublishError(tag, error) {
    const status = error.status;
    const message = error instanceof Error ? error.message : String(error);
    if (status === undefined)
        return message;
    const hint = status === 401 || status === 403 || status === 404
        ? 'The publishing job needs permissions: contents: write, and github-token must be able to write releases and the ledger branch.'
        : 'Re-run the job: publishing again keeps what is already published and finishes the rest.';
    return `Publishing ${tag} failed (HTTP ${status}): ${message}. ${hint}`;
}


/***/ }),

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
