export const id = 5877;
export const ids = [5877];
export const modules = {

/***/ 5877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderSummary: () => (/* reexport */ renderSummary),
  renderVerifySummary: () => (/* reexport */ renderVerifySummary)
});

// UNUSED EXPORTS: COMMENT_LIMITS, NAMES_SHOWN, SUMMARY_LIMITS, cell, changedDatasetsSummary, renderNotWritten

// EXTERNAL MODULE: ./src/report/cells.ts
var cells = __webpack_require__(571);
;// CONCATENATED MODULE: ./src/report/changed-datasets-summary.ts
// The summary of changed-datasets mode: the matrix as a table, then what the matrix cannot hold
// (removed datasets, paths outside any dataset), each bounded by count and bytes.

/** Rows a budget allows, then a line counting the rest. */
function boundedRows(rows, max, budget, rest) {
    const { shown, more } = budget.rows(rows, max);
    const tail = more > 0 ? ['', `… and ${more} more ${rest}.`] : [];
    budget.take(tail);
    return [...shown, ...tail, ''];
}
function datasetRows(rows, limits, budget) {
    const head = ['| dataset | root | spec |', '| --- | --- | --- |'];
    budget.take(head);
    const line = (d) => () => `| ${cell(d.dataset)} | ${cell(d.root, limits.cell)} | ${cell(d.spec, limits.cell)} |`;
    return [...head, ...boundedRows(rows.map(line), limits.violations, budget, 'datasets')];
}
/** A heading that says whether the input in charge lets these through. */
function decisionHeading(title, count, allowed, input) {
    return allowed
        ? `### ${title}: ${count} (listed; ${input} is true)`
        : `### ❌ ${title}: ${count} (not allowed: ${input} is false)`;
}
function removedSection(report, limits, budget) {
    const { removed } = report;
    if (removed.length === 0)
        return [];
    const head = [
        decisionHeading('Removed datasets', removed.length, report.allowRemovals, 'allow-removals'),
        '',
        'The pull request deletes the spec of these datasets (or renames it away), and no spec is left in their root.',
        ''
    ];
    budget.take(head);
    const files = removed.flatMap((d) => d.files.map((f) => () => `| ${cell(d.dataset)} | ${cell(f, limits.cell)} |`));
    const filesHead = ['| removed dataset | changed path |', '| --- | --- |'];
    budget.take(filesHead);
    return [
        ...head,
        ...datasetRows(removed, limits, budget),
        ...filesHead,
        ...boundedRows(files, limits.inventoryRows, budget, 'paths')
    ];
}
function outsideSection(report, limits, budget) {
    const { outside } = report;
    if (outside.length === 0)
        return [];
    const head = [
        decisionHeading('Changed outside any dataset', outside.length, report.allowOutside, 'allow-outside-datasets'),
        '',
        'The datasets globs cover these paths, but no dataset root (a directory with a spec) holds them.',
        '',
        '| path |',
        '| --- |'
    ];
    budget.take(head);
    const rows = outside.map((f) => () => `| ${cell(f, limits.cell)} |`);
    return [...head, ...boundedRows(rows, limits.inventoryRows, budget, 'paths')];
}
/**
 * The summary of changed-datasets mode: the matrix as a table, then what the matrix cannot hold
 * (removed datasets, paths outside any dataset), each bounded by count and bytes.
 */
