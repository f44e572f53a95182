// What happens once a response has arrived, in order. Pure: the steps are given as functions.

export interface AfterResponseStep {
  name: string;
  run: () => Promise<unknown>;
}

/**
 * Runs the steps after a response arrived (show it, pass a named response back for chaining, record the history,
 * analyse the received message) one after the other. A step that fails is logged and the next one still runs: the
 * response was received, so a failing analysis must not lose the chained value or the history entry, nor turn the
 * send into a failure (which would stop Send All).
 */
export async function afterResponse(steps: readonly (AfterResponseStep | undefined)[], log: (line: string) => void): Promise<void> {
  for (const step of steps) {
    if (!step) continue;
    try {
      await step.run();
    } catch (e) {
      log(`[send] ${step.name} failed: ${(e as Error)?.message ?? String(e)}`);
    }
  }
}
