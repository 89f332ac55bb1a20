// Mesure du chargement du volet construit (issue 20, ADR 0013, 0022) : `npm run bench:volet` ou
//   node scripts/mesures/volet.mjs [--dist dist] [--n 5] [--json] [--indicatif] [--sans-fil]
//                                  [--interception]
// Sert dist/ sur localhost (test/e2e/outils/serveur.mjs), ouvre dans le Chromium du système
// (CHROMIUM_PATH, défaut /usr/bin/chromium), n fois, chacune dans un contexte neuf (cache vide) :
//   - l'aperçu (apercu.html) : premier titre (h1 du volet), premières données (lignes du
//     sommaire), données complètes (indicateurs et contrôles reçus : repère `cpom:analyse-prete`),
//     en ms depuis le début de la navigation, plus longue tâche du fil principal, et les étapes
//     (repères `cpom:…` de src/taskpane/analyse/marques.ts), l'aller et le retour des messages du
//     fil (repères `fil-recu`, `fil-envoye`) et le rendu du sommaire reçu (sommaire-pret → lignes) ;
//   - le volet seul (taskpane.html, hors d'Excel) : premier titre, JavaScript initial.
// « JavaScript initial » : les scripts du dossier construit demandés avant le premier titre rendu
// par React (le titre de la coque statique de la page, ADR 0027, est là avant tout script)
// (office.js exclu : il vient du CDN de Microsoft), en octets bruts et gzip (niveau 6, celui des
// serveurs web courants). Médianes imprimées avec la charge de la machine (os.loadavg).
// Code de sortie 1 si un objectif de l'issue 20 n'est pas atteint (200 Ko gzip, titre ≤ 300 ms,
// premières données ≤ 600 ms) ; --indicatif : imprimer sans échouer (--strict, l'ancien nom du
// comportement par défaut, est accepté). --sans-fil : Worker retiré de la page (analyse sur le fil
// principal, pour comparer).
// Réseau : seul office.js (CDN de Microsoft) est servi par Playwright, depuis la copie npm ; les
// autres hôtes que localhost sont rendus introuvables par Chromium lui-même (--host-resolver-rules),
// sans intercepter les requêtes de localhost (l'interception de Playwright ajoutait à chaque requête
// un aller-retour par le processus de test, absent chez l'utilisateur). --interception : l'ancienne
// façon (toutes les requêtes par Playwright), pour comparer.
/* global window, document, MutationObserver */ // fonctions évaluées dans la page
import { existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { demarrerServeur } from "../../test/e2e/outils/serveur.mjs";

export const OBJECTIFS = { initialGzip: 200 * 1024, titreMs: 300, donneesMs: 600 };
const CDN_OFFICE = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_NPM = resolve("node_modules/@microsoft/office-js/dist");
/** Étapes imprimées (repères `cpom:…` posés par le volet et l'aperçu), dans l'ordre. */
const ETAPES = [
  "instantane-telecharge",
  "hote-installe",
  "lecture-debut",
  "lecture-fin",
  "analyse-demandee",
  "fil-recu",
  "fil-envoye",
  "sommaire-pret",
  "analyse-prete",
];

/** Observateur posé avant tout script de la page : instants du titre, des données, des repères. */
function observer() {
  const m = (window.__mesureVolet = {
    titre: null,
    // Le titre rendu par React (hors de la coque statique de la page, ADR 0027).
    titreReact: null,
    donnees: null,
    complet: null,
    tacheMax: 0,
    reperes: {},
    calculSommaire: null,
  });
  // Durée du calcul du sommaire dans le fil (champ `ms` du message `sommaire`, messages.ts).
  const W = window.Worker;
  if (W)
    window.Worker = class extends W {
      constructor(...a) {
        super(...a);
        this.addEventListener("message", (e) => {
          if (e.data?.etape === "sommaire") m.calculSommaire ??= e.data.ms;
        });
      }
    };
  const voir = () => {
    const t = performance.now();
    if (m.titre === null) {
      const h1 = document.querySelector("h1");
      if (h1 && h1.textContent.includes("Diagnostic CPOM")) m.titre = t;
    }
    if (m.titreReact === null) {
      for (const h1 of document.querySelectorAll("h1"))
        if (!h1.closest(".coque-statique") && h1.textContent.includes("Diagnostic CPOM"))
          m.titreReact = t;
    }
    if (m.donnees === null && document.querySelector("#vue-sommaire li")) m.donnees = t;
  };
  new MutationObserver(voir).observe(document, { subtree: true, childList: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      if (!e.name.startsWith("cpom:")) continue;
      const nom = e.name.slice(5);
      m.reperes[nom] ??= e.startTime; // la première fois (lecture complète, pas une relecture)
      if (nom === "analyse-prete" && m.complet === null) m.complet = e.startTime;
    }
  }).observe({ type: "mark", buffered: true });
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) m.tacheMax = Math.max(m.tacheMax, e.duration);
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // longtask absent : la plus longue tâche reste à 0.
  }
}

