import { CATALOGUE_ONGLETS, type CodeAnnexe } from "../classeur/catalogue/catalogue";
import { ANNEXES_DU_MODELE } from "../classeur/catalogue/listes";
import type { IdentiteOrganisme } from "./organisme";

/**
 * Une ligne de la synthèse d'une campagne : un classeur retourné, ce qu'il faut en savoir d'un
 * coup d'œil (complétude par annexe, constats, valeurs pré-renseignées modifiées, indicateurs
 * clés) et s'il faut appeler l'organisme. La même ligne sert au volet (vue Relecture) et aux
 * rapports de `cpom-diagnostic relire`.
 */

/** Ce que la synthèse lit d'un fichier (le document JSON d'`analyser` en a la forme). */
export interface FichierASynthetiser {
  readonly fichier: string;
  readonly statut: "analyse" | "illisible";
  readonly erreur?: { readonly message: string };
  readonly onglets: readonly {
    readonly type: string;
    readonly saisies: { readonly total: number; readonly remplies: number };
  }[];
  readonly indicateurs: readonly {
    readonly id: string;
    readonly perimetre: string;
    readonly valeur: number | null;
  }[];
  readonly constats: readonly { readonly gravite: string }[];
}

export type Priorite = "appeler" | "verifier" | "conforme";

export interface IndicateursCles {
  /** Moyenne des taux d'occupation des ESMS (2-C). */
  readonly tauxOccupation: number | null;
  /** Dernier exercice (2-E). */
  readonly tauxCaf: number | null;
  readonly frngJours: number | null;
  readonly tresorerieJours: number | null;
  /** Personnes en amendement Creton, total de l'organisme (2-F). */
  readonly creton: number | null;
}

export interface LigneSynthese {
  readonly fichier: string;
  readonly lisible: boolean;
  readonly raisonIllisible: string | null;
  readonly organisme: string;
  readonly finessJuridique: string;
  readonly nombreEsms: number;
  /** Complétude (0 à 1) par annexe, null si l'annexe n'a pas de cellule de saisie comptée. */
  readonly completude: Readonly<Record<Annexe, number | null>>;
  readonly erreurs: number;
  readonly alertes: number;
  readonly prerenseigneesModifiees: number;
  /** Empreinte : « valide », « absente », « alteree » ; null si non regardée. */
  readonly empreinte: string | null;
  readonly indicateurs: IndicateursCles;
  readonly priorite: Priorite;
  /** Pourquoi appeler ou vérifier (phrases courtes, françaises). */
  readonly motifs: readonly string[];
}

/** Les annexes du modèle (catalogue), dans l'ordre du modèle. */
export type Annexe = Exclude<CodeAnnexe, "—" | "4">;
export const ANNEXES = ANNEXES_DU_MODELE as readonly Annexe[];

const ANNEXE_DU_TYPE: ReadonlyMap<string, Annexe> = new Map(
  CATALOGUE_ONGLETS.filter((e) => e.famille === "annexe").map((e) => [e.type, e.annexe as Annexe]),
);

/** Seuil de complétude sous lequel il faut appeler. */
export const COMPLETUDE_MIN = 0.9;

function completudes(f: FichierASynthetiser): Record<Annexe, number | null> {
  const somme = new Map<Annexe, { t: number; r: number }>();
  for (const o of f.onglets) {
    const a = ANNEXE_DU_TYPE.get(o.type);
    if (!a) continue;
    const s = somme.get(a) ?? { t: 0, r: 0 };
    somme.set(a, { t: s.t + o.saisies.total, r: s.r + o.saisies.remplies });
  }
  const out = {} as Record<Annexe, number | null>;
  for (const a of ANNEXES) {
    const s = somme.get(a);
    out[a] = s && s.t > 0 ? s.r / s.t : null;
  }
  return out;
}

