/** Responses that exercise every reader state; each is complete. */
export const RESPONSES: [name: string, response: string, method?: string][] = [
  ['Content-Length', 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n\r\nhello world'],
  ['chunked with extensions and trailers', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-Sum\r\n\r\n5;ext=1\r\nhello\r\na\r\n, chunked!\r\n0\r\nX-Sum: 42\r\nX-More: yes\r\n\r\n'],
  ['chunked without trailers', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n'],
  ['100 then 200', 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'],
  ['103 then 204', 'HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\nHTTP/1.1 204 No Content\r\nX-A: b\r\n\r\n'],
  ['HEAD with a length', 'HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n', 'HEAD'],
  ['bare LF line endings', 'HTTP/1.1 200 OK\nX-A: 1\nContent-Length: 3\n\nabc'],
  ['obs-fold and empty reason', 'HTTP/1.1 200 \r\nX-Folded: a\r\n  b\r\nContent-Length: 0\r\n\r\n'],
];

/** A close-delimited response: the server closes after writing it. */
export const CLOSE_DELIMITED = 'HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end';
