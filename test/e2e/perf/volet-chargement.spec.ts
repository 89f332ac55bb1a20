import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { expect, test, verifierAxe } from "../outils/fixtures";
import { attendreFinAction } from "../volet-outils";

/**
 * Chargement du volet construit (issue 20, ADR 0013), sous la CSP de production des pages de
 * dist/ : script initial borné (200 Ko gzip, comme le budget de la construction), vues et fil
 * d'analyse chargés à part, squelette accessible. Les temps ne sont ici qu'un garde-fou large
 * (machine de CI à 2 cœurs partagés) ; les chiffres stricts : `npm run bench:volet`.
 */
const DIST = join(process.cwd(), "dist");
const GARDE = { titreMs: 1500, donneesMs: 6000 };

/** Scripts que taskpane.html charge d'emblée (office.js mis à part : il vient du CDN). */
function scriptsInitiaux(page: string): string[] {
  const html = readFileSync(join(DIST, page), "utf8");
  // HTML minifié par html-webpack-plugin : attributs sans guillemets.
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
    .map((m) => m[1] ?? "")
    .filter((s) => !s.startsWith("http"));
}

async function instants(page: Page): Promise<{ titre: number; donnees: number }> {
  await page.waitForFunction(() => document.querySelector("#vue-sommaire li") !== null, null, {
    timeout: 60_000,
  });
  return page.evaluate(() => {
    const m = (window as unknown as { __instants: { titre: number; donnees: number } }).__instants;
    return m;
  });
}

test.describe("chargement du volet", () => {
  test.describe.configure({ timeout: 120_000 });
  test.beforeEach(async ({ context }) => {
    await context.addInitScript(() => {
      const m = { titre: NaN, donnees: NaN };
      (window as unknown as { __instants: typeof m }).__instants = m;
      new MutationObserver(() => {
        const t = performance.now();
        if (Number.isNaN(m.titre) && document.querySelector("h1")) m.titre = t;
        if (Number.isNaN(m.donnees) && document.querySelector("#vue-sommaire li")) m.donnees = t;
      }).observe(document, { subtree: true, childList: true });
    });
  });

  test("script initial du volet ≤ 200 Ko gzip ; hors d'Excel, rien d'autre n'est chargé", async ({
    page,
  }) => {
    const initiaux = scriptsInitiaux("taskpane.html");
    expect(initiaux).toHaveLength(1);
    const gzip = initiaux.reduce(
      (s, f) => s + gzipSync(readFileSync(join(DIST, f)), { level: 6 }).length,
      0,
    );
    test.info().annotations.push({ type: "JS initial (gzip)", description: `${gzip} octets` });
    expect(gzip).toBeLessThanOrEqual(200 * 1024);

    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script" && r.url().startsWith("http://localhost"))
        scripts.push(new URL(r.url()).pathname.slice(1));
    });
    await page.goto("/taskpane.html");
    await expect(page.getByText("Hors d'Excel", { exact: true })).toBeVisible();
    expect(scripts).toEqual(initiaux);
  });

  test("aperçu : titre puis données dans les temps (garde-fou), analyse dans le fil d'analyse", async ({
    page,
  }) => {
    const mesures: { titre: number; donnees: number }[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto("/apercu.html");
      mesures.push(await instants(page));
      // Sous la CSP de production (script-src 'self', sans worker-src) : le fil a bien tourné.
      await expect(page.locator("html")).toHaveAttribute("data-analyse", "fil");
    }
    const mediane = (k: "titre" | "donnees") => mesures.map((m) => m[k]).sort((a, b) => a - b)[1];
    const titre = mediane("titre") ?? NaN;
    const donnees = mediane("donnees") ?? NaN;
    test.info().annotations.push({
      type: "médianes (3)",
      description: `titre ${Math.round(titre)} ms, données ${Math.round(donnees)} ms, charge ${loadavg()[0]?.toFixed(2)}`,
    });
    expect(titre).toBeLessThanOrEqual(GARDE.titreMs);
    expect(donnees).toBeLessThanOrEqual(GARDE.donneesMs);
  });

  test("morceaux lents : la coque et un squelette accessible d'abord, puis le volet", async ({
    page,
  }) => {
    let liberer: () => void = () => undefined;
    const retenu = new Promise<void>((r) => (liberer = r));
    await page.route(/\/apercu-classeur\.[0-9a-f]+\.js$/, async (route) => {
      await retenu;
      await route.fallback();
    });
    await page.goto("/apercu.html", { waitUntil: "commit" }); // « load » attendrait le morceau retenu
    await expect(page.getByRole("heading", { level: 1, name: "Diagnostic CPOM" })).toBeVisible();
    const statut = page.getByRole("status").filter({ hasText: "Chargement du volet…" });
    await expect(statut).toBeVisible();
    await expect(page.locator("[aria-busy='true']").filter({ has: statut })).toHaveCount(1);
    await verifierAxe(page);
    liberer();
    await expect(page.getByRole("tablist", { name: "Vues du volet" })).toBeVisible({
      timeout: 60_000,
    });
    await expect(statut).toHaveCount(0);
  });

  test("une vue jamais ouverte se charge au premier clic, avec son squelette", async ({ page }) => {
    let liberer: () => void = () => undefined;
    const retenu = new Promise<void>((r) => (liberer = r));
    await page.route(/\/vue-controles\.[0-9a-f]+\.js$/, async (route) => {
      await retenu;
      await route.fallback();
    });
    await page.goto("/apercu.html");
    await expect(page.getByRole("tablist", { name: "Vues du volet" })).toBeVisible({
      timeout: 60_000,
    });
    // Sommaire affiché avant l'analyse complète (ADR 0022) : « calcul en cours » jusqu'à elle.
    await attendreFinAction(page);
    await page.getByRole("tab", { name: "Contrôles" }).click(); // avant le préchargement au repos
    const panneau = page.getByRole("tabpanel");
    await expect(panneau.getByRole("status")).toHaveText("Chargement de la vue…");
    await verifierAxe(page);
    liberer();
    await expect(panneau.getByRole("heading", { level: 2 }).first()).toBeVisible();
    await expect(panneau.getByRole("status").filter({ hasText: "Chargement" })).toHaveCount(0);
  });
});
