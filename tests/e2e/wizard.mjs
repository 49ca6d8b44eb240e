// The wizard as a citizen uses it: labels and options are read from the service definitions
// and the interface messages, so the tests find fields by their accessible names in any
// language, by pointer or by keyboard alone.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';
import { assertAccessible } from './browser.mjs';

const root = resolve(import.meta.dirname, '../..');

export function service(id) {
  return JSON.parse(readFileSync(join(root, 'crates/portal/services', `${id}.json`), 'utf8'));
}

const messages = {};
/// A one-line interface message of a locale, with `{ $var }` filled from `args`.
export function msg(lang, id, args = {}) {
  if (!messages[lang]) {
    messages[lang] = {};
    const dir = join(root, 'locales', lang);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        const m = line.match(/^([a-z][a-z0-9-]*) = (.*)$/);
        if (m) messages[lang][m[1]] = m[2];
      }
    }
  }
  const text = messages[lang][id];
  assert.ok(text !== undefined, `no one-line message ${id} in ${lang}`);
  return text.replace(/\{ \$([a-z]+) \}/g, (_, name) => String(args[name]));
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/// The accessible name starts with the label; optional fields add "(optional)" after it.
const named = (label) => new RegExp(`^${escape(label).replace(/\s+/g, '\\s+')}`);

/// Fills a wizard's steps with `answers` (by field id; group items as arrays of objects;
/// addresses as objects with street, number, postcode, locality and municipality), scanning
/// each page with axe, until "check your answers".
export class Wizard {
  constructor(page, { lang, serviceId, keyboard = false, scan = true, viewport }) {
    this.page = page;
    this.lang = lang;
    this.definition = service(serviceId);
    this.keyboard = keyboard;
    this.scan = scan;
    this.viewport = viewport;
  }

  text(localized) {
    return localized[this.lang];
  }

  /// Stops on the step with id `until` instead, before filling it.
  async fillSteps(answers, { until } = {}) {
    const checkTitle = msg(this.lang, 'wizard-check-title');
    // A step shows "Step n of m" above its heading.
    await this.page.locator('.caption__step').first().waitFor();
    for (let guard = 0; guard < 12; guard++) {
      const heading = this.page.getByRole('heading', { level: 1 });
      await heading.waitFor();
      const title = (await heading.textContent()).trim();
      if (title === checkTitle) return;
      const step = this.definition.steps.find((s) => this.text(s.title) === title);
      assert.ok(step, `a step titled ${title}`);
      if (step.id === until) return;
      if (this.scan) await assertAccessible(this.page, `${this.definition.id} ${step.id} ${this.lang} ${this.viewport}`);
      for (const field of step.fields) {
        if (!(field.id in answers)) continue;
        await this.fillField(this.page, field, field.id, answers[field.id]);
      }
      await this.press(this.page.getByRole('button', { name: msg(this.lang, 'wizard-continue') }));
      await this.page.waitForFunction((t) => document.querySelector('main h1')?.textContent.trim() !== t, title).catch(async (e) => {
        const problems = await this.page.locator('.error-summary').textContent();
        await this.page.screenshot({ path: `${process.env.E2E_SHOTS ?? '/tmp'}/stuck-${this.definition.id}.png`, fullPage: true });
        throw new Error(`stayed on ${title}: ${problems}`, { cause: e });
      });
    }
    assert.fail('the wizard did not reach "check your answers"');
  }

