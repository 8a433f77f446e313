// LibreOffice Calc, headless (Debian's libreoffice-calc-nogui, installed by
// scripts/setup.sh for these tests only): opens a spreadsheet file the way a
// planner's machine would, under a given locale (the profile's locale
// setting, which LibreOffice takes from the system on a machine set to that
// language, and the CSV import's language), and
// saves every sheet as tab-separated text the tests can read without
// guessing: text cells quoted, number cells unquoted and unformatted (no
// thousands separators; the locale's decimal mark, which LibreOffice uses
// for unformatted numbers whatever the export options say).

import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The soffice command (scripts/lib.sh exports $SOFFICE). */
export const SOFFICE = process.env.SOFFICE || 'soffice';

/** Windows language ids, which LibreOffice's CSV filter options take. */
export const LOCALES = { 'vi-VN': 1066, 'en-US': 1033 };

/** The decimal mark each locale writes unformatted numbers with. */
const DECIMAL_MARKS = { 'vi-VN': ',', 'en-US': '.' };

/** Character codes of field separators. */
const SEPARATORS = { ',': 44, ';': 59 };

/**
 * A fresh LibreOffice profile whose locale setting (Tools → Options →
 * Language Settings → Locale setting) is `locale`, as on a machine set to it.
 */
async function profile(locale) {
  const dir = await mkdtemp(join(tmpdir(), `lotrinh-soffice-${locale}-`));
  await mkdir(join(dir, 'user'), { recursive: true });
  await writeFile(
    join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

/** Parses RFC 4180 CSV into rows of `{ text, quoted }` cells. */
export function parseQuotedCsv(text, separator = ',') {
  const rows = [];
  let row = [];
  let cell = { text: '', quoted: false };
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') { cell.text += '"'; i++; } else if (c === '"') inQuotes = false; else cell.text += c;
    } else if (c === '"') { inQuotes = true; cell.quoted = true; }
    else if (c === separator) { row.push(cell); cell = { text: '', quoted: false }; }
    else if (c === '\r') continue;
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = { text: '', quoted: false }; }
    else cell.text += c;
  }
  if (cell.text || cell.quoted || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/**
 * Opens `file` in LibreOffice Calc under `locale` and returns every sheet as
 * rows of `{ text, quoted, number }` cells, keyed by sheet name; `number` is
 * the value of an unquoted (number) cell, `NaN` if its text is not a plain
 * number in the locale's form. A CSV is imported
 * with `separator`, UTF-8, formulas evaluated (the dangerous setting) and
 * numbers read by the locale's rules, as the import dialog does by default.
 */
export async function readWithCalc(file, { locale, separator = ',' }) {
  const lcid = LOCALES[locale];
  const home = await profile(locale);
  const out = await mkdtemp(join(tmpdir(), 'lotrinh-calc-out-'));
  const args = [`-env:UserInstallation=${pathToFileURL(home).href}`, '--headless', '--norestore'];
  if (extname(file) === '.csv') {
    // Separator, text delimiter ", UTF-8, from line 1, no column types,
    // language, quoted fields not forced to text, detect special numbers,
    // (3 export-only tokens), evaluate formulas.
    args.push(`--infilter=Text - txt - csv (StarCalc):${SEPARATORS[separator]},34,76,1,,${lcid},false,true,false,false,false,true`);
  }
  // Tab, ", UTF-8, line 1, no types, language, quote every text cell, -,
  // values not "as shown" (full precision, no grouping), no formulas, -,
  // every sheet to its own file.
  args.push('--convert-to', `csv:Text - txt - csv (StarCalc):9,34,76,1,,${lcid},true,true,false,false,false,-1`, '--outdir', out, file);
  try {
    // The locale comes from the profile; C.UTF-8 keeps file names (the
    // sheets' Vietnamese names) intact without generating system locales.
    await run(SOFFICE, args, { timeout: 120_000, env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
    const sheets = {};
    const stem = basename(file, extname(file));
    const mark = DECIMAL_MARKS[locale];
    for (const name of (await readdir(out)).sort()) {
      const sheet = name.slice(stem.length + 1, -'.csv'.length) || name;
      const rows = parseQuotedCsv((await readFile(join(out, name), 'utf8')).replace(/^\uFEFF/, ''), '\t');
      for (const cell of rows.flat()) {
        const plain = /^-?\d+(\D\d+)?(E-?\d+)?$/.test(cell.text) && !cell.text.includes(mark === ',' ? '.' : ',');
        cell.number = !cell.quoted && plain ? Number(cell.text.replace(mark, '.')) : NaN;
      }
      sheets[sheet] = rows;
    }
    if (!Object.keys(sheets).length) throw new Error(`LibreOffice wrote nothing for ${file}`);
    return sheets;
  } finally {
    await rm(home, { recursive: true, force: true });
    await rm(out, { recursive: true, force: true });
  }
}
