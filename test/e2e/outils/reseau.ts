import { existsSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext } from "@playwright/test";

/** URL de base d'office.js sur le CDN de Microsoft (celle des pages HTML de production). */
export const CDN_OFFICE = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** Copie npm (@microsoft/office-js) servie à la place du CDN : les tests tournent hors ligne. */
export const OFFICE_NPM = join(process.cwd(), "node_modules", "@microsoft", "office-js", "dist");

const LOCAUX = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Cadre de télémétrie qu'office.js ouvre de lui-même hors d'Office (quelques secondes après le
 * chargement) : remplacé par une page vide, jamais joint.
 */
export const TELEMETRIE_OFFICE =
  "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";

/**
 * Hors d'Office, office.js ouvre ce même cadre de télémétrie ; dans les pages construites, la
 * politique de sécurité (frame-src 'self', ADR 0006) le bloque avant toute requête, comme voulu :
 * seul ce blocage-là est toléré dans la console.
 */
export const TELEMETRIE_BLOQUEE_PAR_CSP =
  /^console\.error : Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy directive: "frame-src 'self'"\. The request has been blocked\.\s*$/;

/** Ce que les tests font d'office.js : la copie npm (défaut) ou un CDN injoignable. */
export type ModeOfficeJs = "npm" | "injoignable";

/**
 * Garde réseau d'un contexte : localhost passe ; le CDN d'office.js est servi depuis la copie npm
 * (ou refusé en mode « injoignable ») ; toute autre requête est refusée et notée dans `refusees`
 * (le test échoue alors à la fin).
 */
export async function garderReseau(
  context: BrowserContext,
  refusees: string[],
  officeJs: ModeOfficeJs,
): Promise<void> {
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    const { hostname, protocol } = new URL(url);
    if (LOCAUX.has(hostname) || protocol === "data:" || protocol === "blob:") {
      await route.fallback();
      return;
    }
    if (url.split("?")[0] === TELEMETRIE_OFFICE) {
      await route.fulfill({ body: "<!doctype html><title>vide</title>", contentType: "text/html" });
      return;
    }
    if (url.startsWith(CDN_OFFICE)) {
      if (officeJs === "injoignable") {
        await route.abort("internetdisconnected");
        return;
      }
      const fichier = join(
        OFFICE_NPM,
        new URL(url).pathname.slice(new URL(CDN_OFFICE).pathname.length),
      );
      if (fichier.startsWith(OFFICE_NPM) && existsSync(fichier)) {
        await route.fulfill({ path: fichier, contentType: "text/javascript; charset=utf-8" });
        return;
      }
    }
    refusees.push(url);
    await route.abort("blockedbyclient");
  });
}