  /// Moves focus by Tab until `locator` has it (keyboard mode), or just acts (pointer mode).
  async focus(locator) {
    for (let i = 0; i < 80; i++) {
      if (await locator.evaluate((el) => el === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    assert.fail(`Tab never reached ${locator}`);
  }

  async press(locator) {
    if (this.keyboard) {
      await this.focus(locator);
      await this.page.keyboard.press('Enter');
    } else {
      await locator.click();
    }
  }

  async type(locator, value) {
    if (this.keyboard) {
      await this.focus(locator);
      await this.page.keyboard.press('Control+A');
      await this.page.keyboard.type(value);
    } else {
      await locator.fill(value);
    }
  }

  async tick(locator) {
    if (this.keyboard) {
      await this.focus(locator);
      await this.page.keyboard.press('Space');
    } else {
      await locator.check();
    }
  }

  /// Radios: by keyboard, Tab reaches the group and the arrow keys choose within it.
  async chooseRadio(group, name) {
    const radios = group.getByRole('radio');
    const target = group.getByRole('radio', { name, exact: true });
    if (!this.keyboard) return target.check();
    const names = await radios.evaluateAll((els) => els.map((e) => e.labels[0].textContent.trim()));
    const index = names.indexOf(name);
    assert.ok(index >= 0, `option ${name} among ${names}`);
    await this.focus(radios.first());
    if (index === 0) await this.page.keyboard.press('Space');
    for (let i = 0; i < index; i++) await this.page.keyboard.press('ArrowDown');
    assert.equal(await target.isChecked(), true);
  }

  async fillField(scope, field, key, value) {
    const label = this.text(field.label);
    const kind = typeof field.kind === 'string' ? field.kind : Object.keys(field.kind)[0];
    const group = () => scope.getByRole('group', { name: named(label) }).first();
    switch (kind) {
      case 'choice': {
        const { style, options } = field.kind.choice;
        const option = this.text(options.find((o) => o.value === value).label);
        if (style === 'radio') return this.chooseRadio(group(), option);
        const select = scope.getByLabel(named(label));
        if (this.keyboard) {
          await this.focus(select);
          await this.page.keyboard.type(option);
          return assert.equal(await select.inputValue(), value);
        }
        return select.selectOption(value);
      }
      case 'checkboxes': {
        for (const v of value) {
          const option = this.text(field.kind.checkboxes.options.find((o) => o.value === v).label);
          await this.tick(group().getByRole('checkbox', { name: option }));
        }
        return;
      }
      case 'yes-no':
        return this.chooseRadio(group(), msg(this.lang, value ? 'wizard-yes' : 'wizard-no'));
      case 'declaration':
        return this.tick(scope.getByRole('checkbox', { name: label }));
      case 'date': {
        const input = scope.getByLabel(named(label));
        if (!this.keyboard) return input.fill(value);
        // A date input takes its digits in the order the browser shows: dd.mm.yyyy for a
        // Swiss browser, mm/dd/yyyy for the test browser's own locale. Try the one, then the other.
        const [y, m, d] = value.split('-');
        await this.focus(input);
        for (const digits of [`${d}${m}${y}`, `${m}${d}${y}`]) {
          await this.page.keyboard.type(digits);
          if ((await input.inputValue()) === value) return;
          await this.page.keyboard.press('Shift+Tab');
          await this.page.keyboard.press('Shift+Tab');
        }
        assert.fail(`could not type the date ${value} by keyboard`);
      }
      case 'address': {
        const fieldset = group();
        for (const part of ['street', 'number', 'postcode', 'locality']) {
          if (value[part] === undefined) continue;
          const partLabel = msg(this.lang, `wizard-address-${part}`);
          await this.type(fieldset.getByLabel(named(partLabel)), value[part]);
        }
        if (value.municipality) {
          const municipality = fieldset.getByRole('group', { name: msg(this.lang, 'wizard-municipality-label') });
          await municipality.waitFor();
          await this.chooseRadio(municipality, value.municipality);
        }
        return;
      }
      case 'file': {
        // The picker itself is the operating system's; the test hands the files to the input.
        await scope.getByLabel(named(label)).setInputFiles(value);
        for (const file of value) {
          await scope.getByRole('button', { name: `${msg(this.lang, 'wizard-file-remove')} ${file.name}` }).waitFor();
        }
        return;
      }
      case 'group': {
        const { item_label: itemLabel, fields } = field.kind.group;
        const item = this.text(itemLabel);
        for (let index = 0; index < value.length; index++) {
          const itemGroup = scope.getByRole('group', { name: `${item} ${index + 1}`, exact: true });
          if (!(await itemGroup.count())) {
            await this.press(scope.getByRole('button', { name: msg(this.lang, 'wizard-group-add', { item }) }));
            await itemGroup.waitFor();
          }
          for (const inner of fields) {
            if (inner.id in value[index]) await this.fillField(itemGroup, inner, `${key}.${index}.${inner.id}`, value[index][inner.id]);
          }
        }
        return;
      }
      default:
        return this.type(scope.getByLabel(named(label)), value);
    }
  }

  /// On "check your answers": the rows shown, as label → value text.
  async summary() {
    return this.page.locator('.summary__row').evaluateAll((rows) =>
      Object.fromEntries(rows.map((r) => [r.querySelector('.summary__key').textContent.trim(), r.querySelector('.summary__value').textContent.trim()])));
  }

  async submit() {
    await this.press(this.page.getByRole('button', { name: msg(this.lang, 'wizard-submit') }));
    await this.page.getByRole('heading', { level: 1, name: msg(this.lang, 'wizard-done-title') }).waitFor();
    return (await this.page.locator('.confirmation__reference strong').textContent()).trim();
  }
}

/// A file for `setInputFiles`: a valid PDF of `size` bytes, or any `bytes` under a PDF's name
/// and type.
export function pdfFile(name, size = 2000, bytes = undefined) {
  return { name, mimeType: 'application/pdf', buffer: bytes ?? pdfOfLength(Math.max(size, 400)) };
}

/// A one-page PDF of exactly `length` bytes, padded with a comment: the portal parses uploads.
export function pdfOfLength(length) {
  const objects = [
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
    '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n',
  ];
  const build = (pad) => {
    let pdf = `%PDF-1.7\n%${'x'.repeat(pad)}\n`;
    const offsets = [];
    for (const object of objects) { offsets.push(pdf.length); pdf += object; }
    const xref = pdf.length;
    pdf += 'xref\n0 4\n0000000000 65535 f \n' + offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
    return pdf + `trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  };
  let pad = Math.max(0, length - build(0).length);
  while (build(pad).length > length && pad > 0) pad -= 1;
  return Buffer.from(build(pad), 'latin1');
}

/// A date `days` from today, `YYYY-MM-DD`.
export function inDays(days) {
  const d = new Date(Date.now() + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}
