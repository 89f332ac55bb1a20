// Le paquet de publication (npm run paquet) servi tel quel par un serveur https local (certificat
// jetable) : le volet et ses pages ne demandent rien hors de ce serveur, sauf office.js, et la
// politique de sécurité (CSP) ne bloque rien du volet.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import JSZip from "jszip";
import type { Page } from "@playwright/test";
import { lireAdresse } from "../../scripts/publication/adresse";
import { politiqueCsp } from "../../scripts/publication/csp";
import { urlsDuManifeste } from "../../scripts/publication/manifeste";
import { construirePaquet, type Paquet } from "../../scripts/publication/paquet";
import { validerAvecXsd } from "../manifest/outils/xsd";
import { expect, test } from "./outils/fixtures";
import { demarrerServeurHttps, type ServeurHttps } from "./outils/serveur-https";

/** office.js à l'adresse épinglée que Microsoft documente ; il charge ses compléments à côté. */
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const DOSSIER_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** Le seul blocage voulu : le cadre de télémétrie qu'office.js ouvre hors d'Office (ADR 0006). */
const TELEMETRIE = "frame-src https://telemetryservice.firstpartyapps.oaspapps.com";

let dossier = "";
let serveur: ServeurHttps;
let adresse = "";
let paquet: Paquet;

test.beforeAll(async () => {
  dossier = mkdtempSync(join(tmpdir(), "cpom-paquet-"));
  serveur = await demarrerServeurHttps(dossier, "/cpom/");
  adresse = lireAdresse(`https://localhost:${serveur.port}/cpom/`);
  const version = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;
  paquet = construirePaquet({
    dist: "dist",
    modele: readFileSync("manifest.xml", "utf8"),
    adresse,
    version,
    date: new Date(),
  });
  // Ce que l'on sert est le contenu de l'archive, relu par JSZip (pas dist/).
  const site = join(dossier, "site");
  const archive = await JSZip.loadAsync(paquet.zip, { checkCRC32: true });
  for (const f of Object.values(archive.files).filter((f) => !f.dir)) {
    mkdirSync(dirname(join(site, f.name)), { recursive: true });
    writeFileSync(join(site, f.name), await f.async("nodebuffer"));
  }
  serveur.servir(site);
});

test.afterAll(async () => {
  await serveur.fermer();
  rmSync(dossier, { recursive: true, force: true });
});

test.use({ ignoreHTTPSErrors: true });

interface Releve {
  /** Toutes les requêtes émises par la page. */
  requetes: string[];
  /** Violations de la politique de sécurité (directive et URL bloquée). */
  violations: () => Promise<string[]>;
}

