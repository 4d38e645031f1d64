// Writes the benchmark inputs: a workspace of rule files like the samples, and one 5,000-line file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Codes with their official OPCS-4.10 titles: the files are clean, as rule files mostly are.
const procedures = [
  ['J12.4', 'Percutaneous radiofrequency ablation of lesion of liver'],
  ['J12.7', 'Percutaneous microwave ablation of lesion of liver'],
  ['M13.7', 'Percutaneous radiofrequency ablation of lesion of kidney'],
  ['E59.5', 'Percutaneous radiofrequency ablation of lesion of lung'],
];

// With --stale-titles: half the codes carry another code's title, so every other variant of the
// large file has a title warning (312 in 5,000 lines): a stress case for publishing diagnostics.
const staleProcedures = [procedures[0], procedures[1], ['M10.4', procedures[2][1]], ['E59.1', procedures[3][1]]];
let pool = procedures;
export function useStaleTitles() {
  pool = staleProcedures;
}

function guidance(id, index) {
  const [code, title] = pool[index % pool.length];
  return `// Generated benchmark file ${index}.
guidance ${id} "Benchmark guidance ${index}" {
  source "https://www.nice.org.uk/guidance/${id.toLowerCase()}"
  classifications opcs-4.10, icd-10-5

  procedure {
    snomed pending
    opcs ${code} "${title}"
    image-guided
    opcs Y53.- "Approach to organ under image control"
      or Y68.- "Other approach to organ under image control"
  }

  diagnosis {
    icd10 C78.7 "Secondary malignant neoplasm of liver and intrahepatic bile duct"
      and C18.- "Malignant neoplasm of colon"
  }
}
`;
}

/**
 * As many procedure variants as it takes to reach the line count: one guidance, or (with
 * guidanceLines) a new guidance every guidanceLines lines, as a file of many guidances is written.
 */
export function bigFile(lines, guidanceLines = Infinity) {
  const head = (n) => `guidance IPG${9999 - n} "A very large guidance ${n}" {\n  source "https://www.nice.org.uk/guidance/ipg${9999 - n}"\n  classifications opcs-4.10, icd-10-5\n`;
  const parts = [head(0)];
  let count = parts[0].split('\n').length;
  let inGuidance = count;
  let guidances = 1;
  for (let i = 0; count < lines - 2; i++) {
    if (inGuidance >= guidanceLines && count < lines - 12) {
      const next = `}\n\n${head(guidances++)}`;
      parts.push(next);
      count += next.split('\n').length - 1;
      inGuidance = 0;
    }
    const [code, title] = pool[i % pool.length];
    const variant = `\n  procedure "Variant ${i}" {\n    opcs ${code} "${title}"\n    image-guided\n    opcs Y53.- "Approach to organ under image control"\n      or Y68.- "Other approach to organ under image control"\n    note "Variant ${i} of the procedure."\n  }\n`;
    parts.push(variant);
    const added = variant.split('\n').length - 1;
    count += added;
    inGuidance += added;
  }
  parts.push('}\n');
  return parts.join('');
}

export function writeCorpus(folder, files, bigLines, guidanceLines = Infinity) {
  mkdirSync(folder, { recursive: true });
  for (let i = 1; i <= files; i++) {
    const sub = join(folder, `group${i % 20}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `IPG${1000 + i}.coding`), guidance(`IPG${1000 + i}`, i));
  }
  const big = join(folder, 'big.coding');
  writeFileSync(big, bigFile(bigLines, guidanceLines));
  return big;
}
