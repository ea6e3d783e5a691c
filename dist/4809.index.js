export const id = 4809;
export const ids = [4809];
export const modules = {

/***/ 74809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ appendToLedger),
  ledgerLocation: () => (/* binding */ ledgerLocation),
  b: () => (/* binding */ ledgerName),
  readLedger: () => (/* binding */ readLedger)
});

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/model/digest.ts
var digest = __webpack_require__(95305);
;// CONCATENATED MODULE: ./src/documents/ledger-record.ts
// The bytes of a ledger line and its digest (docs/decisions.md, "Publishing and the ledger"): a
// record is written as compact JSON with its keys in one fixed order, so a record has exactly one
// line, and the chain's `previous` and the tip are the SHA-256 of those bytes, without the newline.

/** The keys of a record in the order its line writes them. */
const RECORD_KEYS = [
    'seq',
    'dataset_slug',
    'dataset_version_id',
    'manifest_digest',
    'spec_hash',
    'released_at',
    'commit',
    'run_url',
    'release_url',
    'previous'
];
/** The record's line without its newline: JSON, the keys in RECORD_KEYS order, no whitespace. */
function ledgerLine(record) {
    // Built key by key, so a record object with extra or reordered keys still writes its one line.
    const ordered = {};
    for (const key of RECORD_KEYS)
        ordered[key] = record[key];
    return JSON.stringify(ordered);
}
/** `sha256:` + hex of the UTF-8 bytes of a line without its newline: `previous`, and the tip. */
function lineDigest(line) {
    return (0,digest/* sha256Digest */.sI)(Buffer.from(line, 'utf8'));
}

// EXTERNAL MODULE: ./src/documents/json-document.ts
var json_document = __webpack_require__(58258);
// EXTERNAL MODULE: ./src/generated/validators.js
var validators = __webpack_require__(46161);
// EXTERNAL MODULE: ./src/model/json-schema.ts + 2 modules
var json_schema = __webpack_require__(55286);
// EXTERNAL MODULE: ./src/model/violation.ts + 1 modules
var model_violation = __webpack_require__(6078);
;// CONCATENATED MODULE: ./src/gates/e-ledger.ts
// Gate E's rule for the promotion ledger (ledger/<slug>.jsonl): every line a record of
// schemas/ledger_record_v1.schema.json written in the ledger's one form, each line's `previous`
// the digest of the line before it (null on the first), seq counting up by one from 1,
// released_at never going back, one dataset, each version once, and, when a tip is expected,
// the last line's digest that tip. A changed, dropped, inserted or moved line breaks one of these
// at a line the violation names. Gate E's, because the contract asks there that "each producing
// run … is recorded in an append-only audit ledger" (docs/contract.md).






