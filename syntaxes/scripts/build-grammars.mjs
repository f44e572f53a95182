#!/usr/bin/env node
// Builds syntaxes/http.tmLanguage.json and syntaxes/http-message.tmLanguage.json.
//
// The JSON files are the artefacts editors load; this script is their source, so that the
// regular expressions are written once (String.raw, no double escaping) and shared by both
// grammars. Run `node syntaxes/scripts/build-grammars.mjs` after an edit;
// `--check` exits 1 when the committed JSON differs from what this script produces.
//
// Every expression here runs in Oniguruma on one line at a time. They are written to stay
// linear (see syntaxes/README.md, "Linear expressions"):
// - every unbounded repetition is possessive (`*+`, `++`) or a lazy run that can only stop at
//   a fixed literal;
// - a repetition that may fail after it ran (`[tchar]++(/)`) only starts at the beginning of a
//   run, guarded by a look-behind (`(?<![tchar])`), so no position is scanned twice;
// - anything that may stay open (quoted strings, `{{ }}`) is a begin/end region that ends at
//   the end of the line at the latest, never one expression that searches ahead for its close;
// - `while` conditions are anchored with `^` and read only the start of a line, or look for a
//   fixed literal with a lazy run (`.*?%\}`: the line that closes a script).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..');
const r = String.raw;

// token characters of RFC 9110 (tchar), as a class body (backtick written \x60)
const TCHAR = r`!#$%&'*+\-.^_\x60|~0-9A-Za-z`;
const TOKEN = `[${TCHAR}]`;
const METHODS = [
  'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH', 'QUERY',
  'PROPFIND', 'PROPPATCH', 'MKCOL', 'COPY', 'MOVE', 'LOCK', 'UNLOCK', 'SEARCH', 'REPORT',
  'MKCALENDAR', 'LINK', 'UNLINK', 'PURGE', 'GRAPHQL', 'CHECKOUT', 'CHECKIN', 'MERGE', 'MKACTIVITY',
  'MKWORKSPACE', 'VERSION-CONTROL', 'BASELINE-CONTROL', 'ACL',
  // httpYac's other protocols (the parser's OTHER_PROTOCOLS)
  'GRPC', 'WS', 'WEBSOCKET', 'SSE', 'EVENTSOURCE', 'MQTT', 'AMQP', 'RABBITMQ',
].join('|');
const VERSION = r`HTTP/\d++(?:\.\d++)?`;
const STATUS_AHEAD = r`${VERSION}[ \t]++\d{3}(?!\S)`;
// media types that choose how a body is coloured (case-insensitive, whole subtype)
const END_TYPE = r`(?![\w.+\-])`;
const MEDIA = {
  graphql: r`(?i:application/graphql)${END_TYPE}`,
  json: r`(?i:(?:application|text)/(?:(?:[\w.+\-]*?[+.\-])?json|(?:x-)?ndjson|jsonl))${END_TYPE}`,
  xml: r`(?i:(?:application|text)/(?:[\w.+\-]*?[+.\-])?xml|image/svg\+xml)${END_TYPE}`,
  html: r`(?i:text/html)${END_TYPE}`,
  form: r`(?i:application/x-www-form-urlencoded)${END_TYPE}`,
  multipart: r`(?i:multipart/)${TOKEN}++`,
};
const EMBEDDED = {
  json: { scope: 'source.json', content: 'meta.embedded.block.json' },
  xml: { scope: 'text.xml', content: 'meta.embedded.block.xml' },
  html: { scope: 'text.html.basic', content: 'meta.embedded.block.html' },
};

