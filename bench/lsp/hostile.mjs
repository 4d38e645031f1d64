// Writes issue 11's hostile inputs of about 1 MB each into a folder, for memory.mjs --file and the CLI:
//   node hostile.mjs /tmp/hostile
// duplicates.coding     17,773 guidance blocks sharing one id (memory.mjs --duplicates 1 makes the same text)
// wrong-titles.coding   700 guidances of 40 codes, each code with a wrong title (28,000 findings)
// alternatives.coding   one statement of 116,508 alternatives `J12.4 or J12.4 or …`
// statements.coding     69,902 statements `opcs J12.4` in one section (69,901 findings, one a line)
// parentheses.coding    524,000 nested parentheses around one code
// random.coding         random pieces of the language (keywords, braces, quotes, codes), fixed seed
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../tests/e2e/lsp/server.mjs';

const folder = process.argv[2] ?? 'hostile';
mkdirSync(folder, { recursive: true });
const MB = 1024 * 1024;
const write = (name, text) => {
  writeFileSync(join(folder, name), text);
  console.log(`${join(folder, name)}: ${(text.length / MB).toFixed(2)} M characters`);
};

const block = 'guidance IPG1 "t" {\n  procedure {\n    opcs J12.4 "x"\n  }\n}\n';
write('duplicates.coding', block.repeat(Math.ceil(MB / block.length)));

const codes = readFileSync(join(repoRoot, 'server/CodingDsl.Language/Tables/OPCS410 CodesAndTitles.txt'), 'utf8')
  .split(/\r?\n/).map((line) => line.split('\t')[0]).filter((code) => /^[A-Z]\d\d\.\d$/.test(code)).slice(0, 40);
const guidance = (i) => `guidance IPG${1000 + i} "Wrong titles ${i}" {\n  procedure {\n${codes.map((c) => `    opcs ${c} "Wrong title here"\n`).join('')}  }\n}\n`;
write('wrong-titles.coding', Array.from({ length: 700 }, (_, i) => guidance(i)).join(''));

write('alternatives.coding', `guidance IPG1 "t" {\n  procedure {\n    opcs ${Array(Math.floor(MB / 9)).fill('J12.4').join(' or ')}\n  }\n}\n`);

const line = '    opcs J12.4\n';
write('statements.coding', `guidance IPG1 "t" {\n  procedure {\n${line.repeat(Math.floor((MB - 40) / line.length))}  }\n}\n`);

write('parentheses.coding', `guidance IPG1 "t" {\n  procedure {\n    opcs ${'('.repeat(524000)}J12.4${')'.repeat(524000)}\n  }\n}\n`);

const pieces = ['guidance', 'procedure', 'diagnosis', 'opcs', 'icd10', 'or', 'and', 'use', 'rule', 'set', '{', '}', '(', ')', '"', '"t"', 'J12.4', 'C78.7', 'Y53.-', 'IPG1', '\n', ' ', '//', 'default', 'position'];
let seed = 11;
const next = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; };
let random = '';
while (random.length < MB) {
  random += pieces[next() % pieces.length] + ' ';
}
write('random.coding', random);
