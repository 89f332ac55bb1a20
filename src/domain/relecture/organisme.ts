import type { DiagnosticRepere } from "../classeur/modele";
import { normaliserTexte } from "../classeur/texte";
import { normaliserFiness } from "../valeurs/finess";

/**
 * Qui a retourné le classeur (Annexe 1, section A) et à quel classeur envoyé il répond :
 * même FINESS juridique, sinon même raison sociale (normalisée), sinon la référence unique.
 */

export interface IdentiteOrganisme {
  readonly raisonSociale: string;
  readonly finessJuridique: string;
  readonly nombreEsms: number;
}

export function identiteOrganisme(repere: DiagnosticRepere): IdentiteOrganisme {
  const org = repere.annexe1?.organisme ?? {};
  const texte = (cle: string) => {
    const v = org[cle]?.cellule.value;
    return v === undefined || v === null ? "" : String(v).replace(/\s+/g, " ").trim();
  };
  const esms = new Set(
    (repere.annexe1?.esms ?? []).map(
      (e) => normaliserFiness(e.champs["finess"]?.cellule.value ?? "") || `ligne ${e.row}`,
    ),
  );
  return {
    raisonSociale: texte("raison-sociale"),
    finessJuridique: normaliserFiness(org["finess-juridique"]?.cellule.value ?? ""),
    nombreEsms: esms.size,
  };
}

export interface Appariement<R> {
  readonly reference: R | null;
  readonly par: "finess-juridique" | "raison-sociale" | "unique" | null;
}

/** Le classeur envoyé qui correspond à un retour. */
export function apparier<R extends { readonly organisme: IdentiteOrganisme }>(
  retour: IdentiteOrganisme,
  references: readonly R[],
): Appariement<R> {
  if (retour.finessJuridique) {
    const r = references.filter((x) => x.organisme.finessJuridique === retour.finessJuridique);
    if (r.length >= 1) return { reference: r[0]!, par: "finess-juridique" };
  }
  const nom = normaliserTexte(retour.raisonSociale);
  if (nom) {
    const r = references.filter((x) => normaliserTexte(x.organisme.raisonSociale) === nom);
    if (r.length >= 1) return { reference: r[0]!, par: "raison-sociale" };
  }
  if (references.length === 1) return { reference: references[0]!, par: "unique" };
  return { reference: null, par: null };
}
