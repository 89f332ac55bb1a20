/**
 * Banc de performance : `npm run bench` (tableau) ou `npm run -s bench -- --json` (un seul document
 * JSON sur stdout). Options : `--latence <ms>` (30 par défaut), `--sans-naif`, `--sans-hostiles`
 * (saute la mesure de mémoire de pointe sur le corpus hostile, ≈ 1 min), `--sans-relecture`
 * (saute le lot de 100 retours de `relire`, cinq tours entrelacés, ≈ 1 min 30), `--sans-lot` (saute le lot de 100 fichiers
 * d'`analyser`, cinq tours entrelacés, ≈ 2 min), `--sans-lecture` (saute la lecture d'un fichier : ExcelJS nu, ancien
 * chemin, lecteur direct). Le classeur 30× est généré en mémoire ; le lecteur naïf n'y est pas lancé.
 */
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { lireClasseurXlsx } from "../src/gateway/xlsx/lire-xlsx";
import { genererClasseur } from "../scripts/exemple/classeur";

import { type ClasseurBanc, mesures, nbCellules, type Resultat } from "./mesures";
import "./mesures-analyse";
import "./mesures-fiches";
import { mesurerHostiles } from "./mesures-hostiles";
import { mesurerLecture } from "./mesures-lecture";
import { mesurerLotAnalyse } from "./mesures-lot-analyse";
import { mesurerRelecture } from "./mesures-relecture";
import { croissance, PENTE_MAX } from "./rapport-analyse";

const args = process.argv.slice(2);
const json = args.includes("--json");
const latenceMs = Number(args[args.indexOf("--latence") + 1]) || 30;
const sansNaif = args.includes("--sans-naif");
const sansHostiles = args.includes("--sans-hostiles");
const sansRelecture = args.includes("--sans-relecture");
const sansLot = args.includes("--sans-lot");
const sansLecture = args.includes("--sans-lecture");
const chargeDebut = loadavg();

/** Les classeurs d'exemple (fichiers de assets/exemples/, sinon générés en mémoire). */
async function classeurs(): Promise<ClasseurBanc[]> {
  const dossier = join(__dirname, "..", "assets", "exemples");
  const voulus: [string, string, number][] = [
    ["exemple", "diagnostic-exemple.xlsx", 1],
    ["exemple-10x", "diagnostic-10x.xlsx", 10],
    ["exemple-30x", "diagnostic-30x.xlsx", 30],
  ];
  const res: ClasseurBanc[] = [];
  for (const [nom, fichier, facteur] of voulus) {
    const chemin = join(dossier, fichier);
    if (existsSync(chemin))
      res.push({
        nom,
        source: `assets/exemples/${fichier}`,
        snapshot: await lireClasseurXlsx(chemin),
      });
    else {
      const { buffer } = await genererClasseur("exemple", { facteur });
      res.push({
        nom,
        source: `généré en mémoire (${fichier} absent ; npm run exemple l'écrit)`,
        snapshot: await lireClasseurXlsx(new Uint8Array(buffer)),
      });
    }
  }
  return res;
}

