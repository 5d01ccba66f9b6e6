// How a message travels: an envelope `{ lbl: name, data }` through runtime.sendMessage or
// tabs.sendMessage, answered with `{ ok: value }` or `{ error: { name, message } }`. The error's
// name survives the trip, so a sender can tell a refusal (ValidationError: never resend) from a
// worker that went away (resend; see retry.ts). Pure: the caller passes the browser's send
// function and registers the router as its onMessage listener. Small on purpose, because the
// detector, which runs on every news page, sends its one message with it too.

/** A message on the wire. */
export interface Envelope {
  lbl: string;
  data: unknown;
}

/** An answer on the wire. */
export type Answer = { ok: unknown } | { error: { name: string; message: string } };

/** The data type of message `K` of protocol `M`. */
export type RequestOf<M, K extends keyof M> = M[K] extends (data: infer D) => unknown ? D : never;
/** The answer type of message `K` of protocol `M`. */
export type ResponseOf<M, K extends keyof M> = M[K] extends (data: never) => infer R ? R : never;

/** The envelope of message `name` (also what tests send to imitate the background). */
export function envelope<M, K extends keyof M & string>(name: K, data: RequestOf<M, K>): Envelope {
  return { lbl: name, data };
}

function isEnvelope(value: unknown): value is Envelope {
  return !!value && typeof value === 'object' && typeof (value as Envelope).lbl === 'string';
}

/** Sends one message with `post` and unwraps its answer: resolves with the value, or rejects with the error (its name kept). */
export function createSender<M>(post: (message: Envelope) => Promise<unknown>) {
  return async <K extends keyof M & string>(name: K, data: RequestOf<M, K>): Promise<ResponseOf<M, K>> => {
    const answer = (await post(envelope<M, K>(name, data))) as Answer | undefined;
    if (answer && typeof answer === 'object' && 'ok' in answer) return answer.ok as ResponseOf<M, K>;
    const error = new Error(answer && 'error' in answer ? answer.error.message : `No answer to ${name}`);
    if (answer && 'error' in answer) error.name = answer.error.name;
    return Promise.reject(error);
  };
}

/** The listener's signature in both browsers: answer through `respond`, return true while it is pending. */
export type Listener<S> = (message: unknown, sender: S, respond: (answer: Answer) => void) => true | undefined;

/**
 * An onMessage listener that answers the messages `handlers` knows and ignores the rest (they may
 * be for another listener). `accept` may refuse a known message from this sender; the refusal is
 * answered as a RefusedError.
 */
export function createRouter<S>(
  handlers: { [name: string]: (data: unknown, sender: S) => Promise<unknown> },
  accept: (name: string, sender: S) => boolean = () => true,
): Listener<S> {
  return (message, sender, respond) => {
    if (!isEnvelope(message) || !Object.prototype.hasOwnProperty.call(handlers, message.lbl)) return undefined;
    const name = message.lbl;
    const run = accept(name, sender)
      ? Promise.resolve().then(() => handlers[name]!(message.data, sender))
      : Promise.reject(Object.assign(new Error(`${name} is not accepted from this sender`), { name: 'RefusedError' }));
    run.then(
      (ok) => respond({ ok }),
      (error: unknown) => {
        const e = error instanceof Error ? error : new Error(String(error));
        respond({ error: { name: e.name, message: e.message } });
      },
    );
    // Keeps the channel open for the asynchronous answer (Chrome and Firefox alike).
    return true;
  };
}
