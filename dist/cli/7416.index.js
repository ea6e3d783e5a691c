export const id = 7416;
export const ids = [7416];
export const modules = {

/***/ 7416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderSummary: () => (/* reexport */ renderSummary),
  renderVerifySummary: () => (/* reexport */ renderVerifySummary)
});

// UNUSED EXPORTS: COMMENT_LIMITS, NAMES_SHOWN, SUMMARY_LIMITS, cell, changedDatasetsSummary, renderNotWritten

// EXTERNAL MODULE: ./src/model/printable.ts
var printable = __webpack_require__(9498);
// EXTERNAL MODULE: ./src/report/words.ts
var words = __webpack_require__(2691);
;// CONCATENATED MODULE: ./src/report/cells.ts
// Text from outside in a summary's table cell or list line, and the limits and byte budget every
// summary keeps (GitHub's 1 MiB job summary, 65,536-character comment): shared by the summaries
// and the sections they hold, which import it from here rather than from summary.ts.


const WORD_JOINER = '\u2060';
/** Where a word joiner stops a link: after `@`, `#` or `GH-` before a digit, `http:`, `https:`, `ftp:` before `//`, `www` before `.`. */
const LINKED_BY_SHAPE = /@|#(?=\d)|gh-(?=\d)|(?:https?|ftp):(?=\/\/)|www(?=\.)/gi;
/**
 * Text from outside (file names, document values, the slug) in a table cell or a list line of
 * the summary: one line, and nothing GitHub would render as anything but that text.
 * - `&`, `<`, `>` as entities: no HTML element, comment or entity from the input.
 * - Every character Markdown or GitHub gives a meaning inside a line behind a backslash: `\`
 *   first (so an input backslash cannot cancel the escape after it), `|` (a new cell), `[`, `]`
 *   (links, images, references, footnotes), `` ` `` (code spans), `*`, `~` and `_` (emphasis,
 *   strikethrough; `_` only where it is not inside a word, where it cannot emphasise, so
 *   `river_gauges` stays as it is), `$` (GitHub's math). The reader sees the characters
 *   themselves.
 * - What GitHub links by its shape rather than by syntax (bare URLs and `www.` addresses, which
 *   the autolink extension links; e-mail addresses, `@user` and `@org/team` mentions, `#123`,
 *   `GH-123` and `owner/repo#123` references, which github.com links after rendering, code
 *   spans aside) broken with a WORD JOINER (U+2060) after the `@`, the `#`, the `GH-`, the
 *   scheme's `:` or the `www`. It is invisible and the text reads as it was; `printable` has
 *   already shown any U+2060 of the input as `\u2060`, so every one left is ours. A name copied
 *   from the rendered summary carries them: the manifest and the violations report have the
 *   names as they are.
 */
