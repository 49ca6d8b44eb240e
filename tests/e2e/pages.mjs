// Page objects: what a citizen sees and does, by role and accessible name.
import assert from 'node:assert/strict';
import { msg } from './wizard.mjs';

export class SignInPage {
  constructor(page, t) {
    this.page = page;
    this.t = t;
  }
  async signIn(username, password) {
    await this.page.getByLabel(this.t.username).fill(username);
    await this.page.getByLabel(this.t.password).fill(password);
    await this.page.getByRole('button', { name: this.t.submit }).click();
  }
  async expectShown() {
    await this.page.getByRole('heading', { level: 1, name: this.t.title }).waitFor();
  }
}

export class DashboardPage {
  constructor(page, t) {
    this.page = page;
    this.t = t;
  }
  async expectShown() {
    await this.page.getByRole('heading', { level: 1, name: this.t.dashboard }).waitFor();
    await this.page.locator('.case-row').first().waitFor();
  }
  cases() {
    return this.page.locator('.case-row');
  }
  async openCase(index = 0) {
    const link = this.page.locator('.case-row__title a').nth(index);
    const name = (await link.textContent()).trim();
    await link.click();
    return name;
  }
  async signOut() {
    await this.page.getByRole('button', { name: this.t.signOut }).click();
  }
  async switchLanguage(autonym) {
    await this.page.getByRole('navigation', { name: this.t.languageMenu }).getByRole('link', { name: autonym }).click();
  }
}

export class CasePage {
  constructor(page, t) {
    this.page = page;
    this.t = t;
  }
  async expectShown(serviceName) {
    await this.page.getByRole('heading', { level: 1, name: serviceName }).waitFor();
    await this.page.getByRole('heading', { level: 2, name: this.t.history }).waitFor();
  }
  timelineEvents() {
    return this.page.locator('.timeline__event');
  }
  /// Downloads the first document and returns its bytes, the server's name and the shown SHA-256.
  async downloadFirstDocument() {
    const documentItem = this.page.locator('.document').first();
    const shownHash = (await documentItem.locator('.document__checksum code').textContent()).trim();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      documentItem.getByRole('link', { name: this.t.download }).click(),
    ]);
    const path = await download.path();
    assert.ok(path, 'the download completed');
    const { readFile } = await import('node:fs/promises');
    return { bytes: await readFile(path), filename: download.suggestedFilename(), shownHash };
  }
}

export const TEXTS = {
  de: { title: 'Anmelden', username: 'Benutzername', password: 'Passwort', submit: 'Anmelden', dashboard: 'Meine Geschäfte', signOut: 'Abmelden', languageMenu: 'Sprache', history: 'Verlauf', download: /herunterladen/ },
  fr: { title: 'Connexion', username: 'Nom d’utilisateur', password: 'Mot de passe', submit: 'Se connecter', dashboard: 'Mes dossiers', signOut: 'Se déconnecter', languageMenu: 'Langue', history: 'Historique', download: /^Télécharger/ },
  it: { title: 'Accesso', username: 'Nome utente', password: 'Password', submit: 'Accedi', dashboard: 'Le mie pratiche', signOut: 'Esci', languageMenu: 'Lingua', history: 'Cronologia', download: /^Scarica/ },
  rm: { title: 'S’annunziar', username: 'Num d’utilisader', password: 'Pled-clav', submit: 'S’annunziar', dashboard: 'Mias fatschentas', signOut: 'Sa deannunziar', languageMenu: 'Lingua', history: 'Andament', download: /^Telechargiar/ },
  en: { title: 'Sign in', username: 'Username', password: 'Password', submit: 'Sign in', dashboard: 'My cases', signOut: 'Sign out', languageMenu: 'Language', history: 'History', download: /^Download/ },
};

/// Switches the header's party to the organisation `name` and waits until the app says so.
export async function actFor(page, lang, name) {
  await page.getByLabel(msg(lang, 'common-party-label')).selectOption({ label: name });
  await page.getByRole('button', { name: msg(lang, 'common-party-switch') }).click();
  await page.locator('.party__now strong', { hasText: name }).waitFor();
}
