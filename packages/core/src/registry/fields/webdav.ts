import { rfc, type FieldDefinition } from './types.js';

/** WebDAV (RFC 4918) and its extensions: versioning, ordering, redirects, search, CalDAV scheduling. */
export const webdavFields: readonly FieldDefinition[] = [
  {
    name: 'DAV', status: 'permanent', appearsIn: 'both', list: true,
    specUrl: rfc(4918, '10.1'),
    summary: { en: 'WebDAV compliance classes the resource supports.', 'zh-CN': '资源支持的 WebDAV 兼容级别。' },
    docs: 'In responses (usually to OPTIONS), the WebDAV compliance classes and extensions supported: `1, 2, 3, access-control, calendar-access`. Class 2 means locking is supported.',
  },
  {
    name: 'Depth', status: 'permanent', appearsIn: 'request', list: false,
    specUrl: rfc(4918, '10.2'),
    summary: { en: 'WebDAV: apply the method to the resource only, its children, or all descendants.', 'zh-CN': 'WebDAV：方法只作用于资源本身、其子资源，还是全部后代。' },
    docs: '`0`, `1` or `infinity`: how deep PROPFIND, COPY, MOVE and LOCK operate on a collection. Servers may refuse `Depth: infinity` PROPFIND requests (403 with `propfind-finite-depth`).',
  },
  {
    name: 'Destination', status: 'permanent', appearsIn: 'request', list: false,
    specUrl: rfc(4918, '10.3'),
    summary: { en: 'WebDAV: target URI of COPY or MOVE.', 'zh-CN': 'WebDAV：COPY 或 MOVE 的目标 URI。' },
    docs: 'The absolute URI (or absolute path) that COPY or MOVE writes to. Reverse proxies that rewrite the host must rewrite this field too, or the server answers 502.',
  },
  {
    name: 'If', status: 'permanent', appearsIn: 'request', list: false,
    specUrl: rfc(4918, '10.4'),
    summary: { en: 'WebDAV: conditions on lock tokens and entity tags.', 'zh-CN': 'WebDAV：关于锁令牌和实体标签的条件。' },
    docs: 'WebDAV\'s general precondition: lists of state tokens (lock tokens) and entity tags, optionally tagged with a resource, `(<urn:uuid:181d4fae-...> ["etag"])`. Submitting the lock token here is how a client proves it holds the lock.',
  },
  {
    name: 'Lock-Token', status: 'permanent', appearsIn: 'both', list: false,
    specUrl: rfc(4918, '10.5'),
    summary: { en: 'WebDAV: the lock token created by LOCK, or to remove with UNLOCK.', 'zh-CN': 'WebDAV：LOCK 创建的锁令牌，或 UNLOCK 要移除的锁令牌。' },
    docs: 'In a LOCK response, the token of the new lock; in an UNLOCK request, the token of the lock to remove. Written as a Coded-URL: `<urn:uuid:...>`.',
  },
  {
    name: 'Overwrite', status: 'permanent', appearsIn: 'request', list: false,
    specUrl: rfc(4918, '10.6'),
    summary: { en: 'WebDAV: whether COPY or MOVE may overwrite the destination (T or F).', 'zh-CN': 'WebDAV：COPY 或 MOVE 能否覆盖目标（T 或 F）。' },
    docs: '`T` (the default) or `F`. With `F`, COPY and MOVE fail with 412 Precondition Failed when the destination exists.',
  },
  {
    name: 'Timeout', status: 'permanent', appearsIn: 'both', list: true,
    specUrl: rfc(4918, '10.7'),
    summary: { en: 'WebDAV: requested lifetime of a lock.', 'zh-CN': 'WebDAV：请求的锁的有效期。' },
    docs: 'In a LOCK request, the lock timeouts the client would like, in order of preference: `Second-3600, Infinite`. The server decides and reports the actual timeout in the lock discovery property.',
  },
  {
    name: 'Status-URI', status: 'permanent', appearsIn: 'response', list: false,
    specUrl: rfc(2518, '9.7'),
    summary: { en: 'Early WebDAV: progress status of a method (removed from RFC 4918).', 'zh-CN': '早期 WebDAV：方法的进度状态（RFC 4918 中已移除）。' },
    docs: 'Defined in RFC 2518 for use with 102 Processing responses, to report the status of a long-running method on a resource. RFC 4918 dropped it and 102 Processing; no client relies on it.',
  },
  {
    name: 'Label', status: 'permanent', appearsIn: 'request', list: false,
    specUrl: rfc(3253, '8.3'),
    summary: { en: 'WebDAV versioning: select a version by label.', 'zh-CN': 'WebDAV 版本控制：按标签选择版本。' },
    docs: 'RFC 3253 (DeltaV): applies the request (GET, PROPFIND, COPY...) to the version of a version-controlled resource that carries this label, instead of the checked-in one.',
  },
  {
    name: 'Ordering-Type', status: 'permanent', appearsIn: 'request', list: false,
    specUrl: rfc(3648, '5.1'),
    summary: { en: 'WebDAV ordered collections: the ordering semantics.', 'zh-CN': 'WebDAV 有序集合：排序语义。' },
    docs: 'RFC 3648: sent with MKCOL to create an ordered collection, naming the ordering semantics as a URI (`DAV:custom` or `DAV:unordered`).',
  },
  {
    name: 'Position', status: 'permanent', appearsIn: 'request', list: false,
    specUrl: rfc(3648, '6.1'),
    summary: { en: 'WebDAV ordered collections: where to insert a member.', 'zh-CN': 'WebDAV 有序集合：成员的插入位置。' },
    docs: 'RFC 3648: with PUT, COPY, MOVE or MKCOL into an ordered collection, where the new member goes: `first`, `last`, `before <segment>` or `after <segment>`.',
  },
  {
    name: 'Apply-To-Redirect-Ref', status: 'permanent', appearsIn: 'request', list: false,
    specUrl: rfc(4437, '12.1'),
    summary: { en: 'WebDAV redirect references: act on the reference itself (T or F).', 'zh-CN': 'WebDAV 重定向引用：作用于引用本身（T 或 F）。' },
    docs: 'RFC 4437 (experimental): `T` makes the request operate on a redirect reference resource itself instead of being redirected to its target.',
  },
  {
    name: 'Redirect-Ref', status: 'permanent', appearsIn: 'response', list: false,
    specUrl: rfc(4437, '12.2'),
    summary: { en: 'WebDAV redirect references: marks a redirect reference.', 'zh-CN': 'WebDAV 重定向引用：标记一个重定向引用。' },
    docs: 'RFC 4437 (experimental): sent in 3xx responses produced by a redirect reference resource, so clients can tell them from ordinary redirects.',
  },
  {
    name: 'DASL', status: 'permanent', appearsIn: 'response', list: true,
    specUrl: rfc(5323, '3.2'),
    summary: { en: 'WebDAV SEARCH: supported query grammars.', 'zh-CN': 'WebDAV SEARCH：支持的查询语法。' },
    docs: 'RFC 5323: in OPTIONS responses, the URIs of the query grammars the resource supports with the SEARCH method, such as `<DAV:basicsearch>`.',
  },
  {
    name: 'Schedule-Reply', status: 'permanent', appearsIn: 'request', list: false,
    specUrl: rfc(6638, '8.1'),
    summary: { en: 'CalDAV scheduling: whether to send iTIP replies (T or F).', 'zh-CN': 'CalDAV 日程调度：是否发送 iTIP 回复（T 或 F）。' },
    docs: 'RFC 6638: `F` tells the server not to send scheduling messages to the organizer when an attendee changes or deletes an event.',
  },
  {
    name: 'Schedule-Tag', status: 'permanent', appearsIn: 'response', list: false,
    specUrl: rfc(6638, '8.2'),
    summary: { en: 'CalDAV scheduling: tag that changes only with scheduling changes.', 'zh-CN': 'CalDAV 日程调度：只在调度变更时才改变的标签。' },
    docs: 'RFC 6638: an opaque tag of a scheduling object resource that changes only for changes relevant to scheduling, unlike the entity tag. Used with `If-Schedule-Tag-Match`.',
  },
  {
    name: 'If-Schedule-Tag-Match', status: 'permanent', appearsIn: 'request', list: false,
    specUrl: rfc(6638, '8.3'),
    summary: { en: 'CalDAV scheduling: perform only if the Schedule-Tag matches.', 'zh-CN': 'CalDAV 日程调度：仅当 Schedule-Tag 匹配时才执行。' },
    docs: 'RFC 6638: a precondition like `If-Match`, but compared with the `Schedule-Tag`, so an attendee\'s client can update an event without clobbering the organizer\'s changes.',
  },
  {
    name: 'Cal-Managed-ID', status: 'permanent', appearsIn: 'response', list: false,
    specUrl: rfc(8607, '5.1'),
    summary: { en: 'CalDAV managed attachments: the attachment identifier.', 'zh-CN': 'CalDAV 托管附件：附件标识符。' },
    docs: 'RFC 8607: returned when a managed attachment is added to a calendar object, identifying the attachment for later updates and removal.',
  },
  {
    name: 'CalDAV-Timezones', status: 'permanent', appearsIn: 'request', list: false,
    specUrl: rfc(7809, '7.1'),
    summary: { en: 'CalDAV: whether to include time zone definitions (T or F).', 'zh-CN': 'CalDAV：是否包含时区定义（T 或 F）。' },
    docs: 'RFC 7809: `F` asks the server to omit VTIMEZONE components from calendar data, for clients that get time zones by reference.',
  },
];