async function main(): Promise<void> {
  const liste = await classeurs();
  const resultats: {
    classeur: string;
    source: string;
    cellules: number;
    feuilles: number;
    mesure: string;
    valeurs: Resultat;
  }[] = [];
  for (const c of liste) {
    for (const m of mesures) {
      if ((sansNaif || c.nom === "exemple-30x") && m.id === "lecture-naive") continue;
      resultats.push({
        classeur: c.nom,
        source: c.source,
        cellules: nbCellules(c.snapshot),
        feuilles: c.snapshot.sheets.length,
        mesure: m.id,
        valeurs: await m.executer(c, { latenceMs }),
      });
    }
  }
  const ratios = liste.map((c) => {
    const g = resultats.find(
      (r) => r.classeur === c.nom && r.mesure === "lecture-groupee",
    )?.valeurs;
    const n = resultats.find((r) => r.classeur === c.nom && r.mesure === "lecture-naive")?.valeurs;
    const ratio = (k: string) =>
      g && n && Number(g[k]) > 0 ? Math.round((Number(n[k]) / Number(g[k])) * 10) / 10 : null;
    return { classeur: c.nom, syncs: ratio("syncs"), tempsMs: ratio("tempsMs") };
  });
  const dossierExemples = join(__dirname, "..", "assets", "exemples");
  const exemples = ["diagnostic-exemple.xlsx", "diagnostic-10x.xlsx"]
    .map((f) => join(dossierExemples, f))
    .filter((f) => existsSync(f));
  const lecture = sansLecture ? [] : await mesurerLecture();
  const hostiles = sansHostiles ? [] : await mesurerHostiles(exemples);
  const relecture = sansRelecture ? null : await mesurerRelecture();
  const lotAnalyse = sansLot ? null : await mesurerLotAnalyse();
  const analyse = croissance(
    resultats
      .filter((r) => r.mesure === "analyse")
      .map((r) => ({
        classeur: r.classeur,
        cellules: r.cellules,
        analyseMs: Number(r.valeurs.analyseMs),
      })),
  );
  const doc = {
    machine: {
      coeurs: availableParallelism(),
      chargeDebut: chargeDebut.map((x) => Math.round(x * 100) / 100),
      chargeFin: loadavg().map((x) => Math.round(x * 100) / 100),
    },
    latenceMs,
    limiteOctets: 5_000_000,
    resultats,
    ratiosNaifSurGroupe: ratios,
    croissanceAnalyse: analyse,
    lecture,
    hostiles,
    relecture,
    lotAnalyse,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    return;
  }
  console.log(
    `Banc de lecture — hôte simulé, latence ${latenceMs} ms par sync, limite 5 000 000 octets\n`,
  );
  for (const m of mesures) {
    const lignes = resultats.filter((r) => r.mesure === m.id);
    if (lignes.length === 0) continue;
    console.log(`\n${m.titre}`);
    console.table(
      lignes.map((r) => ({ classeur: r.classeur, cellules: r.cellules, ...r.valeurs })),
    );
  }
  for (const c of liste) console.log(`${c.nom} : ${c.source}`);
  console.table(
    ratios.map((r) => ({
      classeur: r.classeur,
      "syncs naïf / groupé": r.syncs,
      "temps naïf / groupé": r.tempsMs,
    })),
  );
  console.log(
    `\nAnalyse quand le classeur grossit (médianes ; pente = ratio des temps / ratio des cellules, ≤ ${PENTE_MAX} visé ; 10× ≤ 60 ms, 30× ≤ 200 ms)`,
  );
  console.table(analyse);
  if (lecture.length) {
    console.log(
      "\nLecture d'un fichier (ms de processeur, médianes) : ExcelJS nu, ancien chemin, lecteur direct (ADR 0018)",
    );
    console.table(lecture);
  }
  if (hostiles.length) {
    console.log(
      "\nCorpus hostile — CLI analyser (fils bornés) : mémoire de pointe du processus (maxRSS)",
    );
    console.table(hostiles);
  }
  if (relecture) {
    console.log(
      "\nrelire — 100 retours, binaire compilé, comparé à la lecture ExcelJS nue (médianes de tours entrelacés ; ratio ≤ 1,3 visé)",
    );
    console.table([relecture]);
  }
  if (lotAnalyse) {
    console.log(
      "\nanalyser — 100 fichiers, binaire compilé, comparé à la lecture ExcelJS nue (médianes de tours entrelacés ; un cœur ≤ 1,15 ×, accélération ≥ 1,7 visés)",
    );
    console.table([lotAnalyse]);
  }
  console.log(
    `\nMachine : ${doc.machine.coeurs} cœurs ; charge moyenne (1, 5, 15 min) au début ${doc.machine.chargeDebut.join(" ")}, à la fin ${doc.machine.chargeFin.join(" ")}`,
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