function cells_cell(text, max = Infinity) {
    const flat = (0,printable/* printable */.g$)(text.replace(/[\r\n]+/g, ' '));
    const cut = (0,words/* clipped */.c)(flat, max);
    return cut
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\|[\]`*~$]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\$&')
        .replace(LINKED_BY_SHAPE, `$&${WORD_JOINER}`);
}
const cells_SUMMARY_LIMITS = {
    bytes: 900 * 1024,
    violations: 200,
    consequences: 20,
    inventoryRows: 500,
    cell: 400
};
/** A pull-request comment: the same summary, smaller, and without the inventory. */
const COMMENT_LIMITS = {
    bytes: 48 * 1024,
    violations: 30,
    consequences: 5,
    inventoryRows: 0,
    cell: 300
};
/** Rows added while they fit the count and the bytes left; the rest counted, never dropped silently. */
class cells_Budget {
    left;
    constructor(bytes) {
        this.left = bytes;
    }
    take(lines) {
        for (const line of lines)
            this.left -= Buffer.byteLength(line) + 1;
    }
    /** Takes the lines when they fit with `spare` bytes left over, and says whether they did. */
    fits(lines, spare) {
        const bytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
        if (bytes + spare > this.left)
            return false;
        this.left -= bytes;
        return true;
    }
    rows(rows, max) {
        const shown = [];
        for (const row of rows.slice(0, max)) {
            const text = row();
            const bytes = Buffer.byteLength(text) + 1;
            if (bytes > this.left)
                break;
            this.left -= bytes;
            shown.push(text);
        }
        return { shown, more: rows.length - shown.length };
    }
}
/** A digest as a table shows it: the algorithm and 12 hex characters (the manifest has it whole). */
function shortDigest(digest) {
    return `<code>${cells_cell(digest.length > 19 ? `${digest.slice(0, 19)}…` : digest)}</code>`;
}
function size(bytes) {
    if (bytes === undefined)
        return 'not present';
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}

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
        ? `| ${cells_cell(place(e.path), limits.cell)} | ${cells_cell(e.mediaType, 80)} | ${size(e.size)} | ${shortDigest(e.digest)} |`
        : `| ${cells_cell(place(e.path), limits.cell)} | ${size(e.size)} | ${shortDigest(e.digest)} |`), limits.inventoryRows);
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
    const names = taken.slice(0, NAMES_SHOWN).map((e) => cells_cell(place(e.path), 200));
    const more = taken.length - names.length;
    return [
        `⚠️ **${taken.length} ${taken.length === 1 ? 'entry' : 'entries'} taken from the list, not hashed here** (the files are not in this workspace; their digests are the list's): ${names.join(', ')}${more > 0 ? `, and ${more} more` : ''}.`,
        ''
    ];
}

// EXTERNAL MODULE: ./src/report/lfs-summary.ts
var lfs_summary = __webpack_require__(6532);
;// CONCATENATED MODULE: ./src/report/remote-assets.ts


const CHECKED_BY = {
    checksum: 'its checksum',
    bytes: 'its bytes, read',
    'store checksum': "the store's SHA-256 checksum",
    unverified: '⚠️ unverified'
};
function row(copy, limits) {
    const by = CHECKED_BY[copy.by] + (copy.note ? ` (${cells_cell(copy.note, limits.cell)})` : '');
    const copyOf = copy.copyOf ? cells_cell(copy.copyOf, limits.cell) : '—';
    return `| ${cells_cell(copy.url, limits.cell)} | ${cells_cell(copy.catalog, limits.cell)} | ${copyOf} | ${by} |`;
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
        const checked = items.map((item) => cells_cell(item, share));
        const more = gate.checked.length - items.length;
        if (more > 0)
            checked.push(`and ${more} more`);
        lines.push(`| ${gate.gate} | ${cells_cell(gate.title)} | ${STATUS_MARK[gate.status]} | ${gate.violations} | ${checked.join('; ')} |`);
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
            `**Trusted configuration:** not checked: the pull request's files could not be listed (${cells_cell(changes.unknown, limits.cell)}).`,
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
        ...paths.slice(0, TRUSTED_SHOWN).map((file) => `| ${cells_cell(file, limits.cell)} |`),
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
    return `| ${v.gate} | ${cells_cell(v.code)} | ${cells_cell(v.path, limits.cell)}${v.line ? `:${v.line}` : ''} | ${cells_cell(shortDigests(v.message), limits.cell * 2)}${note} |`;
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
        `Caused by ${cells_cell(cause.path, limits.cell)}${cause.line ? `:${cause.line}` : ''} (${cause.gate} ${cells_cell(cause.code)}, above); fixing it is the first step.`,
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
        : `${note.what}, as the artifact <code>${cells_cell(note.artifact, 200)}</code>`;
}
/**
 * The one path style of the summary, said once: every path is relative to the workspace, as the
 * log and the annotations give them; the manifest's (and the gates' sentences') root-relative
 * artifact paths are under the dataset root named here.
 */
