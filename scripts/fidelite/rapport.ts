import { precision, rappel, type MesureFeuille, type Totaux } from "./mesure-saisies";
import { BARRES_ZONES, texteZones, type MesureZonesSource } from "./zones";
import { texteZonesAleatoires, type MesureFamille } from "./zones-aleatoires";

/** Barres de fidélité, verdict d'une source et rapport imprimé (texte ou JSON). */

export interface Source {
  readonly nom: string;
  readonly genre: "exemple" | "reenregistrement" | "aleatoire";
  readonly feuilles: readonly MesureFeuille[];
  readonly totaux: Totaux;
}

export interface Verdict {
  readonly source: string;
  readonly rappel: number;
  readonly precision: number;
  /** Part des onglets comptés par la complétude dont le compte est exact (`null` : aucun). */
  readonly comptesExacts: number | null;
  /** Part des feuilles dont les saisies trouvées sont exactement les attendues. */
  readonly feuillesExactes: number;
  readonly echecs: readonly string[];
}

/** Barres de l'issue « cellules de saisie sur n'importe quel classeur ». */
export const BARRES = { rappel: 0.99, precision: 0.99, comptesExacts: 0.95 } as const;

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export function evaluer(s: Source): Verdict {
  const t = s.totaux;
  const r = rappel(t);
  const p = precision(t);
  const comptes = t.comptes === 0 ? null : t.comptesExacts / t.comptes;
  const echecs: string[] = [];
  if (r < BARRES.rappel) echecs.push(`rappel ${pct(r)} < ${pct(BARRES.rappel)}`);
  if (p < BARRES.precision) echecs.push(`précision ${pct(p)} < ${pct(BARRES.precision)}`);
  // Les mises en page aléatoires n'ont pas d'onglet reconnu : on y mesure les feuilles exactes.
  const exactes = t.feuilles === 0 ? 1 : t.feuillesExactes / t.feuilles;
  const part = s.genre === "aleatoire" ? exactes : comptes;
  if (part !== null && part < BARRES.comptesExacts) {
    echecs.push(`comptes exacts ${pct(part)} < ${pct(BARRES.comptesExacts)}`);
  }
  if (t.grisesEnSaisie > 0)
    echecs.push(`${t.grisesEnSaisie} cellule(s) grise(s) prise(s) pour des saisies`);
  return {
    source: s.nom,
    rappel: r,
    precision: p,
    comptesExacts: comptes,
    feuillesExactes: exactes,
    echecs,
  };
}

const PIRES = 8;

function pires(s: Source): MesureFeuille[] {
  const erreurs = (f: MesureFeuille) => f.attendues - f.justes + (f.trouvees - f.justes);
  return [...s.feuilles]
    .filter((f) => erreurs(f) > 0)
    .sort((a, b) => erreurs(b) - erreurs(a))
    .slice(0, PIRES);
}

function ligneFeuille(f: MesureFeuille): string {
  const compte =
    f.compteCompletude === null
      ? "non compté"
      : f.compteCompletude === f.attendues
        ? "compte exact"
        : `compte ${f.compteCompletude} ≠ ${f.attendues}`;
  return `  ${f.nom.padEnd(32)} ${String(f.attendues).padStart(5)} attendues ${String(f.trouvees).padStart(5)} trouvées  rappel ${pct(rappel(f)).padStart(7)}  précision ${pct(precision(f)).padStart(7)}  ${compte}`;
}

export function ecrireRapport(
  sources: readonly Source[],
  verdicts: readonly Verdict[],
  json: boolean,
  zones: readonly MesureZonesSource[] = [],
  zonesAleatoires: readonly MesureFamille[] = [],
): void {
  if (json) {
    const doc = sources.map((s, i) => ({
      source: s.nom,
      genre: s.genre,
      ...verdicts[i],
      totaux: s.totaux,
      feuilles: s.genre === "aleatoire" ? undefined : s.feuilles,
      pires: pires(s),
    }));
    const z = zones.map(({ mesure, ...reste }) => ({ ...reste, ...mesure }));
    process.stdout.write(
      `${JSON.stringify({ barres: BARRES, sources: doc, barresZones: BARRES_ZONES, zones: z, zonesAleatoires }, null, 2)}\n`,
    );
    return;
  }
  const out: string[] = ["Fidélité des cellules de saisie", ""];
  sources.forEach((s, i) => {
    const v = verdicts[i] as Verdict;
    const comptes = v.comptesExacts === null ? "—" : pct(v.comptesExacts);
    out.push(
      `${s.nom} : rappel ${pct(v.rappel)}, précision ${pct(v.precision)}, comptes de complétude exacts ${comptes}, feuilles exactes ${pct(v.feuillesExactes)} — ${v.echecs.length === 0 ? "OK" : `ÉCHEC (${v.echecs.join(" ; ")})`}`,
    );
    if (s.genre !== "aleatoire") s.feuilles.forEach((f) => out.push(ligneFeuille(f)));
    const p = pires(s);
    if (p.length > 0) {
      out.push("  Pires cas :");
      for (const f of p)
        out.push(
          `    ${f.nom} : manquées ${f.manquees.join(" ") || "—"} ; en trop ${f.enTrop.join(" ") || "—"}`,
        );
    }
    out.push("");
  });
  out.push(...texteZones(zones));
  out.push(...texteZonesAleatoires(zonesAleatoires));
  const echecs = verdicts.filter((v) => v.echecs.length > 0).length;
  out.push(
    echecs === 0
      ? "Cellules de saisie : toutes les barres sont tenues."
      : `Cellules de saisie : ${echecs} source(s) sous les barres.`,
  );
  const sousZones =
    zones.filter((z) => z.echecs.length > 0).length +
    zonesAleatoires.filter((z) => z.exacts < z.tirages).length;
  if (zones.length > 0) {
    out.push(
      sousZones === 0
        ? "Zones : toutes les barres sont tenues."
        : `Zones : ${sousZones} source(s) sous les barres.`,
    );
  }
  process.stdout.write(`${out.join("\n")}\n`);
}