/** A ledger file that cannot be read (missing, not a file, not UTF-8, too large). */
function ledgerUnreadable(path, message, line) {
    return violation('LEDGER_UNREADABLE', path, message, { line });
}
const validRecord = (0,json_schema/* schemaValidator */.K)(validators/* ledgerRecordV1 */.Qd);
/** Why a line is not a record in the ledger's form, or the record it is. */
function recordOf(line) {
    const { text } = line;
    if (text === '')
        return { problem: 'is empty; a ledger has one record on every line' };
    if (text.endsWith('\r'))
        return {
            problem: 'ends with a carriage return (CRLF line endings); ledger lines end with a newline alone, so restore the file from the ledger branch as it was committed'
        };
    if ('error' in line.parsed)
        return { problem: `is not JSON (${line.parsed.error}); a ledger line is one JSON record` };
    const value = line.parsed.value;
    const unsafe = (0,json_document/* jsonValueProblem */.rE)(value);
    if (unsafe)
        return { problem: unsafe.message };
    const problems = validRecord(value);
    if (problems.length > 0) {
        const shown = problems.slice(0, 3).map((p) => p.text);
        const more = problems.length > 3 ? `, and ${problems.length - 3} more` : '';
        return {
            problem: `is not a ledger record (schemas/ledger_record_v1.schema.json): ${shown.join('; ')}${more}`
        };
    }
    const record = value;
    if (ledgerLine(record) !== text)
        return {
            problem: "is a record, but not written in the ledger's one form (compact JSON, keys in the order seq, dataset_slug, dataset_version_id, manifest_digest, spec_hash, released_at, commit, run_url, release_url, previous), so its digest is not the one its publication recorded; lines are never rewritten"
        };
    return { record };
}
/** The violations of the link from `before` to `line` (`before` undefined: the first line). */
function linkViolations(path, before, line) {
    const record = line.record;
    if (!record)
        return [];
    if (!before) {
        if (record.previous === null)
            return [];
        return [
            (0,model_violation/* violation */.Qf)('LEDGER_CHAIN_BROKEN', path, `line 1 of ${path} has "previous" ${record.previous}, but the first record's is null: lines before it were dropped, or the file does not start where the ledger starts. Restore the file from the ledger branch.`, { line: 1 })
        ];
    }
    if (record.previous === before.digest)
        return [];
    const n = line.number;
    const b = before.number;
    // Consecutive seq numbers and a broken link: line b itself was changed after line n chained
    // to it (a dropped, inserted or moved line also breaks the count, reported with it).
    const edited = before.record !== undefined && record.seq === before.record.seq + 1;
    const message = edited
        ? `line ${b} of ${path} is not the line that line ${n} chains to: its digest is ${before.digest}, line ${n}'s "previous" is ${record.previous}. Line ${b} was changed after line ${n} was appended; restore it from the ledger branch (lines are never rewritten).`
        : `line ${n} of ${path} has "previous" ${String(record.previous)}, not the digest of line ${b} (${before.digest}): ${before.record ? '' : `line ${b}, which is no record, was changed, or `}a line was dropped, inserted or moved here. Restore the file from the ledger branch.`;
    return [(0,model_violation/* violation */.Qf)('LEDGER_CHAIN_BROKEN', path, message, { line: edited ? b : n })];
}
/** seq, released_at, slug and version of a record against the well-formed records before it. */
function orderViolations(path, 
/** The line before this one, undefined on the first line. */
before, last, first, seen, line) {
    const record = line.record;
    const n = line.number;
    const found = [];
    // After a line that is no record (reported as such), the count has nothing to go on.
    const counted = before === undefined || before.record !== undefined;
    const expectedSeq = before?.record ? before.record.seq + 1 : 1;
    if (counted && record.seq !== expectedSeq) {
        const after = before?.record
            ? `the record before it has seq ${before.record.seq}`
            : 'it is the first record';
        found.push((0,model_violation/* violation */.Qf)('LEDGER_SEQUENCE_BROKEN', path, `line ${n} of ${path} has seq ${record.seq}, but ${after}, so it must be ${expectedSeq}: a line was dropped, inserted or moved. Restore the file from the ledger branch.`, { line: n }));
    }
    if (last && record.released_at < last.released_at)
        found.push((0,model_violation/* violation */.Qf)('LEDGER_TIME_REVERSED', path, `line ${n} of ${path} has released_at ${record.released_at}, earlier than the record before it (${last.released_at}): versions are published in released_at order, so the lines were moved or changed. Restore the file from the ledger branch.`, { line: n }));
    if (first && record.dataset_slug !== first.dataset_slug)
        found.push((0,model_violation/* violation */.Qf)('LEDGER_RECORD_CONFLICT', path, `line ${n} of ${path} is a record of dataset "${record.dataset_slug}", but the ledger is dataset "${first.dataset_slug}"'s (one file per dataset): the line does not belong here.`, { line: n }));
    const earlier = seen.get(record.dataset_version_id);
    if (earlier !== undefined)
        found.push((0,model_violation/* violation */.Qf)('LEDGER_RECORD_CONFLICT', path, `line ${n} of ${path} records version ${record.dataset_version_id} again (line ${earlier} has it): a version is published once, so one of the two lines does not belong here.`, { line: n }));
    return found;
}
function tipViolation(path, lines, expectTip) {
    const last = lines[lines.length - 1];
    if (last?.digest === expectTip)
        return [];
    const shape = digest/* DIGEST_PATTERN */.WA.test(expectTip)
        ? ''
        : ' (it is not a sha256: digest of 64 lowercase hex characters)';
    const at = lines.find((line) => line.digest === expectTip);
    const why = !last
        ? `${path} has no lines`
        : at
            ? `it is the digest of line ${at.number}, and ${lines.length - at.number} line(s) follow it`
            : `no line of ${path} has it; the last line's digest is ${last.digest}`;
    return [
        (0,model_violation/* violation */.Qf)('LEDGER_TIP_MISMATCH', path, `${path} does not end at the expected tip ${expectTip}${shape}: ${why}. The ledger changed since that digest was recorded; compare it with the ledger branch's history.`, { line: last?.number })
    ];
}
/** The ledger's violations, and the lines that are records, in the file's order. */
function judgeLedger(evidence) {
    const { path } = evidence;
    const violations = [];
    const lines = evidence.lines.map((line) => {
        const read = recordOf(line);
        if ('record' in read)
            return { ...line, record: read.record };
        const message = `line ${line.number} of ${path} ${read.problem}`;
        violations.push((0,model_violation/* violation */.Qf)('LEDGER_RECORD_INVALID', path, message, { line: line.number }));
        return line;
    });
    if (evidence.unterminated)
        violations.push((0,model_violation/* violation */.Qf)('LEDGER_RECORD_INVALID', path, `line ${lines.length} of ${path} does not end with a newline: the file was cut short or written by hand. Every ledger line ends with one; restore the file from the ledger branch.`, { line: lines.length }));
    const records = [];
    const seen = new Map();
    lines.forEach((line, i) => {
        violations.push(...linkViolations(path, lines[i - 1], line));
        if (!line.record)
            return;
        violations.push(...orderViolations(path, lines[i - 1], records.at(-1), records[0], seen, line));
        if (!seen.has(line.record.dataset_version_id))
            seen.set(line.record.dataset_version_id, line.number);
        records.push(line.record);
    });
    if (evidence.expectTip !== undefined)
        violations.push(...tipViolation(path, lines, evidence.expectTip));
    // In the file's order (stable: a line's violations keep the order they were found in).
    violations.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { violations, records };
}

