import { describe, expect, it } from 'vitest';
import { afterResponse } from '../src/after.js';

describe('afterResponse', () => {
  it('runs every step in order; a failing analysis keeps the chained response and the history, and is logged', async () => {
    const done: string[] = [];
    const log: string[] = [];
    await afterResponse(
      [
        { name: 'show', run: async () => void done.push('show') },
        { name: 'httplens/responseReceived', run: async () => void done.push('chain') },
        undefined,
        { name: 'history', run: async () => void done.push('history') },
        {
          name: 'httplens/responseInfo',
          run: async () => {
            throw new Error('Client is not running');
          },
        },
      ],
      (line) => log.push(line),
    );
    expect(done).toEqual(['show', 'chain', 'history']);
    expect(log).toEqual(['[send] httplens/responseInfo failed: Client is not running']);
  });

  it('a failing step does not stop the ones after it', async () => {
    const done: string[] = [];
    await afterResponse(
      [
        { name: 'show', run: () => Promise.reject(new Error('no editor')) },
        { name: 'chain', run: async () => void done.push('chain') },
      ],
      () => undefined,
    );
    expect(done).toEqual(['chain']);
  });
});