function changedDatasetsSummary(report, limits = SUMMARY_LIMITS) {
    // Rows stop at the budget; the headings and "… and N more" lines after them are kept back.
    const budget = new Budget(limits.bytes - 4096);
    const head = [`## Changed datasets: ${report.changed.length} of ${report.total}`, ''];
    budget.take(head);
    return [
        ...head,
        ...datasetRows(report.changed, limits, budget),
        ...removedSection(report, limits, budget),
        ...outsideSection(report, limits, budget)
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/inventory-table.ts

function inventoryTable(title, entries, withType, limits, budget, 
/** A root-relative path as the summary shows every path: relative to the workspace. */
place) {
    if (entries.length === 0)
        return [`**${title}:** none`, ''];
    const head = [
        `<details><summary><b>${title}</b> (${entries.length})</summary>`,
        '',
        withType ? '| path | media type | size | digest |' : '| path | size | digest |',
        withType ? '| --- | --- | ---: | --- |' : '| --- | ---: | --- |'
    ];
    budget.take(head);
    const { shown, more } = budget.rows(entries.map((e) => () => withType
        ? `| ${(0,cells/* cell */.Hn)(place(e.path), limits.cell)} | ${(0,cells/* cell */.Hn)(e.mediaType, 80)} | ${(0,cells/* size */.Ej)(e.size)} | ${(0,cells/* shortDigest */.VK)(e.digest)} |`
        : `| ${(0,cells/* cell */.Hn)(place(e.path), limits.cell)} | ${(0,cells/* size */.Ej)(e.size)} | ${(0,cells/* shortDigest */.VK)(e.digest)} |`), limits.inventoryRows);
    const tail = [
        ...(more > 0
            ? ['', `… and ${more} more; the manifest lists every one with its full digest.`]
            : []),
        '',
        '</details>',
        '',
        ...notHashedHere(entries, place)
    ];
    budget.take(tail);
    return [...head, ...shown, ...tail];
}
/** How many names a list in the summary shows before it says how many more there are. */
const NAMES_SHOWN = 20;
/** Entries a precomputed list gave for files not present here: counted and named, never silent. */
function notHashedHere(entries, place) {
    const taken = entries.filter((e) => !e.verified);
    if (taken.length === 0)
        return [];
    const names = taken.slice(0, NAMES_SHOWN).map((e) => (0,cells/* cell */.Hn)(place(e.path), 200));
    const more = taken.length - names.length;
    return [
        `⚠️ **${taken.length} ${taken.length === 1 ? 'entry' : 'entries'} taken from the list, not hashed here** (the files are not in this workspace; their digests are the list's): ${names.join(', ')}${more > 0 ? `, and ${more} more` : ''}.`,
        ''
    ];
}

// EXTERNAL MODULE: ./src/report/lfs-summary.ts
var lfs_summary = __webpack_require__(6532);
// EXTERNAL MODULE: ./src/report/words.ts
var words = __webpack_require__(2691);
;// CONCATENATED MODULE: ./src/report/remote-assets.ts


const CHECKED_BY = {
    checksum: 'its checksum',
    bytes: 'its bytes, read',
    'store checksum': "the store's SHA-256 checksum",
    unverified: '⚠️ unverified'
};
function row(copy, limits) {
    const by = CHECKED_BY[copy.by] + (copy.note ? ` (${(0,cells/* cell */.Hn)(copy.note, limits.cell)})` : '');
    const copyOf = copy.copyOf ? (0,cells/* cell */.Hn)(copy.copyOf, limits.cell) : '—';
    return `| ${(0,cells/* cell */.Hn)(copy.url, limits.cell)} | ${(0,cells/* cell */.Hn)(copy.catalog, limits.cell)} | ${copyOf} | ${by} |`;
}
function remoteAssetsSection(copies, limits, budget) {
    if (!copies || copies.length === 0)
        return [];
    const unverified = copies.filter((copy) => copy.by === 'unverified').length;
    const warning = unverified > 0
        ? [
            `⚠️ **${(0,words/* plural */.L)(unverified, 'remote asset link')} unverified** (remote-assets: allow): nothing checked the bytes they lead to.`,
            ''
        ]
        : [];
    if (limits.inventoryRows === 0) {
        const lines = [
            ...warning,
            `**Remote assets:** ${(0,words/* plural */.L)(copies.length, 'link')}; the job summary lists them.`,
            ''
        ];
        budget.take(lines);
        return lines;
    }
    const head = [
        ...warning,
        `<details><summary><b>Remote assets</b> (${copies.length})</summary>`,
        '',
        '| URL | catalog | published copy of | checked by |',
        '| --- | --- | --- | --- |'
    ];
    budget.take(head);
    const { shown, more } = budget.rows(copies.map((copy) => () => row(copy, limits)), limits.inventoryRows);
    const tail = [
        ...(more > 0 ? ['', `… and ${more} more; gate D's line counts them all.`] : []),
        '',
        '</details>',
        ''
    ];
    budget.take(tail);
    return [...head, ...shown, ...tail];
}

;// CONCATENATED MODULE: ./src/report/summary-head.ts

/** The run at a glance, as a list: a table would need a header row with nothing to say. */
function factsTable(facts) {
    return [...facts.map(([name, value]) => `- **${name}:** ${value}`), ''];
}
/** Items of a gate's "checked" cell shown before the rest are counted. */
const CHECKED_ITEMS = 12;
const STATUS_MARK = { pass: '✅ pass', fail: '❌ fail', 'not required': '➖ not required' };
function gatesTable(gates, limits) {
    const lines = [
        '### Gates',
        '',
        '| gate | title | status | violations | checked |',
        '| --- | --- | --- | ---: | --- |'
    ];
    for (const gate of gates) {
        // Each item cut to its share of the cell, so a long one never hides the ones after it.
        const items = gate.checked.slice(0, CHECKED_ITEMS);
        const share = Math.max(80, Math.floor((limits.cell * 2) / Math.max(1, items.length)));
        const checked = items.map((item) => (0,cells/* cell */.Hn)(item, share));
        const more = gate.checked.length - items.length;
        if (more > 0)
            checked.push(`and ${more} more`);
        lines.push(`| ${gate.gate} | ${(0,cells/* cell */.Hn)(gate.title)} | ${STATUS_MARK[gate.status]} | ${gate.violations} | ${checked.join('; ')} |`);
    }
    lines.push('');
    return lines;
}

;// CONCATENATED MODULE: ./src/report/trusted-changes.ts
// On a pull request, what it changes of the files the gate trusts (`trusted-paths`), for the
// summary's section before the gates.


/** How many trusted files the section names before it counts the rest. */
const TRUSTED_SHOWN = 50;
/**
 * The pull request's changes to trusted configuration: a table (a cell holds a name as inline
 * text only, where a list item could start a heading or a quote), or one line saying there are
 * none or that they are not known.
 */
function trustedChangesSection(changes, limits) {
    if ('unknown' in changes)
        return [
            `**Trusted configuration:** not checked: the pull request's files could not be listed (${(0,cells/* cell */.Hn)(changes.unknown, limits.cell)}).`,
            ''
        ];
    const { paths } = changes;
    if (paths.length === 0)
        return [
            '**Trusted configuration:** this pull request changes none of the files the gate trusts (`trusted-paths`).',
            ''
        ];
    const more = paths.length - TRUSTED_SHOWN;
    return [
        `### ⚠️ This pull request changes what the gate trusts: ${(0,words/* plural */.L)(paths.length, 'file')}`,
        '',
        'These files decide how pull requests are gated (`trusted-paths`): whoever owns them should review this change before it merges.',
        '',
        '| trusted file changed |',
        '| --- |',
        ...paths.slice(0, TRUSTED_SHOWN).map((file) => `| ${(0,cells/* cell */.Hn)(file, limits.cell)} |`),
        ...(more > 0 ? ['', `… and ${more} more.`] : []),
        ''
    ];
}

// EXTERNAL MODULE: ./src/report/folded-causes.ts
var folded_causes = __webpack_require__(2927);
;// CONCATENATED MODULE: ./src/report/violations-table.ts



const VIOLATIONS_HEAD = ['| gate | code | where | what to do |', '| --- | --- | --- | --- |'];
/** Whole digests in a sentence, shortened as the inventory shows them (the report has them whole). */
const shortDigests = (text) => text.replace(/sha256:([0-9a-f]{12})[0-9a-f]{52}/g, 'sha256:$1…');
function violationRow(v, limits, note = '') {
    return `| ${v.gate} | ${(0,cells/* cell */.Hn)(v.code)} | ${(0,cells/* cell */.Hn)(v.path, limits.cell)}${v.line ? `:${v.line}` : ''} | ${(0,cells/* cell */.Hn)(shortDigests(v.message), limits.cell * 2)}${note} |`;
}
const IN_THE_REPORT = 'the violations report has every one (the `violations-path` output, and the violations artifact when uploading)';
/** Bytes kept for the closing lines while the sections under the causes are laid out. */
const CLOSING_BYTES = 1024;
/**
 * The violations a cause explains, folded under it: the first of them in a table, the rest
 * counted. Undefined when even its frame does not fit the budget.
 */
function causedSection({ violation: cause, consequences }, limits, budget) {
    const count = consequences.length;
    const head = [
        `<details><summary><b>${(0,words/* plural */.L)(count, 'violation')} caused by ${cause.gate} ${cause.code}</b></summary>`,
        '',
        `Caused by ${(0,cells/* cell */.Hn)(cause.path, limits.cell)}${cause.line ? `:${cause.line}` : ''} (${cause.gate} ${(0,cells/* cell */.Hn)(cause.code)}, above); fixing it is the first step.`,
        '',
        ...VIOLATIONS_HEAD
    ];
    const frame = ['', '… and more', '', '</details>', ''];
    if (!budget.fits([...head, ...frame], CLOSING_BYTES))
        return undefined;
    const { shown, more } = budget.rows(consequences.map((v) => () => violationRow(v, limits)), limits.consequences);
    const tail = more > 0 ? ['', `… and ${more} more caused by it: ${IN_THE_REPORT}.`, ''] : [''];
    return [...head, ...shown, ...tail, '</details>', ''];
}
/**
 * The violations, cause first: one table row for each violation no other explains (a cause
 * saying how many it causes), then under each cause shown, the ones it causes.
 */
function violationsTable(violations, limits, budget) {
    const tops = (0,folded_causes/* folded */.T)(violations);
    const head = ['### Violations', '', ...VIOLATIONS_HEAD];
    budget.take(head);
    const causes = (n) => n === 0 ? '' : ` **It causes ${(0,words/* plural */.L)(n, 'more violation')}, listed below it.**`;
    const { shown } = budget.rows(tops.map(({ violation, consequences }) => () => violationRow(violation, limits, causes(consequences.length))), limits.violations);
    const lines = [...head, ...shown, ''];
    let unlisted = 0;
    tops.forEach((top, index) => {
        if (index >= shown.length)
            unlisted += 1 + top.consequences.length;
        else if (top.consequences.length > 0) {
            const section = causedSection(top, limits, budget);
            if (section)
                lines.push(...section);
            else
                unlisted += top.consequences.length;
        }
    });
    const tail = unlisted > 0 ? [`… and ${(0,words/* plural */.L)(unlisted, 'more violation')}: ${IN_THE_REPORT}.`] : [];
    budget.take(tail);
    return [...lines, ...tail];
}

;// CONCATENATED MODULE: ./src/report/promotion-summary.ts








const NOT_THE_ACTION = {
    none: 'only the action uploads (with `upload: true`)'
};
function uploadLine(note) {
    return 'none' in note
        ? `not uploaded: ${note.none}`
        : `${note.what}, as the artifact <code>${(0,cells/* cell */.Hn)(note.artifact, 200)}</code>`;
}
/**
 * The one path style of the summary, said once: every path is relative to the workspace, as the
 * log and the annotations give them; the manifest's (and the gates' sentences') root-relative
 * artifact paths are under the dataset root named here.
 */
function pathsLine(rootPath) {
    return rootPath === undefined || rootPath === '.'
        ? 'relative to the workspace, which is the dataset root'
        : `relative to the workspace; the dataset root is ${(0,cells/* cell */.Hn)(rootPath, 200)}, and the manifest (like the sentences below) names artifacts relative to it`;
}
/** A root-relative path as the summary shows it: relative to the workspace. */
function workspacePath(rootPath) {
    return rootPath === undefined || rootPath === '.'
        ? (path) => path
        : (path) => `${rootPath}/${path}`;
}
function renderSummary(result, manifestPath, limits = cells/* SUMMARY_LIMITS */.QF, 
/** On a pull request: its changes to trusted configuration, shown before the gates. */
trusted, 
/** What the run uploads; the CLI and the library upload nothing. */
upload = NOT_THE_ACTION, 
/** "Changes since" an earlier version (previous-manifest, previous: ledger), after the gates. */
changes = () => []) {
    const count = result.violations.length;
    const headline = result.status === 'pass'
        ? `## ✅ Promotion manifest: ${(0,cells/* cell */.Hn)(result.datasetSlug)} may be promoted`
        : `## ❌ Promotion blocked: ${(0,cells/* cell */.Hn)(result.datasetSlug)} (${(0,words/* plural */.L)(count, 'violation')})`;
    const lines = [
        headline,
        '',
        ...factsTable(runFacts(result, manifestPath, limits, upload)),
        ...(trusted ? trustedChangesSection(trusted, limits) : []),
        ...gatesTable(result.gates, limits),
        ...(0,lfs_summary/* lfsSummaryLines */.$)(result.lfs, limits),
        ...changes(Math.floor(limits.bytes / 4))
    ];
    const budget = new cells/* Budget */.__(limits.bytes);
    budget.take(lines);
    if (count > 0) {
        const closing = [
            '',
            'No manifest was written: promotion fails closed until every violation is fixed.',
            ''
        ];
        budget.take(closing);
        lines.push(...violationsTable(result.violations, limits, budget), ...closing);
    }
    lines.push(...inventorySection(result, limits, budget));
    return lines.join('\n');
}
/** The run at a glance: the dataset, its version, spec and policy, the manifest, the upload. */
function runFacts(result, manifestPath, limits, upload) {
    const facts = [
        ['dataset', (0,cells/* cell */.Hn)(result.datasetSlug)],
        ['version', (0,cells/* cell */.Hn)(result.datasetVersionId ?? 'not determined', 200)],
        ['spec_hash', `<code>${(0,cells/* cell */.Hn)(result.specHash ?? 'not determined', 100)}</code>`],
        ['released_at', (0,cells/* cell */.Hn)(result.releasedAt ?? 'not determined', 100)]
    ];
    if (result.policy)
        facts.push([
            'policy',
            `${(0,cells/* cell */.Hn)(result.policy.policyLabel, 100)} (${(0,cells/* cell */.Hn)(result.policy.decisionId, 200)})`
        ]);
    if (manifestPath && result.manifestDigest)
        facts.push(['manifest', (0,cells/* cell */.Hn)(manifestPath, limits.cell)], ['manifest digest', `<code>${(0,cells/* cell */.Hn)(result.manifestDigest)}</code>`]);
    facts.push(['upload', uploadLine(upload)], ['paths', pathsLine(result.rootPath)]);
    return facts;
}
/** The inventory: its tables where the limits allow rows (the job summary), else a count. */
function inventorySection(result, limits, budget) {
    const lines = [];
    if (limits.inventoryRows > 0) {
        const place = workspacePath(result.rootPath);
        lines.push('### Inventory', '', ...inventoryTable('Artifacts', result.artifacts, true, limits, budget, place), ...inventoryTable('Catalogs', result.catalogs, false, limits, budget, place));
    }
    else
        lines.push(`**Inventory:** ${result.artifacts.length} artifact(s), ${result.catalogs.length} catalog file(s); the job summary lists them.`, '');
    lines.push(...remoteAssetsSection(result.remoteAssets, limits, budget));
    return lines;
}
/**
 * Appended to a passing run's summary when its manifest then could not be put in place: the
 * summary is written before the files move, and must not end saying they did.
 */
function renderNotWritten(message) {
    return ['', '## ❌ No manifest was written', '', cell(message), ''].join('\n');
}

;// CONCATENATED MODULE: ./src/report/verify-summary.ts




/** The summary of verify mode: the manifest checked, the gates, and what differs. */
function renderVerifySummary(result, limits = cells/* SUMMARY_LIMITS */.QF) {
    const count = result.violations.length;
    const lines = [
        result.status === 'pass'
            ? `## ✅ Verified: ${(0,cells/* cell */.Hn)(result.manifestPath, limits.cell)} matches the files`
            : `## ❌ Verification failed: ${(0,cells/* cell */.Hn)(result.manifestPath, limits.cell)} (${(0,words/* plural */.L)(count, 'violation')})`,
        '',
        ...factsTable([
            ['manifest', (0,cells/* cell */.Hn)(result.manifestPath, limits.cell)],
            ['manifest digest', `<code>${(0,cells/* cell */.Hn)(result.manifestDigest ?? 'not read')}</code>`],
            ['files checked', `${result.artifacts} artifact(s), ${result.catalogs} catalog file(s)`]
        ]),
        ...gatesTable(result.gates, limits)
    ];
    const budget = new cells/* Budget */.__(limits.bytes);
    budget.take(lines);
    if (count > 0)
        lines.push(...violationsTable(result.violations, limits, budget), '', 'Do not publish: the files are not the ones the gates passed.', '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/summary.ts
// The summaries (Markdown), the face the adapters import: a promotion's job summary
// (promotion-summary.ts), verify mode's (verify-summary.ts), changed-datasets mode's
// (changed-datasets-summary.ts); the cells, limits and byte budget they keep are in cells.ts.







/***/ })

};