;// CONCATENATED MODULE: ./src/documents/ledger-lines.ts
// A ledger's text read into evidence for gate E: its lines, each with its digest and, when it
// parses, its JSON value. Reading judges nothing: whether a line is a record, and whether the
// records chain, is gates/e-ledger.ts's work.

function parsed(text) {
    try {
        return { value: JSON.parse(text) };
    }
    catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
    }
}
/** The lines of a ledger's text; a last line without its newline is a line, and said to be one. */
function ledgerEvidence(text, options) {
    const texts = text === '' ? [] : text.split('\n');
    const unterminated = texts.length > 0 && texts[texts.length - 1] !== '';
    if (texts.length > 0 && !unterminated)
        texts.pop();
    return {
        path: options.path,
        lines: texts.map((line, i) => ({
            number: i + 1,
            text: line,
            digest: lineDigest(line),
            parsed: parsed(line)
        })),
        unterminated,
        ...(options.expectTip !== undefined ? { expectTip: options.expectTip } : {})
    };
}

;// CONCATENATED MODULE: ./src/ledger/verify-ledger.ts
// Verifying a promotion ledger's text (ledger/<slug>.jsonl): its lines read into evidence and
// judged by gate E's ledger rule (gates/e-ledger.ts). What the CLI's `ledger verify` and the
// library's verifyLedger run.