/** Valeur au dernier exercice du périmètre « organisme » (« organisme/2022 » < « organisme/2023 »). */
function dernier(f: FichierASynthetiser, id: string): number | null {
  const r = f.indicateurs
    .filter((i) => i.id === id && i.valeur !== null && /^organisme(\/|$)/.test(i.perimetre))
    .sort((a, b) => a.perimetre.localeCompare(b.perimetre));
  return r.at(-1)?.valeur ?? null;
}

function moyenne(f: FichierASynthetiser, id: string): number | null {
  const v = f.indicateurs.filter((i) => i.id === id && i.valeur !== null).map((i) => i.valeur!);
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
}

export function indicateursCles(f: FichierASynthetiser): IndicateursCles {
  return {
    tauxOccupation: moyenne(f, "anap.taux-occupation"),
    tauxCaf: dernier(f, "fin.taux-caf"),
    frngJours: dernier(f, "fin.frng-jours"),
    tresorerieJours: dernier(f, "fin.tresorerie-jours"),
    creton: dernier(f, "creton.total"),
  };
}

export interface ComplementSynthese {
  readonly organisme: IdentiteOrganisme | null;
  readonly prerenseigneesModifiees: number;
  readonly empreinte: string | null;
}

export function ligneSynthese(f: FichierASynthetiser, c: ComplementSynthese): LigneSynthese {
  const n = (g: string) => f.constats.filter((x) => x.gravite === g).length;
  const completude = completudes(f);
  const erreurs = n("erreur");
  const alertes = n("alerte");
  const motifs: string[] = [];
  if (f.statut === "illisible") motifs.push("fichier illisible");
  if (c.prerenseigneesModifiees > 0) {
    motifs.push(`${c.prerenseigneesModifiees} valeur(s) pré-renseignée(s) modifiée(s)`);
  }
  if (c.empreinte === "alteree") motifs.push("empreinte des valeurs pré-renseignées altérée");
  if (erreurs > 0) motifs.push(`${erreurs} erreur(s)`);
  const incompletes = ANNEXES.filter((a) => (completude[a] ?? 1) < COMPLETUDE_MIN);
  if (f.statut === "analyse" && incompletes.length) {
    motifs.push(`annexe(s) incomplète(s) : ${incompletes.join(", ")}`);
  }
  const appeler = motifs.length > 0;
  if (alertes > 0) motifs.push(`${alertes} alerte(s)`);
  if (c.empreinte === "absente") motifs.push("pas d'empreinte des valeurs pré-renseignées");
  return {
    fichier: f.fichier,
    lisible: f.statut === "analyse",
    raisonIllisible: f.erreur?.message ?? null,
    organisme: c.organisme?.raisonSociale ?? "",
    finessJuridique: c.organisme?.finessJuridique ?? "",
    nombreEsms: c.organisme?.nombreEsms ?? 0,
    completude,
    erreurs,
    alertes,
    prerenseigneesModifiees: c.prerenseigneesModifiees,
    empreinte: c.empreinte,
    indicateurs: indicateursCles(f),
    priorite: appeler ? "appeler" : motifs.length ? "verifier" : "conforme",
    motifs,
  };
}

const RANG: Readonly<Record<Priorite, number>> = { appeler: 0, verifier: 1, conforme: 2 };

/** Ceux qu'il faut appeler d'abord : illisibles, valeurs modifiées, erreurs, puis le reste. */
export function trierSynthese(lignes: readonly LigneSynthese[]): LigneSynthese[] {
  const min = (l: LigneSynthese) => Math.min(...ANNEXES.map((a) => l.completude[a] ?? 1));
  return [...lignes].sort(
    (a, b) =>
      RANG[a.priorite] - RANG[b.priorite] ||
      Number(a.lisible) - Number(b.lisible) ||
      b.prerenseigneesModifiees - a.prerenseigneesModifiees ||
      b.erreurs - a.erreurs ||
      min(a) - min(b) ||
      b.alertes - a.alertes ||
      a.fichier.localeCompare(b.fichier, "fr"),
  );
}