export const mediane = (v) => {
  const t = v.filter((x) => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
  const n = t.length;
  return n === 0 ? NaN : n % 2 ? t[(n - 1) / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
};

const arrondi = (v) => (typeof v === "number" ? Math.round(v) : "—");

/** Octets bruts et gzip des scripts du dossier construit demandés avant `avant` (ms). */
function scriptsInitiaux(dist, ressources, avant) {
  const fichiers = ressources
    .filter((r) => r.startTime <= avant && new URL(r.name).hostname === "localhost")
    .map((r) => new URL(r.name).pathname.slice(1))
    .filter((f) => f.endsWith(".js") && existsSync(join(dist, f)));
  let brut = 0;
  let gzip = 0;
  for (const f of new Set(fichiers)) {
    const contenu = readFileSync(join(dist, f));
    brut += contenu.length;
    gzip += gzipSync(contenu, { level: 6 }).length;
  }
  return { fichiers: [...new Set(fichiers)], brut, gzip };
}

/** office.js depuis la copie npm, à la place du CDN. */
function servirOffice(route) {
  const url = route.request().url();
  const f = join(OFFICE_NPM, new URL(url).pathname.slice(new URL(CDN_OFFICE).pathname.length));
  if (f.startsWith(OFFICE_NPM) && existsSync(f))
    return route.fulfill({ path: f, contentType: "text/javascript; charset=utf-8" });
  return route.abort("blockedbyclient");
}

async function ouvrir(navigateur, base, page, attendreDonnees, options) {
  const contexte = await navigateur.newContext({ locale: "fr-FR" });
  if (options.interception)
    await contexte.route("**/*", async (route) => {
      const url = route.request().url();
      if (new URL(url).hostname === "localhost") return route.fallback();
      if (url.startsWith(CDN_OFFICE)) return servirOffice(route);
      return route.abort("blockedbyclient");
    });
  else await contexte.route(`${CDN_OFFICE}**`, servirOffice);
  await contexte.addInitScript(observer);
  if (options.sansFil) await contexte.addInitScript(() => delete window.Worker);
  const p = await contexte.newPage();
  await p.goto(`${base}/${page}`);
  await p.waitForFunction(
    (d) => window.__mesureVolet.titre !== null && (!d || window.__mesureVolet.donnees !== null),
    attendreDonnees,
    { timeout: 60_000 },
  );
  // Une construction sans repères (antérieure à l'ADR 0022) : pas de « données complètes ».
  if (attendreDonnees)
    await p
      .waitForFunction(() => window.__mesureVolet.complet !== null, null, { timeout: 10_000 })
      .catch(() => undefined);
  const r = await p.evaluate(() => ({
    ...window.__mesureVolet,
    analyse: document.documentElement.dataset.analyse ?? null,
    ressources: performance
      .getEntriesByType("resource")
      .map((e) => ({ name: e.name, startTime: e.startTime })),
  }));
  await contexte.close();
  return r;
}

/** Mesure n chargements de l'aperçu et du volet ; renvoie les médianes. */
export async function mesurer({
  dist = "dist",
  n = 5,
  chromium: chemin,
  sansFil = false,
  interception = false,
} = {}) {
  const racine = resolve(dist);
  if (!existsSync(join(racine, "taskpane.html")))
    throw new Error(`${racine}/taskpane.html est absent : lancez d'abord npm run build.`);
  const serveur = await demarrerServeur({ racine, port: 0 });
  const base = `http://localhost:${serveur.address().port}`;
  const navigateur = await chromium.launch({
    executablePath: chemin ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    // Hors localhost, rien ne se résout (aucune interception ; office.js : route ci-dessus).
    args: ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost"],
  });
  const charge = loadavg()[0];
  const apercu = [];
  const volet = [];
  const options = { sansFil, interception };
  try {
    for (let i = 0; i < n; i++) {
      apercu.push(await ouvrir(navigateur, base, "apercu.html", true, options));
      volet.push(await ouvrir(navigateur, base, "taskpane.html", false, options));
    }
  } finally {
    await navigateur.close();
    serveur.close();
  }
  const initial = scriptsInitiaux(
    racine,
    volet[0].ressources,
    volet[0].titreReact ?? volet[0].titre,
  );
  return {
    n,
    charge: { avant: charge, apres: loadavg()[0] },
    volet: {
      titreMs: mediane(volet.map((r) => r.titre)),
      titreReactMs: mediane(volet.map((r) => r.titreReact)),
      initial,
    },
    apercu: {
      titreMs: mediane(apercu.map((r) => r.titre)),
      titreReactMs: mediane(apercu.map((r) => r.titreReact)),
      donneesMs: mediane(apercu.map((r) => r.donnees)),
      completMs: mediane(apercu.map((r) => r.complet)),
      tacheMaxMs: mediane(apercu.map((r) => r.tacheMax)),
      // Par chargement : demande au fil → sommaire de retour, puis le seul calcul dans le fil.
      filMs: mediane(apercu.map((r) => r.reperes["sommaire-pret"] - r.reperes["analyse-demandee"])),
      calculSommaireMs: mediane(apercu.map((r) => r.calculSommaire)),
      // Par chargement : l'instantané vers le fil (clonage compris), le sommaire vers le volet, puis
      // du sommaire reçu à ses lignes affichées (rendu React) ; NaN pour une construction sans ces
      // repères (antérieure) ou une analyse sur le fil principal.
      allerMs: mediane(apercu.map((r) => r.reperes["fil-recu"] - r.reperes["analyse-demandee"])),
      retourMs: mediane(apercu.map((r) => r.reperes["sommaire-pret"] - r.reperes["fil-envoye"])),
      renduMs: mediane(apercu.map((r) => r.donnees - r.reperes["sommaire-pret"])),
      analyse: [...new Set(apercu.map((r) => r.analyse))].join(", "),
      titres: apercu.map((r) => arrondi(r.titre)),
      donnees: apercu.map((r) => arrondi(r.donnees)),
      complets: apercu.map((r) => arrondi(r.complet)),
      etapes: Object.fromEntries(
        ETAPES.map((e) => [e, mediane(apercu.map((r) => r.reperes[e]))]).filter(([, v]) =>
          Number.isFinite(v),
        ),
      ),
      initial: scriptsInitiaux(
        racine,
        apercu[0].ressources,
        apercu[0].titreReact ?? apercu[0].titre,
      ),
    },
  };
}

const ko = (o) => `${(o / 1024).toFixed(1)} Ko`;
const ms = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : "—");

/** Objectifs de l'issue 20 non atteints (textes français), vide si tout est atteint. */
export function ecarts(m) {
  const e = [];
  if (m.volet.initial.gzip > OBJECTIFS.initialGzip)
    e.push(`JavaScript initial du volet ${ko(m.volet.initial.gzip)} gzip > 200 Ko`);
  if (!(m.apercu.titreMs <= OBJECTIFS.titreMs))
    e.push(`premier titre ${ms(m.apercu.titreMs)} > ${OBJECTIFS.titreMs} ms`);
  if (!(m.apercu.donneesMs <= OBJECTIFS.donneesMs))
    e.push(`premières données ${ms(m.apercu.donneesMs)} > ${OBJECTIFS.donneesMs} ms`);
  return e;
}

/** Le compte rendu imprimé, en français. */
export function rapport(m, dist) {
  const { volet: v, apercu: a } = m;
  const etapes = Object.entries(a.etapes).map(([k, t]) => `${k} ${Math.round(t)}`);
  return [
    `Chargement du volet (${dist}, médiane de ${m.n}, Chromium)`,
    `  charge de la machine (1 min) : ${m.charge.avant.toFixed(2)} avant, ${m.charge.apres.toFixed(2)} après`,
    `  volet (taskpane.html)  JS initial ${ko(v.initial.brut)} brut, ${ko(v.initial.gzip)} gzip` +
      ` (${v.initial.fichiers.join(", ")}) ; premier titre ${ms(v.titreMs)}` +
      ` (rendu par React ${ms(v.titreReactMs)})`,
    `  aperçu (apercu.html)   JS initial ${ko(a.initial.brut)} brut, ${ko(a.initial.gzip)} gzip ;` +
      ` plus longue tâche ${ms(a.tacheMaxMs)} ; analyse : ${a.analyse}`,
    `    premier titre        ${ms(a.titreMs)} [${a.titres.join(", ")}] (coque de la page ;` +
      ` rendu par React ${ms(a.titreReactMs)})`,
    `    premières données    ${ms(a.donneesMs)} [${a.donnees.join(", ")}] (sommaire)`,
    `    données complètes    ${ms(a.completMs)} [${a.complets.join(", ")}] (indicateurs, contrôles)`,
    `    étapes (ms, médianes) : ${etapes.join(" → ")}`,
    `    sommaire dans le fil : analyse-demandee → sommaire-pret ${ms(a.filMs)}, dont calcul ${ms(a.calculSommaireMs)}` +
      ` (aller ${ms(a.allerMs)}, retour ${ms(a.retourMs)}) ; rendu du sommaire reçu ${ms(a.renduMs)}`,
  ].join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const { values } = parseArgs({
    options: {
      dist: { type: "string", default: "dist" },
      n: { type: "string", default: "5" },
      json: { type: "boolean", default: false },
      strict: { type: "boolean", default: false },
      indicatif: { type: "boolean", default: false },
      "sans-fil": { type: "boolean", default: false },
      interception: { type: "boolean", default: false },
    },
  });
  const m = await mesurer({
    dist: values.dist,
    n: Number(values.n),
    sansFil: values["sans-fil"],
    interception: values.interception,
  });
  console.log(values.json ? JSON.stringify(m, null, 2) : rapport(m, values.dist));
  const e = ecarts(m);
  console.log(e.length ? `Objectifs non atteints : ${e.join(" ; ")}.` : "Objectifs atteints.");
  if (e.length && !values.indicatif) process.exitCode = 1;
}
