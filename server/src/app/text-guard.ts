import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { DomainError, msg } from '../shared/domain-error.js';
import type { Context } from '../shared/context.js';

/**
 * Characters no text on the panel needs, refused in every string a client sends (literals and
 * variables, HTTP and WebSocket alike) rather than stripped, so what is stored is what was sent:
 * NUL (PostgreSQL refuses it in text) and the other control characters except tab and line breaks;
 * bidi embedding, override and isolate controls (text that reads differently from what it is);
 * zero-width space, word joiner and BOM (names that look alike but differ). Joiners (U+200C/U+200D)
 * stay allowed: emoji and some scripts need them.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are the ones refused
const NOT_ALLOWED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/;
// A UTF-16 surrogate standing alone (JSON allows "\ud800"): not Unicode text at all.
const LONE_SURROGATE = /\p{Cs}/u;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first character of `text` that is not allowed, as U+XXXX; null when the text is clean. */
export function forbiddenCharacter(text: string): string | null {
  const bad = NOT_ALLOWED.exec(text) ?? LONE_SURROGATE.exec(text);
  return bad ? codePoint(bad[0]) : null;
}

const refusalMessage = (where: string, character: string) => msg(
  `The text in ${where} contains a character that is not allowed (${character}: a control, invisible or direction character, or broken Unicode); remove it and send again.`,
  `Текст содержит недопустимый символ (${character}: управляющий, невидимый символ, символ направления текста или повреждённый Юникод); удалите его и отправьте снова.`,
  `Мәтінде рұқсат етілмеген таңба бар (${character}: басқару, көрінбейтін, мәтін бағытының таңбасы немесе бүлінген Юникод); оны алып тастап, қайта жіберіңіз.`,
);

/**
 * The refusal: `details.field` says where as sent (an argument, or a variable's path such as
 * "$input.episodes[1].url"); `extensions.fields` names the field in the input's terms (FieldProblems):
 * the argument (or variable) itself for a plain value, the path inside it for an input object.
 */
const refusal = (where: string, field: string, character: string) => {
  const message = refusalMessage(where, character);
  return new DomainError('BAD_USER_INPUT', message, { field: where, character }, { [field]: { code: 'NOT_ALLOWED_CHARACTER', message } });
};

/** "$input.episodes[1].url" → "episodes.1.url"; "$body" → "body". */
export function variableField(path: string): string {
  const parts = path.replace(/^\$/, '').replace(/\[(\d+)\]/g, '.$1').split('.');
  return parts.length > 1 ? parts.slice(1).join('.') : parts[0];
}

/** Every string in the variables (iteratively: a deeply nested value must not exhaust the stack). */
function checkVariables(variables: unknown): DomainError | null {
  const stack: [unknown, string][] = [[variables, '$']];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      const bad = forbiddenCharacter(value);
      if (bad) {
        const where = path.replace(/^\$\./, '$');
        return refusal(where, variableField(where), bad);
      }
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push([v, `${path}[${i}]`]));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) stack.push([v, `${path}.${k}`]);
    }
  }
  return null;
}

// Documents whose literals were found clean: Apollo keeps parsed documents, so the same operation
// text arrives as the same object and its literals need no second walk (variables always do).
const cleanLiterals = new WeakSet<DocumentNode>();

/** The refusal for an operation that carries a character not allowed, in a literal or a variable; null when clean. */
export function unsafeText(document: DocumentNode, variables: unknown): DomainError | null {
  if (cleanLiterals.has(document)) return checkVariables(variables);
  let found: DomainError | null = null;
  // A literal string: inside an input object, named by its path there; otherwise by the argument.
  const check = (argument: string, value: ValueNode, path: string | null) => {
    if (found) return;
    if (value.kind === Kind.STRING) {
      const bad = forbiddenCharacter(value.value);
      if (bad) found = refusal(argument, path ?? argument, bad);
    } else if (value.kind === Kind.LIST) {
      value.values.forEach((v, i) => check(argument, v, path === null ? null : `${path}.${i}`));
    } else if (value.kind === Kind.OBJECT) {
      for (const f of value.fields) check(argument, f.value, path === null ? f.name.value : `${path}.${f.name.value}`);
    }
  };
  visit(document, {
    Argument(node) {
      if (!found) check(node.name.value, node.value, null);
      return false;
    },
  });
  if (found) return found;
  cleanLiterals.add(document);
  return checkVariables(variables);
}

/** The guard on GraphQL over HTTP: refused before the operation runs, status 400. */
export function textGuardPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const refused = unsafeText(document, request.variables);
          if (!refused) return;
          Object.assign(refused.extensions, { http: { status: 400 } });
          throw refused;
        },
      };
    },
  };
}
