import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

/**
 * Tests de bout en bout dans le Chromium de Debian (jamais `npx playwright install` : hors ligne).
 * Le volet construit (dist/, `npm run build`) est servi en http par test/e2e/outils/serveur.mjs ;
 * office.js est routé vers la copie npm (test/e2e/outils/reseau.ts).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(CHROMIUM)) {
  throw new Error(
    `Chromium est introuvable (${CHROMIUM}) : les tests de bout en bout ne peuvent pas tourner. ` +
      "Installez-le (sudo apt-get install chromium) ou indiquez son chemin dans CHROMIUM_PATH.",
  );
}
const PORT = Number(process.env.PORT_E2E ?? 3210);

export default defineConfig({
  testDir: "test/e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results",
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: "list",
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: "chromium",
    locale: "fr-FR",
    launchOptions: { executablePath: CHROMIUM },
    trace: "retain-on-failure",
  },
  webServer: {
    command: `node test/e2e/outils/serveur.mjs --port ${PORT} --racine dist`,
    url: `http://localhost:${PORT}/taskpane.html`,
    // Jamais le serveur d'un autre lancement (il s'arrêterait en cours de route) : un port pris est
    // une erreur claire ; pour deux lancements simultanés, PORT_E2E=3211 npx playwright test.
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
