import fc from "fast-check";
import { lireClasseurXlsx } from "../../src/gateway/xlsx/lire-xlsx";
import { ecrireClasseurAleatoire, type ClasseurAleatoire } from "./aleatoire/ecrire";
import { miseEnPage } from "./aleatoire/parametres";
import { premierExemple, secondExemple, type Echantillon } from "./echantillons";
import { reenregistrer } from "./libreoffice";
import { mesurerSaisies, totaliser, type MesureFeuille } from "./mesure-saisies";
import { ecrireRapport, evaluer, type Source } from "./rapport";
import { mesurerZones } from "./zones";
import { mesurerZonesAleatoires } from "./zones-aleatoires";

/**
 * `npm run fidelite` : fidélité de la lecture sur des mises en page que personne ici n'a réglées —
 * les deux classeurs d'exemple, leurs ré-enregistrements LibreOffice et N mises en page aléatoires
 * (fast-check, graine fixe). Imprime, par source et par onglet, rappel et précision des cellules de
 * saisie, part des comptes de complétude exacts et les pires cas ; `--json` pour les machines.
 * Code de sortie 1 sous les barres (docs/fidelite.md).
 *
 * Puis zones, indicateurs et contrôles des deux classeurs, et les zones de N/4 mises en page
 * aléatoires par famille d'onglets (bloquant ; imprimé seulement avec --zones-informatives).
 *
 * Options : --json, --aleatoires N (200), --graine G (20261203), --sans-libreoffice, --zones-informatives.
 */

/** Mises en page aléatoires aussi ré-enregistrées par LibreOffice (un seul appel de soffice). */
const AU_LIBREOFFICE = 20;

interface Options {
  readonly json: boolean;
  readonly aleatoires: number;
  readonly graine: number;
  readonly libreoffice: boolean;
  /** Barres des zones bloquantes (par défaut) ; `--zones-informatives` les rend seulement imprimées. */
  readonly exigerZones: boolean;
}

function lireOptions(argv: readonly string[]): Options {
  const valeur = (nom: string, defaut: number) => {
    const i = argv.indexOf(nom);
    const v = i >= 0 ? Number(argv[i + 1]) : defaut;
    if (!Number.isInteger(v) || v < 0) throw new Error(`${nom} attend un entier positif.`);
    return v;
  };
  return {
    json: argv.includes("--json"),
    aleatoires: valeur("--aleatoires", 200),
    graine: valeur("--graine", 20261203),
    libreoffice: !argv.includes("--sans-libreoffice"),
    exigerZones: !argv.includes("--zones-informatives"),
  };
}

async function mesurer(e: Echantillon, buffer = e.buffer): Promise<readonly MesureFeuille[]> {
  return mesurerSaisies(await lireClasseurXlsx(buffer), e.verite).feuilles;
}

function progression(json: boolean, texte: string): void {
  if (!json) process.stderr.write(`\r${texte}`.padEnd(60));
}

async function main(): Promise<void> {
  const o = lireOptions(process.argv.slice(2));
  const sources: Source[] = [];
  const echantillons = [await premierExemple(), await secondExemple()];
  for (const e of echantillons) {
    progression(o.json, `Classeur ${e.nom}…`);
    const feuilles = await mesurer(e);
    sources.push({ nom: e.nom, genre: "exemple", feuilles, totaux: totaliser(feuilles) });
  }
  const tirages = fc.sample(miseEnPage, { seed: o.graine, numRuns: o.aleatoires });
  const aleatoires: { indice: number; feuilles: MesureFeuille[]; classeur: ClasseurAleatoire }[] =
    [];
  for (const [i, m] of tirages.entries()) {
    if (i % 10 === 0) progression(o.json, `Mises en page aléatoires : ${i} / ${tirages.length}`);
    const c = await ecrireClasseurAleatoire(m);
    const r = mesurerSaisies(await lireClasseurXlsx(c.buffer), c.verite);
    aleatoires.push({ indice: i, feuilles: [...r.feuilles], classeur: c });
  }
  const enSource = (nom: string, genre: Source["genre"], lot: typeof aleatoires): Source => {
    const feuilles = lot.flatMap((a) =>
      a.feuilles.map((f) => ({ ...f, nom: `#${a.indice} ${f.nom}` })),
    );
    return { nom, genre, feuilles, totaux: totaliser(feuilles) };
  };
  if (tirages.length > 0) {
    sources.push(
      enSource(
        `${tirages.length} mises en page aléatoires (graine ${o.graine})`,
        "aleatoire",
        aleatoires,
      ),
    );
  }
  if (o.libreoffice) {
    progression(o.json, "Ré-enregistrement LibreOffice…");
    const lot = aleatoires.slice(0, AU_LIBREOFFICE);
    const relus = reenregistrer(
      [
        ...echantillons,
        ...lot.map((a) => ({ nom: `aleatoire-${a.indice}`, buffer: a.classeur.buffer })),
      ],
      "cpom-fidelite-",
    );
    for (const [i, e] of echantillons.entries()) {
      const feuilles = await mesurer(e, relus[i]);
      const nom = `${e.nom} (LibreOffice)`;
      sources.push({ nom, genre: "reenregistrement", feuilles, totaux: totaliser(feuilles) });
    }
    const relusAleatoires = await Promise.all(
      lot.map(async (a, k) => ({
        ...a,
        feuilles: [
          ...mesurerSaisies(
            await lireClasseurXlsx(relus[echantillons.length + k]!),
            a.classeur.verite,
          ).feuilles,
        ],
      })),
    );
    if (lot.length > 0) {
      sources.push(
        enSource(
          `${lot.length} mises en page aléatoires (LibreOffice)`,
          "aleatoire",
          relusAleatoires,
        ),
      );
    }
  }
  progression(o.json, "");
  if (!o.json) process.stderr.write("\r");
  progression(o.json, "Zones, indicateurs et contrôles…");
  const zones = await mesurerZones(
    [await premierExemple("erreurs"), echantillons[1]!],
    o.libreoffice,
  );
  const parFamille = Math.ceil(o.aleatoires / 4);
  const zonesAleatoires = await mesurerZonesAleatoires(o.graine, parFamille, (t) =>
    progression(o.json, t),
  );
  if (!o.json) process.stderr.write("\r".padEnd(60) + "\r");
  const verdicts = sources.map((s) => evaluer(s));
  ecrireRapport(sources, verdicts, o.json, zones, zonesAleatoires);
  if (verdicts.some((v) => v.echecs.length > 0)) process.exitCode = 1;
  const aleatoiresInexacts = zonesAleatoires.some((z) => z.exacts < z.tirages);
  if (o.exigerZones && (zones.some((z) => z.echecs.length > 0) || aleatoiresInexacts)) {
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  console.error(`La mesure de fidélité a échoué : ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 2;
});