/** Note chaque requête et chaque violation de CSP de la page, dès avant son premier script. */
async function relever(page: Page): Promise<Releve> {
  const requetes: string[] = [];
  page.on("request", (r) => requetes.push(r.url()));
  await page.addInitScript(() => {
    const w = window as unknown as { violationsCsp: string[] };
    w.violationsCsp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.violationsCsp.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  return {
    requetes,
    violations: () =>
      page.evaluate(() => (window as unknown as { violationsCsp: string[] }).violationsCsp),
  };
}

const horsServeur = (requetes: readonly string[]) =>
  [...new Set(requetes.filter((u) => !u.startsWith(adresse)))].sort();

/** Ce qui n'est ni sur le serveur ni office.js (et ses fichiers, dans le même dossier du CDN). */
const interdites = (requetes: readonly string[]) =>
  horsServeur(requetes).filter((u) => !u.startsWith(DOSSIER_OFFICE_JS));

/** Violations de CSP autres que le blocage voulu de la télémétrie d'office.js. */
const inattendues = (violations: readonly string[]) =>
  violations.filter((v) => !v.startsWith(TELEMETRIE));

function noter(requetes: readonly string[], violations: readonly string[]): void {
  test
    .info()
    .annotations.push(
      { type: "requêtes", description: requetes.join("\n") },
      { type: "violations CSP", description: violations.join("\n") || "aucune" },
    );
}

test.describe("paquet de publication servi en https", () => {
  test("archive : pages, icônes, manifeste et LISEZMOI, sans source maps ni CLI", () => {
    expect(paquet.fichiers).toEqual(
      expect.arrayContaining([
        "LISEZMOI.txt",
        "manifest.xml",
        "taskpane.html",
        "commands.html",
        "aide.html",
        "assets/icone-16.png",
        "assets/icone-80.png",
      ]),
    );
    expect(paquet.fichiers.filter((f) => f.endsWith(".map") || f.startsWith("node/"))).toEqual([]);
    test.info().annotations.push({
      type: "paquet",
      description: `${paquet.nom} : ${paquet.zip.length} octets, ${paquet.fichiers.length} fichiers`,
    });
  });

  test("manifeste : valide hors ligne, chaque URL sous l'adresse et servie par le serveur", async ({
    request,
  }) => {
    expect(validerAvecXsd(paquet.manifeste)).toEqual({ valide: true, erreurs: [] });
    const urls = urlsDuManifeste(paquet.manifeste);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url.startsWith(adresse), url).toBe(true);
      expect((await request.get(url)).status(), url).toBe(200);
    }
    expect((await request.get(`${adresse}manifest.xml`)).status()).toBe(200);
  });

  test("dist/manifest.xml de la construction (ADRESSE_PUBLICATION de la CI) : valide, sous l'adresse, sans localhost", () => {
    const donnee = process.env.ADRESSE_PUBLICATION;
    test.skip(
      !donnee,
      "construction sans ADRESSE_PUBLICATION : pas de dist/manifest.xml à vérifier",
    );
    const attendue = lireAdresse(donnee);
    const xml = readFileSync(join("dist", "manifest.xml"), "utf8");
    expect(validerAvecXsd(xml)).toEqual({ valide: true, erreurs: [] });
    expect(xml).not.toMatch(/localhost/i);
    const urls = urlsDuManifeste(xml);
    expect(urls.filter((u) => !u.startsWith(attendue))).toEqual([]);
    test
      .info()
      .annotations.push({ type: "manifeste", description: `${urls.length} URL sous ${attendue}` });
  });

  test("volet : s'affiche, aucune requête hors du serveur sauf office.js, aucune violation de CSP hors télémétrie bloquée", async ({
    page,
  }) => {
    const releve = await relever(page);
    const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(paquet.manifeste)?.[1] ?? "";
    await page.goto(source);
    await expect(page.getByRole("heading", { level: 1, name: "Diagnostic CPOM" })).toBeVisible();
    await expect(page.getByText("Hors d'Excel", { exact: true })).toBeVisible();
    expect(
      await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content"),
    ).toBe(politiqueCsp());
    // Dans la page telle que servie (avant qu'office.js n'ajoute ses propres scripts).
    const html = readFileSync(join(dossier, "site", "taskpane.html"), "utf8");
    expect([...html.matchAll(/<script[^>]*src=["']?(https:[^"' >]+)/g)].map((m) => m[1])).toEqual([
      OFFICE_JS,
    ]);
    // office.js ouvre de lui-même un cadre de télémétrie au bout de 3 s : laisser passer ce délai.
    await page.waitForTimeout(4_000);
    const violations = await releve.violations();
    noter(releve.requetes, violations);
    expect(horsServeur(releve.requetes)).toContain(OFFICE_JS);
    expect(interdites(releve.requetes)).toEqual([]);
    expect(inattendues(violations)).toEqual([]);
  });

  for (const [page_, pret] of [
    ["apercu.html", "Vues du volet"],
    ["commands.html", null],
    ["aide.html", null],
  ] as const) {
    test(`${page_} : aucune requête hors du serveur (sauf office.js), aucune violation de CSP hors télémétrie bloquée`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const releve = await relever(page);
      await page.goto(`${adresse}${page_}`);
      if (pret)
        await expect(page.getByRole("tablist", { name: pret })).toBeVisible({ timeout: 90_000 });
      else await page.waitForLoadState("load");
      await page.waitForTimeout(page_ === "commands.html" ? 4_000 : 500);
      const violations = await releve.violations();
      noter(releve.requetes, violations);
      expect(interdites(releve.requetes)).toEqual([]);
      expect(inattendues(violations)).toEqual([]);
    });
  }
});
