import { estVide } from "../classeur/cellule";
import type { Champ, DiagnosticRepere } from "../classeur/modele";
import { normaliserTexte } from "../classeur/texte";
import { formaterValeur } from "../indicateurs/format";
import type { ResultatIndicateur } from "../indicateurs/types";
import type { ObjectifSocle } from "../classeur/catalogue/fiches/socle";

/**
 * Pré-remplissage des constats (fiches-objectifs.md §4) : points d'amélioration des axes et
 * indicateurs en alerte, une puce par source, l'onglet entre crochets ; texte ≤ 2 000 caractères,
 * citations ≤ 300 ; rien à dire : `null` (la cellule reste vide).
 */

export interface PointAmelioration {
  /** Onglet d'axe : « 1-1 », « 2 », « 3 » (aussi « axe-1-1 » ou « Axe 1-1 »). */
  readonly axe: string;
  readonly thematique: string;
  readonly texte: string;
}

export interface IndicateurEnAlerte {
  readonly libelle: string;
  /** Valeur déjà formatée (fr-FR). */
  readonly valeur: string;
  readonly message: string;
  /** Identifiant de l'indicateur (`creton.total`), pour le rattacher à un objectif. */
  readonly id?: string;
  /** Onglet source affiché entre crochets (« 2-F »). */
  readonly onglet?: string;
}

export interface ContexteFiches {
  readonly pointsAmelioration: readonly PointAmelioration[];
  readonly indicateursEnAlerte: readonly IndicateurEnAlerte[];
  readonly esms: readonly { readonly finess: string; readonly nom: string }[];
  /** Première année civile du CPOM (en-têtes « Réalisé 2025 »… du suivi). */
  readonly annee?: number;
  /** Bleu de saisie étalonné du classeur (« RRGGBB ») ; à défaut `DDEBF7`. */
  readonly bleuSaisie?: string;
}

const ONGLETS: Readonly<Record<string, string>> = {
  "flash-2b": "2-B",
  "anap-2c": "2-C",
  "complementaires-2d": "2-D",
  "financier-2e": "2-E",
  "creton-2f": "2-F",
};

const texte = (c: Champ | undefined) =>
  c && !estVide(c.cellule) ? String(c.cellule.value).trim() : "";

/** Extrait du modèle repéré ce qu'il faut aux fiches. */
export function contexteDepuisRepere(
  repere: DiagnosticRepere,
  indicateurs: readonly ResultatIndicateur[],
): ContexteFiches {
  const points: PointAmelioration[] = [];
  for (const axe of repere.axes) {
    const code = axe.onglet.type.replace(/^axe-/, "");
    for (const t of axe.thematiques) {
      const v = texte(t.encarts["points-amelioration"]);
      if (v) points.push({ axe: code, thematique: t.intitule, texte: v });
    }
    const v = texte(axe.encartsOnglet["points-amelioration"]);
    if (v) points.push({ axe: code, thematique: "", texte: v });
  }
  const alertes = indicateurs
    .filter((r) => r.valeur !== null && r.alertes.length > 0)
    .map((r) => ({
      libelle: r.perimetre.libelle ? `${r.libelle} (${r.perimetre.libelle})` : r.libelle,
      valeur: formaterValeur(r.valeur, r.unite),
      message: r.alertes.map((a) => a.message).join(" ; "),
      id: r.id,
      onglet: ONGLETS[r.onglet] ?? r.onglet,
    }));
  const esms = (repere.annexe1?.esms ?? [])
    .map((l) => ({ finess: texte(l.champs["finess"]), nom: texte(l.champs["nom"]) }))
    .filter((e) => e.nom !== "");
  return { pointsAmelioration: points, indicateursEnAlerte: alertes, esms };
}

/** « Axe 1-1 », « axe-1-1 », « 1.1 » → « 1-1 » ; « Axe 2 » → « 2 ». */
export function codeAxe(axe: string): string {
  const m = /([123])(?:\s*[-.\s]\s*([123]))?/.exec(axe);
  return m ? (m[2] ? `${m[1]}-${m[2]}` : (m[1] ?? "")) : "";
}

const LIMITE = 2000;
const CITATION = 300;

const citer = (s: string) => {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > CITATION ? `${t.slice(0, CITATION - 1).trimEnd()}…` : t;
};

function rattache(p: PointAmelioration, objectifs: readonly ObjectifSocle[]): boolean {
  const axe = codeAxe(p.axe);
  const them = normaliserTexte(p.thematique);
  return objectifs.some((o) =>
    o.sources.some(
      (s) =>
        s.axe === axe &&
        (s.thematiques.length === 0 || s.thematiques.some((m) => them.includes(m))),
    ),
  );
}

/** Texte des constats pour un ou plusieurs objectifs socle (fiche spécifique : ceux de l'axe). */
export function texteConstats(
  contexte: ContexteFiches,
  objectifs: readonly ObjectifSocle[],
): string | null {
  const puces: string[] = [];
  for (const p of contexte.pointsAmelioration.filter((x) => rattache(x, objectifs))) {
    const axe = codeAxe(p.axe);
    const them = p.thematique.trim() ? `, ${p.thematique.trim()}` : "";
    puces.push(`• Axe ${axe}${them} — point d'amélioration : « ${citer(p.texte)} » [Axe ${axe}]`);
  }
  for (const i of contexte.indicateursEnAlerte) {
    const id = i.id ?? "";
    if (!id || !objectifs.some((o) => o.indicateursSources.some((s) => id.startsWith(s)))) continue;
    const source = i.onglet ? ` [${i.onglet}]` : "";
    puces.push(`• ${i.libelle} : ${i.valeur} — ${citer(i.message)}${source}`);
  }
  if (puces.length === 0) return null;
  const lignes = [
    "Constats issus du diagnostic (proposés par le complément — à relire et compléter)",
  ];
  let longueur = lignes[0]?.length ?? 0;
  for (let k = 0; k < puces.length; k++) {
    const puce = puces[k] ?? "";
    const reste = puces.length - k - 1;
    const resume = reste > 0 ? 120 : 0;
    if (longueur + 1 + puce.length + resume > LIMITE) {
      const n = puces.length - k;
      lignes.push(
        `• … et ${n} autre${n > 1 ? "s" : ""} constat${n > 1 ? "s" : ""}, liste complète : volet Diagnostic CPOM › Contrôles ou commande cpom-diagnostic analyser.`,
      );
      break;
    }
    lignes.push(puce);
    longueur += 1 + puce.length;
  }
  return lignes.join("\n");
}