/** Checks a ledger's text: each record's shape and form, the chain, the order, the tip. */
function verifyLedger(text, options = {}) {
    const evidence = ledgerEvidence(text, {
        path: options.path ?? 'ledger',
        ...(options.expectTip !== undefined ? { expectTip: options.expectTip } : {})
    });
    const { violations, records } = judgeLedger(evidence);
    return {
        ok: violations.length === 0,
        records,
        tip: evidence.lines.at(-1)?.digest ?? null,
        violations
    };
}

;// CONCATENATED MODULE: ./src/ledger/record.ts



/** The ledger cannot take the record: it does not verify, or would not with the record added. */
class LedgerError extends Error {
    violations;
    constructor(message, violations) {
        super(message);
        this.violations = violations;
    }
}
function refusal(what, violations) {
    const shown = violations.slice(0, 5).map((v) => `${v.code}: ${v.message}`);
    const more = violations.length > 5 ? ` (and ${violations.length - 5} more)` : '';
    return new LedgerError(`${what}: ${shown.join(' ')}${more}`, violations);
}
/**
 * The ledger's text with one record appended (every line ends with a newline): seq one past the
 * last record's (1 on an empty ledger), previous the last line's digest (null on an empty one).
 * Throws LedgerError when the ledger does not verify (a chain is never extended past a broken
 * link) or the new record would break it (another dataset, a version already recorded, an
 * earlier released_at, a field of the wrong shape).
 */
function appendRecord(ledgerText, fields) {
    const before = verifyLedger(ledgerText);
    if (!before.ok)
        throw refusal('the ledger does not verify, so nothing is appended', before.violations);
    const last = before.records.at(-1);
    const record = {
        seq: last ? last.seq + 1 : 1,
        dataset_slug: fields.dataset_slug,
        dataset_version_id: fields.dataset_version_id,
        manifest_digest: fields.manifest_digest,
        spec_hash: fields.spec_hash,
        released_at: fields.released_at,
        commit: fields.commit,
        run_url: fields.run_url,
        release_url: fields.release_url,
        previous: before.tip
    };
    const line = ledgerLine(record);
    const text = `${ledgerText}${line}\n`;
    const after = verifyLedger(text);
    if (!after.ok)
        throw refusal('the record cannot be appended', after.violations);
    // The ledger that verifies ends with the new line, so its tip is that line's digest.
    return { text, record, line, digest: after.tip };
}

;// CONCATENATED MODULE: ./src/github/ledger.ts
// The ledger on its branch, through the Git Data API: read at the branch's tip, and appended as
// one commit whose parent is that tip, the ref moved without force. A concurrent publication
// that moved the branch first makes GitHub refuse the move (422); the record is then appended
// again to what is there now, a bounded number of times. History is never rewritten.



