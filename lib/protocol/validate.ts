// A tiny schema kit for validating what arrives over messaging. Each check returns a fresh value
// built only from the fields it knows, so extra or hostile fields (`__proto__`, a forged `read`
// time) never reach the database, and throws a ValidationError naming the bad path.

/** Thrown when a message's data does not match its schema. Nothing has been written. */
export class ValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ValidationError';
  }
}

/** A check: returns the validated value or throws a ValidationError mentioning `path`. */
export type Check<T> = (value: unknown, path: string) => T;

/** The value type a check produces. */
export type Checked<C> = C extends Check<infer T> ? T : never;

function fail(path: string, what: string): never {
  throw new ValidationError(`${path}: ${what}`);
}

// C0/C1 control characters other than tab, newline and carriage return: never meaningful in an
// id, a title or a quote, and a way to smuggle odd bytes into exports.
export const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** Options of `str`. */
export interface StrOptions {
  /** Minimum length (default 0). */
  min?: number;
  /** Reject line breaks (ids, names, titles). */
  line?: boolean;
  /** Must match this pattern. */
  pattern?: RegExp;
}

/** A string of at most `max` UTF-16 units, without control characters. Stored as plain text. */
export function str(max: number, options: StrOptions = {}): Check<string> {
  return (value, path) => {
    if (typeof value !== 'string') fail(path, 'expected a string');
    if (value.length > max) fail(path, `longer than ${max} characters`);
    if (value.length < (options.min ?? 0)) fail(path, options.min === 1 ? 'empty' : `shorter than ${options.min}`);
    if (CONTROL.test(value)) fail(path, 'contains control characters');
    if (options.line && LINE_BREAK.test(value)) fail(path, 'contains a line break');
    if (options.pattern && !options.pattern.test(value)) fail(path, 'has an unexpected form');
    return value;
  };
}

/** An absolute http(s) URL of at most `max` characters: anything else (`javascript:`) is rejected
 * because the library renders permalinks as links. */
export function httpUrl(max = 2048): Check<string> {
  const base = str(max, { min: 1, line: true });
  return (value, path) => {
    const s = base(value, path);
    let u: URL;
    try {
      u = new URL(s);
    } catch {
      fail(path, 'not a URL');
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:') fail(path, 'not an http(s) URL');
    return s;
  };
}

/** An integer within [min, max]. */
export function int(min: number, max: number): Check<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) fail(path, 'expected an integer');
    if (value < min || value > max) fail(path, `out of range [${min}, ${max}]`);
    return value;
  };
}

/** A time in ms since the epoch (year 2000 .. 2200). */
export const millis: Check<number> = /* @__PURE__ */ int(946_684_800_000, 7_258_118_400_000);

/** One of a few fixed values (compared with ===). */
export function oneOf<const T extends string | number | boolean>(...values: T[]): Check<T> {
  return (value, path) => {
    if (!values.includes(value as T)) fail(path, `expected ${values.map((v) => JSON.stringify(v)).join(' or ')}`);
    return value as T;
  };
}

/** No data at all: `null` or absent, answered as null. */
export const nothing: Check<null> = (value, path) => {
  if (value !== null && value !== undefined) fail(path, 'expected no data');
  return null;
};

/** A boolean. */
export const bool: Check<boolean> = (value, path) => {
  if (typeof value !== 'boolean') fail(path, 'expected true or false');
  return value;
};

/** `null` or what `check` accepts. */
export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, path) => (value === null ? null : check(value, path));
}

/** Marks a field as optional: absent (or undefined) leaves it out of the result. */
export interface Optional<T> extends Check<T | undefined> {
  optional: true;
}

/** An optional field of `obj`. */
export function optional<T>(check: Check<T>): Optional<T> {
  const c = ((value: unknown, path: string) => (value === undefined ? undefined : check(value, path))) as Optional<T>;
  c.optional = true;
  return c;
}

/** An array of at most `max` items, each checked. */
export function arr<T>(check: Check<T>, max: number): Check<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) fail(path, 'expected an array');
    if (value.length > max) fail(path, `more than ${max} items`);
    return value.map((v, i) => check(v, `${path}[${i}]`));
  };
}

/**
 * An array of at most `max` items in which an item that fails `check` is dropped, not the whole
 * array: the reader's batches of entries, where one odd entry must never cost the others.
 */
export function eachValid<T>(check: Check<T>, max: number): Check<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) fail(path, 'expected an array');
    if (value.length > max) fail(path, `more than ${max} items`);
    const out: T[] = [];
    value.forEach((v, i) => {
      try {
        out.push(check(v, `${path}[${i}]`));
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
      }
    });
    return out;
  };
}

type Shape = Record<string, Check<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends Optional<unknown> ? K : never }[keyof S];
/** The object type a shape produces: optional checks give optional fields. */
export type ShapeType<S extends Shape> = { [K in Exclude<keyof S, OptionalKeys<S>>]: Checked<S[K]> } & {
  [K in OptionalKeys<S>]?: Exclude<Checked<S[K]>, undefined>;
};

/** A plain object with exactly the shape's fields; unknown fields are dropped, not copied. */
export function obj<S extends Shape>(shape: S): Check<ShapeType<S>> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'expected an object');
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) fail(path, 'expected a plain object');
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const own = Object.prototype.hasOwnProperty.call(input, key) ? input[key] : undefined;
      const checked = shape[key]!(own, `${path}.${key}`);
      if (checked !== undefined) out[key] = checked;
    }
    return out as ShapeType<S>;
  };
}

/** Runs `check` on a message's data, prefixing errors with the message name. */
export function parse<T>(name: string, check: Check<T>, data: unknown): T {
  try {
    return check(data, 'data');
  } catch (error) {
    if (error instanceof ValidationError) throw new ValidationError(`Invalid ${name} message: ${error.message}`);
    throw error;
  }
}

/** A single-line string of at most `max` characters (and at least `min`). */
export function line(max: number, min = 0): Check<string> {
  return str(max, { line: true, min });
}
