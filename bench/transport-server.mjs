// The benchmark's HTTP/1.1 server, run in its own process (child_process.fork) so the
// client side measures alone: every request (a head ending in an empty line) gets the
// same fixed 100-byte response. Sends its port to the parent, exits with the parent.
import { createServer } from 'node:net';

const BODY = 'x'.repeat(35);
const RESPONSE = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: ${BODY.length}\r\n\r\n${BODY}`, 'latin1');
if (RESPONSE.length !== 100) throw new Error(`response is ${RESPONSE.length} bytes`);

const server = createServer((socket) => {
  socket.setNoDelay(true);
  socket.on('error', () => {});
  // Counts "\r\n\r\n" across reads: the state is how much of it the previous bytes matched.
  let matched = 0;
  socket.on('data', (chunk) => {
    let answers = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === (matched % 2 === 0 ? 13 : 10)) {
        matched++;
        if (matched === 4) {
          answers++;
          matched = 0;
        }
      } else {
        matched = c === 13 ? 1 : 0;
      }
    }
    if (answers === 1) socket.write(RESPONSE);
    else if (answers > 1) socket.write(Buffer.concat(Array.from({ length: answers }, () => RESPONSE)));
  });
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0, body: BODY });
});
process.on('disconnect', () => process.exit(0));
