import { test as base, expect } from "@playwright/test";
import { garderReseau, TELEMETRIE_BLOQUEE_PAR_CSP, type ModeOfficeJs } from "./reseau";

export { expect };
export { verifierAxe } from "./axe";
export { CDN_OFFICE, TELEMETRIE_BLOQUEE_PAR_CSP, type ModeOfficeJs } from "./reseau";

export interface OptionsE2E {
  /** office.js : copie npm servie à la place du CDN (défaut) ou CDN injoignable. */
  officeJs: ModeOfficeJs;
  /** Erreurs de console attendues par le test (expressions régulières) ; aucune par défaut. */
  consoleToleree: readonly RegExp[];
}

export interface FixturesE2E {
  /** Erreurs de console et exceptions non captées de la page, vérifiées vides à la fin du test. */
  erreursConsole: string[];
  /** Requêtes refusées (hors localhost), vérifiées vides à la fin du test. */
  requetesRefusees: string[];
}

/**
 * `test` des tests de bout en bout : garde réseau (localhost seulement, office.js servi depuis
 * npm), erreurs de console collectées ; le test échoue s'il reste une erreur ou une requête
 * refusée à la fin.
 */
export const test = base.extend<OptionsE2E & FixturesE2E>({
  officeJs: ["npm", { option: true }],
  consoleToleree: [[], { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright exige un motif d'objet ici.
  requetesRefusees: async ({}, use) => {
    await use([]);
  },
  // eslint-disable-next-line no-empty-pattern -- idem.
  erreursConsole: async ({}, use) => {
    await use([]);
  },
  context: async ({ context, requetesRefusees, officeJs }, use) => {
    await garderReseau(context, requetesRefusees, officeJs);
    await use(context);
  },
  page: async ({ page, erreursConsole, requetesRefusees, consoleToleree }, use) => {
    page.on("console", (m) => {
      if (m.type() === "error") erreursConsole.push(`console.error : ${m.text()}`);
    });
    page.on("pageerror", (e) => erreursConsole.push(`exception non captée : ${e.message}`));
    await use(page);
    expect(requetesRefusees, "requêtes hors localhost refusées").toEqual([]);
    const toleree = [TELEMETRIE_BLOQUEE_PAR_CSP, ...consoleToleree];
    const inattendues = erreursConsole.filter((e) => !toleree.some((r) => r.test(e)));
    expect(inattendues, "erreurs dans la console du navigateur").toEqual([]);
  },
});
