import type { MessageCompiler, MessageContext, MessageFunction } from 'vue-i18n';

/** A piece of a message: text as it is, or a named (`{name}`) or numbered (`{0}`) placeholder. */
type Part = string | { named: string } | { list: number };

/** What vue-i18n hands a compiled message: its published type leaves out `normalize` and `interpolate`. */
type Context = MessageContext<string> & {
  normalize(parts: unknown[]): string;
  interpolate(value: unknown): unknown;
};

const PLACEHOLDER = /\{\s*(?:(\d+)|([A-Za-z_]\w*))\s*\}/g;

function parse(text: string): Part[] {
  const parts: Part[] = [];
  let from = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > from) parts.push(text.slice(from, match.index));
    parts.push(match[1] === undefined ? { named: match[2]! } : { list: Number(match[1]) });
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}

function renderForm(ctx: Context, parts: Part[]): string {
  return ctx.normalize(
    parts.map((part) =>
      typeof part === 'string' ? part : ctx.interpolate('named' in part ? ctx.named(part.named) : ctx.list(part.list)),
    ),
  );
}

/** Each text is parsed once: vue-i18n asks again at every translation when the compiler is not its own. */
const parsed = new Map<string, Part[][]>();

/**
 * The app's messages use two things of vue-i18n's message format: placeholders (`{name}`, `{0}`) and plural forms
 * separated by `|`. This compiles exactly those, so the bundle can leave vue-i18n's general compiler out (the build
 * sets `__INTLIFY_DROP_MESSAGE_COMPILER__`). `compileMessage.test.ts` renders every message of both languages with this
 * and with vue-i18n's own compiler and wants the same text, so a message that needs more syntax fails there.
 */
export const compileMessage: MessageCompiler<string> = (source) => {
  if (typeof source !== 'string') throw new TypeError('Only text messages are supported.');
  let forms = parsed.get(source);
  if (!forms) {
    forms = source.includes('|') ? source.split('|').map((form) => parse(form.trim())) : [parse(source)];
    parsed.set(source, forms);
  }
  const chosen = forms;
  // A new function each time: vue-i18n writes the key and language onto the one it is given.
  const message = (ctx: Context) =>
    chosen.length > 1 ? ctx.plural(chosen.map((form) => renderForm(ctx, form))) : renderForm(ctx, chosen[0]!);
  return message as unknown as MessageFunction<string>;
};
