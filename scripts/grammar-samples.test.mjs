// Tokenises every samples/*.coding with VS Code's own tokenizer (vscode-textmate 9.3 + oniguruma) and
// checks that nothing a user sees is left unscoped: every word outside strings and comments gets a
// scope of its own, and every code-shaped token is scoped as a code, category or range.
// The per-construct assertions live in grammar/tests/*.test.coding; this catches what real files add.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import oniguruma from "vscode-oniguruma";
import textmate from "vscode-textmate";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
await oniguruma.loadWASM(readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm")).buffer);
const registry = new textmate.Registry({
  onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
  loadGrammar: async () =>
    textmate.parseRawGrammar(readFileSync(path.join(root, "grammar", "codingdsl.tmLanguage.json"), "utf8"), "codingdsl.tmLanguage.json"),
});
const grammar = await registry.loadGrammar("source.codingdsl");

function tokenize(text) {
  const tokens = [];
  let state = textmate.INITIAL;
  text.split(/\r?\n/).forEach((line, lineNumber) => {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      tokens.push({ line: lineNumber + 1, text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    }
    state = result.ruleStack;
  });
  return tokens;
}

const codeShaped = /^[A-Z][0-9]{2}(?:-[A-Z][0-9]{2}|\.(?:-|X|[0-9]{1,2}[A-Z]?))?[†+*]?$/;
const inText = (scopes) => scopes.some((s) => s.startsWith("string.") || s.startsWith("comment."));
const structural = (scope) => scope === "source.codingdsl" || scope.startsWith("meta.");

const samplesDir = path.join(root, "samples");
const samples = readdirSync(samplesDir).filter((name) => name.endsWith(".coding"));

describe("the grammar on samples/*.coding", () => {
  it("has samples to check", () => assert.ok(samples.length > 0));

  for (const name of samples) {
    it(`${name}: every word has a scope and every code is scoped as one`, () => {
      const tokens = tokenize(readFileSync(path.join(samplesDir, name), "utf8"));
      const unscoped = tokens.filter((t) => /[A-Za-z0-9]/.test(t.text) && !inText(t.scopes) && t.scopes.every(structural));
      assert.deepEqual(unscoped.map((t) => `${t.line}: ${t.text}`), [], "words with no scope");
      const codes = tokens.filter((t) => codeShaped.test(t.text.trim()) && !inText(t.scopes));
      const wrong = codes.filter((t) => !t.scopes.some((s) => /^constant\.other\.(code|category|range)\./.test(s)));
      assert.deepEqual(wrong.map((t) => `${t.line}: ${t.text} ${t.scopes.join(" ")}`), [], "codes not scoped as codes");
    });
  }
});
