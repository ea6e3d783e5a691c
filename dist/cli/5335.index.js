export const id = 5335;
export const ids = [5335];
export const modules = {

/***/ 779:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.fullFormats = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
exports.fastFormats = {
    ...exports.fullFormats,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
exports.formatNames = Object.keys(exports.fullFormats);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 5335:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(779);
// Generated by scripts/compile-schemas.mjs from schemas/. Do not edit.
/* eslint-disable */
// https://stac-extensions.github.io/processing/v1.2.0/schema.json

const stacFormats = { 'date-time': ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__.fullFormats['date-time'] }

const validate = validate196;const schema63 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://stac-extensions.github.io/processing/v1.2.0/schema.json#","title":"Processing Extension","description":"STAC Processing Extension for STAC Items and STAC Collections.","type":"object","required":["stac_extensions"],"properties":{"stac_extensions":{"type":"array","contains":{"const":"https://stac-extensions.github.io/processing/v1.2.0/schema.json"}}},"anyOf":[{"$comment":"This is the schema for STAC Items.","type":"object","required":["type","properties","assets"],"properties":{"type":{"const":"Feature"},"properties":{"allOf":[{"$ref":"#/definitions/require_any_field"},{"$ref":"#/definitions/fields"}]},"assets":{"$comment":"This validates the fields in Item Assets, but does not require them.","type":"object","additionalProperties":{"$ref":"#/definitions/fields"}}}},{"$comment":"This is the schema for STAC Collections.","type":"object","required":["type"],"properties":{"type":{"const":"Collection"},"providers":{"type":"array","items":{"$ref":"#/definitions/fields"}},"item_assets":{"type":"object","additionalProperties":{"$ref":"#/definitions/fields"}},"summaries":{"$comment":"The values of summaries are not validated yet!"},"assets":{"type":"object","additionalProperties":{"$ref":"#/definitions/fields"}}},"anyOf":[{"$comment":"Requires at least one provider to contain processing fields.","type":"object","required":["providers"],"properties":{"providers":{"type":"array","contains":{"type":"object","allOf":[{"type":"object","required":["roles"],"properties":{"roles":{"type":"array","contains":{"enum":["producer","processor"]}}}},{"$ref":"#/definitions/require_any_field"}]}}}},{"$comment":"Requires at least one asset to contain processing fields.","type":"object","required":["assets"],"properties":{"assets":{"type":"object","not":{"additionalProperties":{"not":{"$ref":"#/definitions/require_any_field"}}}}}},{"$comment":"Requires at least one item asset definition to contain processing fields.","type":"object","required":["item_assets"],"properties":{"item_assets":{"type":"object","not":{"additionalProperties":{"not":{"$ref":"#/definitions/require_any_field"}}}}}},{"type":"object","$comment":"Requires at least one summary to be a processing field.","required":["summaries"],"properties":{"summaries":{"$ref":"#/definitions/require_any_field"}}}]}],"definitions":{"stac_extensions":{},"require_provider_role":{"type":"object","required":["roles"],"properties":{"roles":{"type":"array","contains":{"enum":["producer","processor"]}}}},"require_any_field":{"anyOf":[{"type":"object","required":["processing:expression"]},{"type":"object","required":["processing:lineage"]},{"type":"object","required":["processing:level"]},{"type":"object","required":["processing:facility"]},{"type":"object","required":["processing:software"]},{"type":"object","required":["processing:version"]},{"type":"object","required":["processing:datetime"]}]},"fields":{"type":"object","properties":{"processing:expression":{"title":"Processing Expression","type":"object","required":["format","expression"],"properties":{"format":{"type":"string"},"expression":{"description":"Any data type, depending on the format chosen."}}},"processing:lineage":{"title":"Processing Lineage Information","type":"string","examples":["Post Processing GRD"]},"processing:level":{"title":"Processing Level","type":"string","examples":["RAW","L1","L1A","L1B","L1C","L2","L2A","L3","L4"]},"processing:facility":{"title":"Processing Facility","type":"string","examples":["Copernicus S1 Core Ground Segment - DPA"]},"processing:version":{"title":"Processing Version","type":"string","examples":["0.2.0"]},"processing:datetime":{"title":"Processing Datetime","type":"string","format":"date-time","pattern":"(\\+00:00|Z)$","examples":["2020-01-05T12:34:55Z"]},"processing:software":{"title":"Processing Software Name / version","type":"object","patternProperties":{".{1,}":{"type":"string"}},"examples":[{"Sentinel-1 IPF":"002.71"}]}},"patternProperties":{"^(?!processing:)":{}},"additionalProperties":false}}};function validate197(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;const _errs1 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data["processing:expression"] === undefined){const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "processing:expression"},message:"must have required property '"+"processing:expression"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs1 === errors;valid0 = valid0 || _valid0;if(!valid0){const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data["processing:lineage"] === undefined){const err2 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "processing:lineage"},message:"must have required property '"+"processing:lineage"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs3 === errors;valid0 = valid0 || _valid0;if(!valid0){const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data["processing:level"] === undefined){const err4 = {instancePath,schemaPath:"#/anyOf/2/required",keyword:"required",params:{missingProperty: "processing:level"},message:"must have required property '"+"processing:level"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs5 === errors;valid0 = valid0 || _valid0;if(!valid0){const _errs7 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data["processing:facility"] === undefined){const err6 = {instancePath,schemaPath:"#/anyOf/3/required",keyword:"required",params:{missingProperty: "processing:facility"},message:"must have required property '"+"processing:facility"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath,schemaPath:"#/anyOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid0 = _errs7 === errors;valid0 = valid0 || _valid0;if(!valid0){const _errs9 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data["processing:software"] === undefined){const err8 = {instancePath,schemaPath:"#/anyOf/4/required",keyword:"required",params:{missingProperty: "processing:software"},message:"must have required property '"+"processing:software"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath,schemaPath:"#/anyOf/4/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}var _valid0 = _errs9 === errors;valid0 = valid0 || _valid0;if(!valid0){const _errs11 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data["processing:version"] === undefined){const err10 = {instancePath,schemaPath:"#/anyOf/5/required",keyword:"required",params:{missingProperty: "processing:version"},message:"must have required property '"+"processing:version"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath,schemaPath:"#/anyOf/5/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}var _valid0 = _errs11 === errors;valid0 = valid0 || _valid0;if(!valid0){const _errs13 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data["processing:datetime"] === undefined){const err12 = {instancePath,schemaPath:"#/anyOf/6/required",keyword:"required",params:{missingProperty: "processing:datetime"},message:"must have required property '"+"processing:datetime"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath,schemaPath:"#/anyOf/6/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}var _valid0 = _errs13 === errors;valid0 = valid0 || _valid0;}}}}}}if(!valid0){const err14 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate197.errors = vErrors;return errors === 0;}const pattern14 = new RegExp("^(?!processing:)", "u");const pattern20 = new RegExp("(\\+00:00|Z)$", "u");const pattern15 = new RegExp(".{1,}", "u");const formats0 = stacFormats["date-time"];function validate199(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((((key0 === "processing:expression") || (key0 === "processing:lineage")) || (key0 === "processing:level")) || (key0 === "processing:facility")) || (key0 === "processing:version")) || (key0 === "processing:datetime")) || (key0 === "processing:software")) || (pattern14.test(key0)))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data["processing:expression"] !== undefined){let data0 = data["processing:expression"];if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.format === undefined){const err1 = {instancePath:instancePath+"/processing:expression",schemaPath:"#/properties/processing%3Aexpression/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data0.expression === undefined){const err2 = {instancePath:instancePath+"/processing:expression",schemaPath:"#/properties/processing%3Aexpression/required",keyword:"required",params:{missingProperty: "expression"},message:"must have required property '"+"expression"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data0.format !== undefined){if(typeof data0.format !== "string"){const err3 = {instancePath:instancePath+"/processing:expression/format",schemaPath:"#/properties/processing%3Aexpression/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath:instancePath+"/processing:expression",schemaPath:"#/properties/processing%3Aexpression/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data["processing:lineage"] !== undefined){if(typeof data["processing:lineage"] !== "string"){const err5 = {instancePath:instancePath+"/processing:lineage",schemaPath:"#/properties/processing%3Alineage/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data["processing:level"] !== undefined){if(typeof data["processing:level"] !== "string"){const err6 = {instancePath:instancePath+"/processing:level",schemaPath:"#/properties/processing%3Alevel/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data["processing:facility"] !== undefined){if(typeof data["processing:facility"] !== "string"){const err7 = {instancePath:instancePath+"/processing:facility",schemaPath:"#/properties/processing%3Afacility/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data["processing:version"] !== undefined){if(typeof data["processing:version"] !== "string"){const err8 = {instancePath:instancePath+"/processing:version",schemaPath:"#/properties/processing%3Aversion/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data["processing:datetime"] !== undefined){let data6 = data["processing:datetime"];if(typeof data6 === "string"){if(!pattern20.test(data6)){const err9 = {instancePath:instancePath+"/processing:datetime",schemaPath:"#/properties/processing%3Adatetime/pattern",keyword:"pattern",params:{pattern: "(\\+00:00|Z)$"},message:"must match pattern \""+"(\\+00:00|Z)$"+"\""};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(!(formats0.validate(data6))){const err10 = {instancePath:instancePath+"/processing:datetime",schemaPath:"#/properties/processing%3Adatetime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/processing:datetime",schemaPath:"#/properties/processing%3Adatetime/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data["processing:software"] !== undefined){let data7 = data["processing:software"];if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key1 in data7){if(pattern15.test(key1)){if(typeof data7[key1] !== "string"){const err12 = {instancePath:instancePath+"/processing:software/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/processing%3Asoftware/patternProperties/.%7B1%2C%7D/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}}else {const err13 = {instancePath:instancePath+"/processing:software",schemaPath:"#/properties/processing%3Asoftware/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}validate199.errors = vErrors;return errors === 0;}function validate196(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://stac-extensions.github.io/processing/v1.2.0/schema.json#" */;let vErrors = null;let errors = 0;const _errs1 = errors;let valid0 = false;const _errs2 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.properties === undefined){const err1 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "properties"},message:"must have required property '"+"properties"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.assets === undefined){const err2 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "assets"},message:"must have required property '"+"assets"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.type !== undefined){if("Feature" !== data.type){const err3 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/0/properties/type/const",keyword:"const",params:{allowedValue: "Feature"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.properties !== undefined){let data1 = data.properties;if(!(validate197(data1, {instancePath:instancePath+"/properties",parentData:data,parentDataProperty:"properties",rootData}))){vErrors = vErrors === null ? validate197.errors : vErrors.concat(validate197.errors);errors = vErrors.length;}if(!(validate199(data1, {instancePath:instancePath+"/properties",parentData:data,parentDataProperty:"properties",rootData}))){vErrors = vErrors === null ? validate199.errors : vErrors.concat(validate199.errors);errors = vErrors.length;}}if(data.assets !== undefined){let data2 = data.assets;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key0 in data2){if(!(validate199(data2[key0], {instancePath:instancePath+"/assets/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data2,parentDataProperty:key0,rootData}))){vErrors = vErrors === null ? validate199.errors : vErrors.concat(validate199.errors);errors = vErrors.length;}}}else {const err4 = {instancePath:instancePath+"/assets",schemaPath:"#/anyOf/0/properties/assets/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs2 === errors;valid0 = valid0 || _valid0;if(!valid0){const _errs14 = errors;const _errs17 = errors;let valid4 = false;const _errs18 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.providers === undefined){const err6 = {instancePath,schemaPath:"#/anyOf/1/anyOf/0/required",keyword:"required",params:{missingProperty: "providers"},message:"must have required property '"+"providers"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.providers !== undefined){let data4 = data.providers;if(Array.isArray(data4)){const _errs23 = errors;const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];const _errs24 = errors;if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){const err7 = {instancePath:instancePath+"/providers/" + i0,schemaPath:"#/anyOf/1/anyOf/0/properties/providers/contains/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(data5.roles === undefined){const err8 = {instancePath:instancePath+"/providers/" + i0,schemaPath:"#/anyOf/1/anyOf/0/properties/providers/contains/allOf/0/required",keyword:"required",params:{missingProperty: "roles"},message:"must have required property '"+"roles"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data5.roles !== undefined){let data6 = data5.roles;if(Array.isArray(data6)){const _errs30 = errors;const len1 = data6.length;for(let i1=0; i1<len1; i1++){let data7 = data6[i1];const _errs31 = errors;if(!((data7 === "producer") || (data7 === "processor"))){const err9 = {instancePath:instancePath+"/providers/" + i0+"/roles/" + i1,schemaPath:"#/anyOf/1/anyOf/0/properties/providers/contains/allOf/0/properties/roles/contains/enum",keyword:"enum",params:{allowedValues: schema63.anyOf[1].anyOf[0].properties.providers.contains.allOf[0].properties.roles.contains.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}var valid9 = _errs31 === errors;if(valid9){break;}}if(!valid9){const err10 = {instancePath:instancePath+"/providers/" + i0+"/roles",schemaPath:"#/anyOf/1/anyOf/0/properties/providers/contains/allOf/0/properties/roles/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}else {errors = _errs30;if(vErrors !== null){if(_errs30){vErrors.length = _errs30;}else {vErrors = null;}}}}else {const err11 = {instancePath:instancePath+"/providers/" + i0+"/roles",schemaPath:"#/anyOf/1/anyOf/0/properties/providers/contains/allOf/0/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/providers/" + i0,schemaPath:"#/anyOf/1/anyOf/0/properties/providers/contains/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(!(validate197(data5, {instancePath:instancePath+"/providers/" + i0,parentData:data4,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate197.errors : vErrors.concat(validate197.errors);errors = vErrors.length;}var valid6 = _errs24 === errors;if(valid6){break;}}if(!valid6){const err13 = {instancePath:instancePath+"/providers",schemaPath:"#/anyOf/1/anyOf/0/properties/providers/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}else {errors = _errs23;if(vErrors !== null){if(_errs23){vErrors.length = _errs23;}else {vErrors = null;}}}}else {const err14 = {instancePath:instancePath+"/providers",schemaPath:"#/anyOf/1/anyOf/0/properties/providers/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath,schemaPath:"#/anyOf/1/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}var _valid1 = _errs18 === errors;valid4 = valid4 || _valid1;if(!valid4){const _errs33 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.assets === undefined){const err16 = {instancePath,schemaPath:"#/anyOf/1/anyOf/1/required",keyword:"required",params:{missingProperty: "assets"},message:"must have required property '"+"assets"+"'"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data.assets !== undefined){let data8 = data.assets;if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){const err17 = {instancePath:instancePath+"/assets",schemaPath:"#/anyOf/1/anyOf/1/properties/assets/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}const _errs38 = errors;const _errs39 = errors;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){for(const key1 in data8){const _errs41 = errors;const _errs42 = errors;const _errs43 = errors;if(!(validate197(data8[key1], {instancePath:instancePath+"/assets/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data8,parentDataProperty:key1,rootData}))){vErrors = vErrors === null ? validate197.errors : vErrors.concat(validate197.errors);errors = vErrors.length;}var valid13 = _errs43 === errors;if(valid13){const err18 = {};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}else {errors = _errs42;if(vErrors !== null){if(_errs42){vErrors.length = _errs42;}else {vErrors = null;}}}var valid12 = _errs41 === errors;if(!valid12){break;}}}var valid11 = _errs39 === errors;if(valid11){const err19 = {instancePath:instancePath+"/assets",schemaPath:"#/anyOf/1/anyOf/1/properties/assets/not",keyword:"not",params:{},message:"must NOT be valid"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}else {errors = _errs38;if(vErrors !== null){if(_errs38){vErrors.length = _errs38;}else {vErrors = null;}}}}}else {const err20 = {instancePath,schemaPath:"#/anyOf/1/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}var _valid1 = _errs33 === errors;valid4 = valid4 || _valid1;if(!valid4){const _errs44 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.item_assets === undefined){const err21 = {instancePath,schemaPath:"#/anyOf/1/anyOf/2/required",keyword:"required",params:{missingProperty: "item_assets"},message:"must have required property '"+"item_assets"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data.item_assets !== undefined){let data10 = data.item_assets;if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){const err22 = {instancePath:instancePath+"/item_assets",schemaPath:"#/anyOf/1/anyOf/2/properties/item_assets/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}const _errs49 = errors;const _errs50 = errors;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key2 in data10){const _errs52 = errors;const _errs53 = errors;const _errs54 = errors;if(!(validate197(data10[key2], {instancePath:instancePath+"/item_assets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data10,parentDataProperty:key2,rootData}))){vErrors = vErrors === null ? validate197.errors : vErrors.concat(validate197.errors);errors = vErrors.length;}var valid17 = _errs54 === errors;if(valid17){const err23 = {};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}else {errors = _errs53;if(vErrors !== null){if(_errs53){vErrors.length = _errs53;}else {vErrors = null;}}}var valid16 = _errs52 === errors;if(!valid16){break;}}}var valid15 = _errs50 === errors;if(valid15){const err24 = {instancePath:instancePath+"/item_assets",schemaPath:"#/anyOf/1/anyOf/2/properties/item_assets/not",keyword:"not",params:{},message:"must NOT be valid"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}else {errors = _errs49;if(vErrors !== null){if(_errs49){vErrors.length = _errs49;}else {vErrors = null;}}}}}else {const err25 = {instancePath,schemaPath:"#/anyOf/1/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}var _valid1 = _errs44 === errors;valid4 = valid4 || _valid1;if(!valid4){const _errs55 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.summaries === undefined){const err26 = {instancePath,schemaPath:"#/anyOf/1/anyOf/3/required",keyword:"required",params:{missingProperty: "summaries"},message:"must have required property '"+"summaries"+"'"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data.summaries !== undefined){if(!(validate197(data.summaries, {instancePath:instancePath+"/summaries",parentData:data,parentDataProperty:"summaries",rootData}))){vErrors = vErrors === null ? validate197.errors : vErrors.concat(validate197.errors);errors = vErrors.length;}}}else {const err27 = {instancePath,schemaPath:"#/anyOf/1/anyOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}var _valid1 = _errs55 === errors;valid4 = valid4 || _valid1;}}}if(!valid4){const err28 = {instancePath,schemaPath:"#/anyOf/1/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}else {errors = _errs17;if(vErrors !== null){if(_errs17){vErrors.length = _errs17;}else {vErrors = null;}}}if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err29 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data.type !== undefined){if("Collection" !== data.type){const err30 = {instancePath:instancePath+"/type",schemaPath:"#/anyOf/1/properties/type/const",keyword:"const",params:{allowedValue: "Collection"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data.providers !== undefined){let data14 = data.providers;if(Array.isArray(data14)){const len2 = data14.length;for(let i2=0; i2<len2; i2++){if(!(validate199(data14[i2], {instancePath:instancePath+"/providers/" + i2,parentData:data14,parentDataProperty:i2,rootData}))){vErrors = vErrors === null ? validate199.errors : vErrors.concat(validate199.errors);errors = vErrors.length;}}}else {const err31 = {instancePath:instancePath+"/providers",schemaPath:"#/anyOf/1/properties/providers/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data.item_assets !== undefined){let data16 = data.item_assets;if(data16 && typeof data16 == "object" && !Array.isArray(data16)){for(const key3 in data16){if(!(validate199(data16[key3], {instancePath:instancePath+"/item_assets/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data16,parentDataProperty:key3,rootData}))){vErrors = vErrors === null ? validate199.errors : vErrors.concat(validate199.errors);errors = vErrors.length;}}}else {const err32 = {instancePath:instancePath+"/item_assets",schemaPath:"#/anyOf/1/properties/item_assets/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data.assets !== undefined){let data19 = data.assets;if(data19 && typeof data19 == "object" && !Array.isArray(data19)){for(const key4 in data19){if(!(validate199(data19[key4], {instancePath:instancePath+"/assets/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data19,parentDataProperty:key4,rootData}))){vErrors = vErrors === null ? validate199.errors : vErrors.concat(validate199.errors);errors = vErrors.length;}}}else {const err33 = {instancePath:instancePath+"/assets",schemaPath:"#/anyOf/1/properties/assets/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}else {const err34 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}var _valid0 = _errs14 === errors;valid0 = valid0 || _valid0;}if(!valid0){const err35 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}else {errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}}if(data && typeof data == "object" && !Array.isArray(data)){if(data.stac_extensions === undefined){const err36 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stac_extensions"},message:"must have required property '"+"stac_extensions"+"'"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(data.stac_extensions !== undefined){let data21 = data.stac_extensions;if(Array.isArray(data21)){const _errs75 = errors;const len3 = data21.length;for(let i3=0; i3<len3; i3++){const _errs76 = errors;if("https://stac-extensions.github.io/processing/v1.2.0/schema.json" !== data21[i3]){const err37 = {instancePath:instancePath+"/stac_extensions/" + i3,schemaPath:"#/properties/stac_extensions/contains/const",keyword:"const",params:{allowedValue: "https://stac-extensions.github.io/processing/v1.2.0/schema.json"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}var valid25 = _errs76 === errors;if(valid25){break;}}if(!valid25){const err38 = {instancePath:instancePath+"/stac_extensions",schemaPath:"#/properties/stac_extensions/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}else {errors = _errs75;if(vErrors !== null){if(_errs75){vErrors.length = _errs75;}else {vErrors = null;}}}}else {const err39 = {instancePath:instancePath+"/stac_extensions",schemaPath:"#/properties/stac_extensions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}validate196.errors = vErrors;return errors === 0;}


/***/ })

};