function pathsLine(rootPath) {
    return rootPath === undefined || rootPath === '.'
        ? 'relative to the workspace, which is the dataset root'
        : `relative to the workspace; the dataset root is ${cells_cell(rootPath, 200)}, and the manifest (like the sentences below) names artifacts relative to it`;
}
/** A root-relative path as the summary shows it: relative to the workspace. */
function workspacePath(rootPath) {
    return rootPath === undefined || rootPath === '.'
        ? (path) => path
        : (path) => `${rootPath}/${path}`;
}
function renderSummary(result, manifestPath, limits = cells_SUMMARY_LIMITS, 
/** On a pull request: its changes to trusted configuration, shown before the gates. */
trusted, 
/** What the run uploads; the CLI and the library upload nothing. */
upload = NOT_THE_ACTION, 
/** "Changes since" an earlier version (previous-manifest, previous: ledger), after the gates. */
changes = () => []) {
    const count = result.violations.length;
    const headline = result.status === 'pass'
        ? `## ✅ Promotion manifest: ${cells_cell(result.datasetSlug)} may be promoted`
        : `## ❌ Promotion blocked: ${cells_cell(result.datasetSlug)} (${(0,words/* plural */.L)(count, 'violation')})`;
    const lines = [
        headline,
        '',
        ...factsTable(runFacts(result, manifestPath, limits, upload)),
        ...(trusted ? trustedChangesSection(trusted, limits) : []),
        ...gatesTable(result.gates, limits),
        ...(0,lfs_summary/* lfsSummaryLines */.$)(result.lfs, (text) => cells_cell(text, limits.cell)),
        ...changes(Math.floor(limits.bytes / 4))
    ];
    const budget = new cells_Budget(limits.bytes);
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
        ['dataset', cells_cell(result.datasetSlug)],
        ['version', cells_cell(result.datasetVersionId ?? 'not determined', 200)],
        ['spec_hash', `<code>${cells_cell(result.specHash ?? 'not determined', 100)}</code>`],
        ['released_at', cells_cell(result.releasedAt ?? 'not determined', 100)]
    ];
    if (result.policy)
        facts.push([
            'policy',
            `${cells_cell(result.policy.policyLabel, 100)} (${cells_cell(result.policy.decisionId, 200)})`
        ]);
    if (manifestPath && result.manifestDigest)
        facts.push(['manifest', cells_cell(manifestPath, limits.cell)], ['manifest digest', `<code>${cells_cell(result.manifestDigest)}</code>`]);
    facts.push(['upload', uploadLine(upload)], ['paths', pathsLine(result.rootPath)]);
    return facts;
}
/** The inventory: its tables where the limits allow rows (the job summary), else a count. */
function inventorySection(result, limits, budget) {
    if (limits.inventoryRows > 0) {
        const place = workspacePath(result.rootPath);
        return [
            '### Inventory',
            '',
            ...inventoryTable('Artifacts', result.artifacts, true, limits, budget, place),
            ...inventoryTable('Catalogs', result.catalogs, false, limits, budget, place),
            ...remoteAssetsSection(result.remoteAssets, limits, budget)
        ];
    }
    return [
        `**Inventory:** ${result.artifacts.length} artifact(s), ${result.catalogs.length} catalog file(s); the job summary lists them.`,
        '',
        ...remoteAssetsSection(result.remoteAssets, limits, budget)
    ];
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
function renderVerifySummary(result, limits = cells_SUMMARY_LIMITS) {
    const count = result.violations.length;
    const lines = [
        result.status === 'pass'
            ? `## ✅ Verified: ${cells_cell(result.manifestPath, limits.cell)} matches the files`
            : `## ❌ Verification failed: ${cells_cell(result.manifestPath, limits.cell)} (${(0,words/* plural */.L)(count, 'violation')})`,
        '',
        ...factsTable([
            ['manifest', cells_cell(result.manifestPath, limits.cell)],
            ['manifest digest', `<code>${cells_cell(result.manifestDigest ?? 'not read')}</code>`],
            ['files checked', `${result.artifacts} artifact(s), ${result.catalogs} catalog file(s)`]
        ]),
        ...gatesTable(result.gates, limits)
    ];
    const budget = new cells_Budget(limits.bytes);
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
