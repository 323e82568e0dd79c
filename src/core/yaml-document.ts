import { Composer, Document, Parser, YAMLParseError, type CST, type DocumentOptions, type LineCounter, type ParseOptions, type SchemaOptions } from "yaml";

/** Deepest nesting of collections a guide, a config or a draft's front matter may have; real ones stay under 10. */
export const MAX_YAML_DEPTH = 100;

type YamlOptions = ParseOptions & DocumentOptions & SchemaOptions;

/**
 * The yaml library's `parseDocument`, but a document nested deeper than MAX_YAML_DEPTH is refused before it
 * is composed: the library composes (and `toJS` converts) collections recursively, and a few thousand `[`
 * exhaust the stack. Running out of stack is not a catchable error there — V8 aborts the whole process when
 * it must compile a regular expression at the stack's edge (`RegExpCompiler Allocation failed`). The
 * library's own tokenizer and parser keep an explicit stack, so measuring the depth on their tokens is safe.
 * A refused document has no contents and one error (code RESOURCE_EXHAUSTION) placed at the deepest collection.
 */
export function parseYamlDocument(text: string, options: YamlOptions & { lineCounter?: LineCounter } = {}): Document.Parsed {
  const tokens = [...new Parser(options.lineCounter?.addNewLine).parse(text)];
  const deepest = firstTooDeep(tokens);
  if (deepest !== undefined) {
    const doc = new Document(null, options) as Document.Parsed;
    doc.errors.push(new YAMLParseError([deepest, deepest + 1], "RESOURCE_EXHAUSTION", `nested too deeply (more than ${MAX_YAML_DEPTH} levels)`));
    return doc;
  }
  let first: Document.Parsed | undefined;
  for (const doc of new Composer(options).compose(tokens, true, text.length)) {
    if (!first) first = doc;
    else {
      first.errors.push(new YAMLParseError(doc.range.slice(0, 2) as [number, number], "MULTIPLE_DOCS", "Source contains multiple documents"));
      break;
    }
  }
  return first as Document.Parsed;
}

/** Offset of the first collection nested deeper than MAX_YAML_DEPTH, walking the tokens with an explicit stack. */
function firstTooDeep(tokens: CST.Token[]): number | undefined {
  const pending: [CST.Token, number][] = tokens.map((t) => [t, 0]);
  while (pending.length) {
    const [token, depth] = pending.pop()!;
    if (token.type === "document") {
      if (token.value) pending.push([token.value, depth]);
    } else if (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection") {
      if (depth >= MAX_YAML_DEPTH) return token.offset;
      for (const item of token.items) {
        if (item.key) pending.push([item.key, depth + 1]);
        if (item.value) pending.push([item.value, depth + 1]);
      }
    }
  }
  return undefined;
}
