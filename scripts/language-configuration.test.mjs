// grammar/language-configuration.json as VS Code reads it: the word pattern keeps codes whole (double-click,
// word-based suggestions, Find whole word), brackets and comments are the language's own, and the
// snippets are valid JSON with a prefix and body each.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const read = (file) => JSON.parse(readFileSync(path.join(root, "grammar", file), "utf8"));
const configuration = read("language-configuration.json");

function words(text) {
  // VS Code compiles the word pattern with the global flag and takes successive matches as words.
  return text.match(new RegExp(configuration.wordPattern, "g"));
}

describe("language configuration", () => {
  it("keeps OPCS-4 and ICD-10 codes, categories, ranges and marks whole", () => {
    assert.deepEqual(words("opcs J12.4 or Y53.- and C71-C74"), ["opcs", "J12.4", "or", "Y53.-", "and", "C71-C74"]);
    assert.deepEqual(words('icd10 H19.8A "x" and Q90.-† and H19.8* and C64.X and M80.08'), [
      "icd10", "H19.8A", "x", "and", "Q90.-†", "and", "H19.8*", "and", "C64.X", "and", "M80.08",
    ]);
  });

  it("keeps hyphenated names, versions and diagnostic codes whole", () => {
    assert.deepEqual(words("classifications opcs-4.10, icd-10-5"), ["classifications", "opcs-4.10", "icd-10-5"]);
    assert.deepEqual(words("when image-guided and not has opcs states-imaging-method"), [
      "when", "image-guided", "and", "not", "has", "opcs", "states-imaging-method",
    ]);
    assert.deepEqual(words("// codingdsl-disable-line CDSL0203"), ["codingdsl-disable-line", "CDSL0203"]);
  });

  it("comments with // and pairs braces, parentheses and quotes", () => {
    assert.equal(configuration.comments.lineComment, "//");
    assert.deepEqual(configuration.brackets, [["{", "}"], ["(", ")"]]);
    assert.ok(configuration.autoClosingPairs.some((pair) => pair.open === '"' && pair.notIn.includes("string")));
  });

  it("indents after an opening brace and outdents a closing one", () => {
    const increase = new RegExp(configuration.indentationRules.increaseIndentPattern);
    const decrease = new RegExp(configuration.indentationRules.decreaseIndentPattern);
    assert.ok(increase.test('guidance IPG327 "title" {'));
    assert.ok(increase.test("  procedure {"));
    assert.equal(increase.test("  procedure { opcs J12.4 }"), false);
    assert.ok(decrease.test("  }"));
  });
});

describe("snippets", () => {
  it("each has a prefix, a body and a description", () => {
    const snippets = read("snippets.json");
    assert.ok(Object.keys(snippets).length >= 8);
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.ok(snippet.prefix && Array.isArray(snippet.body) && snippet.body.length > 0 && snippet.description, name);
    }
    assert.ok(Object.values(snippets).some((s) => s.prefix === "guidance" && s.body.join("\n").includes("classifications opcs-4.10, icd-10-5")));
  });
});