/** The dataset's ledger in the repository: `ledger/<slug>.jsonl` on the ledger branch. */
function ledgerLocation(repo, branch, slug) {
    return { ...repo, branch, file: `ledger/${slug}.jsonl` };
}
/** Where a ledger is, in words, for messages. */
function ledgerName(at) {
    return `${at.file} on branch ${at.branch}`;
}
class LedgerInvalid extends Error {
}
function ledger_status(error) {
    return error.status;
}
/** The ledger at the branch's tip, verified: a ledger that does not verify is never appended to. */
async function readLedger(octokit, at) {
    const repository = { owner: at.owner, repo: at.repo };
    let commit;
    try {
        const { data } = await octokit.rest.git.getRef({ ...repository, ref: `heads/${at.branch}` });
        commit = data.object.sha;
    }
    catch (error) {
        if (ledger_status(error) === 404)
            return { text: '', records: [] };
        throw error;
    }
    const { data: head } = await octokit.rest.git.getCommit({ ...repository, commit_sha: commit });
    const tip = { commit, tree: head.tree.sha };
    const { data: tree } = await octokit.rest.git.getTree({
        ...repository,
        tree_sha: tip.tree,
        recursive: '1'
    });
    const entry = tree.tree.find((e) => e.path === at.file && e.type === 'blob');
    if (!entry && tree.truncated)
        throw new LedgerInvalid(`The tree of branch ${at.branch} is too large for GitHub to list whole, so ${at.file} cannot be found in it; keep only ledger files on that branch.`);
    if (!entry?.sha)
        return { tip, text: '', records: [] };
    const { data: blob } = await octokit.rest.git.getBlob({ ...repository, file_sha: entry.sha });
    const text = Buffer.from(blob.content, 'base64').toString('utf8');
    const verdict = verifyLedger(text, { path: at.file });
    if (!verdict.ok) {
        const first = verdict.violations[0];
        throw new LedgerInvalid(`The ledger ${ledgerName(at)} does not verify (${verdict.violations.length} problem(s); line ${first.line ?? '?'}: ${first.message}), so nothing is appended to it. Check it with "ledger verify" and restore it from the branch's history.`);
    }
    return { tip, text, records: verdict.records };
}
const LEDGER_ATTEMPTS = 10;
/** Waits before attempt `n` (1-based, after a refusal): 0.5 s doubling to 8 s, with jitter. */
function backoff(attempt) {
    const base = Math.min(500 * 2 ** (attempt - 1), 8000);
    return (0,promises_.setTimeout)(base + Math.floor(Math.random() * 250));
}
async function commitAppended(octokit, at, ledger, text, message) {
    const repository = { owner: at.owner, repo: at.repo };
    const { data: blob } = await octokit.rest.git.createBlob({
        ...repository,
        content: Buffer.from(text, 'utf8').toString('base64'),
        encoding: 'base64'
    });
    const { data: tree } = await octokit.rest.git.createTree({
        ...repository,
        ...(ledger.tip ? { base_tree: ledger.tip.tree } : {}),
        tree: [{ path: at.file, mode: '100644', type: 'blob', sha: blob.sha }]
    });
    const { data: commit } = await octokit.rest.git.createCommit({
        ...repository,
        message,
        tree: tree.sha,
        parents: ledger.tip ? [ledger.tip.commit] : []
    });
    if (ledger.tip)
        await octokit.rest.git.updateRef({
            ...repository,
            ref: `heads/${at.branch}`,
            sha: commit.sha,
            force: false
        });
    else
        await octokit.rest.git.createRef({
            ...repository,
            ref: `refs/heads/${at.branch}`,
            sha: commit.sha
        });
}
/**
 * Appends the record to the ledger as one commit on its branch (creating the branch with it when
 * absent), or finds it already there. A refused ref move (another publication moved the branch)
 * is retried on the new tip, at most LEDGER_ATTEMPTS times within about a minute.
 */
async function appendToLedger(octokit, at, fields, check, 
/** Waits before a retry; tests pass one that does not wait. */
wait = backoff) {
    for (let attempt = 1; attempt <= LEDGER_ATTEMPTS; attempt++) {
        if (attempt > 1)
            await wait(attempt - 1);
        const ledger = await readLedger(octokit, at);
        const there = ledger.records.find((r) => r.dataset_version_id === fields.dataset_version_id &&
            r.manifest_digest === fields.manifest_digest);
        if (there)
            return { record: there, digest: lineDigest(ledgerLine(there)), appended: false };
        check(ledger);
        const next = appendRecord(ledger.text, fields);
        const message = `ledger: ${fields.dataset_slug} ${fields.dataset_version_id} (record ${next.record.seq})`;
        try {
            await commitAppended(octokit, at, ledger, next.text, message);
            return { record: next.record, digest: next.digest, appended: true };
        }
        catch (error) {
            // 422: the branch moved (not a fast forward) or was created meanwhile; anything else is
            // not a race and is not retried.
            if (ledger_status(error) !== 422)
                throw error;
        }
    }
    throw new Error(`Appending to the ledger ${ledgerName(at)} failed: the branch moved under each of ${LEDGER_ATTEMPTS} attempts (other publications kept landing first, or something else writes to it). Re-run the job: publishing again is a no-op for the release and appends the missing record.`);
}


/***/ })

};