/** Both grammars share most rules; `http` adds templates, comments, scripts and requests. */
function build(kind) {
  const http = kind === 'http';
  const S = http ? 'httplens' : 'httplens-message';
  // A request or response goes on until `###` (http), or until the next start line.
  const WHILE = http
    ? r`^(?![ \t]*+###)(?!${STATUS_AHEAD})`
    : r`^(?!${STATUS_AHEAD})(?![A-Z][A-Z0-9_\-]*+[ \t]++\S++[ \t]++${VERSION}[ \t]*+$)`;
  const WHILE_PART = `${WHILE}(?!--\\S)`;
  // Embedded content (JSON, XML, GraphQL) stops before a script, redirect or assert line, so that
  // those lines are not part of the embedded language even when the JSON or XML was left open.
  const SCRIPT_LINE = r`[ \t]*+(?:[<>][ \t]*+\{%|>>|<>|\?\?(?![^ \t]))`;
  const EMBED_WHILE = http ? `${WHILE}(?!${SCRIPT_LINE})` : WHILE;
  const EMBED_BEGIN = http ? r`^(?=[ \t]*+\S)(?!${SCRIPT_LINE})` : r`^(?=[ \t]*+\S)`;
  const tpl = http ? [{ include: '#template-variable' }] : [];
  const repo = {};

  // ---- shared small pieces -------------------------------------------------------------
  repo['quoted-string'] = {
    begin: '"',
    end: '"|$',
    name: `string.quoted.double.${S}`,
    beginCaptures: { 0: { name: `punctuation.definition.string.begin.${S}` } },
    endCaptures: { 0: { name: `punctuation.definition.string.end.${S}` } },
    patterns: [{ match: r`\\.`, name: `constant.character.escape.${S}` }, ...tpl],
  };
  const statusCaptures = (first) => ({
    [first]: { name: `keyword.other.http-version.${S}` },
    [first + 1]: { name: `constant.numeric.status.informational.${S}` },
    [first + 2]: { name: `markup.inserted.status.success.${S}` },
    [first + 3]: { name: `markup.changed.status.redirection.${S}` },
    [first + 4]: { name: `markup.deleted.status.client-error.${S}` },
    [first + 5]: { name: `invalid.illegal.status.server-error.${S}` },
    [first + 6]: { name: `constant.numeric.status.${S}` },
    [first + 7]: { name: `string.unquoted.reason-phrase.${S}` },
  });
  const STATUS_LINE = r`^(${VERSION})[ \t]++(?:(1\d\d)|(2\d\d)|(3\d\d)|(4\d\d)|(5\d\d)|(\d{3}))(?:[ \t]++(.*))?$`;

  // ---- URL -----------------------------------------------------------------------------
  repo.url = {
    patterns: [
      ...tpl,
      {
        match: r`(?<![A-Za-z0-9+.\-])([A-Za-z][A-Za-z0-9+.\-]*+)(://)(?:([^\s/?#@{}]*+)(@))?(\[[0-9A-Fa-f:.]*+\]|[^\s/?#:{}\[\]@]++)?(?:(:)(\d++))?`,
        captures: {
          1: { name: `support.type.scheme.${S}` },
          2: { name: `punctuation.separator.scheme.${S}` },
          3: { name: `string.unquoted.userinfo.${S}` },
          4: { name: `punctuation.separator.userinfo.${S}` },
          5: { name: `entity.name.type.host.${S}` },
          6: { name: `punctuation.separator.port.${S}` },
          7: { name: `constant.numeric.port.${S}` },
        },
      },
      { include: '#url-query' },
      {
        match: r`(#)([^\s{}]*+)`,
        captures: {
          1: { name: `punctuation.separator.fragment.${S}` },
          2: { name: `string.unquoted.fragment.${S}` },
        },
      },
      { match: '/', name: `punctuation.separator.path.${S}` },
      { match: r`[^\s/?#{}]++`, name: `string.unquoted.path.${S}` },
    ],
  };
  repo['url-query'] = {
    begin: r`\?`,
    beginCaptures: { 0: { name: `punctuation.separator.query.${S}` } },
    end: r`(?=#)|(?=(?<![ \t])[ \t]++${VERSION}[ \t]*+$)|$`,
    name: `meta.query.${S}`,
    patterns: [{ include: '#query-parameters' }],
  };
  repo['query-parameters'] = {
    patterns: [
      ...tpl,
      { match: '&', name: `punctuation.separator.parameter.${S}` },
      { match: r`(?<=[?&])[^=&#\s{}]++`, name: `entity.other.attribute-name.query.${S}` },
      {
        match: r`(=)([^&#\s{}]*+)`,
        captures: {
          1: { name: `keyword.operator.assignment.${S}` },
          2: { name: `string.unquoted.query-value.${S}` },
        },
      },
      { match: r`[^&#\s{}=]++`, name: `string.unquoted.query-value.${S}` },
    ],
  };

  // ---- field values --------------------------------------------------------------------
  const paramRules = [
    {
      match: r`(;)[ \t]*+([qQ])[ \t]*+(=)[ \t]*+(?:(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)(?!${TOKEN})|(${TOKEN}++))`,
      captures: {
        1: { name: `punctuation.separator.parameter.${S}` },
        2: { name: `entity.other.attribute-name.parameter.q.${S}` },
        3: { name: `keyword.operator.assignment.${S}` },
        4: { name: `constant.numeric.q-value.${S}` },
        5: { name: `invalid.illegal.q-value.${S}` },
      },
    },
    {
      match: r`(;)[ \t]*+(${TOKEN}++)(?:[ \t]*+(=)[ \t]*+([^;,\s"{}]++)?)?`,
      captures: {
        1: { name: `punctuation.separator.parameter.${S}` },
        2: { name: `entity.other.attribute-name.parameter.${S}` },
        3: { name: `keyword.operator.assignment.${S}` },
        4: { name: `string.unquoted.parameter-value.${S}` },
      },
    },
    { match: ';', name: `punctuation.separator.parameter.${S}` },
    { match: ',', name: `punctuation.separator.list.${S}` },
  ];
  repo['media-type-value'] = {
    patterns: [
      ...tpl,
      { include: '#quoted-string' },
      {
        match: r`(?<![${TCHAR}/])(${TOKEN}++)(/)(${TOKEN}++)`,
        captures: {
          1: { name: `support.type.media-type.${S}` },
          2: { name: `punctuation.separator.media-type.${S}` },
          3: { name: `support.type.media-type.${S}` },
        },
      },
      ...paramRules,
    ],
  };
  const DIRECTIVES = [
    'max-age', 's-maxage', 'max-stale', 'min-fresh', 'stale-while-revalidate', 'stale-if-error',
    'no-cache', 'no-store', 'no-transform', 'only-if-cached', 'must-revalidate', 'proxy-revalidate',
    'must-understand', 'private', 'public', 'immutable',
  ].join('|');
  repo['cache-control-value'] = {
    patterns: [
      ...tpl,
      { include: '#quoted-string' },
      {
        match: r`(?<![${TCHAR}])(?i:${DIRECTIVES})(?![${TCHAR}])`,
        name: `support.constant.cache-directive.${S}`,
      },
      {
        match: r`(=)[ \t]*+(?:(\d++)(?![${TCHAR}])|(${TOKEN}++))?`,
        captures: {
          1: { name: `keyword.operator.assignment.${S}` },
          2: { name: `constant.numeric.integer.${S}` },
          3: { name: `string.unquoted.directive-argument.${S}` },
        },
      },
      { match: `${TOKEN}++`, name: `entity.other.attribute-name.cache-extension.${S}` },
      { match: ',', name: `punctuation.separator.list.${S}` },
    ],
  };
  repo['field-value'] = {
    patterns: [
      ...tpl,
      { include: '#quoted-string' },
      ...paramRules.slice(0, 2),
      { match: r`(?<![\w.\-/:])\d++(?:\.\d++)?(?![\w.\-/:])`, name: `constant.numeric.${S}` },
    ],
  };
  const fieldCaptures = (valueRule) => ({
    1: { name: `entity.name.tag.field-name.${S}` },
    2: { name: `punctuation.separator.key-value.${S}` },
    3: { name: `string.unquoted.field-value.${S}`, patterns: [{ include: valueRule }] },
  });
  const fieldLine = (names) => r`^[ \t]*+(${names})[ \t]*+(:)[ \t]*+(.*)$`;
  repo['field-line'] = {
    patterns: [
      {
        match: fieldLine(r`(?i:cache-control|cdn-cache-control|surrogate-control|pragma)(?![${TCHAR}])`),
        captures: fieldCaptures('#cache-control-value'),
      },
      {
        match: fieldLine(r`(?i:content-type|accept(?:-encoding|-language|-charset|-patch|-post)?|content-encoding|content-language|transfer-encoding|te)(?![${TCHAR}])`),
        captures: fieldCaptures('#media-type-value'),
      },
      {
        match: r`^[ \t]*+((?i:authorization|proxy-authorization))[ \t]*+(:)[ \t]*+(${TOKEN}++)?(.*)$`,
        captures: {
          1: { name: `entity.name.tag.field-name.${S}` },
          2: { name: `punctuation.separator.key-value.${S}` },
          3: { name: `keyword.other.auth-scheme.${S}` },
          4: { name: `string.unquoted.field-value.${S}`, patterns: [{ include: '#field-value' }] },
        },
      },
      http
        ? {
            // a template may stand in a field name: `{{name}}: value`, `X-{{suffix}}: 1`
            match: fieldLine(r`(?:${TOKEN}|\{\{[^{}]*+\}\})++`),
            captures: { ...fieldCaptures('#field-value'), 1: { name: `entity.name.tag.field-name.${S}`, patterns: tpl } },
          }
        : { match: fieldLine(`${TOKEN}++`), captures: fieldCaptures('#field-value') },
    ],
  };

  // ---- bodies --------------------------------------------------------------------------
  const bodyCommon = http ? [{ include: '#body-common' }] : [];
  const bodyBegin = r`^[ \t]*+$`;
  for (const [type, { scope, content }] of Object.entries(EMBEDDED)) {
    repo[`embedded-${type}`] = {
      begin: EMBED_BEGIN,
      while: EMBED_WHILE,
      contentName: content,
      patterns: [...bodyCommon, { include: scope }],
    };
    repo[`body-${type}`] = {
      begin: bodyBegin,
      while: WHILE,
      name: `meta.body.${type}.${S}`,
      patterns: [
        ...bodyCommon,
        ...(type === 'json' && http ? [{ include: '#graphql-inferred' }] : []),
        { include: `#embedded-${type}` },
      ],
    };
  }
  repo['body-form'] = {
    begin: bodyBegin,
    while: WHILE,
    name: `meta.body.form-urlencoded.${S}`,
    patterns: [
      ...bodyCommon,
      ...tpl,
      { match: '&', name: `punctuation.separator.parameter.${S}` },
      { match: r`(?:^|(?<=&))[ \t]*+([^=&\s{}]++)`, captures: { 1: { name: `entity.other.attribute-name.form.${S}` } } },
      {
        match: r`(=)([^&\s{}]*+)`,
        captures: {
          1: { name: `keyword.operator.assignment.${S}` },
          2: { name: `string.unquoted.form-value.${S}` },
        },
      },
      { match: r`[^&\s{}=]++`, name: `string.unquoted.form-value.${S}` },
    ],
  };
  repo['body-multipart'] = {
    begin: bodyBegin,
    while: WHILE,
    name: `meta.body.multipart.${S}`,
    patterns: [
      {
        match: r`^(--\S+?)(--)[ \t]*+$`,
        captures: {
          1: { name: `keyword.control.boundary.${S}` },
          2: { name: `keyword.control.boundary.end.${S}` },
        },
      },
      {
        begin: r`^(--\S++)[ \t]*+$`,
        beginCaptures: { 1: { name: `keyword.control.boundary.${S}` } },
        while: WHILE_PART,
        name: `meta.part.${S}`,
        patterns: [{ include: '#dispatch' }, { include: http ? '#header-lines' : '#header-lines-plain' }, { include: '#body-generic' }],
      },
      ...bodyCommon,
    ],
  };
  repo['body-generic'] = {
    begin: bodyBegin,
    while: WHILE,
    name: `meta.body.${S}`,
    patterns: [
      ...bodyCommon,
      ...(http ? [{ include: '#graphql-inferred' }] : []),
      {
        begin: r`^(?=[ \t]*+(?:\[|\{(?!\{)))`,
        while: EMBED_WHILE,
        contentName: EMBEDDED.json.content,
        patterns: [...bodyCommon, { include: EMBEDDED.json.scope }],
      },
      {
        begin: r`^(?=[ \t]*+<[?!A-Za-z])`,
        while: EMBED_WHILE,
        contentName: EMBEDDED.xml.content,
        patterns: [...bodyCommon, { include: EMBEDDED.xml.scope }],
      },
      ...tpl,
    ],
  };

  // Content-Type chooses the body: the region starts at the Content-Type line and holds the
  // rest of the header section and the body.
  const ctLine = (media) => ({
    begin: r`^[ \t]*+((?i:content-type))[ \t]*+(:)[ \t]*+(?=${media})(.*)$`,
    beginCaptures: fieldCaptures('#media-type-value'),
    while: WHILE,
  });
  const TE_CHUNKED = r`^[ \t]*+((?i:transfer-encoding))[ \t]*+(:)[ \t]*+(?=.*(?<![${TCHAR}])(?i:chunked)[ \t]*+$)(.*)$`;
  const bodies = ['json', 'xml', 'html', 'form', 'multipart', ...(http ? ['graphql'] : [])];
  const headerLines = (type) => http ? '#header-lines' : `#header-lines-${type}`;
  repo.dispatch = {
    patterns: [
      ...(http
        ? [
            { ...ctLine(MEDIA.graphql), patterns: [{ include: '#header-lines' }, { include: '#body-graphql' }] },
            {
              begin: r`^[ \t]*+((?i:x-request-type))[ \t]*+(:)[ \t]*+(?=(?i:graphql)(?![${TCHAR}]))(.*)$`,
              beginCaptures: fieldCaptures('#field-value'),
              while: WHILE,
              patterns: [{ include: '#header-lines' }, { include: '#body-graphql' }],
            },
          ]
        : []),
      ...bodies.filter((t) => t !== 'graphql').map((t) => ({
        ...ctLine(MEDIA[t]),
        patterns: [{ include: headerLines(t) }, { include: `#body-${t}` }],
      })),
    ],
  };
  if (!http) {
    // Raw messages: Transfer-Encoding: chunked marks the rest (meta.chunked), in either order
    // with Content-Type, so chunk-size lines are recognised inside any body.
    const te = (type) => ({
      begin: TE_CHUNKED,
      beginCaptures: fieldCaptures('#media-type-value'),
      while: WHILE,
      name: `meta.chunked.${S}`,
      patterns: type === 'generic'
        ? [{ include: '#dispatch-plain' }, { include: '#header-lines-plain' }, { include: '#body-generic' }]
        : [{ include: '#header-lines-plain' }, { include: `#body-${type}` }],
    });
    repo['dispatch-plain'] = {
      patterns: bodies.map((t) => ({
        ...ctLine(MEDIA[t]),
        patterns: [{ include: '#header-lines-plain' }, { include: `#body-${t}` }],
      })),
    };
    repo['header-lines-plain'] = {
      patterns: [
        { match: r`^[ \t]++(\S.*)$`, captures: { 1: { name: `string.unquoted.field-value.continuation.${S}` } } },
        { include: '#field-line' },
      ],
    };
    for (const t of [...bodies, 'generic']) {
      repo[`te-chunked-${t}`] = te(t);
      if (t !== 'generic') {
        repo[`header-lines-${t}`] = { patterns: [{ include: `#te-chunked-${t}` }, { include: '#header-lines-plain' }] };
      }
    }
    repo['message-head'] = {
      patterns: [{ include: '#dispatch' }, { include: '#te-chunked-generic' }, { include: '#header-lines-plain' }, { include: '#body-generic' }],
    };
    repo['chunk-lines'] = {
      patterns: [
        {
          begin: r`^(0++)(?:[ \t]*+(;)(.*))?$`,
          beginCaptures: {
            1: { name: `constant.numeric.chunk-size.last.${S}` },
            2: { name: `punctuation.separator.chunk-extension.${S}` },
            3: { name: `string.unquoted.chunk-extension.${S}` },
          },
          end: r`^[ \t]*+$`,
          name: `meta.trailer.${S}`,
          patterns: [{ include: '#field-line' }],
        },
        {
          match: r`^([0-9A-Fa-f]++)(?:[ \t]*+(;)(.*))?$`,
          captures: {
            1: { name: `constant.numeric.chunk-size.${S}` },
            2: { name: `punctuation.separator.chunk-extension.${S}` },
            3: { name: `string.unquoted.chunk-extension.${S}` },
          },
        },
      ],
    };
  }

  if (http) {
    // ---- templates ---------------------------------------------------------------------
    repo['template-variable'] = {
      begin: r`\{\{`,
      end: r`\}\}|$`,
      name: `meta.template.expression.${S}`,
      beginCaptures: { 0: { name: `punctuation.definition.template-expression.begin.${S}` } },
      endCaptures: { 0: { name: `punctuation.definition.template-expression.end.${S}` } },
      patterns: [
        {
          begin: r`(?<=\{\{)[ \t]*+(\$[A-Za-z_][\w.]*+)`,
          end: r`(?=\}\})|$`,
          beginCaptures: { 1: { name: `support.function.dynamic-variable.${S}` } },
          name: `meta.dynamic-variable.${S}`,
          patterns: [
            { include: '#template-string' },
            { match: r`(?<![\w.\-])-?\d++(?:\.\d++)?(?![\w.])`, name: `constant.numeric.${S}` },
            { match: r`[^\s"'{}(),]++`, name: `variable.parameter.argument.${S}` },
            { match: ',', name: `punctuation.separator.arguments.${S}` },
          ],
        },
        { include: '#template-string' },
        { match: r`(?<![\w$\-])\d++(?:\.\d++)?(?![\w$])`, name: `constant.numeric.${S}` },
        { match: r`[A-Za-z_$][\w$\-]*+`, name: `variable.other.readwrite.${S}` },
        { match: r`\.`, name: `punctuation.accessor.${S}` },
      ],
    };
    repo['template-string'] = {
      patterns: [
        { begin: '"', end: r`"|(?=\}\})|$`, name: `string.quoted.double.${S}`, patterns: [{ match: r`\\.`, name: `constant.character.escape.${S}` }] },
        { begin: "'", end: r`'|(?=\}\})|$`, name: `string.quoted.single.${S}`, patterns: [{ match: r`\\.`, name: `constant.character.escape.${S}` }] },
      ],
    };

    // ---- comments and metadata -----------------------------------------------------------
    repo.separator = {
      match: r`^[ \t]*+(###+)[ \t]*+(.*)$`,
      name: `markup.heading.separator.${S}`,
      captures: {
        1: { name: `punctuation.definition.heading.${S}` },
        2: { name: `entity.name.section.request-title.${S}` },
      },
    };
    const commentMark = {
      patterns: [
        { match: '#', name: `comment.line.number-sign.${S} punctuation.definition.comment.${S}` },
        { match: '//', name: `comment.line.double-slash.${S} punctuation.definition.comment.${S}` },
      ],
    };
    repo.metadata = {
      patterns: [
        {
          match: r`^[ \t]*+(#|//)[ \t]*+(@)(name)(?:[ \t]*+(=)[ \t]*+|[ \t]++)([^\s].*)$`,
          name: `meta.metadata.${S}`,
          captures: {
            1: commentMark,
            2: { name: `punctuation.definition.metadata.${S}` },
            3: { name: `keyword.other.metadata.${S}` },
            4: { name: `keyword.operator.assignment.${S}` },
            5: { name: `entity.name.function.request-name.${S}` },
          },
        },
        {
          match: r`^[ \t]*+(#|//)[ \t]*+(@)(prompt)[ \t]++(\S++)(?:[ \t]++(.*))?$`,
          name: `meta.metadata.${S}`,
          captures: {
            1: commentMark,
            2: { name: `punctuation.definition.metadata.${S}` },
            3: { name: `keyword.other.metadata.${S}` },
            4: { name: `variable.parameter.prompt.${S}` },
            5: { name: `string.unquoted.prompt-description.${S}` },
          },
        },
        {
          match: r`^[ \t]*+(#|//)[ \t]*+(@)([A-Za-z][\w\-]*+)(?![\w\-])[ \t]*+(=?)[ \t]*+(.*)$`,
          name: `meta.metadata.${S}`,
          captures: {
            1: commentMark,
            2: { name: `punctuation.definition.metadata.${S}` },
            3: { name: `keyword.other.metadata.${S}` },
            4: { name: `keyword.operator.assignment.${S}` },
            5: { name: `string.unquoted.metadata-value.${S}`, patterns: tpl },
          },
        },
      ],
    };
    repo.comments = {
      patterns: [
        {
          match: r`^[ \t]*+(#)(.*)$`,
          name: `comment.line.number-sign.${S}`,
          captures: { 1: { name: `punctuation.definition.comment.${S}` } },
        },
        {
          match: r`^[ \t]*+(//)(.*)$`,
          name: `comment.line.double-slash.${S}`,
          captures: { 1: { name: `punctuation.definition.comment.${S}` } },
        },
        {
          begin: r`^[ \t]*+(/\*)`,
          end: r`\*/|^(?=[ \t]*+###)`,
          name: `comment.block.${S}`,
          beginCaptures: { 1: { name: `punctuation.definition.comment.begin.${S}` } },
          endCaptures: { 0: { name: `punctuation.definition.comment.end.${S}` } },
        },
      ],
    };
    repo['file-variable'] = {
      match: r`^[ \t]*+(@)([A-Za-z_$][\w$.\-]*+)[ \t]*+(=)[ \t]*+(.*)$`,
      name: `meta.definition.variable.${S}`,
      captures: {
        1: { name: `punctuation.definition.variable.${S}` },
        2: { name: `variable.other.definition.${S}` },
        3: { name: `keyword.operator.assignment.${S}` },
        4: { name: `string.unquoted.variable-value.${S}`, patterns: tpl },
      },
    };

    // JetBrains: `import ./other.http`, `run #Name`, `run ./other.http (@host=example.com, @user=u)`
    repo.directive = {
      match: r`^[ \t]*+(import|run)[ \t]++(#[^\s(]++|[^\s(]+\.(?:http|rest)(?![^\s(]))(?:[ \t]*+(\()([^()]*+)(\)))?[ \t]*+$`,
      name: `meta.directive.${S}`,
      captures: {
        1: { name: `keyword.control.directive.${S}` },
        2: { name: `string.unquoted.directive-target.${S}` },
        3: { name: `punctuation.section.parens.begin.${S}` },
        4: {
          patterns: [
            {
              match: r`(@)([^\s=,()@]++)[ \t]*+(=)`,
              captures: {
                1: { name: `punctuation.definition.variable.${S}` },
                2: { name: `variable.other.definition.${S}` },
                3: { name: `keyword.operator.assignment.${S}` },
              },
            },
            { match: ',', name: `punctuation.separator.comma.${S}` },
          ],
        },
        5: { name: `punctuation.section.parens.end.${S}` },
      },
    };

    // ---- scripts, includes, redirects -----------------------------------------------------
    const js = { include: 'source.js' };
    // A script ends at its closing mark or, left open, before the next `###` (where the parser
    // ends it too). The JavaScript between the lines that open and close it is read inside a
    // begin/while region that stops before the closing line and before `###`, and the text
    // before the closing mark on the closing line (or the whole of a one-line script) is a
    // capture: a brace, string or comment left open in the script cannot carry the JavaScript
    // grammar past the closing mark.
    const scriptLines = (begin, closingLine) => ({
      begin,
      while: r`^(?![ \t]*+###)(?!${closingLine})`,
      patterns: [js],
    });
    const embeddedJs = { name: 'meta.embedded.block.javascript', patterns: [js] };
    const handler = (mark, kind) => ({
      patterns: [
        {
          match: r`^[ \t]*+(${mark})[ \t]*+(\{%)(.*?)(%\})`,
          name: `meta.handler.${kind}.${S}`,
          captures: {
            1: { name: `keyword.operator.handler.${S}` },
            2: { name: `punctuation.section.embedded.begin.${S}` },
            3: embeddedJs,
            4: { name: `punctuation.section.embedded.end.${S}` },
          },
        },
        {
          begin: r`^[ \t]*+(${mark})[ \t]*+(\{%)`,
          end: r`%\}|^(?=[ \t]*+###)`,
          name: `meta.handler.${kind}.${S}`,
          contentName: 'meta.embedded.block.javascript',
          beginCaptures: {
            1: { name: `keyword.operator.handler.${S}` },
            2: { name: `punctuation.section.embedded.begin.${S}` },
          },
          endCaptures: { 0: { name: `punctuation.section.embedded.end.${S}` } },
          patterns: [
            scriptLines(r`(?<=\{%)`, r`.*?%\}`),
            { match: r`^(.*?)(?=%\})`, captures: { 1: { patterns: [js] } } },
          ],
        },
      ],
    });
    const SCRIPT_BLOCK_END = r`^[ \t]*+(\}\})[ \t]*+$`;
    repo['script-block'] = {
      begin: r`^[ \t]*+(\{\{)([@+][\w\-]*+)?[ \t]*+$`,
      end: `${SCRIPT_BLOCK_END}|^(?=[ \\t]*+###)`,
      name: `meta.script-block.${S}`,
      contentName: 'meta.embedded.block.javascript',
      beginCaptures: {
        1: { name: `punctuation.section.embedded.begin.${S}` },
        2: { name: `keyword.other.script-event.${S}` },
      },
      endCaptures: { 1: { name: `punctuation.section.embedded.end.${S}` } },
      patterns: [scriptLines('$', SCRIPT_BLOCK_END)],
    };
    const pathCapture = { name: `string.unquoted.file-path.${S}`, patterns: tpl };
    // JetBrains: a pre-request script, `< {% ... %}` or `< ./script.js`, stands before its request line.
    repo['pre-request-script'] = {
      patterns: [
        handler('<', 'pre-request'),
        {
          match: r`^[ \t]*+(<)[ \t]++(\S++)(?<=\.js)[ \t]*+$`,
          name: `meta.handler.pre-request.${S}`,
          captures: { 1: { name: `keyword.operator.handler.${S}` }, 2: pathCapture },
        },
      ],
    };
    repo['body-common'] = {
      patterns: [
        handler('>', 'response'),
        handler('<', 'pre-request'),
        {
          match: r`^[ \t]*+(>>!?)[ \t]*+(.*)$`,
          name: `meta.redirect.${S}`,
          captures: { 1: { name: `keyword.operator.redirect.${S}` }, 2: pathCapture },
        },
        {
          match: r`^[ \t]*+(>)[ \t]++(.*)$`,
          name: `meta.handler.file.${S}`,
          captures: { 1: { name: `keyword.operator.handler.${S}` }, 2: pathCapture },
        },
        {
          match: r`^[ \t]*+(<>)[ \t]*+(.*)$`,
          name: `meta.response-reference.${S}`,
          captures: { 1: { name: `keyword.operator.response-reference.${S}` }, 2: pathCapture },
        },
        {
          match: r`^[ \t]*+(<)(?:(@)([\w\-]*+))?[ \t]++(.*)$`,
          name: `meta.include.${S}`,
          captures: {
            1: { name: `keyword.operator.include.${S}` },
            2: { name: `keyword.operator.include.variables.${S}` },
            3: { name: `storage.modifier.encoding.${S}` },
            4: pathCapture,
          },
        },
        { include: '#script-block' },
        {
          // httpYac: `?? status == 200`, `?? header content-type includes json`
          match: r`^[ \t]*+(\?\?)(?![^ \t])[ \t]*+([A-Za-z_$][\w$\-]*+)?(.*)$`,
          name: `meta.assert.${S}`,
          captures: {
            1: { name: `keyword.control.assert.${S}` },
            2: { name: `variable.language.assert-field.${S}` },
            3: {
              patterns: [
                ...tpl,
                {
                  match: r`==|!=|>=|<=|[<>]|(?<![\w$\-])(?:equals|startsWith|endsWith|includes|contains|exists|isTrue|isFalse|isNumber|isBoolean|isString|isArray|matches|sha256|sha512|md5)(?![\w$\-])`,
                  name: `keyword.operator.comparison.${S}`,
                },
              ],
            },
          },
        },
      ],
    };

    // ---- GraphQL -------------------------------------------------------------------------
    repo['graphql-inferred'] = {
      begin: r`^(?=[ \t]*+(?:query|mutation|subscription|fragment)(?![\w$]))`,
      while: EMBED_WHILE,
      contentName: 'meta.embedded.block.graphql',
      patterns: [{ include: '#graphql-document' }],
    };
    repo['body-graphql'] = {
      begin: bodyBegin,
      while: WHILE,
      name: `meta.body.graphql.${S}`,
      patterns: [
        { begin: EMBED_BEGIN, while: EMBED_WHILE, contentName: 'meta.embedded.block.graphql', patterns: [{ include: '#graphql-document' }] },
        { include: '#body-common' },
      ],
    };
    repo['graphql-document'] = {
      patterns: [
        { include: '#body-common' },
        {
          begin: bodyBegin,
          while: WHILE,
          name: `meta.graphql-variables.${S}`,
          patterns: [{ include: '#body-common' }, { include: '#embedded-json' }],
        },
        { include: '#graphql' },
      ],
    };
    const WORD = r`[_A-Za-z]\w*+`;
    repo.graphql = {
      patterns: [
        ...tpl,
        { match: r`(#).*$`, name: 'comment.line.number-sign.graphql', captures: { 1: { name: 'punctuation.definition.comment.graphql' } } },
        { begin: '"""', end: '"""', name: 'string.quoted.triple.graphql' },
        { begin: '"', end: '"|$', name: 'string.quoted.double.graphql', patterns: [{ match: r`\\.`, name: 'constant.character.escape.graphql' }, ...tpl] },
        {
          match: r`(?<![\w$])(query|mutation|subscription|fragment)(?![\w$])(?:[ \t]++(${WORD}))?`,
          captures: { 1: { name: 'keyword.operation.graphql' }, 2: { name: 'entity.name.function.graphql' } },
        },
        { match: r`(?<![\w$])(?:on|true|false|null)(?![\w$])`, name: 'constant.language.graphql' },
        {
          match: r`(\$${WORD})[ \t]*+(:)[ \t]*+(\[?)[ \t]*+(${WORD})`,
          captures: {
            1: { name: 'variable.parameter.graphql' },
            2: { name: 'punctuation.separator.key-value.graphql' },
            4: { name: 'support.type.graphql' },
          },
        },
        { match: r`\$${WORD}`, name: 'variable.parameter.graphql' },
        { match: r`@${WORD}`, name: 'entity.name.function.directive.graphql' },
        { match: r`\.\.\.`, name: 'keyword.operator.spread.graphql' },
        { match: r`(?<![\w$])-?\d++(?:\.\d++)?(?:[eE][+\-]?\d++)?(?![\w$])`, name: 'constant.numeric.graphql' },
        {
          match: r`(?<![\w$@])(${WORD})[ \t]*+(:)`,
          captures: { 1: { name: 'variable.other.alias.graphql' }, 2: { name: 'punctuation.separator.key-value.graphql' } },
        },
        { match: r`(?<![\w$@])${WORD}`, name: 'variable.other.field.graphql' },
        { match: '[{}]', name: 'punctuation.section.braces.graphql' },
        { match: '!', name: 'keyword.operator.non-null.graphql' },
      ],
    };

    // ---- requests and responses ----------------------------------------------------------
    // REST Client and JetBrains take a curl command for a request; a line that ends with `\` (or
    // `^`, as on Windows) goes on on the next line. The continuation mark takes the line's end
    // (the `\n` that vscode-textmate adds to every line), and the `$` that ends the command is not
    // the one after that `\n`.
    repo.curl = {
      begin: r`^[ \t]*+(curl)(?![^ \t])`,
      end: r`(?<!\n)$`,
      name: `meta.request.curl.${S}`,
      beginCaptures: { 1: { name: `support.function.curl.${S}` } },
      patterns: [
        { match: r`[\\^][ \t]*+\n`, name: `punctuation.separator.continuation.${S}` },
        ...tpl,
        { include: '#quoted-string' },
        {
          begin: "'",
          end: "'|$",
          name: `string.quoted.single.${S}`,
          beginCaptures: { 0: { name: `punctuation.definition.string.begin.${S}` } },
          endCaptures: { 0: { name: `punctuation.definition.string.end.${S}` } },
          patterns: tpl,
        },
        { match: r`(?<![^ \t])--?[A-Za-z][\w\-]*+`, name: `variable.parameter.option.${S}` },
        {
          match: r`(?<![^ \t])(?=[A-Za-z][A-Za-z0-9+.\-]*+://)[^\s'"]++`,
          captures: { 0: { patterns: [{ include: '#url' }] } },
        },
      ],
    };

    repo['http-version'] = {
      match: r`(?<=[ \t])(${VERSION})(?=[ \t]*+$)`,
      captures: { 1: { name: `keyword.other.http-version.${S}` } },
    };
    repo['request-line'] = {
      begin: r`\G[ \t]*+(?:((?i:${METHODS}))(?=[ \t]|$))?[ \t]*+`,
      end: '$',
      name: `meta.request-line.${S}`,
      beginCaptures: { 1: { name: `keyword.other.method.${S}` } },
      patterns: [{ include: '#http-version' }, { include: '#url' }],
    };
    repo['header-lines'] = {
      patterns: [
        { include: '#metadata' },
        { include: '#comments' },
        {
          begin: r`^[ \t]*+(?:(\?)(?!\?(?![^ \t]))|(&))`,
          end: '$',
          name: `meta.query.continuation.${S}`,
          beginCaptures: {
            1: { name: `punctuation.separator.query.${S}` },
            2: { name: `punctuation.separator.parameter.${S}` },
          },
          patterns: [{ include: '#query-parameters' }],
        },
        { begin: r`^[ \t]++(?=/)`, end: '$', name: `meta.path.continuation.${S}`, patterns: [{ include: '#url' }] },
        { include: '#body-common' },
        { include: '#field-line' },
      ],
    };
    // A request is a begin/end region, not begin/while: inside a `while` region `\G` matches at
    // the start of every line, and the request line rule is anchored with `\G`.
    const REQUEST_END = r`^(?=[ \t]*+###|${STATUS_AHEAD})`;
    const REQUEST_START = r`(?:(?i:${METHODS})[ \t]|[A-Za-z][A-Za-z0-9+.\-]*+://|\{\{(?![ \t]*+$))`;
    repo.request = {
      patterns: [
        {
          begin: r`^(?=[ \t]*+(?i:GRAPHQL)[ \t])`,
          end: REQUEST_END,
          name: `meta.request.graphql.${S}`,
          patterns: [{ include: '#request-line' }, { include: '#header-lines' }, { include: '#body-graphql' }],
        },
        {
          begin: `^(?=[ \\t]*+${REQUEST_START})`,
          end: REQUEST_END,
          name: `meta.request.${S}`,
          patterns: [{ include: '#request-line' }, { include: '#dispatch' }, { include: '#header-lines' }, { include: '#body-generic' }],
        },
      ],
    };
    repo.response = {
      begin: STATUS_LINE,
      beginCaptures: statusCaptures(1),
      while: WHILE,
      name: `meta.response.${S}`,
      patterns: [{ include: '#dispatch' }, { include: '#header-lines' }, { include: '#body-generic' }],
    };
  } else {
    repo['message-request'] = {
      begin: r`^([A-Z][A-Z0-9_\-]*+)[ \t]++(\S++)(?:[ \t]++(${VERSION}))?[ \t]*+$`,
      beginCaptures: {
        1: { name: `keyword.other.method.${S}` },
        2: { name: `meta.request-target.${S}`, patterns: [{ include: '#url' }] },
        3: { name: `keyword.other.http-version.${S}` },
      },
      while: WHILE,
      name: `meta.message.request.${S}`,
      patterns: [{ include: '#message-head' }],
    };
    repo['message-response'] = {
      begin: STATUS_LINE,
      beginCaptures: statusCaptures(1),
      while: WHILE,
      name: `meta.message.response.${S}`,
      patterns: [{ include: '#message-head' }],
    };
  }

  const grammar = {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: http ? 'HTTP (httplens)' : 'HTTP Message (httplens)',
    scopeName: http ? 'source.httplens' : 'source.httplens-message',
    fileTypes: http ? ['http', 'rest'] : ['httpmsg'],
    patterns: http
      ? [
          { include: '#separator' },
          { include: '#script-block' },
          { include: '#metadata' },
          { include: '#comments' },
          { include: '#file-variable' },
          { include: '#pre-request-script' },
          { include: '#directive' },
          { include: '#curl' },
          { include: '#response' },
          { include: '#request' },
        ]
      : [{ include: '#message-response' }, { include: '#message-request' }],
    repository: sortKeys(repo),
  };
  if (http) {
    grammar.injections = {
      // `{{ }}` anywhere in a body, also inside embedded JSON, XML or GraphQL strings
      'L:meta.body - meta.embedded.block.javascript - meta.template.expression - comment': {
        patterns: [{ include: '#template-variable' }],
      },
    };
  } else {
    grammar.injections = {
      'L:meta.chunked meta.body - meta.trailer': { patterns: [{ include: '#chunk-lines' }] },
    };
  }
  if (!http) {
    grammar.firstLineMatch = FIRST_LINE;
  }
  return grammar;
}

// The `firstLine` of the http-message language (a JavaScript expression, as VS Code reads it):
// a status line, or a request line that carries an HTTP version.
const FIRST_LINE = String.raw`^(?:HTTP/\d(?:\.\d)? \d{3}(?: |$)|[A-Z][A-Z0-9_-]* [^ ]+ HTTP/\d(?:\.\d)?$)`;

function sortKeys(obj) {
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => a.localeCompare(b)));
}

const files = {
  'http.tmLanguage.json': build('http'),
  'http-message.tmLanguage.json': build('message'),
};

const check = process.argv.includes('--check');
let stale = 0;
for (const [name, grammar] of Object.entries(files)) {
  const text = `${JSON.stringify(grammar, null, 2)}\n`;
  const path = join(out, name);
  if (check) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = '';
    }
    if (current !== text) {
      console.error(`${name} is out of date: run node syntaxes/scripts/build-grammars.mjs`);
      stale++;
    }
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${name}`);
  }
}
process.exitCode = stale ? 1 : 0;
