import { adresseA1 } from "../../src/domain/classeur/adresse";
import type { DiagnosticRepere } from "../../src/domain/classeur/modele";
import type { WorkbookSnapshot } from "../../src/domain/classeur/snapshot";
import { analyserInstantane } from "../../src/use-cases/analyser";

/**
 * Fidélité du repérage et des contrôles d'un classeur, contre sa vérité terrain, sans supposer les
 * clés internes du repérage : une cellule de valeur du modèle est « repérée » si un champ du
 * repérage la désigne ; une zone l'est si au moins une de ses cellules de valeur l'est ; une
 * incohérence semée est « trouvée » si un constat du contrôle attendu (ou de sa famille) désigne sa
 * cellule ; une « erreur » qui ne désigne aucune cellule semée est une fausse erreur.
 */

export interface CelluleAttendue {
  readonly onglet: string;
  readonly cellule: string;
  /** Zone du modèle (« a1/esms-enfance », « 2e/e3 »…). */
  readonly zone: string;
}

export interface ErreurAttendue {
  readonly onglet: string;
  readonly cellule: string;
  readonly famille: string;
  readonly controle?: string;
}

export interface VeriteZones {
  readonly valeurs: readonly CelluleAttendue[];
  readonly erreurs: readonly ErreurAttendue[];
}

export interface MesureZone {
  readonly zone: string;
  readonly onglet: string;
  readonly attendues: number;
  readonly reperees: number;
}

export interface MesureAnalyse {
  readonly zones: readonly MesureZone[];
  readonly indicateurs: number;
  readonly indicateursCalcules: number;
  readonly semees: number;
  readonly semeesTrouvees: number;
  readonly semeesManquees: readonly string[];
  readonly erreurs: number;
  readonly faussesErreurs: number;
  readonly exemplesFaussesErreurs: readonly string[];
  readonly zonesIntrouvables: number;
}

const ici = (onglet: string, cellule: string) => `${onglet}!${cellule}`;

/** Toutes les cellules désignées par un champ du repérage (parcours générique de la structure). */
function cellulesReperees(repere: DiagnosticRepere): Set<string> {
  const out = new Set<string>();
  const vus = new Set<unknown>();
  const parcourir = (x: unknown): void => {
    if (x === null || typeof x !== "object" || vus.has(x)) return;
    vus.add(x);
    const o = x as Record<string, unknown>;
    const l = o.location as { sheetName?: string; row?: number; col?: number } | undefined;
    if (l && typeof l.row === "number" && typeof l.col === "number" && "cellule" in o) {
      out.add(ici(String(l.sheetName), adresseA1(l.row, l.col)));
    }
    for (const [k, v] of Object.entries(o)) if (k !== "onglet" && k !== "onglets") parcourir(v);
  };
  parcourir(repere);
  return out;
}

export function mesurerAnalyse(snapshot: WorkbookSnapshot, verite: VeriteZones): MesureAnalyse {
  const a = analyserInstantane(snapshot);
  const reperees = cellulesReperees(a.repere);
  const parZone = new Map<string, { onglet: string; attendues: number; reperees: number }>();
  for (const v of verite.valeurs) {
    const z = parZone.get(v.zone) ?? { onglet: v.onglet, attendues: 0, reperees: 0 };
    z.attendues++;
    if (reperees.has(ici(v.onglet, v.cellule))) z.reperees++;
    parZone.set(v.zone, z);
  }
  const localisations = (c: (typeof a.constats)[number]) =>
    c.locations.map((l) => ici(l.sheetName, adresseA1(l.row, l.col)));
  const trouvee = (e: ErreurAttendue) =>
    a.constats.some(
      (c) =>
        (e.controle ? c.controle === e.controle : c.controle.startsWith(`${e.famille}/`)) &&
        localisations(c).includes(ici(e.onglet, e.cellule)),
    );
  const semees = new Set(verite.erreurs.map((e) => ici(e.onglet, e.cellule)));
  const erreurs = a.constats.filter((c) => c.gravite === "erreur");
  const fausses = erreurs.filter((c) => !localisations(c).some((l) => semees.has(l)));
  return {
    zones: [...parZone].map(([zone, z]) => ({ zone, ...z })),
    indicateurs: a.indicateurs.length,
    indicateursCalcules: a.indicateurs.filter((i) => i.valeur !== null).length,
    semees: verite.erreurs.length,
    semeesTrouvees: verite.erreurs.filter(trouvee).length,
    semeesManquees: verite.erreurs
      .filter((e) => !trouvee(e))
      .map((e) => `${e.controle ?? e.famille} (${ici(e.onglet, e.cellule)})`),
    erreurs: erreurs.length,
    faussesErreurs: fausses.length,
    exemplesFaussesErreurs: fausses
      .slice(0, 6)
      .map((c) => `${c.controle} (${localisations(c)[0] ?? "classeur"})`),
    zonesIntrouvables: a.constats.filter((c) => c.controle === "classeur/zone-introuvable").length,
  };
}
